/** The dispatch line: a year of 100,000 calls, recorded, with international calls. */
export const HEAVY_LINE = 'ctr_2001';
