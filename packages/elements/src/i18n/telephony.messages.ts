import type { FieldError } from '@portico/sdk/core';
import type { DialPlanConflict, DialPlanEntry, PbxProduct } from '@portico/sdk/telephony';
import type { Catalog, Locale } from './locale.ts';

/** The PBX packages as they are sold, shared by every telephony widget. */
export const pbxProduct: Catalog<Record<PbxProduct, string>> = {
  en: { ip_standard: 'IP Telephony Standard', ip_plus: 'IP Telephony Plus', business_trunk: 'Business Trunk' },
  pl: { ip_standard: 'Telefonia IP standard', ip_plus: 'Telefonia IP plus', business_trunk: 'Biznes Trunk' },
};

interface DialPlanWords {
  /** What owns a number, with the number: "extension 101 (Reception)". */
  entry: Record<DialPlanEntry['kind'], (number: string, name: string | null) => string>;
  /** Why it clashes; `number` is the one being entered. */
  conflict: Record<DialPlanConflict['code'], (number: string, other: string) => string>;
}

const named = (name: string | null) => (name ? ` (${name})` : '');

const words: Catalog<DialPlanWords> = {
  en: {
    entry: {
      extension: (n, name) => `extension ${n}${named(name)}`,
      hunt_group: (n, name) => `hunt group ${n}${named(name)}`,
      abbreviated: (n, name) => `abbreviated number ${n}${named(name)}`,
      intercom_prefix: (n) => `the intercom prefix ${n}`,
      pickup_prefix: (n) => `the pickup prefix ${n}`,
      park_prefix: (n) => `the park prefix ${n}`,
      retrieve_prefix: (n) => `the retrieve prefix ${n}`,
    },
    conflict: {
      duplicate: (n, other) => `${n} is already ${other}.`,
      prefix_of: (n, other) => `${n} begins ${other}: the PBX could not tell which one is dialled.`,
      starts_with: (n, other) => `${n} begins with ${other}: the PBX would connect it before the last digits.`,
      wrong_length: (n, other) => `${other} would no longer have ${n} digits.`,
    },
  },
  pl: {
    entry: {
      extension: (n, name) => `numer wewnętrzny ${n}${named(name)}`,
      hunt_group: (n, name) => `grupa poszukiwawcza ${n}${named(name)}`,
      abbreviated: (n, name) => `numer skrócony ${n}${named(name)}`,
      intercom_prefix: (n) => `prefiks interkomu ${n}`,
      pickup_prefix: (n) => `prefiks grupy przechwytywania ${n}`,
      park_prefix: (n) => `prefiks parkowania ${n}`,
      retrieve_prefix: (n) => `prefiks podjęcia zaparkowanego połączenia ${n}`,
    },
    conflict: {
      duplicate: (n, other) => `${n} to już ${other}.`,
      prefix_of: (n, other) => `${n} to początek numeru: ${other}. Centrala nie rozpozna, który numer jest wybierany.`,
      starts_with: (n, other) => `${n} zaczyna się od numeru: ${other}. Centrala połączy, zanim padną ostatnie cyfry.`,
      wrong_length: (n, other) => `Po zmianie ${other} nie będzie mieć ${n} cyfr.`,
    },
  },
};

/** What already uses a number of the dial plan, in words. */
export function describeDialPlanEntry(entry: DialPlanEntry, locale: Locale): string {
  return words[locale].entry[entry.kind](entry.number, entry.name);
}

/**
 * One thing a change would break, as a sentence for the field it concerns. For
 * `wrong_length` the conflict's `number` is the new length.
 */
export function describeDialPlanConflict(conflict: DialPlanConflict, locale: Locale): string {
  return words[locale].conflict[conflict.code](conflict.number, describeDialPlanEntry(conflict.entry, locale));
}

/**
 * The conflicts a refused save reported as field errors (`params.entry`), back in the shape
 * of a check's answer, so that a widget shows both the same way.
 */
export function conflictsOf(fieldErrors: readonly FieldError[]): DialPlanConflict[] {
  return fieldErrors.flatMap((f) => {
    const entry = f.params?.['entry'] as DialPlanEntry | undefined;
    const number = f.params?.['number'];
    const pointer = f.path ? `/${f.path.split('.').join('/')}` : '';
    return entry && typeof number === 'string' ? [{ pointer, code: f.code as DialPlanConflict['code'], number, entry }] : [];
  });
}
