import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CallListQuery } from '@portico/sdk/contracts';
import { isA, type ClientCore } from '@portico/sdk/core';
import { alertIcon } from '../../base/icons.ts';
import { Action } from '../../controllers/action.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { number } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { CallLogMessages } from './call-log-table.messages.ts';
import type { CallSource } from './call-source.ts';
import type { CallExport } from './export/call-export.ts';
import type { CallExportLabels, CallExportOptions } from './export/options.ts';

export type ExportFormat = CallExportOptions['format'];

/** Every call of the list shown, to be written into a file named `name` (the format adds its extension). */
export interface ExportSource {
  client: ClientCore;
  source: CallSource;
  query: CallListQuery;
  total: number;
  name: string;
  options: Omit<CallExportOptions, 'format'>;
}

type Host = ReactiveControllerHost & EventTarget & { readonly renderRoot: ParentNode };

/**
 * The call log's export: builds the file of the list shown off the main thread, with the
 * code loaded only now, and hands it to the browser as a download. One at a time; Cancel (or
 * another contract) stops it, and no file comes of it.
 */
export class CallLogExport implements ReactiveController {
  readonly #host: Host;
  readonly #focus: FocusAfterRender;
  readonly #saved: (name: string) => void;
  readonly #action: Action<{ format: ExportFormat; source: ExportSource }, { blob: Blob; name: string }>;
  #format: ExportFormat = 'xlsx';
  #written = 0;
  #total = 0;

  constructor(host: Host, saved: (name: string) => void) {
    this.#host = host;
    this.#saved = saved;
    this.#focus = new FocusAfterRender(host);
    this.#action = new Action(host, { kind: 'export', send: (job, { signal }) => this.#write(job.format, job.source, signal) });
    host.addController(this);
  }

  get busy(): boolean {
    return this.#action.busy;
  }

  get error(): unknown {
    return this.#action.error;
  }

  /** Rows written so far, of how many. */
  get progress(): { written: number; total: number } {
    return { written: this.#written, total: this.#total };
  }

  async start(format: ExportFormat, source: ExportSource): Promise<void> {
    if (this.busy || source.total === 0) return;
    this.#format = format;
    this.#written = 0;
    this.#total = source.total;
    // The button pressed goes with the export buttons: Cancel takes its place, and focus.
    this.#focus.request('#export-cancel');
    const file = await this.#action.run({ format, source });
    if (!file) return;
    download(file.blob, file.name);
    // The file is the browser's now: nothing of it is kept.
    this.#action.reset();
    this.#saved(file.name);
  }

  /** Stops the export under way (no file comes of it) and forgets a failure. */
  cancel = (): void => {
    this.#action.reset();
  };

  hostUpdate(): void {
    // The progress (its Cancel button) had focus and goes now: focus goes back to the format's button.
    const root = this.#host.renderRoot;
    if (!this.busy && isA(root, ShadowRoot) && root.activeElement?.closest('.progress')) this.#focus.request(`#export-${this.#format}`);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  async #write(format: ExportFormat, source: ExportSource, signal: AbortSignal): Promise<{ blob: Blob; name: string }> {
    const { createCallExport } = await import('./export/call-export.ts');
    signal.throwIfAborted();
    const file = createCallExport({ format, ...source.options });
    signal.addEventListener('abort', () => file.cancel(), { once: true });
    file.onprogress = (written) => {
      this.#written = written;
      this.#host.requestUpdate();
    };
    await fetchAll(source, signal, file);
    return { blob: await file.finish(), name: `${source.name}.${format}` };
  }
}

/** Export, its two formats and a failure; while a file is prepared, its progress and Cancel. */
export function exportTools(exporter: CallLogExport, view: { t: CallLogMessages; locale: Locale; disabled: boolean; describe: (error: unknown) => string; onExport: (format: ExportFormat) => void }): TemplateResult {
  const { t, locale: l } = view;
  if (exporter.busy) {
    const { written, total } = exporter.progress;
    return html`<div class="progress" part="status">
      <progress max=${total || 1} value=${written} aria-labelledby="export-label"></progress>
      <span id="export-label">${t.exporting({ written: number(written, l), total: number(total, l) })}</span>
      <button type="button" id="export-cancel" class="button button--secondary" part="button" @click=${exporter.cancel}>${t.cancel}</button>
    </div>`;
  }
  // aria-disabled, not disabled: a focused button that becomes disabled would drop focus to the page.
  const disabled = view.disabled ? 'true' : 'false';
  const error = exporter.error;
  return html`<div class="export" role="group" aria-label=${t.export}>
    <span class="muted" aria-hidden="true">${t.export}:</span>
    <button type="button" id="export-xlsx" class="button button--secondary" part="button" aria-disabled=${disabled} @click=${() => view.onExport('xlsx')}>${t.excel}</button>
    <button type="button" id="export-csv" class="button button--secondary" part="button" aria-disabled=${disabled} @click=${() => view.onExport('csv')}>${t.csv}</button>
    ${error !== undefined ? html`<span class="field-error" role="alert" part="error">${alertIcon}<span>${t.exportFailed} ${view.describe(error)}</span></span>` : nothing}
  </div>`;
}

/** The file's words, from the widget's; `lines`: the calls went through a PBX's lines, and the file says which. */
export function exportLabels(t: CallLogMessages, lines = false): CallExportLabels {
  return {
    sheetName: t.sheet,
    columns: {
      startedAt: t.columns.startedAt,
      direction: t.columns.direction,
      category: t.columns.category,
      ...(lines ? { account: t.columns.account } : {}),
      from: t.csvColumns.from,
      to: t.csvColumns.to,
      country: t.csvColumns.country,
      duration: t.csvColumns.duration,
      volume: t.csvColumns.volume,
      cost: t.columns.cost,
      currency: t.csvColumns.currency,
      recorded: t.columns.recording,
    },
    direction: t.directions,
    category: t.categories,
    yes: t.yes,
    no: t.no,
  };
}

/**
 * Calls asked for at a time. Reading a page (parsing, checking, copying it to the worker) is
 * one task of the page's thread: 10,000 calls, the API's most, would be a long task on a busy
 * machine; a quarter of that is not. The worker keeps up either way.
 */
export const EXPORT_PAGE = 2_500;

/**
 * Every call of a filter, a page at a time, handed to the file as they arrive. The next page is
 * asked for while the writer works, but no sooner than it keeps up: a million calls never wait
 * in memory all at once.
 */
async function fetchAll({ client, source, query }: ExportSource, signal: AbortSignal, file: CallExport): Promise<void> {
  let cursor: string | undefined;
  do {
    await file.ready();
    signal.throwIfAborted();
    const page = await source.list(client, { ...query, limit: EXPORT_PAGE, cursor }, signal);
    file.add(page.data);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** Saves a file the way a browser saves a download. */
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
