/** The languages every Portico string exists in. */
export type Locale = 'pl' | 'en';

/** The first candidate that names a language Portico speaks; English otherwise. */
export function resolveLocale(...candidates: (string | null | undefined)[]): Locale {
  for (const candidate of candidates) {
    const language = candidate?.trim().toLowerCase().split(/[-_]/)[0];
    if (language === 'pl' || language === 'en') return language;
  }
  return 'en';
}

/** A catalogue in every language: each language must have every key, with the same shape. */
export type Catalog<T> = Record<Locale, T>;
