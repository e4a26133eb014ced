import type { SipRegistration } from '@portico/sdk/telephony';
import type { PhoneLineRecord } from './records.ts';

/** A flaky phone's state is decided per window of this length: it changes while a page is open. */
export const SIP_WINDOW = 5 * 60_000;
/** How far back a flaky phone's `since` is looked for. */
const LOOK_BACK = 288;

function hash(text: string, n: number): number {
  let h = 2166136261 ^ n;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  h = Math.imul(h ^ (h >>> 15), 2246822507);
  return ((h ^ (h >>> 13)) >>> 0) / 4294967296;
}

/** A flaky phone is offline in about a quarter of the windows, as one on a poor Wi-Fi is. */
const offlineIn = (line: PhoneLineRecord, window: number) => hash(line.id, window) < 0.25;

/**
 * The line's registration at `now`, decided by the simulator's clock alone: the same moment
 * gives the same answer, and moving the clock makes flaky phones come and go.
 */
export function registrationAt(line: PhoneLineRecord, now: number): SipRegistration {
  if (!line.phone) return { status: 'unregistered', since: null, address: null };
  if (!line.phone.flaky) return { status: 'registered', since: new Date(Math.floor(now / 86_400_000) * 86_400_000 - 3 * 86_400_000).toISOString(), address: line.phone.address };
  const window = Math.floor(now / SIP_WINDOW);
  const offline = offlineIn(line, window);
  let start = window;
  while (start > window - LOOK_BACK && offlineIn(line, start - 1) === offline) start--;
  return { status: offline ? 'unregistered' : 'registered', since: new Date(start * SIP_WINDOW).toISOString(), address: offline ? null : line.phone.address };
}
