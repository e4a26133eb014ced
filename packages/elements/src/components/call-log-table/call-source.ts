// Where a call log's calls come from: a contract's number (FEATURES C4) or the customer's PBX
// (T10). The table, its summary, its player and its export ask the one source they are given,
// so none of them branches on which it is.
import { callList, callRecording, callSummary, type CallListQuery, type CallSummary, type CallSummaryQuery, type RecordingLink } from '@portico/sdk/contracts';
import { isA, PermissionError, type ClientCore } from '@portico/sdk/core';
import type { ExportedCall } from './export/options.ts';

/** A contract's calls (the default, with `contract-id`), or the PBX's (`source="pbx"`). */
export type CallSourceKind = 'contract' | 'pbx';

/** A page of calls; a PBX's carry the line each went through (`account`). */
export interface SourcePage {
  data: ExportedCall[];
  nextCursor: string | null;
  total: number;
}

export interface CallSource {
  readonly kind: CallSourceKind;
  /** Its calls say which line they went through: the table and the file show it. */
  readonly lines: boolean;
  list(client: ClientCore, query: CallListQuery, signal?: AbortSignal): Promise<SourcePage>;
  summary(client: ClientCore, query: CallSummaryQuery, signal?: AbortSignal): Promise<CallSummary>;
  recording(client: ClientCore, callId: string, signal?: AbortSignal): Promise<RecordingLink>;
}

/** The PBX's operations, their code loaded the first time they are wanted. */
const operations = () => import('./pbx-operations.ts');

const pbx: CallSource = {
  kind: 'pbx',
  lines: true,
  list: async (client, query, signal) => client.request((await operations()).pbxCallList, { query }, { signal }),
  summary: async (client, query, signal) => client.request((await operations()).pbxCallSummary, { query }, { signal }),
  recording: async (client, callId, signal) => client.request((await operations()).pbxCallRecording, { params: { callId } }, { signal }),
};

const contracts = new Map<string, CallSource>();

function contract(id: string): CallSource {
  let source = contracts.get(id);
  if (!source) {
    source = {
      kind: 'contract',
      lines: false,
      list: (client, query, signal) => client.request(callList, { params: { id }, query }, { signal }),
      summary: (client, query, signal) => client.request(callSummary, { params: { id }, query }, { signal }),
      recording: (client, callId, signal) => client.request(callRecording, { params: { id, callId } }, { signal }),
    };
    contracts.set(id, source);
  }
  return source;
}

/**
 * The source a widget's attributes name: the same object for the same attributes, so that it
 * can be a loader's argument. Undefined while a contract's log has no `contract-id` yet.
 */
export function callSource(kind: string | undefined, contractId: string | undefined): CallSource | undefined {
  if (kind === 'pbx') return pbx;
  return contractId ? contract(contractId) : undefined;
}

/** The package has no call logs (T10): said once, with no retry, since trying again cannot help. */
export const callLogsDisabled = (error: unknown): boolean => isA(error, PermissionError) && error.code === 'call_logs_disabled';

/** The customer has no PBX at all. */
export const noPbx = (error: unknown): boolean => isA(error, PermissionError) && error.code === 'no_pbx';
