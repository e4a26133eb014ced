import type { HuntGroup } from '@portico/sdk/telephony';
import { RecordChangeEvent, RecordRemoveEvent } from '../../base/record-events.ts';
import { WidgetPart } from '../../base/widget-part.ts';
import { messages, type HuntGroupsMessages } from './hunt-groups.messages.ts';

/** A part of `<portico-hunt-groups>`: the editor, its member list, the delete confirmation. */
export class HuntGroupsPart extends WidgetPart<HuntGroupsMessages> {
  static readonly widget = 'portico-hunt-groups';
  static readonly messages = messages;
}

/** A hunt group was added or changed here: the list shows it as the API returned it. */
export class HuntGroupChangeEvent extends RecordChangeEvent<HuntGroup> {
  static readonly type = 'hunt-groups-change';
}

/** A hunt group was deleted here: the list drops it. */
export class HuntGroupRemoveEvent extends RecordRemoveEvent {
  static readonly type = 'hunt-groups-remove';
}

/** The members ticked, in ringing order, changed in the member list. */
export class MembersChangeEvent extends Event {
  static readonly type = 'hunt-groups-members';
  constructor(readonly memberIds: string[]) {
    super(MembersChangeEvent.type, { bubbles: true });
  }
}
