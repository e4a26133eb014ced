import { securityOperations, type AccountSecurity, type TwoFactorStatus } from '@portico/sdk/contract';
import { callVerificationOf, expireCall, placeCall } from '../../data/security/call-verification.ts';
import { allowListCovers, parseAllowListLine, parseIpAddress, tidyAllowListLine } from '../../data/security/ip-addresses.ts';
import type { UserSecurityRecord } from '../../data/security/records.ts';
import { endCall } from '../../data/security/records.ts';
import { hashSecret, matchesSecret, newRecoveryCode, normalizeRecoveryCode, RECOVERY_CODE_ITERATIONS } from '../../data/security/secrets.ts';
import { acceptedStep, newTotpSecret, TOTP_SETTINGS, totpOf } from '../../data/security/totp.ts';
import type { PortalUserRecord } from '../../data/users.ts';
import type { CustomerRecord } from '../../data/world.ts';
import { clientAddressOf, sessionTokenOf } from '../../http/client-address.ts';
import type { SimulatorContext } from '../../http/context.ts';
import { Problem, type ProblemFieldError } from '../../http/problem.ts';
import { Reply, route } from '../../http/route.ts';
import { requireVersion } from '../../http/versions.ts';
import { SECURITY_LIMITS } from '@portico/sdk/account';
import { RESELLER } from '../../data/reseller.ts';

// Every answer and every refusal here is written so that no secret is in it: not the password,
// the security code, a code of the app, a recovery code or the digits of a call — only which
// field was wrong. Secrets arrive in bodies (the log keeps paths), and are kept as hashes.

function twoFactorOf(security: UserSecurityRecord): TwoFactorStatus {
  const record = security.twoFactor;
  return {
    state: record.state,
    since: record.state === 'on' ? record.since : null,
    recoveryCodesLeft: record.state === 'on' ? record.recoveryCodes.length : 0,
  };
}

/** The sign-in before this session's; the session's own until it has one (it always has by now). */
function lastSignInBefore(sim: SimulatorContext, request: Request, security: UserSecurityRecord): AccountSecurity['lastSignIn'] {
  const token = sessionTokenOf(request);
  const own = token ? sim.sessions.get(token)?.signIn : undefined;
  const index = own ? security.signIns.indexOf(own) : security.signIns.length;
  return security.signIns[index - 1] ?? null;
}

/** Ends every session of `user` but the one making the request; how many ended. */
function endOtherSessions(sim: SimulatorContext, customer: CustomerRecord, user: PortalUserRecord, request: Request): number {
  const current = sessionTokenOf(request);
  let ended = 0;
  for (const [token, session] of sim.sessions) {
    const sameUser = session.customerId === customer.id && (session.userId === user.id || (session.userId === null && user.mainAdministrator));
    if (sameUser && token !== current) {
      sim.sessions.delete(token);
      ended++;
    }
  }
  return ended;
}

/** A code of the app, within the window and not used before; the step is remembered so it is not taken again. */
function takeTotpCode(sim: SimulatorContext, record: { secret: string; lastStep?: number }, code: string): boolean {
  const step = acceptedStep(record.secret, code, sim.clock.now(), record.lastStep ?? -1);
  if (step === undefined) return false;
  record.lastStep = step;
  return true;
}

/** A 422 at one field, saying only what was wrong with it. */
const refuse = (pointer: string, code: string, detail: string, params?: Record<string, unknown>) => Problem.field(pointer, code, detail, params);

/** A7, T3: the session's own portal user's security. */
export function securityRoutes(sim: SimulatorContext) {
  return [
    route(sim, securityOperations.retrieve, ({ user, request }) => {
      const security = user.security;
      expireCall(security, sim.clock.now());
      return {
        login: security.login,
        lastSignIn: lastSignInBefore(sim, request, security),
        currentAddress: clientAddressOf(request),
        passwordChangedAt: user.passwordSetAt,
        securityCode: { set: security.securityCode !== null, setAt: security.securityCode?.setAt ?? null },
        ipAllowList: security.allowList,
        twoFactor: twoFactorOf(security),
        callVerification: callVerificationOf(security),
      };
    }),

    route(sim, securityOperations.changePassword, async ({ customer, user, body, request }) => {
      const security = user.security;
      if (!(await matchesSecret(body.oldPassword, security.password))) {
        throw refuse('/oldPassword', 'wrong_password', 'The current password is not right.');
      }
      if (body.newPassword === body.oldPassword) throw refuse('/newPassword', 'same_password', 'The new password must differ from the current one.');
      if (body.confirmation !== body.newPassword) throw refuse('/confirmation', 'password_mismatch', 'The confirmation differs from the new password.');
      security.password = await hashSecret(body.newPassword);
      user.passwordSetAt = sim.clock.iso();
      // Whoever knew the old password is signed out everywhere but here.
      const sessionsEnded = endOtherSessions(sim, customer, user, request);
      return { passwordChangedAt: user.passwordSetAt, sessionsEnded };
    }),

    route(sim, securityOperations.setSecurityCode, async ({ user, body }) => {
      const security = user.security;
      if (security.securityCode) {
        throw new Problem(409, 'security_code_set', 'The security code is already set. It cannot be shown or changed: support can reset it after checking who is calling.');
      }
      const setAt = sim.clock.iso();
      security.securityCode = { hash: await hashSecret(body.code), setAt };
      return { set: true as const, setAt };
    }),

    route(sim, securityOperations.updateIpAllowList, ({ user, body, request }) => {
      const security = user.security;
      requireVersion(request, security.allowList.version, 'IP allow-list');
      const errors: ProblemFieldError[] = [];
      const lines: string[] = [];
      body.lines.forEach((line, index) => {
        if (!line.trim()) return;
        const range = parseAllowListLine(line);
        if ('problem' in range) {
          const detail = {
            invalid_address: 'Not an IPv4 or IPv6 address, nor a range of two (first-last).',
            range_mixed_families: 'A range runs from an address to one of the same kind: IPv4 to IPv4, IPv6 to IPv6.',
            range_reversed: 'A range starts at its lower address.',
          }[range.problem];
          errors.push({ pointer: `/lines/${index}`, code: range.problem, detail, params: { line: index + 1 } });
        } else lines.push(tidyAllowListLine(line));
      });
      if (errors.length) throw new Problem(422, 'validation_failed', `${errors.length} line(s) of the allow-list are not addresses or ranges.`, { errors });
      const address = clientAddressOf(request);
      if (lines.length && !allowListCovers(lines, parseIpAddress(address)!) && body.confirmUncovered !== true) {
        throw new Problem(422, 'current_address_not_covered', `The list does not cover the address this request comes from (${address}): saved, it would refuse the panel from here. Add the address, or confirm.`, {
          errors: [{ pointer: '/confirmUncovered', code: 'current_address_not_covered', detail: 'The list does not cover the current address.', params: { address } }],
        });
      }
      security.allowList = { lines, version: security.allowList.version + 1, updatedAt: sim.clock.iso() };
      return new Reply(security.allowList, { headers: { etag: `"${security.allowList.version}"` } });
    }),

    route(sim, securityOperations.enrollTwoFactor, ({ user }) => {
      const security = user.security;
      if (security.twoFactor.state === 'on') throw new Problem(409, 'two_factor_on', 'Two-factor authentication is already on. Turn it off first to enrol another app.');
      // A new enrolment replaces one not confirmed: only the last QR code shown works.
      const secret = newTotpSecret();
      security.twoFactor = { state: 'pending', secret };
      return { secret, uri: totpOf(secret, security.login).toString(), issuer: RESELLER.name, account: security.login, digits: TOTP_SETTINGS.digits, period: TOTP_SETTINGS.period };
    }),

    route(sim, securityOperations.confirmTwoFactor, async ({ user, body }) => {
      const security = user.security;
      const record = security.twoFactor;
      if (record.state !== 'pending') {
        throw new Problem(409, record.state === 'on' ? 'two_factor_on' : 'two_factor_not_enrolled', record.state === 'on' ? 'Two-factor authentication is already on.' : 'Enrol an authenticator app first.');
      }
      const pending = { secret: record.secret, lastStep: -1 };
      if (!takeTotpCode(sim, pending, body.code)) throw refuse('/code', 'wrong_code', 'The code is not the current code of the app.');
      const recoveryCodes = Array.from({ length: SECURITY_LIMITS.recoveryCodes }, newRecoveryCode);
      security.twoFactor = {
        state: 'on',
        secret: record.secret,
        since: sim.clock.iso(),
        recoveryCodes: await Promise.all(recoveryCodes.map((code) => hashSecret(code, RECOVERY_CODE_ITERATIONS))),
        lastStep: pending.lastStep,
      };
      return { twoFactor: twoFactorOf(security), recoveryCodes };
    }),

    route(sim, securityOperations.disableTwoFactor, async ({ user, body }) => {
      const security = user.security;
      const record = security.twoFactor;
      if (record.state === 'off') throw new Problem(409, 'two_factor_off', 'Two-factor authentication is off.');
      if (record.state === 'pending') {
        // An enrolment never confirmed protects nothing yet: it is dropped without a code.
        security.twoFactor = { state: 'off' };
        return twoFactorOf(security);
      }
      const code = body.code.trim();
      let accepted = /^\d{6}$/.test(code) && takeTotpCode(sim, record, code);
      if (!accepted) {
        const typed = normalizeRecoveryCode(code);
        for (const [index, stored] of record.recoveryCodes.entries()) {
          if (await matchesSecret(typed, stored)) {
            // A recovery code works once.
            record.recoveryCodes.splice(index, 1);
            accepted = true;
            break;
          }
        }
      }
      if (!accepted) throw refuse('/code', 'wrong_code', 'The code is neither the current code of the app nor an unused recovery code.');
      security.twoFactor = { state: 'off' };
      return twoFactorOf(security);
    }),

    route(sim, securityOperations.startCallVerification, ({ user }) => {
      const security = user.security;
      if (!security.phone) throw new Problem(409, 'phone_missing', 'No phone number is on record for this user: support can add one.');
      placeCall(security, user.id, 'primary', sim.gatewaysDown.has('primary'), sim.random, sim.clock.now());
      return callVerificationOf(security);
    }),

    route(sim, securityOperations.retryCallVerification, ({ user }) => {
      const security = user.security;
      expireCall(security, sim.clock.now());
      const call = security.call;
      // The second gateway is for a call that failed or never arrived, once.
      const retryable = call.gateway === 'primary' && (call.state === 'gateway_failed' || call.state === 'calling');
      if (!security.phone || !retryable) {
        throw new Problem(409, 'retry_not_available', 'The second gateway calls only after the first one was tried. Start the verification again.');
      }
      placeCall(security, user.id, 'secondary', sim.gatewaysDown.has('secondary'), sim.random, sim.clock.now());
      return callVerificationOf(security);
    }),

    route(sim, securityOperations.verifyCall, ({ user, body }) => {
      const security = user.security;
      const now = sim.clock.now();
      const wasCalling = security.call.state === 'calling';
      expireCall(security, now);
      const call = security.call;
      if (call.state !== 'calling' || !call.from) {
        throw new Problem(409, wasCalling ? 'call_expired' : 'no_call', wasCalling ? 'The call is too old to verify: start the verification again.' : 'No verification call is waiting for its digits.');
      }
      if (call.from.slice(-SECURITY_LIMITS.callDigits) !== body.digits) {
        call.attemptsLeft--;
        const attemptsLeft = call.attemptsLeft;
        if (attemptsLeft <= 0) endCall(security);
        throw refuse('/digits', 'wrong_digits', attemptsLeft > 0 ? 'These are not the last four digits of the calling number.' : 'These are not the last four digits of the calling number, and no tries are left: start again.', {
          attemptsLeft,
        });
      }
      endCall(security, 'verified');
      security.call.verifiedAt = new Date(now).toISOString();
      return callVerificationOf(security);
    }),
  ];
}
