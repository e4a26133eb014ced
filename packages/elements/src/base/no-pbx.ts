import { isA, PermissionError } from '@portico/sdk/core';

/**
 * The customer has no hosted PBX: the API says so (403 `no_pbx`) rather than show an empty
 * one. A telephony widget shows it as a state, not as a failure to report or to retry.
 */
export const noPbx = (error: unknown): boolean => isA(error, PermissionError) && error.code === 'no_pbx';
