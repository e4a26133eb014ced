// The call log's export to .xlsx or .csv, a chunk the widget loads only when the user exports.
// One module, three roles: on the main thread it is the API, which starts a module Worker on
// this very file (`new Worker(import.meta.url)`: no bundler plugin needed); inside that Worker
// it builds the file, and an XLSX's deflating goes to a second worker on the same file (the
// packer, by its name). So nothing here, nor in what it imports, may touch the DOM when loaded,
// and it takes its words in `labels` rather than importing the widget's i18n (and lit with it).
//
// A host's bundler may put this chunk into one file with everything else (esbuild without
// code splitting does): `import.meta.url` is then that whole bundle, which cannot run in a
// Worker (`HTMLElement is not defined`). The same happens under a Content-Security-Policy
// without `worker-src`. The worker says `ready` once loaded; if it fails before that, the
// file is written on the page instead, from what was sent so far — the export still works.
import { csvHeader, csvRows } from './csv-writer.ts';
import type { CallExportOptions, ExportedCall as Call } from './options.ts';
import { createXlsxWriter, levelFor, zipParts, type XlsxParts } from './xlsx-writer.ts';

export { createXlsxWriter, writeXlsx, zipParts, type XlsxParts, type XlsxWriter } from './xlsx-writer.ts';
export { csvHeader, csvRows, writeCsv } from './csv-writer.ts';
export type { CallExportLabels, CallExportOptions, CallWriterOptions, ExportedCall } from './options.ts';

/** Calls sent to the worker and not yet written, at most, before `ready()` waits: they wait in its memory. */
const AHEAD = 20_000;

export interface CallExport {
  /** Sends a page of calls to the worker (transfer-friendly; call it as pages arrive). */
  add(calls: readonly Call[]): void;
  /** Resolves once the worker has caught up (at most a few pages wait for it), or the export has ended. */
  ready(): Promise<void>;
  /** Resolves with the finished file once all added rows are written. */
  finish(): Promise<Blob>;
  /** Stops the work at once (terminates the worker); finish() then rejects with an AbortError DOMException. */
  cancel(): void;
  /** Rows written so far, for a progress bar. */
  readonly written: number;
  onprogress: ((written: number) => void) | null;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv;charset=utf-8';

type Request = { type: 'start'; options: CallExportOptions } | { type: 'add'; calls: readonly Call[] } | { type: 'finish' };
type Reply = { type: 'ready' } | { type: 'progress'; written: number } | { type: 'done'; file: Blob } | { type: 'error'; name: string; message: string };

/** A file being written, whichever its format. */
interface FileWriter {
  add(calls: readonly Call[]): void;
  finish(): Blob;
  readonly rows: number;
}

/** Writes into Blob parts, so the finished file is never copied into one big buffer. */
export function createFileWriter(options: CallExportOptions): FileWriter {
  const parts: BlobPart[] = [];
  if (options.format === 'csv') {
    let rows = 0;
    parts.push(csvHeader(options));
    return {
      add(calls) {
        parts.push(csvRows(calls, options));
        rows += calls.length;
      },
      finish: () => new Blob(parts, { type: CSV_TYPE }),
      get rows() {
        return rows;
      },
    };
  }
  const xlsx = createXlsxWriter(options, (chunk) => parts.push(chunk as Uint8Array<ArrayBuffer>));
  return {
    add: xlsx.add,
    finish() {
      xlsx.finish();
      return new Blob(parts, { type: XLSX_TYPE });
    },
    get rows() {
      return xlsx.rows;
    },
  };
}

export function createCallExport(options: CallExportOptions): CallExport {
  let worker: Worker | undefined;
  try {
    worker = new Worker(import.meta.url, { type: 'module' });
  } catch {
    // Refused outright (a policy without worker-src): written on the page, below.
  }
  /** What was sent before the worker said it is ready: sent again to the page's writer if it never is. */
  let unconfirmed: Request[] | undefined = [];
  /** The page's own writer, once the worker could not run. */
  let inPage: FileWriter | undefined;
  const post = (request: Request) => {
    if (!inPage) {
      unconfirmed?.push(request);
      worker?.postMessage(request);
      return;
    }
    try {
      if (request.type === 'add') {
        inPage.add(request.calls);
        written = inPage.rows;
        exporter.onprogress?.(written);
        wake();
      } else if (request.type === 'finish') settle(undefined, inPage.finish());
    } catch (error) {
      settle(error);
    }
  };
  const writeInPage = () => {
    worker?.terminate();
    worker = undefined;
    inPage = createFileWriter(options);
    const sent = unconfirmed ?? [];
    unconfirmed = undefined;
    for (const request of sent) if (request.type !== 'start') post(request);
  };
  let resolve!: (file: Blob) => void;
  let reject!: (error: unknown) => void;
  const result = new Promise<Blob>((res, rej) => ((resolve = res), (reject = rej)));
  // A cancelled export whose finish() nobody called is not an unhandled rejection.
  result.catch(() => {});
  let written = 0;
  let sent = 0;
  let finishing = false;
  let settled = false;
  /** Who waits for the worker to catch up. */
  let waiting: (() => void)[] = [];
  const wake = () => {
    if (!settled && sent - written > AHEAD) return;
    for (const resume of waiting) resume();
    waiting = [];
  };
  const settle = (error: unknown, file?: Blob) => {
    if (settled) return;
    settled = true;
    worker?.terminate();
    if (file) resolve(file);
    else reject(error);
    wake();
  };

  const exporter: CallExport = {
    onprogress: null,
    get written() {
      return written;
    },
    add(calls) {
      if (finishing) throw new DOMException('The export is already finishing.', 'InvalidStateError');
      // After cancel() pages still in flight are dropped quietly.
      if (settled || !calls.length) return;
      sent += calls.length;
      post({ type: 'add', calls });
    },
    ready() {
      if (settled || sent - written <= AHEAD) return Promise.resolve();
      return new Promise((resume) => waiting.push(resume));
    },
    finish() {
      if (!finishing && !settled) post({ type: 'finish' });
      finishing = true;
      return result;
    },
    cancel() {
      settle(new DOMException('The export was cancelled.', 'AbortError'));
    },
  };

  if (!worker) {
    inPage = createFileWriter(options);
    return exporter;
  }
  worker.onmessage = ({ data }: MessageEvent<Reply>) => {
    if (settled) return;
    if (data.type === 'ready') unconfirmed = undefined;
    else if (data.type === 'progress') {
      written = data.written;
      exporter.onprogress?.(written);
      wake();
    } else if (data.type === 'done') settle(undefined, data.file);
    else settle(Object.assign(new Error(data.message), { name: data.name }));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    // It never loaded (bundled with the page's DOM code, refused by a policy): the page writes the file.
    if (unconfirmed) writeInPage();
    else settle(new Error(`The export could not run: ${event.message || 'the worker stopped'}`));
  };
  worker.onmessageerror = () => settle(new Error('The export could not read a message.'));
  post({ type: 'start', options });
  return exporter;
}

/** What a failure says, across threads (an Error is not sent as such). */
function problem(error: unknown): { name: string; message: string } {
  const { name = 'Error', message = String(error) } = typeof error === 'object' && error !== null ? (error as { name?: string; message?: string }) : {};
  return { name, message };
}

/** The writer's side: one file per worker, from `start` through `add`s to `finish`. */
function serve(scope: { onmessage: ((event: MessageEvent<Request>) => void) | null; postMessage(reply: Reply): void }): void {
  let writer: { add(calls: readonly Call[]): void; finish(): Blob | void; readonly rows: number } | undefined;
  /** An XLSX's rows are written here and deflated by a packer: its progress, and its file, come from there. */
  let packed = false;
  const fail = (error: unknown) => scope.postMessage({ type: 'error', ...problem(error) });
  scope.postMessage({ type: 'ready' });
  scope.onmessage = ({ data }) => {
    try {
      if (data.type === 'start') {
        packed = data.options.format === 'xlsx';
        writer = packed ? createXlsxWriter(data.options, packer((reply) => scope.postMessage(reply), levelFor(data.options.rows))) : createFileWriter(data.options);
      } else if (!writer) throw new Error('The export was not started.');
      else if (data.type === 'add') {
        writer.add(data.calls);
        if (!packed) scope.postMessage({ type: 'progress', written: writer.rows });
      } else {
        const file = writer.finish();
        if (file) scope.postMessage({ type: 'done', file });
      }
    } catch (error) {
      fail(error);
    }
  };
}

/** The XLSX package's parts, as the writer sends them to its packer. */
type Pack =
  | { type: 'start'; level: ReturnType<typeof levelFor> }
  | { type: 'part'; name: string; text: string }
  | { type: 'sheet'; bytes: Uint8Array; final: boolean; rows?: number | undefined }
  | { type: 'end' };
/** The packer answers as the writer does: its progress is the rows it has packed. */
type Packed = Reply;

/** The name of the worker that packs, so that this module knows its role there. */
const PACKER = 'portico-xlsx-packer';

/**
 * An XLSX's parts deflated in a worker of their own, so that writing rows and deflating them
 * (more than half of the work) share two cores: a million calls take about half as long. What
 * is for it waits until it says it is ready; if it cannot start (a browser without nested
 * workers, a policy), the parts are deflated on this thread instead.
 */
function packer(answer: (reply: Packed) => void, level: ReturnType<typeof levelFor>): XlsxParts {
  let worker: Worker | undefined;
  let waiting: Pack[] | undefined = [{ type: 'start', level }];
  let here: ((message: Pack) => void) | undefined;
  const send = (message: Pack) => {
    if (here) here(message);
    else if (waiting) waiting.push(message);
    else worker!.postMessage(message, message.type === 'sheet' ? [message.bytes.buffer] : []);
  };
  const release = () => {
    const sent = waiting ?? [];
    waiting = undefined;
    for (const message of sent) send(message);
  };
  const packHere = () => {
    worker?.terminate();
    worker = undefined;
    here = pack(answer);
    release();
  };
  try {
    worker = new Worker(import.meta.url, { type: 'module', name: PACKER });
    worker.onmessage = ({ data }: MessageEvent<Packed>) => (data.type === 'ready' ? release() : answer(data));
    worker.onerror = (event) => {
      event.preventDefault();
      if (waiting) packHere();
      else answer({ type: 'error', name: 'Error', message: `The export could not run: ${event.message || 'the worker stopped'}` });
    };
  } catch {
    packHere();
  }
  return {
    part: (name, text) => send({ type: 'part', name, text }),
    // The writer's buffer is reused: the packer gets a copy of its own.
    sheet: (bytes, final, rows) => send({ type: 'sheet', bytes: bytes.slice(), final, rows }),
    end: () => send({ type: 'end' }),
  };
}

/** The packer's side: the parts into one ZIP, each page's rows acknowledged, the file when they end. */
function pack(reply: (message: Packed) => void): (message: Pack) => void {
  const chunks: BlobPart[] = [];
  let zip: XlsxParts | undefined;
  return (message) => {
    try {
      if (message.type === 'start') zip = zipParts((chunk) => chunks.push(chunk as Uint8Array<ArrayBuffer>), message.level);
      else if (!zip) throw new Error('The export was not started.');
      else if (message.type === 'part') zip.part(message.name, message.text);
      else if (message.type === 'sheet') {
        zip.sheet(message.bytes, message.final);
        if (message.rows !== undefined) reply({ type: 'progress', written: message.rows });
      } else {
        zip.end();
        reply({ type: 'done', file: new Blob(chunks, { type: XLSX_TYPE }) });
      }
    } catch (error) {
      reply({ type: 'error', ...problem(error) });
    }
  };
}

type Scope<In, Out> = { name: string; onmessage: ((event: MessageEvent<In>) => void) | null; postMessage(reply: Out): void };

declare const WorkerGlobalScope: (abstract new () => object) | undefined;

// In a Worker (this module imports nothing, not even the SDK's class test): the packer, or the writer.
if (typeof WorkerGlobalScope !== 'undefined' && Object.prototype.isPrototypeOf.call(WorkerGlobalScope.prototype, self)) {
  if ((self as unknown as Scope<Pack, Packed>).name === PACKER) {
    const scope = self as unknown as Scope<Pack, Packed>;
    const handle = pack((reply) => scope.postMessage(reply));
    scope.postMessage({ type: 'ready' });
    scope.onmessage = ({ data }) => handle(data);
  } else serve(self as unknown as Parameters<typeof serve>[0]);
}
