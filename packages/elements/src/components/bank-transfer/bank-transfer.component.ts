import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CONFIRMATION_LIMITS, topUpAttachConfirmation, topUpRetrieve, type TopUp } from '@portico/sdk/account';
import { PorticoElement } from '../../base/portico-element.ts';
import { emptyState, loadingState } from '../../base/states.ts';
import { unavailableNote } from '../../base/unavailable.ts';
import { alertIcon, checkIcon, copyIcon, retryIcon, uploadIcon } from '../../base/icons.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { FocusAfterRender } from '../../controllers/focus-after-render.ts';
import { Permissions } from '../../controllers/permissions.ts';
import { Resource } from '../../controllers/resource.ts';
import { PorticoTopUpConfirmationEvent } from '../../events/top-up.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { unavailableStyles } from '../../styles/unavailable.styles.ts';
import { fileSize, money, plainAmount, percent } from '../../i18n/format.ts';
import { checkConfirmationFile } from './confirmation-file.ts';
import { messages, type BankTransferMessages } from './bank-transfer.messages.ts';
import { styles } from './bank-transfer.styles.ts';

/** The confirmation's upload, for the top-up it was chosen for (`for`: the transfer's scope). */
type Upload = { for: object } & (
  | { status: 'uploading'; name: string; loaded: number; total: number }
  | { status: 'done'; name: string }
  | { status: 'failed'; name: string; error: unknown; file: File }
  | { status: 'refused'; problem: 'fileTooBig' | 'fileType' }
);

/**
 * @tag portico-bank-transfer
 * @summary How to pay a pending bank-transfer top-up, and where to attach the bank's
 * confirmation so that it is booked sooner (FEATURES A1).
 *
 * Give it the top-up (`.topUp`), or its id (`top-up-id`) and it loads it. The top-up form
 * shows it after a transfer top-up; a history page can show it for any pending one. A portal
 * user who may see the transfer but not attach to it (read-only access) is told why in place
 * of the upload; one without the `finances` permission, that the transfer is not available to them.
 *
 * @event portico-top-up-confirmation - The bank's confirmation was attached.
 * @event portico-error - Loading, uploading or copying failed; the widget shows it too.
 *
 * @csspart base - The widget's box.
 * @csspart title - The title.
 * @csspart button - Every button.
 * @csspart status - The result of an upload.
 * @csspart error - Error messages.
 * @csspart unavailable - Why the upload is not available to the portal user.
 * @csspart empty - Shown when the top-up is not waiting for a transfer.
 */
export class PorticoBankTransfer extends PorticoElement<BankTransferMessages> {
  static override styles = [sharedStyles, unavailableStyles, styles];
  static readonly messages = messages;

  /** The id of the top-up to show; loaded unless `.topUp` is given. */
  @property({ attribute: 'top-up-id', reflect: true }) topUpId?: string;

  /** The top-up to show, when the page already has it. */
  @property({ attribute: false }) topUp?: TopUp;

  @state() private stored?: Upload;
  readonly #focus = new FocusAfterRender(this);
  // Asked only when there may be an upload to offer: a pending top-up given, or one to load.
  readonly #permissions = new Permissions(this, () => ((this.topUp ? this.topUp.status === 'pending' : this.topUpId) ? this.activeClient : undefined));

  /** The top-up shown: as given, or loaded by id; after an upload, as the API returned it. */
  readonly #transfer = new Resource(this, {
    args: () => [this.activeClient, this.topUpId, this.topUp] as const,
    load: async ([client, id, given], signal): Promise<TopUp> => {
      if (given) return given;
      if (!client) throw new MissingClientError('portico-bank-transfer');
      return client.request(topUpRetrieve, { params: { id: id ?? '' } }, { signal });
    },
    onError: (error) => this.reportError(error, 'load'),
  });

  /** The upload of the top-up shown: one chosen for another top-up is not this one's. */
  get #upload(): Upload | undefined {
    return this.stored?.for === this.#transfer.scope ? this.stored : undefined;
  }

  protected override render(): TemplateResult {
    const body = this.#transfer.render({
      content: (topUp) => (topUp.bankTransfer ? this.#renderTransfer(topUp) : emptyState({ title: this.t.notTransferTitle, message: this.t.notTransferBody })),
      error: (error) =>
        this.loadFailed(error, () => {
          // The retry button goes with the error; focus waits on the title for what comes.
          this.#focus.request('#title');
          void this.#transfer.refresh();
        }),
      loading: () => loadingState(this.common.loading, html`<div class="stack">${[1, 2, 3, 4].map(() => html`<span class="skeleton skeleton--row"></span>`)}</div>`),
    });
    return html`<section part="base" lang=${this.effectiveLocale} aria-labelledby="title">
      <h3 part="title" id="title" tabindex="-1">${this.t.title}</h3>
      ${body}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  #renderTransfer(topUp: TopUp): TemplateResult {
    const t = this.t;
    const l = this.effectiveLocale;
    const transfer = topUp.bankTransfer!;
    const rows: [string, string, string?][] = [
      [t.recipient, transfer.recipient],
      [t.iban, transfer.iban, transfer.iban.replace(/\s/g, '')],
      [t.transferTitle, transfer.title],
      [t.amount, money(topUp.amount, l), plainAmount(topUp.amount, this.effectiveLocale)],
    ];
    return html`<dl class="transfer">
        ${rows.map(
          ([label, value, copyValue]) => html`<div class="transfer-row">
            <dt>${label}</dt>
            <dd>
              <span class="transfer-value">${value}</span>
              <button type="button" class="button button--secondary copy" part="button" @click=${(event: Event) => this.#copy(label, copyValue ?? value, event.currentTarget as HTMLElement)}>
                ${copyIcon}<span>${this.t.copy}</span><span class="visually-hidden">${label}</span>
              </button>
            </dd>
          </div>`,
        )}
      </dl>
      ${topUp.status === 'pending' ? this.#renderConfirmation(transfer.confirmationEmail) : html`<p class="muted">${t.status[topUp.status]}</p>`}`;
  }

  #renderConfirmation(email: string): TemplateResult {
    const t = this.t;
    const l = this.effectiveLocale;
    const upload = this.#upload;
    const maxSize = fileSize(CONFIRMATION_LIMITS.maxSize, l);
    if (upload?.status === 'done') {
      return html`<div class="alert alert--success" part="status">${checkIcon}<p id="upload-result" tabindex="-1">${t.uploaded({ name: upload.name })}</p></div>`;
    }
    // An upload the user may not send is not offered: why is said in its place (the e-mail still works).
    const unavailable = this.#permissions.reason(topUpAttachConfirmation, this.common);
    return html`<section class="confirmation stack" aria-labelledby="confirmation-title">
      <h4 id="confirmation-title">${t.confirmationTitle}</h4>
      <p class="muted">${t.confirmationBody({ email })}</p>
      ${unavailable ? unavailableNote('upload-unavailable', unavailable) : this.#renderUpload(upload, maxSize)}
    </section>`;
  }

  #renderUpload(upload: Upload | undefined, maxSize: string): TemplateResult {
    const t = this.t;
    const l = this.effectiveLocale;
    return html`<div class="drop" @dragover=${(event: DragEvent) => event.preventDefault()} @drop=${this.#onDrop}>
      <input
        id="file"
        class="visually-hidden"
        type="file"
        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        aria-describedby=${upload?.status === 'refused' || upload?.status === 'failed' ? 'file-hint file-error' : 'file-hint'}
        aria-invalid=${upload?.status === 'refused' ? 'true' : 'false'}
        @change=${this.#onFile}
        aria-disabled=${upload?.status === 'uploading' ? 'true' : 'false'}
      />
      <label for="file" class="button button--secondary" part="button">${uploadIcon}${t.chooseFile}</label>
      <span class="hint">${t.dropHint}</span>
      <p id="file-hint" class="hint">${t.fileHint({ max: maxSize })}</p>
    </div>
    ${upload?.status === 'uploading'
      ? html`<div class="progress">
          <progress max=${upload.total || 1} value=${upload.loaded} aria-labelledby="progress-label"></progress>
          <span id="progress-label">${t.uploading({ name: upload.name, percent: percent(upload.total ? upload.loaded / upload.total : 0, l) })}</span>
        </div>`
      : nothing}
    ${upload?.status === 'refused'
      ? html`<p id="file-error" class="field-error" role="alert" part="error">${alertIcon}<span>${upload.problem === 'fileTooBig' ? t.fileTooBig({ max: maxSize }) : t.fileType}</span></p>`
      : nothing}
    ${upload?.status === 'failed'
      ? html`<div class="alert alert--error" role="alert" part="error">
          ${alertIcon}
          <h4 id="file-error">${t.uploadFailed}</h4>
          <p>${this.describe(upload.error)}</p>
          <button type="button" class="button button--secondary" part="button retry" @click=${() => this.#attach(upload.file)}>${retryIcon}${this.common.retry}</button>
        </div>`
      : nothing}`;
  }

  /**
   * Copies a value. The Clipboard API needs a secure context; a reseller's page on plain
   * HTTP gets the older way, and if that fails too, the text is selected and the person told.
   */
  async #copy(label: string, value: string, button: HTMLElement): Promise<void> {
    let refusal: unknown;
    try {
      if (!navigator.clipboard) throw new Error('The Clipboard API is not available on this page');
      await navigator.clipboard.writeText(value);
      this.announce(this.t.copied({ what: label }));
      return;
    } catch (error) {
      refusal = error;
    }
    if (copyBySelection(value)) {
      this.announce(this.t.copied({ what: label }));
      return;
    }
    // Only now has copying failed: the older way did not work either.
    this.reportError(refusal, 'copy');
    const shown = button.parentElement?.querySelector('.transfer-value');
    if (shown) getSelection()?.selectAllChildren(shown);
    this.announce(this.t.copyFailed);
  }

  #onDrop = (event: DragEvent): void => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) void this.#attach(file);
  };

  #onFile = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void this.#attach(file);
  };

  async #attach(chosen: File): Promise<void> {
    const client = this.activeClient;
    const topUp = this.#transfer.value;
    if (!client || !topUp || this.#upload?.status === 'uploading' || this.#permissions.reason(topUpAttachConfirmation, this.common)) return;
    // An answer for a top-up no longer shown changes nothing here: its upload is not shown either.
    const scope = this.#transfer.scope;
    const checked = checkConfirmationFile(chosen);
    if ('problem' in checked) {
      this.stored = { for: scope, status: 'refused', problem: checked.problem };
      return;
    }
    const { file } = checked;
    this.stored = { for: scope, status: 'uploading', name: file.name, loaded: 0, total: file.size };
    try {
      const result = await client.request(topUpAttachConfirmation, { params: { id: topUp.id }, body: { file } }, {
        onUploadProgress: ({ loaded, total }) => {
          const upload = this.stored;
          if (upload?.for === scope && upload.status === 'uploading') this.stored = { ...upload, loaded, total: total || upload.total };
        },
      });
      this.stored = { for: scope, status: 'done', name: file.name };
      if (scope !== this.#transfer.scope) return;
      this.#transfer.set(result);
      this.announce(this.t.uploaded({ name: file.name }));
      this.#focus.request('#upload-result');
      this.dispatchEvent(new PorticoTopUpConfirmationEvent(result));
    } catch (error) {
      this.stored = { for: scope, status: 'failed', name: file.name, error, file };
      this.reportError(error, 'upload');
    }
  }
}


/** The pre-Clipboard-API way: select a hidden text and ask the browser to copy it. */
function copyBySelection(value: string): boolean {
  const area = document.createElement('textarea');
  area.value = value;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;opacity:0;inset:0 auto auto 0';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
