import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { ConflictError, NotFoundError, PermissionError, TELEPHONY_LIMITS, ValidationError, type DialPlanConflict, type ExtensionCreateParams, type HuntGroupCreateParams, type PbxSettings } from '@portico/sdk';
import { isA } from '@portico/sdk/core';
import { clientFor, requestsTo, useSimulator } from '../support/simulator.ts';
import { SIP_WINDOW } from '../../packages/simulator/src/data/telephony/sip.ts';
import { toneWav } from '../../packages/simulator/src/data/telephony/audio.ts';

const sim = useSimulator({ seed: 13 });
const { prepaid: office, trunk, hosting } = sim.customers;
const telephony = (customerId: string) => clientFor(sim, customerId).telephony;

/** What a refused call said: its class and code, and each field error as `path code`. */
async function refusal(promise: Promise<unknown>): Promise<{ code: string; fields: string[]; conflicts: [string, string, string][] }> {
  const error = await promise.then(
    () => assert.fail('expected a refusal'),
    (e: unknown) => e,
  );
  assert.ok(isA(error, ValidationError) || isA(error, ConflictError) || isA(error, PermissionError), String(error));
  const fields = isA(error, ValidationError) || isA(error, ConflictError) ? error.fieldErrors : [];
  return {
    code: error.code,
    fields: fields.map((f) => `${f.path} ${f.code}`),
    conflicts: fields.filter((f) => f.params?.['entry']).map((f) => [f.code, (f.params!['entry'] as DialPlanConflict['entry']).kind, (f.params!['entry'] as DialPlanConflict['entry']).number]),
  };
}

const newExtension = (extra: Partial<ExtensionCreateParams> = {}): ExtensionCreateParams => ({ number: '140', description: 'Gabinet zabiegowy', lineId: null, pickupGroup: null, published: true, ...extra });
const newGroup = (extra: Partial<HuntGroupCreateParams> = {}): HuntGroupCreateParams => ({ number: '504', name: 'Okulistyka', strategy: 'in_order', memberIds: ['ext_trunk_120', 'ext_trunk_121'], callerId: 'original', pickupAllowed: true, ...extra });
const sections = (s: PbxSettings) => ({ intercom: s.intercom, abbreviatedDialing: s.abbreviatedDialing, incomingCalls: s.incomingCalls, parking: s.parking });

describe('the PBX (T1)', () => {
  beforeEach(() => sim.reset());

  it('says the package, whether call logs come with it, pickup groups and counts', async () => {
    const standard = await telephony(office).retrieve();
    assert.deepEqual([standard.product, standard.productName, standard.callLogs], ['ip_standard', 'Telefonia IP standard', false]);
    assert.deepEqual(standard.counts, { lines: 2, extensions: 3, huntGroups: 0, unregisteredLines: standard.counts.unregisteredLines });
    const clinic = await telephony(trunk).retrieve();
    assert.deepEqual([clinic.product, clinic.callLogs, clinic.counts.extensions, clinic.counts.huntGroups, clinic.counts.lines], ['business_trunk', true, 40, 4, 8]);
    assert.deepEqual(clinic.pickupGroups, ['Rejestracja', 'Gabinety', 'Laboratorium', 'Administracja']);
  });

  it('a customer without a PBX is told so with a code, for every telephony resource', async () => {
    const client = telephony(hosting);
    for (const call of [() => client.retrieve(), () => client.settings.retrieve(), () => client.extensions.list(), () => client.lines.list(), () => client.huntGroups.list(), () => client.musicOnHold.list()]) {
      const answer = await refusal(call());
      assert.equal(answer.code, 'no_pbx');
    }
  });
});

describe('the dial plan: extensions (T5)', () => {
  beforeEach(() => sim.reset());

  it('adds an extension that fits, sorted by number, once per key', async () => {
    const client = telephony(trunk);
    const params = newExtension({ lineId: 'ln_trunk_4', pickupGroup: 'Gabinety' });
    const first = await client.extensions.create(params, { idempotencyKey: 'add-140' });
    const again = await client.extensions.create(params, { idempotencyKey: 'add-140' });
    assert.equal(again.id, first.id);
    assert.deepEqual(first.line, { id: 'ln_trunk_4', number: '+48226100103' });
    const all = await client.extensions.list().toArray({ limit: 100 });
    assert.equal(all.length, 41);
    assert.equal(all.at(-1)!.number, '140');
  });

  it('refuses a number another extension or a hunt group has, or one of another length, at the number', async () => {
    const client = telephony(trunk);
    assert.deepEqual((await refusal(client.extensions.create(newExtension({ number: '101' })))).conflicts, [['duplicate', 'extension', '101']]);
    assert.deepEqual((await refusal(client.extensions.create(newExtension({ number: '500' })))).conflicts, [['duplicate', 'hunt_group', '500']]);
    assert.deepEqual((await refusal(client.extensions.create(newExtension({ number: '1400' })))).fields, ['number invalid_length']);
    assert.equal(sim.world.customers.get(trunk)!.pbx!.extensions.length, 40);
  });

  it('refuses a number an abbreviated code begins, and one that would begin a feature prefix’s digits', async () => {
    const client = telephony(trunk);
    // 70 is an abbreviated code: 701 begins with it, so the PBX would dial the code at "70".
    assert.deepEqual((await refusal(client.extensions.create(newExtension({ number: '701' })))).conflicts, [['starts_with', 'abbreviated', '70']]);
  });

  it('changes an extension at its version; an older version is a conflict and changes nothing', async () => {
    const client = telephony(trunk);
    const extension = await client.extensions.retrieve('ext_trunk_110');
    const changed = await client.extensions.update(extension.id, { number: '141', description: 'Gabinet 1 (nowy)', lineId: null, pickupGroup: null, published: false }, { ifMatch: extension.version });
    assert.deepEqual([changed.number, changed.version, changed.line], ['141', extension.version + 1, null]);
    const stale = await refusal(client.extensions.update(extension.id, { number: '142', description: 'x', lineId: null, pickupGroup: null, published: true }, { ifMatch: extension.version }));
    assert.equal(stale.code, 'version_mismatch');
    assert.equal((await client.extensions.retrieve(extension.id)).number, '141');
  });

  it('an extension in hunt groups is deleted only when it leaves them, and says which', async () => {
    const client = telephony(trunk);
    const refused = await refusal(client.extensions.delete('ext_trunk_100'));
    assert.equal(refused.code, 'extension_in_hunt_groups');
    assert.deepEqual(refused.fields, [' in_hunt_group']);
    const before = sim.world.customers.get(trunk)!.pbx!.huntGroups.find((g) => g.id === 'hg_trunk_500')!.version;
    const deleted = await client.extensions.delete('ext_trunk_100', { leaveHuntGroups: true });
    assert.deepEqual(deleted.leftHuntGroups, ['hg_trunk_500']);
    const [reception] = await client.huntGroups.list().toArray({ limit: 100 });
    assert.deepEqual([reception!.number, reception!.members.map((m) => m.number), reception!.version], ['500', ['101', '102', '103', '104'], before + 1]);
    // One in no group goes at once.
    assert.equal((await client.extensions.delete('ext_trunk_139')).deleted, true);
  });

  it('a recorded name must be audio a browser plays; once uploaded it plays from a link', async () => {
    const client = telephony(office);
    const text = new File(['not audio'], 'imie.wav', { type: 'audio/wav' });
    assert.deepEqual((await refusal(client.extensions.uploadRecordedName('ext_office_100', text))).fields, ['file not_audio']);
    const tooBig = new File([new Uint8Array(TELEPHONY_LIMITS.audio.maxNameSize + 1)], 'long.wav', { type: 'audio/wav' });
    const before = requestsTo(sim, '/v1/telephony/extensions/ext_office_100/recorded-name').length;
    const local = await client.extensions.uploadRecordedName('ext_office_100', tooBig).catch((e: unknown) => e);
    assert.ok(isA(local, ValidationError) && !local.sent, 'too large a file is refused before it is sent');
    assert.equal(requestsTo(sim, '/v1/telephony/extensions/ext_office_100/recorded-name').length, before);
    const wav = toneWav([440, 494], 0.5);
    const extension = await client.extensions.uploadRecordedName('ext_office_100', new File([wav], 'sekretariat.wav', { type: 'audio/wav' }));
    assert.deepEqual([extension.recordedName?.fileName, extension.recordedName?.contentType, extension.recordedName?.duration], ['sekretariat.wav', 'audio/wav', 1]);
    const link = await client.extensions.playRecordedName('ext_office_100');
    const audio = await fetch(link.url);
    assert.equal(audio.headers.get('content-type'), 'audio/wav');
    assert.deepEqual(new Uint8Array(await audio.arrayBuffer()), wav);
  });
});

describe('the dial plan: hunt groups (T11)', () => {
  beforeEach(() => sim.reset());

  it('adds a group of existing extensions in ringing order', async () => {
    const group = await telephony(trunk).huntGroups.create(newGroup());
    assert.deepEqual([group.number, group.members.map((m) => m.number)], ['504', ['120', '121']]);
    assert.deepEqual((await telephony(trunk).extensions.retrieve('ext_trunk_120')).huntGroups.map((g) => g.number), ['504']);
  });

  it('refuses a number that begins extensions, one that begins with an abbreviated code, and members that are no extensions', async () => {
    const client = telephony(trunk);
    const begins = await refusal(client.huntGroups.create(newGroup({ number: '10' })));
    assert.deepEqual(begins.conflicts, ['100', '101', '102', '103', '104', '105', '106', '107', '108', '109'].map((n) => ['prefix_of', 'extension', n]));
    assert.deepEqual((await refusal(client.huntGroups.create(newGroup({ number: '7012' })))).conflicts, [['starts_with', 'abbreviated', '70']]);
    assert.deepEqual((await refusal(client.huntGroups.create(newGroup({ memberIds: ['ext_trunk_120', 'ext_nobody'] })))).fields, ['memberIds.1 unknown_extension']);
    assert.deepEqual((await refusal(client.huntGroups.create(newGroup({ memberIds: ['ext_trunk_120', 'ext_trunk_120'] })))).fields, ['memberIds.1 duplicate_member']);
  });

  it('changes a group at its version, keeping its own number, and deletes it', async () => {
    const client = telephony(trunk);
    const [reception] = await client.huntGroups.list().toArray({ limit: 100 });
    const changed = await client.huntGroups.update(reception!.id, { ...newGroup({ number: '500', name: 'Rejestracja główna', strategy: 'simultaneous' }) }, { ifMatch: reception!.version });
    assert.deepEqual([changed.number, changed.strategy, changed.version], ['500', 'simultaneous', reception!.version + 1]);
    assert.deepEqual(await client.huntGroups.retrieve(reception!.id), changed);
    await client.huntGroups.delete(reception!.id);
    const gone = await client.huntGroups.retrieve(reception!.id).catch((e: unknown) => e);
    assert.ok(isA(gone, NotFoundError) && gone.code === 'hunt_group_not_found', String(gone));
    assert.deepEqual((await client.huntGroups.list().toArray({ limit: 100 })).map((g) => g.number), ['501', '502', '503']);
  });
});

describe('the dial plan: settings (T4, T7, T8, T9)', () => {
  beforeEach(() => sim.reset());

  it('a check lists what a change would break without saving it', async () => {
    const client = telephony(trunk);
    const settings = await client.settings.retrieve();
    const longer = await client.settings.check({ intercom: { ...settings.intercom, extensionLength: 4 } });
    assert.equal(longer.conflicts.length, 40);
    assert.ok(longer.conflicts.every((c) => c.pointer === '/intercom/extensionLength' && c.code === 'wrong_length' && c.number === '4' && c.entry.kind === 'extension'));
    assert.equal((await client.settings.retrieve()).version, settings.version);
  });

  it('refuses, at each field, a prefix that begins hunt groups, a prefix another feature has, and codes of another length', async () => {
    const client = telephony(trunk);
    const s = await client.settings.retrieve();
    const pickup = await refusal(client.settings.update({ incomingCalls: { ...s.incomingCalls, pickupPrefix: '5' } }, { ifMatch: s.version }));
    assert.deepEqual(pickup.conflicts, ['500', '501', '502', '503'].map((n) => ['prefix_of', 'hunt_group', n]));
    assert.ok(pickup.fields.every((f) => f === 'incomingCalls.pickupPrefix prefix_of'));
    const same = await refusal(client.settings.update({ parking: { parkPrefix: '*8', retrievePrefix: '*7' } }, { ifMatch: s.version }));
    assert.deepEqual(same.fields, ['parking.parkPrefix duplicate']);
    assert.deepEqual(same.conflicts, [['duplicate', 'pickup_prefix', '*8']]);
    const star = await refusal(client.settings.update({ parking: { parkPrefix: '*', retrievePrefix: '*7' } }, { ifMatch: s.version }));
    assert.deepEqual(star.conflicts.map((c) => c[1]).sort(), ['intercom_prefix', 'pickup_prefix', 'retrieve_prefix']);
    const codes = await refusal(client.settings.update({ abbreviatedDialing: { ...s.abbreviatedDialing, length: 3 } }, { ifMatch: s.version }));
    assert.deepEqual(codes.fields, [0, 1, 2, 3].map((i) => `abbreviatedDialing.numbers.${i}.code wrong_length`));
    const code = await refusal(client.settings.update({ abbreviatedDialing: { ...s.abbreviatedDialing, numbers: [...s.abbreviatedDialing.numbers, { code: '50', target: '+48221234567', name: 'Szpital' }] } }, { ifMatch: s.version }));
    assert.deepEqual(code.conflicts, ['500', '501', '502', '503'].map((n) => ['prefix_of', 'hunt_group', n]));
    assert.deepEqual(sections(await client.settings.retrieve()), sections(s), 'nothing was saved');
  });

  it('saves a section that breaks nothing and keeps the others; an intercom needs its prefix', async () => {
    const client = telephony(office);
    const s = await client.settings.retrieve();
    const missing = await refusal(client.settings.update({ intercom: { enabled: true, prefix: null, extensionLength: 3 } }, { ifMatch: s.version }));
    assert.deepEqual(missing.fields, ['intercom.prefix required']);
    const saved = await client.settings.update({ intercom: { enabled: true, prefix: '*9', extensionLength: 3 } }, { ifMatch: s.version });
    assert.deepEqual([saved.intercom.prefix, saved.version, saved.parking], ['*9', s.version + 1, s.parking]);
    const stale = await refusal(client.settings.update({ parking: { parkPrefix: '*6', retrievePrefix: '*7' } }, { ifMatch: s.version }));
    assert.equal(stale.code, 'version_mismatch');
    // Length 4 on the office: its three extensions would break; with none left it would not.
    assert.equal((await client.settings.check({ intercom: { ...saved.intercom, extensionLength: 4 } })).conflicts.length, 3);
  });
});

describe('phone lines (T6)', () => {
  beforeEach(() => sim.reset());

  it('lists the seed’s two lines with their fields', async () => {
    const lines = await telephony(office).lines.list().toArray({ limit: 100 });
    assert.deepEqual(
      lines.map((l) => [l.number, l.unusedDays, l.availableFunds.amount, l.type, l.productName, l.location, l.phoneModel]),
      [
        ['+48223809887', 9, 499, 'credit', 'Telefonia IP standard', 'Lokalizacja domyślna', 'VP530P 23.70.0.10'],
        ['+48223809986', null, 500, 'credit', 'Telefonia IP plus', 'Lokalizacja domyślna', null],
      ],
    );
    assert.deepEqual(lines[1]!.sip, { status: 'unregistered', since: null, address: null });
  });

  it('a flaky phone comes and goes as time passes, and says since when', async () => {
    const client = telephony(office);
    const seen = new Set<string>();
    let last = '';
    for (let window = 0; window < 48 && seen.size < 2; window++) {
      const line = await client.lines.retrieve('ln_office_887');
      seen.add(line.sip.status);
      assert.ok(Date.parse(line.sip.since!) <= sim.clock.now(), 'since is not in the future');
      if (last && last !== line.sip.status) assert.ok(sim.clock.now() - Date.parse(line.sip.since!) < SIP_WINDOW, 'a change is dated within its window');
      last = line.sip.status;
      sim.clock.advance(SIP_WINDOW);
    }
    assert.deepEqual([...seen].sort(), ['registered', 'unregistered']);
  });

  it('configures forwarding and the pickup group at the line’s version, with the rules at the field', async () => {
    const client = telephony(trunk);
    const line = await client.lines.retrieve('ln_trunk_1');
    const on = (to: string | null) => ({ forwarding: { enabled: true, to, when: 'busy' as const }, pickupGroup: 'Rejestracja' });
    assert.deepEqual((await refusal(client.lines.configure(line.id, on(null), { ifMatch: line.version }))).fields, ['forwarding.to required']);
    assert.deepEqual((await refusal(client.lines.configure(line.id, on(line.number), { ifMatch: line.version }))).fields, ['forwarding.to forwarding_loop']);
    assert.deepEqual((await refusal(client.lines.configure(line.id, { ...on('+48601200300'), pickupGroup: 'Kuchnia' }, { ifMatch: line.version }))).fields, ['pickupGroup unknown_pickup_group']);
    const saved = await client.lines.configure(line.id, on('+48601200300'), { ifMatch: line.version });
    assert.deepEqual([saved.forwarding, saved.version], [{ enabled: true, to: '+48601200300', when: 'busy' }, line.version + 1]);
    assert.equal((await refusal(client.lines.configure(line.id, on('+48601200301'), { ifMatch: line.version }))).code, 'version_mismatch');
  });
});

describe('music on hold (T12)', () => {
  beforeEach(() => sim.reset());
  const wav = (name: string) => new File([toneWav([262, 330, 392], 0.5)], name, { type: 'audio/wav' });

  it('uploads a track that plays back; the first one of a PBX plays at once', async () => {
    const client = telephony(office);
    const [seeded] = await client.musicOnHold.list().toArray({ limit: 100 });
    await client.musicOnHold.delete(seeded!.id);
    const track = await client.musicOnHold.create({ file: wav('jazz.wav'), description: 'Jazz na czekanie' });
    assert.deepEqual([track.description, track.active, track.file.fileName], ['Jazz na czekanie', true, 'jazz.wav']);
    const audio = await fetch((await client.musicOnHold.play(track.id)).url);
    assert.equal(audio.status, 200);
    assert.equal(audio.headers.get('content-type'), 'audio/wav');
  });

  it('one track plays at a time; the one that plays is not deleted while others remain', async () => {
    const client = telephony(trunk);
    const tracks = await client.musicOnHold.list().toArray({ limit: 100 });
    assert.deepEqual(tracks.map((t) => t.active), [true, false, false]);
    assert.equal((await refusal(client.musicOnHold.delete(tracks[0]!.id))).code, 'track_active');
    await client.musicOnHold.update(tracks[2]!.id, { active: true });
    assert.deepEqual((await client.musicOnHold.list().toArray({ limit: 100 })).map((t) => t.active), [false, false, true]);
    await client.musicOnHold.delete(tracks[0]!.id);
    assert.equal((await client.musicOnHold.list().toArray({ limit: 100 })).length, 2);
  });

  it('refuses a file that is no audio, and a track over the limit', async () => {
    const client = telephony(trunk);
    assert.deepEqual((await refusal(client.musicOnHold.create({ file: new File(['<html>'], 'x.mp3', { type: 'audio/mpeg' }), description: 'x' }))).fields, ['file not_audio']);
    for (let i = 3; i < TELEPHONY_LIMITS.musicTracks.max; i++) await client.musicOnHold.create({ file: wav(`t${i}.wav`), description: `Utwór ${i}` });
    assert.equal((await refusal(client.musicOnHold.create({ file: wav('one-more.wav'), description: 'Jeszcze jeden' }))).code, 'too_many_tracks');
  });
});
