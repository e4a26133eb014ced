// IP addresses and the allow-list's lines, parsed here rather than by a library: the small,
// well-kept ones ship CommonJS only (ipaddr.js, ip-address), which the simulator cannot load
// in a page, and the ESM one (ip-bigint) accepts `999.1.1.1`. Addresses become BigInts of
// their family, so that a range is two numbers and "covered" is a comparison.

export type IpFamily = 4 | 6;

export interface IpAddress {
  family: IpFamily;
  value: bigint;
}

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
/** Dotted quad, no leading zeros (`010.1.1.1` is octal to some tools, decimal to others). */
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
const GROUP = /^[0-9a-f]{1,4}$/i;

function parseIpv4(text: string): bigint | undefined {
  if (!IPV4.test(text)) return undefined;
  return text.split('.').reduce((value, octet) => (value << 8n) | BigInt(octet), 0n);
}

/** Groups of one side of `::`; an IPv4 tail counts as two groups (`::ffff:192.0.2.1`). */
function groupsOf(part: string, mayEndInIpv4: boolean): number[] | undefined {
  if (part === '') return [];
  const pieces = part.split(':');
  const groups: number[] = [];
  for (const [index, piece] of pieces.entries()) {
    if (mayEndInIpv4 && index === pieces.length - 1 && piece.includes('.')) {
      const ipv4 = parseIpv4(piece);
      if (ipv4 === undefined) return undefined;
      groups.push(Number(ipv4 >> 16n), Number(ipv4 & 0xffffn));
    } else if (GROUP.test(piece)) groups.push(parseInt(piece, 16));
    else return undefined;
  }
  return groups;
}

function parseIpv6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const compressed = halves.length === 2;
  const head = groupsOf(halves[0]!, !compressed);
  const tail = compressed ? groupsOf(halves[1]!, true) : [];
  if (!head || !tail) return undefined;
  const count = head.length + tail.length;
  // `::` stands for one zero group at least; without it there are exactly eight.
  if (compressed ? count > 7 : count !== 8) return undefined;
  const groups = [...head, ...new Array<number>(8 - count).fill(0), ...tail];
  return groups.reduce((value, group) => (value << 16n) | BigInt(group), 0n);
}

const MAPPED_PREFIX = 0xffffn << 32n;

/**
 * An address as typed (`192.0.2.1`, `2001:db8::1`), or undefined when it is none. An
 * IPv4-mapped IPv6 address (`::ffff:192.0.2.1`, as a dual-stack socket reports an IPv4 peer)
 * is the IPv4 address it maps. Zone ids (`fe80::1%eth0`) are not addresses a list can name.
 */
export function parseIpAddress(text: string): IpAddress | undefined {
  const ipv4 = parseIpv4(text);
  if (ipv4 !== undefined) return { family: 4, value: ipv4 };
  const ipv6 = text.includes(':') ? parseIpv6(text) : undefined;
  if (ipv6 === undefined) return undefined;
  if (ipv6 >> 32n === MAPPED_PREFIX >> 32n) return { family: 4, value: ipv6 & 0xffffffffn };
  return { family: 6, value: ipv6 };
}

/** One line of an allow-list: a single address is a range of one. */
export interface IpRange {
  family: IpFamily;
  first: bigint;
  last: bigint;
}

/** Why a line is not an address or a range; the code a field error carries. */
export type AllowListLineProblem = 'invalid_address' | 'range_mixed_families' | 'range_reversed';

/** A line as typed → its range, or what is wrong with it. Spaces around the dash are fine. */
export function parseAllowListLine(line: string): IpRange | { problem: AllowListLineProblem } {
  const ends = line.split('-').map((end) => end.trim());
  if (ends.length > 2) return { problem: 'invalid_address' };
  const [first, last = first] = ends.map(parseIpAddress);
  if (!first || !last) return { problem: 'invalid_address' };
  if (first.family !== last.family) return { problem: 'range_mixed_families' };
  if (first.value > last.value) return { problem: 'range_reversed' };
  return { family: first.family, first: first.value, last: last.value };
}

/** The line as kept: trimmed, no spaces around the dash. */
export function tidyAllowListLine(line: string): string {
  return line
    .split('-')
    .map((end) => end.trim())
    .join('-');
}

/** Whether one of the lines (already checked) covers `address`. */
export function allowListCovers(lines: readonly string[], address: IpAddress): boolean {
  return lines.some((line) => {
    const range = parseAllowListLine(line);
    return !('problem' in range) && range.family === address.family && range.first <= address.value && address.value <= range.last;
  });
}
