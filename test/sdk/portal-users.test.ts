import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { ConflictError, createClient, createResellerClient, PermissionError, ValidationError, type PermissionName, type PorticoClient, type PortalUserCreateParams } from '@portico/sdk';
import { AuthenticationError, isA } from '@portico/sdk/core';
import { RESELLER_KEY } from '@portico/simulator';
import { BASE_URL, clientFor, useSimulator } from '../support/simulator.ts';

const sim = useSimulator({ seed: 14 });
const { prepaid: office, business, trunk } = sim.customers;

/** A client whose sessions act as one portal user, as a reseller's backend would mint them. */
const as = (customerId: string, userId: string): PorticoClient =>
  createClient({ baseUrl: BASE_URL, retry: false, fetchSessionToken: async () => sim.createSession(customerId, undefined, userId) });

/** `allowed` when the call succeeds, else the refusal's code and the permission it names. */
async function outcome(call: Promise<unknown>): Promise<string> {
  return call.then(
    () => 'allowed',
    (error: unknown) => {
      if (isA(error, PermissionError)) return `${error.code}${error.fieldErrors[0]?.params?.['permission'] ? `:${String(error.fieldErrors[0].params['permission'])}` : ''}`;
      throw error;
    },
  );
}

const newUser = (extra: Partial<PortalUserCreateParams> = {}): PortalUserCreateParams => ({
  name: 'Agnieszka Lis',
  email: 'a.lis@kowalczyk-rachunki.pl',
  role: 'user',
  permissions: ['support'],
  access: 'full',
  canLogIn: true,
  twoFactorRequired: false,
  password: 'zielona-herbata-42',
  ...extra,
});

describe('permissions are enforced, not decorative (A2)', () => {
  beforeEach(() => sim.reset());

  /** For each permission: an operation that needs it, a user who has it, and one who has not. */
  const cases: { permission: PermissionName; customerId: string; has: string; lacks: string | (() => Promise<string>); call: (client: PorticoClient) => Promise<unknown> }[] = [
    { permission: 'finances', customerId: office, has: 'usr_1001_accounts', lacks: 'usr_1001_office', call: (c) => c.account.topUps.list() },
    // The fleet's account has no user without "services" in its seed: its administrator adds one.
    { permission: 'services', customerId: business, has: 'usr_1002_fleet', lacks: async () => (await clientFor(sim, business).account.users.create(newUser({ email: 'recepcja@transbud-logistyka.pl' }))).id, call: (c) => c.contracts.list() },
    { permission: 'telephony', customerId: office, has: 'usr_1001_office', lacks: 'usr_1001_accounts', call: (c) => c.telephony.extensions.list() },
    { permission: 'recordings', customerId: trunk, has: 'usr_1005_quality', lacks: 'usr_1005_reception', call: async (c) => c.telephony.calls.recording(await recordedCall()) },
    { permission: 'support', customerId: office, has: 'usr_1001_office', lacks: 'usr_1001_accounts', call: (c) => c.helpdesk.tickets.list() },
    { permission: 'users', customerId: office, has: 'usr_1001_admin', lacks: 'usr_1001_office', call: (c) => c.account.users.list() },
  ];

  /** A recorded call of the clinic, found as its administrator. */
  async function recordedCall(): Promise<string> {
    const page = await clientFor(sim, trunk).telephony.calls.recent({ limit: 100 });
    return page.data.find((call) => call.recording)!.id;
  }

  for (const { permission, customerId, has, lacks, call } of cases) {
    it(`"${permission}": allowed to a user who has it, refused with its name to one who has not`, async () => {
      assert.equal(await outcome(call(as(customerId, has))), 'allowed');
      const without = typeof lacks === 'string' ? lacks : await lacks();
      assert.equal(await outcome(call(as(customerId, without))), `permission_denied:${permission}`);
    });
  }

  it('a session minted for the customer alone is the main administrator’s: existing integrations keep working', async () => {
    const me = await clientFor(sim, office).account.me();
    assert.deepEqual([me.user.mainAdministrator, me.user.role, me.access], [true, 'administrator', 'full']);
    assert.deepEqual(me.permissions, ['finances', 'services', 'telephony', 'recordings', 'support', 'users']);
  });

  it('says to the session what its user may do, so that a widget shows it before a click', async () => {
    const me = await as(office, 'usr_1001_office').account.me();
    assert.deepEqual([me.user.name, me.permissions, me.access], ['Ewa Kowalczyk', ['telephony', 'support'], 'full']);
  });

  it('a read-only user reads what the permissions allow, checks a change, and changes nothing', async () => {
    const quality = as(trunk, 'usr_1005_quality');
    assert.equal((await quality.telephony.extensions.list()).data.length, 40);
    const settings = await quality.telephony.settings.retrieve();
    assert.deepEqual((await quality.telephony.settings.check({ intercom: { ...settings.intercom, extensionLength: 4 } })).conflicts.length, 40);
    assert.equal(await outcome(quality.telephony.extensions.create({ number: '140', description: 'x', lineId: null, pickupGroup: null, published: true })), 'read_only_user');
    assert.equal(sim.world.customers.get(trunk)!.pbx!.extensions.length, 40);
    // Read-only is about the account's data: one's own password stays one's own to change.
    assert.equal(await outcome(quality.account.security.changePassword({ oldPassword: 'Fiberlink-demo-2026', newPassword: 'nowe-haslo-jakosci-7', confirmation: 'nowe-haslo-jakosci-7' })), 'allowed');
  });

  it('the reseller mints a session for a user of the customer who may log in, and for no one else', async () => {
    const reseller = createResellerClient({ baseUrl: BASE_URL, secretKey: RESELLER_KEY, retry: false });
    const session = await reseller.sessions.create({ customerId: trunk, userId: 'usr_1005_reception' });
    assert.equal(session.userId, 'usr_1005_reception');
    const refused = async (userId: string) => {
      const error = await reseller.sessions.create({ customerId: trunk, userId }).catch((e: unknown) => e);
      assert.ok(isA(error, ValidationError), String(error));
      return error.fieldErrors.map((f) => `${f.path} ${f.code}`);
    };
    assert.deepEqual(await refused('usr_1005_former'), ['userId user_cannot_log_in']);
    assert.deepEqual(await refused('usr_1001_office'), ['userId unknown_user']);
  });
});

describe('portal users (A2, A3)', () => {
  beforeEach(() => sim.reset());

  it('adds a user with every field, once per key, and the password is never given back', async () => {
    const admin = clientFor(sim, office);
    const first = await admin.account.users.create(newUser(), { idempotencyKey: 'add-agnieszka' });
    const again = await admin.account.users.create(newUser(), { idempotencyKey: 'add-agnieszka' });
    assert.equal(again.id, first.id);
    assert.equal((await admin.account.users.list()).data.length, 4);
    assert.ok(!JSON.stringify(await admin.account.users.list()).includes('zielona-herbata-42'), 'no password in any answer');
    assert.equal((await as(office, first.id).account.me()).user.email, 'a.lis@kowalczyk-rachunki.pl');
  });

  it('refuses, at the field, a password outside the policy, a missing field and an e-mail another user signs in with', async () => {
    const admin = clientFor(sim, office);
    const fields = async (params: unknown) => {
      const error = await admin.account.users.create(params as PortalUserCreateParams).catch((e: unknown) => e);
      assert.ok(isA(error, ValidationError), String(error));
      return error.fieldErrors.map((f) => `${f.path} ${f.code}`);
    };
    assert.deepEqual(await fields(newUser({ password: 'krótkie1' })), ['password too_small']);
    assert.deepEqual(await fields(newUser({ password: 'bez-cyfr-ale-długie' })), ['password invalid_format']);
    const { role: _role, ...withoutRole } = newUser();
    assert.deepEqual(await fields(withoutRole), ['role invalid_value']);
    assert.deepEqual(await fields(newUser({ email: 'p.nowak@kowalczyk-rachunki.pl' })), ['email email_taken']);
  });

  it('the main administrator cannot be deleted from the panel, and the API says how instead', async () => {
    const admin = clientFor(sim, office);
    const error = await admin.account.users.delete('usr_1001_admin').catch((e: unknown) => e);
    assert.ok(isA(error, ConflictError) && error.code === 'main_administrator', String(error));
    assert.match(error.message, /KRS or CEiDG/);
    const demoted = await admin.account.users.update('usr_1001_admin', { name: 'Anna Kowalczyk', email: 'biuro@kowalczyk-rachunki.pl', role: 'user', permissions: [], access: 'full', canLogIn: true, twoFactorRequired: true }, { ifMatch: 1 }).catch((e: unknown) => e);
    assert.ok(isA(demoted, ValidationError) && demoted.fieldErrors[0]?.code === 'main_administrator', String(demoted));
  });

  it('a deleted user’s session ends with the user, and a changed user is changed at its version', async () => {
    const admin = clientFor(sim, office);
    const office2 = as(office, 'usr_1001_office');
    await office2.account.me();
    const user = await admin.account.users.retrieve('usr_1001_office');
    const changed = await admin.account.users.update(user.id, { ...user, permissions: ['support'] }, { ifMatch: user.version });
    assert.deepEqual([changed.permissions, changed.version], [['support'], user.version + 1]);
    assert.equal(await outcome(office2.telephony.extensions.list()), 'permission_denied:telephony', 'a change of permissions applies at once');
    await admin.account.users.delete(user.id);
    const after = await office2.account.me().catch((e: unknown) => e);
    assert.ok(isA(after, AuthenticationError), String(after));
  });
});
