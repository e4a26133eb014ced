import { isA, PermissionError } from '@portico/sdk/core';
import { WidgetPart } from '../../base/widget-part.ts';
import { messages, type PbxDashboardMessages } from './pbx-dashboard.messages.ts';

/** A part of `<portico-pbx-dashboard>`: the recent calls. */
export class DashboardPart extends WidgetPart<PbxDashboardMessages> {
  static readonly widget = 'portico-pbx-dashboard';
  static readonly messages = messages;
}

/** The account has no hosted PBX: the API says so (403 `no_pbx`) rather than show an empty one. */
export const noPbx = (error: unknown): boolean => isA(error, PermissionError) && error.code === 'no_pbx';
