/**
 * Full-text ranking for the knowledge base: what a customer types ("doladowanie konta",
 * "nie dziala poczta w outlooku") against articles written with Polish letters and in other
 * word forms. Folds diacritics, drops stop words, strips common Polish or English endings,
 * and weighs where a word is found (title > keywords > excerpt > body).
 */

export type SearchLocale = 'pl' | 'en';

/** A document to rank, its fields in plain text. */
export interface SearchDocument {
  title: string;
  keywords: readonly string[];
  excerpt: string;
  body: string;
}

export interface RankOptions {
  /** Below this score (0–1) a document does not count as found. Default `MIN_SCORE`. */
  minScore?: number;
  /** At most this many results. */
  limit?: number;
}

/** Unrelated text finds nothing: a single word in a body is not a match. */
export const MIN_SCORE = 0.2;

/** How much a word found in each field is worth. */
const WEIGHTS = { title: 4, keywords: 3, excerpt: 2, body: 1 } as const;
type Field = keyof typeof WEIGHTS;
const FIELDS = Object.keys(WEIGHTS) as Field[];

/** Lower case, Polish letters folded to ASCII (ł too, which Unicode does not decompose). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[łŁ]/g, 'l').toLowerCase();
}

/** Words that say nothing about a subject, folded. */
const STOP_WORDS: Record<SearchLocale, Set<string>> = {
  pl: new Set(
    ('a aby ale albo ani bo by byc byl byla bylo byly czy dla do gdy gdzie go i ich im ja jak jaki jaka jakie jest jestem ' +
      'juz ja je jej jesli jezeli juz ktora ktore ktory kiedy lub ma mam mamy mi mnie moj moja moje mozna na nad nam nas nie ' +
      'nic niz no o od oraz po pod przez przy sa sie so ta tak tam te tego tej ten to tu ty tylko tym u w we wiec z za ze ' +
      'zeby prosze pan pani panstwo dzien dobry witam pozdrawiam dziekuje bardzo moze mozecie czemu dlaczego co ' +
      'bedzie beda tez takze rowniez jednak jeszcze wiecej tylko teraz caly cala cale moge mozemy chce chcemy ' +
      'chcialbym chcialabym chcielibysmy prosimy pisze piszemy sprawie sprawa mamy macie serdecznie').split(' '),
  ),
  en: new Set(
    ('a about an and are as at be been but by can could do does did for from had has have how i if in into is it its ' +
      'me my no not of on or our so than that the their them then there these they this to up us was we were what when ' +
      'where which who why will with would you your hello hi please thanks thank dear regards').split(' '),
  ),
};

/**
 * Polish endings of nouns, adjectives and verbs (folded), longest first. Removing one
 * leaves a stem that the other forms share: "konta", "konto" → "kont"; "outlooku" → "outlook".
 */
const POLISH_ENDINGS = [
  'owaniami', 'owaniach', 'owaniem', 'owania', 'owanie', 'owaniu', 'aniami', 'aniach', 'aniem', 'eniem',
  'owac', 'ywac', 'iwac', 'ania', 'anie', 'aniu', 'enia', 'enie', 'eniu', 'owym', 'owej', 'owych',
  'ami', 'ach', 'ych', 'ich', 'ymi', 'imi', 'ego', 'emu', 'owi', 'owy', 'owa', 'owe', 'ow', 'om', 'em',
  'ym', 'im', 'ie', 'ia', 'iu', 'ej', 'ac', 'ec', 'ic', 'a', 'e', 'i', 'o', 'u', 'y',
];

/** The stem of a folded word: the same for the forms a reader takes for one word. */
export function stem(word: string, locale: SearchLocale): string {
  if (locale === 'pl') {
    for (const ending of POLISH_ENDINGS) {
      if (word.length - ending.length >= 4 && word.endsWith(ending)) return word.slice(0, -ending.length);
    }
    return word;
  }
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  for (const ending of ['ing', 'ed']) {
    if (word.length - ending.length >= 3 && word.endsWith(ending)) return undouble(word.slice(0, -ending.length));
  }
  if (word.length > 4 && /(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** "topp" (of "topping") → "top". */
function undouble(word: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(word) && !/(ll|ss|zz)$/.test(word) ? word.slice(0, -1) : word;
}

/** The stems of a text's meaningful words, in order. */
export function terms(text: string, locale: SearchLocale): string[] {
  return fold(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 2 && !STOP_WORDS[locale].has(word))
    .map((word) => stem(word, locale));
}

/** Plain text of HTML: tags out, the common entities back. */
export function textOfHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

type IndexedDocument = Record<Field, Set<string>>;

/**
 * How well a query term matches a field's terms: 1 for the same stem; less for the start of a
 * longer word (someone still typing, or a compound) or a longer form of a field's stem.
 */
function matchOf(term: string, field: Set<string>): number {
  if (field.has(term)) return 1;
  let best = 0;
  for (const candidate of field) {
    if (term.length >= 3 && candidate.length > term.length && candidate.startsWith(term)) best = Math.max(best, candidate.length - term.length <= 3 ? 0.75 : 0.5);
    else if (candidate.length >= 4 && term.length > candidate.length && term.length - candidate.length <= 2 && term.startsWith(candidate)) best = Math.max(best, 0.6);
  }
  return best;
}

/**
 * Ranks documents for a query, best first, each with a score in 0–1. A term found in many
 * documents counts for less (inverse document frequency); a query whose words are mostly
 * unknown to the whole collection scores lower, so that chatter finds nothing.
 */
export function rank<T>(documents: readonly T[], read: (document: T) => SearchDocument, query: string, locale: SearchLocale, options: RankOptions = {}): { item: T; score: number }[] {
  const queryTerms = [...new Set(terms(query, locale))];
  if (!queryTerms.length || !documents.length) return [];
  const indexed: IndexedDocument[] = documents.map((document) => {
    const fields = read(document);
    return {
      title: new Set(terms(fields.title, locale)),
      keywords: new Set(terms(fields.keywords.join(' '), locale)),
      excerpt: new Set(terms(fields.excerpt, locale)),
      body: new Set(terms(fields.body, locale)),
    };
  });
  // best[d][t]: the weight term t earns in document d, at its best field.
  const best = indexed.map((fields) => queryTerms.map((term) => Math.max(...FIELDS.map((field) => WEIGHTS[field] * matchOf(term, fields[field])))));
  const known = queryTerms.map((_, t) => best.filter((row) => row[t]! > 0).length);
  const idf = known.map((count) => (count ? Math.log(1 + documents.length / count) : 0));
  // A perfect match has the query's most telling words in its title. Only the best few count,
  // so that a long ticket text is not held against an article that answers its gist.
  const perfect = topSum(idf.map((weight) => weight * WEIGHTS.title));
  if (!perfect) return [];
  const coverage = known.filter(Boolean).length / queryTerms.length;
  const minScore = options.minScore ?? MIN_SCORE;
  const results = documents
    .map((item, d) => {
      const raw = topSum(best[d]!.map((weight, t) => weight * idf[t]!)) / perfect;
      return { item, score: round(Math.min(1, raw * (0.5 + 0.5 * coverage))) };
    })
    .filter((result) => result.score > 0 && result.score >= minScore)
    .sort((a, b) => b.score - a.score);
  return options.limit === undefined ? results : results.slice(0, options.limit);
}

/** How many of a query's words make a match: the gist of a long text, or all of a short query. */
const TELLING_TERMS = 4;

/** The sum of the largest few values. */
function topSum(values: number[]): number {
  return [...values]
    .sort((a, b) => b - a)
    .slice(0, TELLING_TERMS)
    .reduce((sum, value) => sum + value, 0);
}

const round = (score: number) => Math.round(score * 1000) / 1000;
