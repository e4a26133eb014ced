import type { ClientCore, RequestOptions } from '../core/client-core.ts';
import { list, type PagePromise } from '../core/page.ts';
import type { CallListQuery, CallSummary, CallSummaryQuery, RecordingLink } from '../contracts/calls.schemas.ts';
import { pbxOperations } from './pbx.compiled.ts';
import { extensionOperations } from './extensions.compiled.ts';
import { phoneLineOperations } from './phone-lines.compiled.ts';
import { huntGroupOperations } from './hunt-groups.compiled.ts';
import { musicTrackOperations } from './audio.compiled.ts';
import { pbxCallOperations } from './pbx-calls.compiled.ts';
import type { Pbx, PbxSettings, PbxSettingsUpdate } from './pbx.schemas.ts';
import type { DialPlanCheck } from './dial-plan.schemas.ts';
import type { Extension, ExtensionCreateParams, ExtensionDeleteQuery, ExtensionListQuery, ExtensionUpdateParams } from './extensions.schemas.ts';
import type { PhoneLine, PhoneLineConfigureParams } from './phone-lines.schemas.ts';
import type { HuntGroup, HuntGroupCreateParams, HuntGroupUpdateParams } from './hunt-groups.schemas.ts';
import type { AudioLink, MusicTrack, MusicTrackCreateParams, MusicTrackUpdateParams } from './audio.schemas.ts';
import type { PbxCall, PbxCallPage, PbxRecentCallsQuery } from './pbx-calls.schemas.ts';

type Versioned = RequestOptions & { ifMatch: string | number };

/** `client.telephony`: the customer's hosted PBX (FEATURES T1, T4–T12). */
export class TelephonyApi {
  readonly settings: PbxSettingsResource;
  readonly extensions: ExtensionsResource;
  readonly lines: PhoneLinesResource;
  readonly huntGroups: HuntGroupsResource;
  readonly musicOnHold: MusicOnHoldResource;
  readonly calls: PbxCallsResource;
  #client: ClientCore;

  constructor(client: ClientCore) {
    this.#client = client;
    this.settings = new PbxSettingsResource(client);
    this.extensions = new ExtensionsResource(client);
    this.lines = new PhoneLinesResource(client);
    this.huntGroups = new HuntGroupsResource(client);
    this.musicOnHold = new MusicOnHoldResource(client);
    this.calls = new PbxCallsResource(client);
  }

  /** The PBX: its package (and so whether call logs are on), pickup groups, contact, counts. */
  retrieve(options?: RequestOptions): Promise<Pbx> {
    return this.#client.request(pbxOperations.retrieve, {}, options);
  }
}

/** `client.telephony.settings`: intercom, abbreviated dialling, incoming calls, call parking. */
export class PbxSettingsResource {
  #client: ClientCore;
  constructor(client: ClientCore) {
    this.#client = client;
  }

  retrieve(options?: RequestOptions): Promise<PbxSettings> {
    return this.#client.request(pbxOperations.settings, {}, options);
  }

  /**
   * Saves the sections given. A change that would break the dial plan is a `ValidationError`
   * whose field errors name each number it would break (`params.entry`); see `check`.
   */
  update(params: PbxSettingsUpdate, options: Versioned): Promise<PbxSettings> {
    return this.#client.request(pbxOperations.updateSettings, { body: params }, options);
  }

  /** What the change would break in the dial plan, without saving it. */
  check(params: PbxSettingsUpdate, options?: RequestOptions): Promise<DialPlanCheck> {
    return this.#client.request(pbxOperations.checkSettings, { body: params }, options);
  }
}

/** `client.telephony.extensions` */
export class ExtensionsResource {
  #client: ClientCore;
  constructor(client: ClientCore) {
    this.#client = client;
  }

  list(query?: ExtensionListQuery, options?: RequestOptions): PagePromise<Extension> {
    return list(this.#client, extensionOperations.list, { query }, options);
  }

  retrieve(id: string, options?: RequestOptions): Promise<Extension> {
    return this.#client.request(extensionOperations.retrieve, { params: { id } }, options);
  }

  /** Adds an extension; one per user action (`idempotencyKey`). A number that breaks the dial plan is refused at `number`. */
  create(params: ExtensionCreateParams, options?: RequestOptions): Promise<Extension> {
    return this.#client.request(extensionOperations.create, { body: params }, options);
  }

  update(id: string, params: ExtensionUpdateParams, options: Versioned): Promise<Extension> {
    return this.#client.request(extensionOperations.update, { params: { id }, body: params }, options);
  }

  /** Deletes an extension. One in hunt groups is refused (`extension_in_hunt_groups`) unless `leaveHuntGroups`. */
  delete(id: string, query?: ExtensionDeleteQuery, options?: RequestOptions): Promise<{ id: string; deleted: true; leftHuntGroups: string[] }> {
    return this.#client.request(extensionOperations.delete, { params: { id }, query }, options);
  }

  /** Uploads the recorded name (see `TELEPHONY_LIMITS.audio`); `onUploadProgress` reports the bytes sent. */
  uploadRecordedName(id: string, file: File, options?: RequestOptions): Promise<Extension> {
    return this.#client.request(extensionOperations.uploadRecordedName, { params: { id }, body: { file } }, options);
  }

  playRecordedName(id: string, options?: RequestOptions): Promise<AudioLink> {
    return this.#client.request(extensionOperations.playRecordedName, { params: { id } }, options);
  }
}

/** `client.telephony.lines` */
export class PhoneLinesResource {
  #client: ClientCore;
  constructor(client: ClientCore) {
    this.#client = client;
  }

  /** The lines with their SIP registration now: poll it to follow phones going on and off line. */
  list(options?: RequestOptions): PagePromise<PhoneLine> {
    return list(this.#client, phoneLineOperations.list, {}, options);
  }

  retrieve(id: string, options?: RequestOptions): Promise<PhoneLine> {
    return this.#client.request(phoneLineOperations.retrieve, { params: { id } }, options);
  }

  /** Changes what a customer may change: forwarding and the pickup group. */
  configure(id: string, params: PhoneLineConfigureParams, options: Versioned): Promise<PhoneLine> {
    return this.#client.request(phoneLineOperations.configure, { params: { id }, body: params }, options);
  }
}

/** `client.telephony.huntGroups` */
export class HuntGroupsResource {
  #client: ClientCore;
  constructor(client: ClientCore) {
    this.#client = client;
  }

  list(options?: RequestOptions): PagePromise<HuntGroup> {
    return list(this.#client, huntGroupOperations.list, {}, options);
  }

  retrieve(id: string, options?: RequestOptions): Promise<HuntGroup> {
    return this.#client.request(huntGroupOperations.retrieve, { params: { id } }, options);
  }

  create(params: HuntGroupCreateParams, options?: RequestOptions): Promise<HuntGroup> {
    return this.#client.request(huntGroupOperations.create, { body: params }, options);
  }

  update(id: string, params: HuntGroupUpdateParams, options: Versioned): Promise<HuntGroup> {
    return this.#client.request(huntGroupOperations.update, { params: { id }, body: params }, options);
  }

  delete(id: string, options?: RequestOptions): Promise<{ id: string; deleted: true }> {
    return this.#client.request(huntGroupOperations.delete, { params: { id } }, options);
  }
}

/** `client.telephony.musicOnHold` */
export class MusicOnHoldResource {
  #client: ClientCore;
  constructor(client: ClientCore) {
    this.#client = client;
  }

  list(options?: RequestOptions): PagePromise<MusicTrack> {
    return list(this.#client, musicTrackOperations.list, {}, options);
  }

  /** Uploads a track (see `TELEPHONY_LIMITS.audio`); `onUploadProgress` reports the bytes sent. */
  create(params: MusicTrackCreateParams, options?: RequestOptions): Promise<MusicTrack> {
    return this.#client.request(musicTrackOperations.create, { body: params }, options);
  }

  update(id: string, params: MusicTrackUpdateParams, options?: RequestOptions): Promise<MusicTrack> {
    return this.#client.request(musicTrackOperations.update, { params: { id }, body: params }, options);
  }

  delete(id: string, options?: RequestOptions): Promise<{ id: string; deleted: true }> {
    return this.#client.request(musicTrackOperations.delete, { params: { id } }, options);
  }

  play(id: string, options?: RequestOptions): Promise<AudioLink> {
    return this.#client.request(musicTrackOperations.play, { params: { id } }, options);
  }
}

/** `client.telephony.calls`: the PBX's calls. The itemised log needs a package with call logs. */
export class PbxCallsResource {
  #client: ClientCore;
  constructor(client: ClientCore) {
    this.#client = client;
  }

  /** Itemised calls (T10): `for await` walks them all. A `ForbiddenError` with `call_logs_disabled` on the standard package. */
  list(query?: CallListQuery, options?: RequestOptions): PagePromise<PbxCall> {
    return list(this.#client, pbxCallOperations.list, { query }, options);
  }

  page(query?: CallListQuery, options?: RequestOptions): Promise<PbxCallPage> {
    return this.#client.request(pbxCallOperations.list, { query }, options);
  }

  summary(query?: CallSummaryQuery, options?: RequestOptions): Promise<CallSummary> {
    return this.#client.request(pbxCallOperations.summary, { query }, options);
  }

  /** The last 30 days, newest first, on every package (the dashboard's recent calls). */
  recent(query?: PbxRecentCallsQuery, options?: RequestOptions): Promise<PbxCallPage> {
    return this.#client.request(pbxCallOperations.recent, { query }, options);
  }

  recording(callId: string, options?: RequestOptions): Promise<RecordingLink> {
    return this.#client.request(pbxCallOperations.recording, { params: { callId } }, options);
  }
}

const cache = new WeakMap<ClientCore, TelephonyApi>();

/** The telephony API of a client; widgets import this domain alone. */
export function telephonyApi(client: ClientCore): TelephonyApi {
  let api = cache.get(client);
  if (!api) cache.set(client, (api = new TelephonyApi(client)));
  return api;
}

export type { Pbx, PbxProduct, PbxSettings, PbxSettingsUpdate, IntercomSettings, AbbreviatedDialingSettings, AbbreviatedNumber, IncomingCallSettings, ParkingSettings } from './pbx.schemas.ts';
export type { DialPlanCheck, DialPlanConflict, DialPlanConflictCode, DialPlanEntry, DialPlanKind } from './dial-plan.schemas.ts';
export type { Extension, ExtensionCreateParams, ExtensionDeleteQuery, ExtensionListQuery, ExtensionUpdateParams, RecordedNameParams } from './extensions.schemas.ts';
export type { Forwarding, PhoneLine, PhoneLineConfigureParams, SipRegistration } from './phone-lines.schemas.ts';
export type { CallerIdPresentation, HuntGroup, HuntGroupCreateParams, HuntGroupUpdateParams, RingStrategy } from './hunt-groups.schemas.ts';
export type { AudioFile, AudioLink, MusicTrack, MusicTrackCreateParams, MusicTrackUpdateParams } from './audio.schemas.ts';
export type { PbxCall, PbxCallPage, PbxRecentCallsQuery } from './pbx-calls.schemas.ts';
export { pbxCheckSettings, pbxRetrieve, pbxSettings, pbxUpdateSettings } from './pbx.compiled.ts';
export { extensionCreate, extensionDelete, extensionList, extensionPlayRecordedName, extensionRetrieve, extensionUpdate, extensionUploadRecordedName } from './extensions.compiled.ts';
export { phoneLineConfigure, phoneLineList, phoneLineRetrieve } from './phone-lines.compiled.ts';
export { huntGroupCreate, huntGroupDelete, huntGroupList, huntGroupRetrieve, huntGroupUpdate } from './hunt-groups.compiled.ts';
export { musicTrackCreate, musicTrackDelete, musicTrackList, musicTrackPlay, musicTrackUpdate } from './audio.compiled.ts';
export { pbxCallList, pbxCallRecent, pbxCallRecording, pbxCallSummary } from './pbx-calls.compiled.ts';
export { TELEPHONY_LIMITS } from './telephony-limits.ts';
