import { html, nothing, type TemplateResult } from 'lit';
import { copyIcon } from '../../base/icons.ts';
import type { SecurityMessages } from './security.messages.ts';

export interface RecoveryCodesView {
  t: SecurityMessages;
  codes: readonly string[];
  acknowledged: boolean;
  /** The person tried to finish without saying the codes are saved. */
  nagged: boolean;
  copied?: 'copied' | 'failed';
  onCopy: () => void;
  onDownload: () => void;
  onAcknowledge: (value: boolean) => void;
  onDone: () => void;
}

/**
 * The recovery codes, shown this once: copy, download as a text file, and "I have saved these
 * codes" before they go. They are never asked for again (the API keeps only their hashes).
 */
export function recoveryCodes(view: RecoveryCodesView): TemplateResult {
  const { t, codes, acknowledged, nagged, copied } = view;
  return html`<div id="recovery" class="recovery" part="recovery-codes" tabindex="-1" aria-labelledby="recovery-title">
    <p id="recovery-title" class="alert-title">${t.recoveryTitle}</p>
    <p id="recovery-about">${t.recoveryAbout}</p>
    <ol class="codes" aria-describedby="recovery-about">
      ${codes.map((code) => html`<li><code>${code}</code></li>`)}
    </ol>
    <div class="actions">
      <button type="button" id="recovery-copy" class="button button--secondary" part="button" @click=${view.onCopy}>${copyIcon}${t.copyCodes}</button>
      <button type="button" id="recovery-download" class="button button--secondary" part="button" @click=${view.onDownload}>${t.downloadCodes}</button>
    </div>
    ${copied ? html`<p class="hint" role="status">${copied === 'copied' ? t.copied : t.copyFailed}</p>` : nothing}
    <label class="choice">
      <input id="recovery-acknowledge" type="checkbox" .checked=${acknowledged} aria-describedby=${nagged && !acknowledged ? 'recovery-acknowledge-error' : nothing} @change=${(event: Event) => view.onAcknowledge((event.target as HTMLInputElement).checked)} />
      <span>${t.acknowledge}</span>
    </label>
    ${nagged && !acknowledged ? html`<p id="recovery-acknowledge-error" class="field-error" part="error">${t.acknowledgeNeeded}</p>` : nothing}
    <div class="actions">
      <button type="button" id="recovery-done" class="button button--primary" part="button" aria-disabled=${acknowledged ? 'false' : 'true'} @click=${view.onDone}>${t.done}</button>
    </div>
  </div>`;
}

/** Saves `text` as a file the person downloads, without a server: a Blob and a link clicked once. */
export function downloadText(root: ParentNode, fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  (root as Node).appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
