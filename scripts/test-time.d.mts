export interface TestTime {
  /** The run's moment, in ms since the epoch. */
  now: number;
  timeZone: string;
  language: string;
}
export declare const CALENDAR_EDGES: { name: string; now: string; timeZone: string; language: string }[];
export declare function instantOf(text: string, timeZone: string): number;
export declare function testTime(env?: Record<string, string | undefined>): TestTime;
export declare function testTimeEnv(time?: TestTime): Record<string, string>;
export declare function clockScript(now?: number): string;
