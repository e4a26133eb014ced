import type { FieldError } from '@portico/sdk/core';
import type { Forwarding, PhoneLine, PhoneLineConfigureParams } from '@portico/sdk/telephony';
import { phoneNumber } from '../../i18n/format.ts';
import type { PhoneLinesMessages } from './phone-lines.messages.ts';

/** What the configure form holds: the number as typed, the pickup group by name (`''`: none). */
export interface LineDraft {
  enabled: boolean;
  to: string;
  when: Forwarding['when'];
  pickupGroup: string;
}

/** The form as the line is now. */
export function draftOf(line: PhoneLine): LineDraft {
  const { forwarding } = line;
  return { enabled: forwarding.enabled, to: forwarding.to ? phoneNumber(forwarding.to) : '', when: forwarding.when, pickupGroup: line.pickupGroup ?? '' };
}

/** E.164, as the contract takes it: `+`, a country code that does not start with 0, 8–15 digits in all. */
const E164 = /^\+[1-9]\d{7,14}$/;

/**
 * A number as people write it — `+48 601 200 300`, `+48-601-200-300`, `0048 601 200 300` — in
 * E.164 (`+48601200300`), or null when it is not a full international number.
 */
export function toE164(typed: string): string | null {
  const compact = typed.replace(/[\s\-().]/g, '').replace(/^00/, '+');
  return E164.test(compact) ? compact : null;
}

/**
 * The draft as the API takes it, or the problem with the number to forward to. A number is
 * needed only while forwarding is on; while it is off, a valid one is kept for next time.
 */
export function checkDraft(draft: LineDraft, line: PhoneLine, t: PhoneLinesMessages): { body: PhoneLineConfigureParams } | { problem: string } {
  const to = toE164(draft.to);
  if (draft.enabled) {
    if (!draft.to.trim()) return { problem: t.forwardToMissing };
    if (!to) return { problem: t.forwardToInvalid };
    if (to === line.number) return { problem: t.forwardToSelf };
  }
  return { body: { forwarding: { enabled: draft.enabled, to: to && to !== line.number ? to : null, when: draft.when }, pickupGroup: draft.pickupGroup || null } };
}

/** The API's refusal of what was sent, in the form's words, at the fields it is about (`number`, `pickupGroup`). */
export function refusalsOf(fieldErrors: readonly FieldError[], t: PhoneLinesMessages): { number?: string; pickupGroup?: string } {
  const refusals: { number?: string; pickupGroup?: string } = {};
  for (const f of fieldErrors) {
    if (f.path === 'pickupGroup') refusals.pickupGroup = t.pickupGroupGone;
    else if (f.path.startsWith('forwarding')) refusals.number = f.code === 'forwarding_loop' ? t.forwardToSelf : f.code === 'required' ? t.forwardToMissing : t.forwardToInvalid;
  }
  return refusals;
}
