import { describe, it, beforeEach, afterEach, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { createClient, type PorticoClient } from '@portico/sdk';
import { ConflictError, isA, ValidationError } from '@portico/sdk/core';
import { CLIENT_ADDRESS_HEADER } from '@portico/simulator';
import { allowListCovers, parseAllowListLine, parseIpAddress } from '../../packages/simulator/src/data/security/ip-addresses.ts';
import { TOTP_SETTINGS } from '../../packages/simulator/src/data/security/totp.ts';
import { BASE_URL, useSimulator } from '../support/simulator.ts';

// The session's own security (A7, T3), as the simulator enforces it: through the SDK where a
// person's client would go, and as raw HTTP where the SDK would refuse before sending.

const sim = useSimulator({ seed: 21 });
const OFFICE = sim.customers.prepaid;
const ADMIN = 'usr_1001_admin';
const ACCOUNTS = 'usr_1001_accounts';
const DEMO_PASSWORD = 'Fiberlink-demo-2026';
const SECURITY = '/v1/account/security';

/** Secrets typed in this file: none may reach the log, a problem or the world in clear. */
const typedSecrets = new Set<string>([DEMO_PASSWORD]);

/** Every problem body the simulator answered in this file, and every request it logged. */
const problems: unknown[] = [];
const logged: { method: string; path: string }[] = [];

interface Session {
  token: string;
  client: PorticoClient;
  /** Raw HTTP as this session, from `address` (the header msw requests carry). */
  send(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
}

/** A session of one portal user, its requests coming from `address` (none: the simulator's default). */
function sessionOf(userId = ADMIN, address?: string): Session {
  const { token } = sim.createSession(OFFICE, undefined, userId);
  const from: Record<string, string> = address ? { [CLIENT_ADDRESS_HEADER]: address } : {};
  const client = createClient({ baseUrl: BASE_URL, retry: false, token, headers: from });
  return {
    token,
    client,
    async send(method, path, body, headers = {}) {
      const response = await fetch(BASE_URL + path, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...from, ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      const parsed = text ? JSON.parse(text) : {};
      if (response.status >= 400) problems.push(parsed);
      return { status: response.status, body: parsed };
    },
  };
}

/** The SDK's refusal as `[path, code]` pairs; the problem is kept for the scan of secrets. */
async function refusal(call: Promise<unknown>): Promise<{ status: number; code: string; fields: string[][]; params: Record<string, unknown>[] }> {
  try {
    await call;
  } catch (error) {
    if (!isA(error, ValidationError) && !isA(error, ConflictError) && !(error as { status?: number }).status) throw error;
    const api = error as ValidationError;
    if (api.problem) problems.push(api.problem);
    return { status: api.status, code: api.code ?? '', fields: api.fieldErrors.map((f) => [f.path, f.code]), params: api.fieldErrors.map((f) => f.params ?? {}) };
  }
  throw new Error('expected a refusal');
}

const userRecord = (id = ADMIN) => sim.world.customers.get(OFFICE)!.users.find((u) => u.id === id)!;

// ---- An RFC 6238 reference of its own (node:crypto's HMAC), to check the simulator's library against.

function base32Decode(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of text.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const bytes = bits.match(/.{8}/g) ?? [];
  return Buffer.from(bytes.map((byte) => parseInt(byte, 2)));
}

function referenceTotp(key: Buffer, atMs: number, digits = 6, period = 30): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(atMs / 1000 / period)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = ((mac[offset]! & 0x7f) << 24) | (mac[offset + 1]! << 16) | (mac[offset + 2]! << 8) | mac[offset + 3]!;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** A code of the app at the simulator's clock, `steps` away. */
const appCode = (secret: string, steps = 0) => referenceTotp(base32Decode(secret), sim.clock.now() + steps * 30_000);

describe('account security (A7, T3)', () => {
  beforeEach(() => sim.reset());
  afterEach(() => logged.push(...sim.log.map((entry) => ({ ...entry }))));

  after(() => {
    // The scan: no secret typed or given out in this file is in the request log (paths and
    // queries), or in a problem's detail or field errors.
    assert.ok(logged.length > 50);
    const log = JSON.stringify(logged);
    const answered = JSON.stringify(problems);
    for (const secret of typedSecrets) {
      assert.ok(!log.includes(secret), `a secret is in the request log`);
      assert.ok(!answered.includes(secret), `a secret is in a problem`);
    }
  });

  describe('what the person sees', () => {
    it('shows the login, the sign-in before this one, the current address and nothing set', async () => {
      const first = sessionOf(ADMIN);
      const answer = await first.client.account.security.retrieve();
      assert.equal(answer.login, userRecord().email);
      assert.deepEqual(answer.lastSignIn?.address, '203.0.113.24');
      assert.equal(answer.currentAddress, '127.0.0.1', 'no header: loopback');
      assert.deepEqual(answer.securityCode, { set: false, setAt: null });
      assert.deepEqual(answer.ipAllowList.lines, []);
      assert.deepEqual(answer.twoFactor, { state: 'off', since: null, recoveryCodesLeft: 0 });
      assert.equal(answer.callVerification.state, 'none');
      assert.match(answer.callVerification.phone ?? '', /^\+48\d{9}$/);

      // A later session from another address sees the first one as the last sign-in.
      sim.clock.advance(60_000);
      const second = sessionOf(ADMIN, '198.51.100.99');
      const later = await second.client.account.security.retrieve();
      assert.equal(later.currentAddress, '198.51.100.99');
      assert.equal(later.lastSignIn?.address, '127.0.0.1');
    });

    it('keeps the demo password only as a salted hash', () => {
      const kept = JSON.stringify(userRecord().security);
      assert.ok(!kept.includes(DEMO_PASSWORD));
      assert.equal(userRecord().security.password.iterations, 100_000);
      assert.notEqual(userRecord().security.password.salt, '');
    });

    it('needs no permission for one’s own security, and a read-only user may keep their own sign-in safe', async () => {
      const accounts = sessionOf(ACCOUNTS);
      assert.equal((await accounts.send('GET', SECURITY)).status, 200);
      const audit = sim.createSession(sim.customers.business, undefined, 'usr_1002_audit');
      const response = await fetch(`${BASE_URL}${SECURITY}/security-code`, {
        method: 'POST',
        headers: { authorization: `Bearer ${audit.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ code: '4821' }),
      });
      // Read-only access is about the account's data; one's own sign-in stays one's own to protect.
      assert.equal(response.status, 200);
    });
  });

  describe('password change', () => {
    it('refuses a wrong old password, the same password, a weak one and a different confirmation, each at its field', async () => {
      const session = sessionOf();
      const before = userRecord().passwordSetAt;
      const change = (oldPassword: string, newPassword: string, confirmation = newPassword) => session.send('POST', `${SECURITY}/password`, { oldPassword, newPassword, confirmation });
      typedSecrets.add('wrong-old-password-1').add('Zielony-las-2027').add('Zielony-las-2028');
      const wrong = await refusal(session.client.account.security.changePassword({ oldPassword: 'wrong-old-password-1', newPassword: 'Zielony-las-2027', confirmation: 'Zielony-las-2027' }));
      assert.deepEqual([wrong.status, wrong.fields], [422, [['oldPassword', 'wrong_password']]]);
      const same = await change(DEMO_PASSWORD, DEMO_PASSWORD);
      assert.deepEqual(same.body.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]), [['/newPassword', 'same_password']]);
      const weak = await change(DEMO_PASSWORD, 'short1');
      assert.equal(weak.status, 422);
      assert.deepEqual(weak.body.errors.map((e: { pointer: string }) => e.pointer), ['/newPassword']);
      const noDigit = await change(DEMO_PASSWORD, 'onlylettershere');
      assert.deepEqual(noDigit.body.errors.map((e: { pointer: string }) => e.pointer), ['/newPassword']);
      const mismatch = await change(DEMO_PASSWORD, 'Zielony-las-2027', 'Zielony-las-2028');
      assert.deepEqual(mismatch.body.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]), [['/confirmation', 'password_mismatch']]);
      assert.equal(userRecord().passwordSetAt, before, 'nothing changed');
    });

    it('changes it, ends the user’s other sessions and keeps this one and other users’', async () => {
      const here = sessionOf();
      const elsewhere = sessionOf();
      const colleague = sessionOf(ACCOUNTS);
      assert.equal((await elsewhere.send('GET', SECURITY)).status, 200);
      typedSecrets.add('Zielony-las-2027').add('Czerwony-dach-99');
      const changed = await here.client.account.security.changePassword({ oldPassword: DEMO_PASSWORD, newPassword: 'Zielony-las-2027', confirmation: 'Zielony-las-2027' });
      assert.equal(changed.sessionsEnded, 1);
      assert.equal(changed.passwordChangedAt, userRecord().passwordSetAt);
      assert.equal((await here.send('GET', SECURITY)).status, 200, 'this session stays');
      const ended = await elsewhere.send('GET', SECURITY);
      assert.deepEqual([ended.status, ended.body.code], [401, 'session_invalid']);
      assert.equal((await colleague.send('GET', SECURITY)).status, 200, "another user's session stays");
      // The old password is no longer it; the new one is.
      const again = await refusal(here.client.account.security.changePassword({ oldPassword: DEMO_PASSWORD, newPassword: 'Czerwony-dach-99', confirmation: 'Czerwony-dach-99' }));
      assert.deepEqual(again.fields, [['oldPassword', 'wrong_password']]);
      await here.client.account.security.changePassword({ oldPassword: 'Zielony-las-2027', newPassword: 'Czerwony-dach-99', confirmation: 'Czerwony-dach-99' });
      assert.ok(!JSON.stringify(userRecord().security).includes('Czerwony-dach-99'));
    });

    it('a user added in the panel signs in with a hash of the password they were given', async () => {
      const admin = sessionOf();
      typedSecrets.add('Nowy-uzytkownik-1');
      const added = await admin.client.account.users.create({ name: 'Agnieszka Lis', email: 'a.lis@kowalczyk-rachunki.pl', role: 'user', permissions: ['support'], access: 'full', canLogIn: true, twoFactorRequired: false, password: 'Nowy-uzytkownik-1' });
      const record = userRecord(added.id);
      assert.ok(!JSON.stringify(record.security).includes('Nowy-uzytkownik-1'));
      assert.ok(!('security' in added), 'the wire shape has no security record');
      const own = sessionOf(added.id);
      const changed = await own.client.account.security.changePassword({ oldPassword: 'Nowy-uzytkownik-1', newPassword: 'Zielony-las-2027', confirmation: 'Zielony-las-2027' });
      assert.equal(changed.sessionsEnded, 0);
    });
  });

  describe('security code for phone support', () => {
    it('is set once, 4–8 digits, then never shown or changed', async () => {
      const session = sessionOf();
      typedSecrets.add('73914562');
      for (const code of ['123', '123456789', '12a4']) {
        const bad = await session.send('POST', `${SECURITY}/security-code`, { code });
        assert.deepEqual([bad.status, bad.body.errors[0].pointer], [422, '/code']);
      }
      const set = await session.client.account.security.setSecurityCode('73914562');
      assert.equal(set.set, true);
      const shown = await session.client.account.security.retrieve();
      assert.deepEqual(shown.securityCode, { set: true, setAt: set.setAt });
      assert.ok(!JSON.stringify(shown).includes('73914562'));
      const again = await refusal(session.client.account.security.setSecurityCode('1111'));
      assert.deepEqual([again.status, again.code], [409, 'security_code_set']);
      assert.ok(!JSON.stringify(userRecord().security).includes('73914562'), 'kept as a hash');
    });
  });

  describe('IP allow-list', () => {
    it('parses IPv4 and IPv6 addresses and ranges, in and out', () => {
      const v4 = parseAllowListLine('192.168.0.1-192.168.0.10');
      assert.ok(!('problem' in v4));
      assert.ok(allowListCovers(['192.168.0.1-192.168.0.10'], parseIpAddress('192.168.0.5')!));
      assert.ok(allowListCovers(['192.168.0.1 - 192.168.0.10'], parseIpAddress('192.168.0.10')!));
      assert.ok(!allowListCovers(['192.168.0.1-192.168.0.10'], parseIpAddress('192.168.0.11')!));
      assert.ok(allowListCovers(['10.10.1.1'], parseIpAddress('10.10.1.1')!));
      assert.ok(!allowListCovers(['10.10.1.1'], parseIpAddress('10.10.1.2')!));
      assert.ok(allowListCovers(['2001:db8::1-2001:db8::ff'], parseIpAddress('2001:db8::a0')!));
      assert.ok(!allowListCovers(['2001:db8::1-2001:db8::ff'], parseIpAddress('2001:db8::100')!));
      assert.ok(allowListCovers(['2001:0db8:0000:0000:0000:0000:0000:0001'], parseIpAddress('2001:db8::1')!));
      assert.ok(!allowListCovers(['2001:db8::1-2001:db8::ff'], parseIpAddress('192.168.0.5')!), 'another family is not covered');
      assert.ok(allowListCovers(['192.0.2.1'], parseIpAddress('::ffff:192.0.2.1')!), 'an IPv4-mapped address is its IPv4 address');
      assert.ok(allowListCovers(['::1'], parseIpAddress('0:0:0:0:0:0:0:1')!));
      for (const bad of ['999.1.1.1', '1.2.3', '01.2.3.4', '1.2.3.4.5', '2001:db8:::1', '1:2:3:4:5:6:7:8:9', '2001:db8::g', 'fe80::1%eth0', 'abc', '', '1.2.3.4-5.6.7.8-9.9.9.9']) {
        assert.deepEqual(parseAllowListLine(bad), { problem: 'invalid_address' }, bad);
      }
      assert.deepEqual(parseAllowListLine('192.168.0.1-2001:db8::1'), { problem: 'range_mixed_families' });
      assert.deepEqual(parseAllowListLine('192.168.0.10-192.168.0.1'), { problem: 'range_reversed' });
    });

    it('checks each line at its index, wants If-Match, and warns when the current address is not covered', async () => {
      const session = sessionOf(ADMIN, '192.168.0.5');
      const put = (lines: string[], extra: Record<string, unknown> = {}, version = 1) => session.send('PUT', `${SECURITY}/ip-allow-list`, { lines, ...extra }, { 'if-match': `"${version}"` });
      const bad = await put(['192.168.0.1-192.168.0.10', '', '10.0.0.1', '300.1.1.1', '10.0.0.9-10.0.0.1', '::1-10.0.0.1']);
      assert.equal(bad.status, 422);
      assert.deepEqual(
        bad.body.errors.map((e: { pointer: string; code: string; params: { line: number } }) => [e.pointer, e.code, e.params.line]),
        [
          ['/lines/3', 'invalid_address', 4],
          ['/lines/4', 'range_reversed', 5],
          ['/lines/5', 'range_mixed_families', 6],
        ],
      );
      const noVersion = await session.send('PUT', `${SECURITY}/ip-allow-list`, { lines: [] });
      assert.equal(noVersion.status, 428);
      const uncovered = await put(['10.0.0.1', '2001:db8::1-2001:db8::ff']);
      assert.deepEqual([uncovered.status, uncovered.body.code, uncovered.body.errors[0].params.address], [422, 'current_address_not_covered', '192.168.0.5']);
      // Through the SDK: the same refusal names the address.
      const sdk = await refusal(session.client.account.security.updateIpAllowList({ lines: ['10.0.0.1'] }, { ifMatch: 1 }));
      assert.equal(sdk.code, 'current_address_not_covered');
      assert.deepEqual(sdk.params[0], { address: '192.168.0.5' });
      const covered = await session.client.account.security.updateIpAllowList({ lines: ['192.168.0.1 - 192.168.0.10', '', '2001:db8::1-2001:db8::ff'] }, { ifMatch: 1 });
      assert.deepEqual(covered.lines, ['192.168.0.1-192.168.0.10', '2001:db8::1-2001:db8::ff'], 'blank lines left out, tidied');
      assert.equal(covered.version, 2);
      const stale = await put([], {}, 1);
      assert.equal(stale.status, 412);
    });

    it('refuses the user’s sessions from outside the list (403 ip_not_allowed), from inside lets them in', async () => {
      const office = sessionOf(ADMIN, '192.168.0.5');
      await office.client.account.security.updateIpAllowList({ lines: ['192.168.0.1-192.168.0.10', '2001:db8::1'] }, { ifMatch: 1 });
      const outside = sessionOf(ADMIN, '203.0.113.50');
      const refused = await outside.send('GET', '/v1/account');
      assert.deepEqual([refused.status, refused.body.code], [403, 'ip_not_allowed']);
      const v6inside = sessionOf(ADMIN, '2001:db8::1');
      assert.equal((await v6inside.send('GET', '/v1/account')).status, 200);
      const v6outside = sessionOf(ADMIN, '2001:db8::2');
      assert.equal((await v6outside.send('GET', '/v1/account')).status, 403);
      const noHeader = sessionOf(ADMIN);
      assert.equal((await noHeader.send('GET', '/v1/account')).status, 403, 'loopback is not on the list');
      assert.equal((await sessionOf(ACCOUNTS, '203.0.113.50').send('GET', SECURITY)).status, 200, 'the list is the user’s own');
      // Saved from here, uncovering here: confirmed, the panel is then refused from here too.
      await office.client.account.security.updateIpAllowList({ lines: ['10.0.0.1'], confirmUncovered: true }, { ifMatch: 2 });
      assert.equal((await office.send('GET', SECURITY)).status, 403);
    });
  });

  describe('two-factor authentication (RFC 6238)', () => {
    it('the library, as configured, gives the RFC 6238 test vector, and so does the reference', () => {
      const key = '12345678901234567890';
      const totp = new TOTP({ ...TOTP_SETTINGS, digits: 8, secret: Secret.fromUTF8(key) });
      assert.equal(totp.generate({ timestamp: 59_000 }), '94287082');
      assert.equal(referenceTotp(Buffer.from(key), 59_000, 8), '94287082');
      assert.equal(new TOTP({ ...TOTP_SETTINGS, secret: Secret.fromUTF8(key) }).generate({ timestamp: 1_111_111_109_000 }), '081804');
    });

    it('enrols, takes a current code from an independent implementation, refuses an old one and a reused one, and gives 10 recovery codes once', async () => {
      const session = sessionOf();
      const security = session.client.account.security;
      const enrolment = await security.twoFactor.enroll();
      typedSecrets.add(enrolment.secret);
      assert.match(enrolment.secret, /^[A-Z2-7]{32}$/);
      const uri = new URL(enrolment.uri);
      assert.equal(uri.protocol, 'otpauth:');
      assert.equal(uri.searchParams.get('secret'), enrolment.secret);
      assert.equal(uri.searchParams.get('issuer'), 'Fiberlink');
      assert.deepEqual([uri.searchParams.get('digits'), uri.searchParams.get('period'), uri.searchParams.get('algorithm')], ['6', '30', 'SHA1']);
      assert.equal((await security.retrieve()).twoFactor.state, 'pending');

      const old = appCode(enrolment.secret, -2);
      const refusedOld = await refusal(security.twoFactor.confirm(old));
      assert.deepEqual(refusedOld.fields, [['code', 'wrong_code']]);
      const code = appCode(enrolment.secret);
      const confirmed = await security.twoFactor.confirm(code);
      assert.equal(confirmed.twoFactor.state, 'on');
      assert.equal(confirmed.recoveryCodes.length, 10);
      assert.equal(new Set(confirmed.recoveryCodes).size, 10);
      confirmed.recoveryCodes.forEach((c) => typedSecrets.add(c));
      const shown = await security.retrieve();
      assert.deepEqual([shown.twoFactor.state, shown.twoFactor.recoveryCodesLeft], ['on', 10]);
      assert.ok(!JSON.stringify(shown).includes(enrolment.secret), 'the secret is never shown again');
      const kept = JSON.stringify(userRecord().security);
      for (const recovery of confirmed.recoveryCodes) assert.ok(!kept.includes(recovery), 'recovery codes kept as hashes');

      // The code just used is spent in its window; the next step's code is accepted.
      const reused = await refusal(security.twoFactor.disable(code));
      assert.deepEqual(reused.fields, [['code', 'wrong_code']]);
      assert.equal((await refusal(security.twoFactor.enroll())).code, 'two_factor_on');
      sim.clock.advance(30_000);
      const off = await security.twoFactor.disable(appCode(enrolment.secret));
      assert.equal(off.state, 'off');
    });

    it('turns off with a recovery code, which is then spent', async () => {
      const session = sessionOf();
      const security = session.client.account.security;
      const first = await security.twoFactor.enroll();
      typedSecrets.add(first.secret);
      const { recoveryCodes } = await security.twoFactor.confirm(appCode(first.secret));
      recoveryCodes.forEach((c) => typedSecrets.add(c));
      const wrong = await refusal(security.twoFactor.disable('aaaaa-aaaaa'));
      assert.deepEqual(wrong.fields, [['code', 'wrong_code']]);
      // Typed as a person may: upper case, no dash.
      const off = await security.twoFactor.disable(recoveryCodes[3]!.toUpperCase().replace('-', ''));
      assert.equal(off.state, 'off');
      const second = await security.twoFactor.enroll();
      typedSecrets.add(second.secret);
      sim.clock.advance(30_000);
      const again = await security.twoFactor.confirm(appCode(second.secret));
      again.recoveryCodes.forEach((c) => typedSecrets.add(c));
      const spent = await refusal(security.twoFactor.disable(recoveryCodes[3]!));
      assert.deepEqual(spent.fields, [['code', 'wrong_code']], 'a spent recovery code (of the old set) opens nothing');
      assert.equal((await security.retrieve()).twoFactor.recoveryCodesLeft, 10);
    });

    it('an enrolment never confirmed is dropped without a code; a code before enrolment is a conflict', async () => {
      const session = sessionOf();
      const security = session.client.account.security;
      assert.equal((await refusal(security.twoFactor.confirm('123456'))).code, 'two_factor_not_enrolled');
      assert.equal((await refusal(security.twoFactor.disable('123456'))).code, 'two_factor_off');
      typedSecrets.add((await security.twoFactor.enroll()).secret);
      assert.equal((await security.twoFactor.disable('000000')).state, 'off');
    });
  });

  describe('call verification', () => {
    it('calls from the first gateway; the last four digits of the calling number verify', async () => {
      const session = sessionOf();
      const calls = session.client.account.security.callVerification;
      const calling = await calls.start();
      assert.deepEqual([calling.state, calling.gateway, calling.attemptsLeft], ['calling', 'primary', 3]);
      const call = sim.lastVerificationCall(ADMIN)!;
      assert.match(call.from!, /^\+4822307\d{4}$/);
      assert.equal(call.to, calling.phone);
      const digits = call.from!.slice(-4);
      const wrongDigits = digits === '0000' ? '1111' : '0000';
      const wrong = await refusal(calls.verify(wrongDigits));
      assert.deepEqual(wrong.fields, [['digits', 'wrong_digits']]);
      assert.deepEqual(wrong.params[0], { attemptsLeft: 2 });
      const verified = await calls.verify(digits);
      assert.equal(verified.state, 'verified');
      assert.equal(verified.verifiedAt, (await session.client.account.security.retrieve()).callVerification.verifiedAt);
      assert.ok(!JSON.stringify(problems).includes(digits) || digits === '0000', 'the digits are in no problem');
    });

    it('after the first gateway fails the second calls; after both, support', async () => {
      const session = sessionOf();
      const calls = session.client.account.security.callVerification;
      sim.failVerificationGateway('primary');
      const failed = await calls.start();
      assert.deepEqual([failed.state, failed.gateway], ['gateway_failed', 'primary']);
      assert.equal(sim.lastVerificationCall(ADMIN)!.placed, false);
      const retried = await calls.retry();
      assert.deepEqual([retried.state, retried.gateway], ['calling', 'secondary']);
      assert.match(sim.lastVerificationCall(ADMIN)!.from!, /^\+4858350\d{4}$/);
      assert.equal((await calls.verify(sim.lastVerificationCall(ADMIN)!.from!.slice(-4))).state, 'verified');
      assert.equal((await refusal(calls.retry())).code, 'retry_not_available');

      sim.failVerificationGateway('secondary');
      await calls.start();
      const unavailable = await calls.retry();
      assert.equal(unavailable.state, 'unavailable');
    });

    it('a call lasts ten minutes and three tries; a user without a number is told so', async () => {
      const session = sessionOf();
      const calls = session.client.account.security.callVerification;
      await calls.start();
      sim.clock.advance(10 * 60_000);
      assert.equal((await refusal(calls.verify('1234'))).code, 'call_expired');
      assert.equal((await refusal(calls.verify('1234'))).code, 'no_call');
      await calls.start();
      const right = sim.lastVerificationCall(ADMIN)!.from!.slice(-4);
      const wrong = right === '0000' ? '1111' : '0000';
      await refusal(calls.verify(wrong));
      await refusal(calls.verify(wrong));
      const last = await refusal(calls.verify(wrong));
      assert.deepEqual(last.params[0], { attemptsLeft: 0 });
      assert.equal((await refusal(calls.verify(right))).code, 'no_call', 'out of tries: start again');

      const admin = sessionOf();
      typedSecrets.add('Nowy-uzytkownik-1');
      const added = await admin.client.account.users.create({ name: 'Agnieszka Lis', email: 'a.lis@kowalczyk-rachunki.pl', role: 'user', permissions: [], access: 'full', canLogIn: true, twoFactorRequired: false, password: 'Nowy-uzytkownik-1' });
      const none = await refusal(sessionOf(added.id).client.account.security.callVerification.start());
      assert.deepEqual([none.status, none.code], [409, 'phone_missing']);
    });
  });

});
