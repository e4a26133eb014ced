import type { Locale } from './locale.ts';

/**
 * A count and its noun in the form the language needs — `1 zgłoszenie`, `2 zgłoszenia`,
 * `5 zgłoszeń`; `1 ticket`, `5 tickets` — by the language's plural rules (`Intl.PluralRules`).
 * Polish has three forms for whole numbers: `one` (1), `few` (2–4, 22–24…) and `many`
 * (0, 5–21, 25…); `other` is for fractions. `#` in a form is the count, formatted.
 */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

const rules = new Map<Locale, Intl.PluralRules>();

export function plural(locale: Locale, count: number, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  const form = forms[rule.select(count) as keyof PluralForms] ?? forms.other;
  return form.replace('#', new Intl.NumberFormat(locale).format(count));
}
