import { defineOperation } from '../core/operation.ts';
import { Email } from '../core/common.schemas.ts';
import { z } from '../core/zod.ts';
import { DialPlanCheck } from './dial-plan.schemas.ts';
import { TELEPHONY_LIMITS } from './telephony-limits.ts';

const { prefixLength, extensionLength, abbreviatedLength, abbreviatedNumbers } = TELEPHONY_LIMITS;

/** The hosted PBX packages: call logs come with `ip_plus` and `business_trunk`. */
export const PbxProduct = z.enum(['ip_standard', 'ip_plus', 'business_trunk']);
export type PbxProduct = z.infer<typeof PbxProduct>;

/** A feature code dialled before a number: `*8`, `#7`, `55`. */
export const FeaturePrefix = z.string().check(z.minLength(prefixLength.min), z.maxLength(prefixLength.max), z.regex(/^[0-9*#]+$/));

/** Digits only: an extension, hunt group or abbreviated number. */
export const DialDigits = z.string().check(z.minLength(1), z.maxLength(8), z.regex(/^\d+$/));

/** A pickup group's name, as lines and extensions name it. */
export const PickupGroupName = z.string().check(z.minLength(1), z.maxLength(32));

/** T4: intercom calls between extensions, and the length of every extension number. */
export const IntercomSettings = z.object({
  enabled: z.boolean(),
  /** Dialled before an extension to reach it on its loudspeaker; required when `enabled`. */
  prefix: z.nullable(FeaturePrefix),
  /** Digits of every extension number; changing it must not leave one of another length. */
  extensionLength: z.int().check(z.gte(extensionLength.min), z.lte(extensionLength.max)),
});
export type IntercomSettings = z.infer<typeof IntercomSettings>;

/** A speed-dial code and the number it calls. */
export const AbbreviatedNumber = z.object({
  /** Digits of the configured length. */
  code: DialDigits,
  /** The number it calls: digits, `+` in front for an international one. */
  target: z.string().check(z.minLength(3), z.maxLength(20), z.regex(/^\+?\d+$/)),
  name: z.string().check(z.minLength(1), z.maxLength(60)),
});
export type AbbreviatedNumber = z.infer<typeof AbbreviatedNumber>;

/** T7: abbreviated dialling. */
export const AbbreviatedDialingSettings = z.object({
  length: z.int().check(z.gte(abbreviatedLength.min), z.lte(abbreviatedLength.max)),
  numbers: z.array(AbbreviatedNumber).check(z.maxLength(abbreviatedNumbers.max)),
});
export type AbbreviatedDialingSettings = z.infer<typeof AbbreviatedDialingSettings>;

/** T8: incoming calls. */
export const IncomingCallSettings = z.object({
  /** Internal calls ring differently from external ones. */
  distinctiveRing: z.boolean(),
  /** The pickup group of phones that are in none. */
  pickupGroup: z.nullable(PickupGroupName),
  /** Dialled to answer a call ringing elsewhere in one's pickup group. */
  pickupPrefix: z.nullable(FeaturePrefix),
});
export type IncomingCallSettings = z.infer<typeof IncomingCallSettings>;

/** T9: call parking. */
export const ParkingSettings = z.object({
  /** Dialled to park the current call. */
  parkPrefix: z.nullable(FeaturePrefix),
  /** Dialled to take a parked call back. */
  retrievePrefix: z.nullable(FeaturePrefix),
});
export type ParkingSettings = z.infer<typeof ParkingSettings>;

/** The PBX's settings (T4, T7, T8, T9); each section is saved on its own. */
export const PbxSettings = z.object({
  intercom: IntercomSettings,
  abbreviatedDialing: AbbreviatedDialingSettings,
  incomingCalls: IncomingCallSettings,
  parking: ParkingSettings,
  /** Changes with every update; send it as `ifMatch`. */
  version: z.int(),
});
export type PbxSettings = z.infer<typeof PbxSettings>;

/** A change of one or more sections; a section is sent whole. */
export const PbxSettingsUpdate = z.object({
  intercom: z.optional(IntercomSettings),
  abbreviatedDialing: z.optional(AbbreviatedDialingSettings),
  incomingCalls: z.optional(IncomingCallSettings),
  parking: z.optional(ParkingSettings),
});
export type PbxSettingsUpdate = z.input<typeof PbxSettingsUpdate>;

/** The customer's hosted PBX (IP Centrex): its package, what it offers and whom to ask. */
export const Pbx = z.object({
  product: PbxProduct,
  /** The package's name as sold: "Telefonia IP standard". */
  productName: z.string(),
  /** Itemised call logs (T10) come with the package; off on `ip_standard`. */
  callLogs: z.boolean(),
  /** Pickup groups lines and extensions may join. */
  pickupGroups: z.array(PickupGroupName),
  /** The customer's contact information, as the dashboard shows it. */
  contact: z.object({ person: z.nullable(z.string()), phone: z.nullable(z.string()), address: z.nullable(z.string()), email: Email }),
  /** Counts for a dashboard: lines, extensions, hunt groups, and lines whose phone is not registered. */
  counts: z.object({ lines: z.int(), extensions: z.int(), huntGroups: z.int(), unregisteredLines: z.int() }),
});
export type Pbx = z.infer<typeof Pbx>;

export const pbxOperations = {
  retrieve: defineOperation({
    id: 'pbx.retrieve',
    permission: 'telephony',
    method: 'GET',
    path: '/v1/telephony/pbx',
    summary: "The customer's hosted PBX: its package, pickup groups, contact and counts",
    response: Pbx,
    errors: [403],
  }),
  settings: defineOperation({
    id: 'pbx.settings',
    permission: 'telephony',
    method: 'GET',
    path: '/v1/telephony/pbx/settings',
    summary: 'Intercom, abbreviated dialling, incoming calls and call parking',
    response: PbxSettings,
    errors: [403],
  }),
  updateSettings: defineOperation({
    id: 'pbx.updateSettings',
    permission: 'telephony',
    method: 'PATCH',
    path: '/v1/telephony/pbx/settings',
    summary: 'Changes sections of the settings; refused with the list of what it would break in the dial plan',
    body: PbxSettingsUpdate,
    response: PbxSettings,
    ifMatch: true,
    errors: [403, 409, 412, 422, 428],
  }),
  checkSettings: defineOperation({
    id: 'pbx.checkSettings',
    permission: 'telephony',
    reads: true,
    method: 'POST',
    path: '/v1/telephony/pbx/settings/check',
    summary: 'What a change of the settings would break in the dial plan, without saving it',
    body: PbxSettingsUpdate,
    response: DialPlanCheck,
    errors: [403, 422],
  }),
};
