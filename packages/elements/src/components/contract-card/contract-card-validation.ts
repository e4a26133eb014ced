import { contractUpdateContact, simSwapCreate, type SimSwapCreateParams, type SimSwapReason, type SimUser } from '@portico/sdk/contracts';
import type { FieldError } from '@portico/sdk/core';

export interface ContactDraft {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
}

export interface SwapDraft {
  reason: SimSwapReason;
  delivery: 'courier' | 'pickup';
  recipient: string;
  street: string;
  postalCode: string;
  city: string;
  shopId: string;
  email: string;
}

type Words = { required: string; invalidEmail: string; invalidPhone: string; invalidPostalCode: string; tooLong: (p: { max: number }) => string };

/** The contact form's fields by the path of what they fill in. */
const CONTACT_FIELDS: Record<string, string> = { firstName: 'first-name', lastName: 'last-name', email: 'email', phone: 'phone' };

/** The SIM order form's fields by the path of what they fill in. */
const SWAP_FIELDS: Record<string, string> = {
  'delivery.email': 'swap-email',
  'delivery.address.recipient': 'recipient',
  'delivery.address.street': 'street',
  'delivery.address.postalCode': 'postal-code',
  'delivery.address.city': 'city',
};

/** What a person types as a phone number, in E.164: `601 200 300` → `+48601200300`. */
export function toE164(typed: string): string | null {
  const digits = typed.replace(/[\s\-()./]/g, '');
  if (!digits) return null;
  if (digits.startsWith('+')) return digits;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  return digits.length === 9 ? `+48${digits}` : digits;
}

/** The SIM user as the API takes it, from what was typed. */
export function contactBody(draft: ContactDraft): SimUser {
  return { firstName: draft.firstName.trim(), lastName: draft.lastName.trim(), email: draft.email.trim() || null, phone: toE164(draft.phone) };
}

/** The order as the API takes it, from what was chosen and typed; `esim` when the card is to be one. */
export function swapBody(draft: SwapDraft, esim: boolean): SimSwapCreateParams {
  return {
    reason: draft.reason,
    simType: esim ? 'esim' : 'physical',
    delivery: esim
      ? { method: 'email', email: draft.email.trim() }
      : draft.delivery === 'courier'
        ? { method: 'courier', address: { recipient: draft.recipient.trim(), street: draft.street.trim(), postalCode: draft.postalCode.trim(), city: draft.city.trim() } }
        : { method: 'pickup', shopId: draft.shopId },
  };
}

/** Problems with the contact data, by field id: the contract's own rules, in the person's words. */
export function checkContact(body: SimUser, t: Words): Record<string, string> {
  const checked = contractUpdateContact.body(body);
  return checked.ok ? {} : refusals(checked.issues, body, 'contact', t);
}

/** Problems with the SIM order, by field id: the contract's own rules, in the person's words. */
export function checkSwap(body: SimSwapCreateParams, t: Words): Record<string, string> {
  const checked = simSwapCreate.body(body);
  return checked.ok ? {} : refusals(checked.issues, body, 'swap', t);
}

/**
 * Field errors — of the checks above, or of the API's refusal of what was sent — by field id,
 * in the person's words; the first for a field wins. Errors no field stands for are left out.
 */
export function refusals(errors: readonly FieldError[], sent: object, form: 'contact' | 'swap', t: Words): Record<string, string> {
  const fields = form === 'contact' ? CONTACT_FIELDS : SWAP_FIELDS;
  const said: Record<string, string> = {};
  for (const error of errors) {
    const id = fields[error.path];
    if (!id || said[id]) continue;
    const value = error.path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], sent);
    said[id] = wordsFor(id, error, value, t);
  }
  return said;
}

function wordsFor(id: string, error: FieldError, value: unknown, t: Words): string {
  if (value === '' || value === null || error.code === 'too_small') return t.required;
  if (error.code === 'too_big' && typeof error.params?.maximum === 'number') return t.tooLong({ max: error.params.maximum });
  if (id === 'email' || id === 'swap-email') return t.invalidEmail;
  if (id === 'phone') return t.invalidPhone;
  if (id === 'postal-code') return t.invalidPostalCode;
  return t.required;
}
