import { allowListCovers, parseIpAddress } from '../data/security/ip-addresses.ts';
import type { PortalUserRecord } from '../data/users.ts';
import type { SessionRecord, SimulatorContext } from './context.ts';
import { Problem } from './problem.ts';

/**
 * The header that tells the simulator the address a request comes from, where it cannot see
 * one: msw in Node and in a page has no socket. Tests and stories set it to try allow-lists.
 * The HTTP server replaces it with the socket's address, so a real client cannot choose its
 * own. Only the simulator reads it; the platform knows its peers' addresses.
 */
export const CLIENT_ADDRESS_HEADER = 'x-portico-client-ip';

/** The address of a request without the header (or with one that is no address): loopback. */
export const DEFAULT_CLIENT_ADDRESS = '127.0.0.1';

/** How many sign-ins a user's record keeps. */
const SIGN_INS_KEPT = 20;

/** The request's address, written as the allow-list compares it (`::ffff:192.0.2.1` → `192.0.2.1`). */
export function clientAddressOf(request: Request): string {
  const claimed = request.headers.get(CLIENT_ADDRESS_HEADER)?.trim() ?? '';
  const address = parseIpAddress(claimed);
  if (!address) return DEFAULT_CLIENT_ADDRESS;
  if (address.family === 6 || !claimed.includes(':')) return claimed;
  // An IPv4 peer of a dual-stack socket: the IPv4 address it maps.
  return [24n, 16n, 8n, 0n].map((shift) => String((address.value >> shift) & 0xffn)).join('.');
}

/**
 * A session's request passes the user's IP allow-list (403 `ip_not_allowed` from any other
 * address, whatever the session); a session's first request that passes is its sign-in.
 */
export function admit(sim: SimulatorContext, session: SessionRecord, user: PortalUserRecord, request: Request): void {
  const security = user.security;
  const address = clientAddressOf(request);
  if (security.allowList.lines.length && !allowListCovers(security.allowList.lines, parseIpAddress(address)!)) {
    throw new Problem(403, 'ip_not_allowed', `The portal user ${user.name} may sign in only from the addresses on their IP allow-list, and this request comes from ${address}.`);
  }
  if (!session.signIn) {
    session.signIn = { at: sim.clock.iso(), address };
    security.signIns.push(session.signIn);
    if (security.signIns.length > SIGN_INS_KEPT) security.signIns.splice(0, security.signIns.length - SIGN_INS_KEPT);
  }
}

/** The bearer token of a request (the session's), for what a route does to the user's other sessions. */
export function sessionTokenOf(request: Request): string | undefined {
  return /^Bearer\s+(.+)$/i.exec(request.headers.get('authorization') ?? '')?.[1]?.trim();
}
