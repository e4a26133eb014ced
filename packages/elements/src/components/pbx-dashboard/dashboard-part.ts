import { WidgetPart } from '../../base/widget-part.ts';
import { messages, type PbxDashboardMessages } from './pbx-dashboard.messages.ts';

/** A part of `<portico-pbx-dashboard>`: the recent calls. */
export class DashboardPart extends WidgetPart<PbxDashboardMessages> {
  static readonly widget = 'portico-pbx-dashboard';
  static readonly messages = messages;
}
