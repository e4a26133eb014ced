import type { CallVerification, VerificationGateway } from '@portico/sdk/account';
import { SECURITY_LIMITS } from '@portico/sdk/account';
import type { Random } from '../../core/random.ts';
import { endCall, type UserSecurityRecord } from './records.ts';

/** How long the digits of a call may be typed. */
export const CALL_TTL = 10 * 60_000;

/** The numbers each gateway calls from: Warsaw's, then Gdańsk's. The last four digits vary. */
const GATEWAY_PREFIX: Record<VerificationGateway, string> = { primary: '+4822307', secondary: '+4858350' };

/**
 * Places a verification call through `gateway`, or records that the gateway could not:
 * after the primary, the secondary is left to try; after the secondary, nothing but support.
 */
export function placeCall(security: UserSecurityRecord, userId: string, gateway: VerificationGateway, gatewayDown: boolean, random: Random, now: number): void {
  const at = new Date(now).toISOString();
  const to = security.phone!;
  if (gatewayDown) {
    security.calls.push({ userId, to, from: null, gateway, at, placed: false });
    endCall(security, gateway === 'primary' ? 'gateway_failed' : 'unavailable');
    security.call.gateway = gateway;
    return;
  }
  const from = `${GATEWAY_PREFIX[gateway]}${String(random.int(0, 9999)).padStart(4, '0')}`;
  security.calls.push({ userId, to, from, gateway, at, placed: true });
  security.call = { state: 'calling', gateway, from, expiresAt: now + CALL_TTL, attemptsLeft: SECURITY_LIMITS.callAttempts, verifiedAt: security.call.verifiedAt };
}

/** A call whose time ran out is over: typing its digits no longer verifies anything. */
export function expireCall(security: UserSecurityRecord, now: number): void {
  const call = security.call;
  if (call.state === 'calling' && call.expiresAt !== null && call.expiresAt <= now) endCall(security);
}

/** The call verification as the API shows it: never the calling number. */
export function callVerificationOf(security: UserSecurityRecord): CallVerification {
  const call = security.call;
  return {
    state: call.state,
    phone: security.phone,
    gateway: call.gateway,
    expiresAt: call.expiresAt === null ? null : new Date(call.expiresAt).toISOString(),
    attemptsLeft: call.state === 'calling' ? call.attemptsLeft : 0,
    verifiedAt: call.verifiedAt,
  };
}
