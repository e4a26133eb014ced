export * from './portico-error.ts';
export * from './top-up.ts';
export * from './contracts.ts';
export * from './helpdesk.ts';
export * from './telephony.ts';
export * from './account.ts';
export * from './security.ts';
export * from './invoices.ts';
