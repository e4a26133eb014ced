// How a Polish invoice writes amounts: digits grouped by spaces with a decimal comma, and the
// amount due in words ("słownie"). Exact integer arithmetic, and no dependence on the ICU data
// of the runtime: Node and a browser write the same file.

/** 164327 → `1 643,27`: grosze as złote, thousands apart by a space (also under 10 000, as invoices do). */
export function plAmount(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const units = Math.abs(minor);
  const whole = String(Math.floor(units / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${sign}${whole},${String(units % 100).padStart(2, '0')}`;
}

const ONES = ['', 'jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć'];
const TEENS = ['dziesięć', 'jedenaście', 'dwanaście', 'trzynaście', 'czternaście', 'piętnaście', 'szesnaście', 'siedemnaście', 'osiemnaście', 'dziewiętnaście'];
const TENS = ['', '', 'dwadzieścia', 'trzydzieści', 'czterdzieści', 'pięćdziesiąt', 'sześćdziesiąt', 'siedemdziesiąt', 'osiemdziesiąt', 'dziewięćdziesiąt'];
const HUNDREDS = ['', 'sto', 'dwieście', 'trzysta', 'czterysta', 'pięćset', 'sześćset', 'siedemset', 'osiemset', 'dziewięćset'];

/** The Polish plural form of a count: 1 → one, 2–4 (not 12–14) → few, else many. */
function form(count: number, [one, few, many]: readonly [string, string, string]): string {
  if (count === 1) return one;
  const tens = count % 100;
  const last = count % 10;
  return last >= 2 && last <= 4 && (tens < 12 || tens > 14) ? few : many;
}

/** 0–999 in words. */
function hundreds(n: number): string[] {
  const words = [HUNDREDS[Math.floor(n / 100)]!];
  const rest = n % 100;
  if (rest >= 10 && rest < 20) words.push(TEENS[rest - 10]!);
  else words.push(TENS[Math.floor(rest / 10)]!, ONES[rest % 10]!);
  return words.filter(Boolean);
}

const SCALES: readonly (readonly [string, string, string])[] = [
  ['tysiąc', 'tysiące', 'tysięcy'],
  ['milion', 'miliony', 'milionów'],
  ['miliard', 'miliardy', 'miliardów'],
];

/** A whole number in Polish words: 1643 → `jeden tysiąc sześćset czterdzieści trzy`. */
export function plNumberWords(n: number): string {
  if (n === 0) return 'zero';
  const words: string[] = [];
  const groups: number[] = [];
  for (let rest = Math.floor(n); rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i]!;
    if (group === 0) continue;
    words.push(...hundreds(group));
    if (i > 0) words.push(form(group, SCALES[i - 1]!));
  }
  return words.join(' ');
}

/** An amount due in words, as invoices write it: `jeden tysiąc … trzy złote 27/100`. */
export function plAmountWords(minor: number): string {
  const zloty = Math.floor(Math.abs(minor) / 100);
  return `${plNumberWords(zloty)} ${form(zloty, ['złoty', 'złote', 'złotych'])} ${String(Math.abs(minor) % 100).padStart(2, '0')}/100`;
}
