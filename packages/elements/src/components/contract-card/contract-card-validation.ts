import type { SimSwapReason } from '@portico/sdk/contracts';

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

type Words = { required: string; invalidEmail: string; invalidPhone: string; invalidPostalCode: string };

// The same rules as the contract's schemas, so the message is ours, in the person's language.
const EMAIL = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const E164 = /^\+[1-9]\d{7,14}$/;

/** Problems with the contact form, by field id. */
export function checkContact(draft: ContactDraft, t: Words): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.firstName.trim()) errors['first-name'] = t.required;
  if (!draft.lastName.trim()) errors['last-name'] = t.required;
  if (draft.email.trim() && !EMAIL.test(draft.email.trim())) errors.email = t.invalidEmail;
  const phone = toE164(draft.phone);
  if (phone !== null && !E164.test(phone)) errors.phone = t.invalidPhone;
  return errors;
}

/** Problems with the SIM order form, by field id. */
export function checkSwap(draft: SwapDraft, esim: boolean, t: Words): Record<string, string> {
  const errors: Record<string, string> = {};
  if (esim) {
    if (!EMAIL.test(draft.email.trim())) errors['swap-email'] = draft.email.trim() ? t.invalidEmail : t.required;
  } else if (draft.delivery === 'courier') {
    if (!draft.recipient.trim()) errors.recipient = t.required;
    if (!draft.street.trim()) errors.street = t.required;
    if (!/^\d{2}-\d{3}$/.test(draft.postalCode.trim())) errors['postal-code'] = draft.postalCode.trim() ? t.invalidPostalCode : t.required;
    if (!draft.city.trim()) errors.city = t.required;
  }
  return errors;
}

/** What a person types as a phone number, in E.164: `601 200 300` → `+48601200300`. */
export function toE164(typed: string): string | null {
  const digits = typed.replace(/[\s\-()./]/g, '');
  if (!digits) return null;
  if (digits.startsWith('+')) return digits;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  return digits.length === 9 ? `+48${digits}` : digits;
}
