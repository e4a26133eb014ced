import type { PbxSettings } from '@portico/sdk/telephony';
import { Random } from '../../core/random.ts';
import { audioRecord, toneWav } from './audio.ts';
import type { ExtensionRecord, HuntGroupRecord, MusicTrackRecord, PbxRecord, PhoneLineRecord } from './records.ts';

const DAY = 86_400_000;
/** The trunk customer's busy year: a million calls on its log. */
export const TRUNK_PBX_CALLS = 1_000_000;

const line = (fields: Partial<PhoneLineRecord> & Pick<PhoneLineRecord, 'id' | 'number' | 'product'>): PhoneLineRecord => ({
  lastCallAt: null,
  availableFunds: 500,
  type: 'credit',
  pickupGroup: null,
  location: 'Lokalizacja domyślna',
  forwarding: { enabled: false, to: null, when: 'always' },
  phone: null,
  version: 1,
  ...fields,
});

const extension = (fields: Partial<ExtensionRecord> & Pick<ExtensionRecord, 'id' | 'number' | 'description'>): ExtensionRecord => ({
  lineId: null,
  pickupGroup: null,
  published: true,
  recordedName: null,
  version: 1,
  ...fields,
});

/** The prepaid office on "Telefonia IP standard": the two lines of the seed's screenshots, call logs off. */
export function seedOfficePbx(email: string, now: number): PbxRecord {
  const settings: PbxSettings = {
    intercom: { enabled: false, prefix: null, extensionLength: 3 },
    abbreviatedDialing: { length: 2, numbers: [] },
    incomingCalls: { distinctiveRing: false, pickupGroup: null, pickupPrefix: null },
    parking: { parkPrefix: null, retrievePrefix: null },
    version: 1,
  };
  return {
    product: 'ip_standard',
    pickupGroups: ['Biuro'],
    contact: { person: 'Anna Kowalczyk', phone: '+48223809887', address: 'ul. Grójecka 41/3, 02-031 Warszawa', email },
    settings,
    lines: [
      line({ id: 'ln_office_887', number: '+48223809887', product: 'ip_standard', lastCallAt: now - 9 * DAY - 3_600_000, availableFunds: 499, phone: { model: 'VP530P 23.70.0.10', address: '192.168.1.20', flaky: true } }),
      line({ id: 'ln_office_986', number: '+48223809986', product: 'ip_plus', availableFunds: 500 }),
    ],
    extensions: [
      extension({ id: 'ext_office_100', number: '100', description: 'Sekretariat', lineId: 'ln_office_887', pickupGroup: 'Biuro' }),
      extension({ id: 'ext_office_101', number: '101', description: 'Księgowość', lineId: 'ln_office_887', pickupGroup: 'Biuro' }),
      extension({ id: 'ext_office_102', number: '102', description: 'Sala konferencyjna', published: false }),
    ],
    huntGroups: [],
    music: [{ id: 'moh_office_1', description: 'No Frills Cumbia (c) 2001 Kevin MacLeod. Latin', file: audioRecord('aud_office_1', 'no-frills-cumbia.wav', toneWav(CUMBIA), now - 200 * DAY), active: true }],
    calls: { count: 1_460, seed: 3001 },
  };
}

const CUMBIA = [392, 440, 494, 440, 392, 330, 392, 440, 392, 330, 294, 330, 392, 392, 440, 494];
const WALTZ = [262, 330, 392, 330, 262, 330, 392, 523, 494, 392, 330, 294];
const CALM = [220, 262, 330, 262, 247, 294, 349, 294, 220, 262, 330, 440];

const ROOMS: [from: number, to: number, name: (n: number) => string, group: string][] = [
  [100, 104, (n) => `Rejestracja ${n - 99}`, 'Rejestracja'],
  [105, 109, (n) => ['Dyrekcja', 'Sekretariat dyrekcji', 'Kadry', 'Księgowość', 'Dział IT'][n - 105]!, 'Administracja'],
  [110, 129, (n) => `Gabinet ${n - 109}`, 'Gabinety'],
  [130, 134, (n) => `Laboratorium ${n - 129}`, 'Laboratorium'],
  [135, 139, (n) => ['Pracownia RTG', 'Pracownia USG', 'Punkt szczepień', 'Magazyn', 'Portiernia'][n - 135]!, 'Administracja'],
];

/** The "Biznes Trunk" clinic: 40 extensions, 8 lines, hunt groups, music and a million calls. */
export function seedTrunkPbx(email: string, now: number): PbxRecord {
  const random = new Random(5005);
  const lines = Array.from({ length: 8 }, (_, i) =>
    line({
      id: `ln_trunk_${i + 1}`,
      number: `+4822610010${i}`,
      product: 'business_trunk',
      type: i < 6 ? 'debit' : 'credit',
      availableFunds: 250_000 - i * 10_000,
      lastCallAt: now - (i === 7 ? 41 * DAY : random.int(0, 3) * DAY + random.int(0, 20) * 3_600_000),
      location: i < 4 ? 'Warszawa, ul. Marymoncka 34' : 'Warszawa, ul. Puławska 118',
      pickupGroup: i < 2 ? 'Rejestracja' : null,
      forwarding: i === 5 ? { enabled: true, to: '+48601200300', when: 'no_answer' } : { enabled: false, to: null, when: 'always' },
      phone: i === 7 ? null : { model: random.pick(['Yealink T54W 96.86.0.70', 'Yealink T46U 108.86.0.90', 'Grandstream GRP2614 1.0.11.3', 'Snom D785 10.1.159.12']), address: `10.20.0.${11 + i}`, flaky: i === 3 || i === 6 },
    }),
  );
  const extensions: ExtensionRecord[] = [];
  for (const [from, to, name, group] of ROOMS) {
    for (let n = from; n <= to; n++) {
      const reception = n <= 104;
      extensions.push(
        extension({
          id: `ext_trunk_${n}`,
          number: String(n),
          description: name(n),
          lineId: lines[reception ? n - 100 < 2 ? n - 100 : 2 : n < 130 ? 3 + ((n - 105) % 3) : 6]!.id,
          pickupGroup: group,
          published: n !== 138 && n !== 106,
          recordedName: reception ? audioRecord(`aud_trunk_${n}`, `rejestracja-${n - 99}.wav`, toneWav([330, 392, 440, 392], 0.4), now - 90 * DAY) : null,
        }),
      );
    }
  }
  const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `ext_trunk_${from + i}`);
  const huntGroups: HuntGroupRecord[] = [
    { id: 'hg_trunk_500', number: '500', name: 'Rejestracja', strategy: 'in_order', memberIds: ids(100, 104), callerId: 'group_name', pickupAllowed: true, version: 1 },
    { id: 'hg_trunk_501', number: '501', name: 'Laboratorium', strategy: 'simultaneous', memberIds: ids(130, 134), callerId: 'original', pickupAllowed: true, version: 1 },
    { id: 'hg_trunk_502', number: '502', name: 'Gabinety pediatryczne', strategy: 'least_used', memberIds: ids(110, 115), callerId: 'group', pickupAllowed: false, version: 1 },
    { id: 'hg_trunk_503', number: '503', name: 'Administracja', strategy: 'random', memberIds: ids(105, 109), callerId: 'original', pickupAllowed: false, version: 1 },
  ];
  const music: MusicTrackRecord[] = [
    { id: 'moh_trunk_3', description: 'Spokojna melodia — poczekalnia', file: audioRecord('aud_trunk_m3', 'spokojna-melodia.wav', toneWav(CALM, 0.5), now - 30 * DAY), active: true },
    { id: 'moh_trunk_2', description: 'Walc na powitanie', file: audioRecord('aud_trunk_m2', 'walc.wav', toneWav(WALTZ, 0.5), now - 120 * DAY), active: false },
    { id: 'moh_trunk_1', description: 'No Frills Cumbia (c) 2001 Kevin MacLeod. Latin', file: audioRecord('aud_trunk_m1', 'no-frills-cumbia.wav', toneWav(CUMBIA), now - 300 * DAY), active: false },
  ];
  return {
    product: 'business_trunk',
    pickupGroups: ['Rejestracja', 'Gabinety', 'Laboratorium', 'Administracja'],
    contact: { person: 'Tomasz Zieliński (IT)', phone: '+48226100100', address: 'ul. Marymoncka 34, 01-813 Warszawa', email },
    settings: {
      intercom: { enabled: true, prefix: '*9', extensionLength: 3 },
      abbreviatedDialing: {
        length: 2,
        numbers: [
          { code: '70', target: '999', name: 'Pogotowie ratunkowe' },
          { code: '71', target: '+48225690200', name: 'Szpital Bielański' },
          { code: '72', target: '+48228340011', name: 'Apteka Centralna' },
          { code: '73', target: '+48224567890', name: 'Diagnostyka — laboratorium zewnętrzne' },
        ],
      },
      incomingCalls: { distinctiveRing: true, pickupGroup: 'Rejestracja', pickupPrefix: '*8' },
      parking: { parkPrefix: '*6', retrievePrefix: '*7' },
      version: 1,
    },
    lines,
    extensions,
    huntGroups,
    music,
    calls: { count: TRUNK_PBX_CALLS, seed: 5005 },
  };
}
