import { html, nothing, type TemplateResult } from 'lit';
import { ATTACHMENT_LIMITS } from '@portico/sdk/helpdesk';
import type { AttachmentsController, Refusal } from '../controllers/attachments.ts';
import type { AttachmentMessages } from '../i18n/attachments.messages.ts';
import { fileSize, percent } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import { alertIcon, checkIcon, retryIcon } from './icons.ts';

const TYPES = 'PNG, JPG, GIF, WebP, PDF, TXT, LOG, ZIP';
const ACCEPT = [...ATTACHMENT_LIMITS.extensions, ...ATTACHMENT_LIMITS.types].join(',');

/**
 * The attachment field: the files with their progress and a remove button, "Choose a file"
 * (then "Add more"), and a drop zone. What is refused is said at the field, by name.
 */
export function attachmentPicker(options: { controller: AttachmentsController; t: AttachmentMessages; locale: Locale; id: string; extraError?: string }): TemplateResult {
  const { controller, t, locale: l, id } = options;
  const items = controller.items;
  const errors = [...controller.refusals.map((r) => refusalText(r, t, l)), ...(options.extraError ? [options.extraError] : [])];
  const full = items.length >= ATTACHMENT_LIMITS.maxFiles;
  const drop = (event: DragEvent) => {
    event.preventDefault();
    (event.currentTarget as HTMLElement).classList.remove('dragging');
    if (event.dataTransfer?.files.length) controller.add(event.dataTransfer.files);
  };
  // Focusable by script (tabindex -1): where the file field is gone (the limit reached), focus lands here.
  return html`<div class="attachments" id="${id}-group" tabindex="-1" role="group" aria-labelledby="${id}-label" part="attachments">
    <span class="label" part="label" id="${id}-label">${t.label}</span>
    <span class="hint" id="${id}-hint">${t.hint({ types: TYPES, size: fileSize(ATTACHMENT_LIMITS.maxSize, l), count: ATTACHMENT_LIMITS.maxFiles })}</span>
    ${items.length
      ? html`<ul class="files">
          ${items.map(
            (item) => html`<li class="file file--${item.status}">
              <span class="file-name">${item.name}</span>
              <span class="muted file-size">${fileSize(item.size, l)}</span>
              ${item.status === 'uploading'
                ? html`<progress max=${item.size || 1} value=${item.loaded} aria-label=${`${item.name}: ${t.uploading({ percent: percent(item.size ? item.loaded / item.size : 0, l) })}`}></progress>`
                : item.status === 'done'
                  ? html`<span class="file-state">${checkIcon}${t.uploaded}</span>`
                  : html`<span class="file-state field-error">${alertIcon}${t.uploadFailed}</span>
                      <button type="button" class="button button--link" part="button" aria-label=${t.retry({ name: item.name })} @click=${() => controller.retry(item.key)}>${retryIcon}</button>`}
              <button type="button" class="button button--link remove" part="button" aria-label=${t.remove({ name: item.name })} title=${t.remove({ name: item.name })} @click=${() => controller.remove(item.key)}>✕</button>
            </li>`,
          )}
        </ul>`
      : nothing}
    ${full
      ? nothing
      : html`<div
          class="drop"
          @dragover=${(event: DragEvent) => {
            event.preventDefault();
            (event.currentTarget as HTMLElement).classList.add('dragging');
          }}
          @dragleave=${(event: DragEvent) => (event.currentTarget as HTMLElement).classList.remove('dragging')}
          @drop=${drop}
        >
          <input
            id="${id}-input"
            class="visually-hidden"
            type="file"
            multiple
            accept=${ACCEPT}
            aria-describedby="${id}-hint${errors.length ? ` ${id}-error` : ''}"
            aria-invalid=${errors.length ? 'true' : 'false'}
            @change=${(event: Event) => {
              const input = event.target as HTMLInputElement;
              if (input.files?.length) controller.add([...input.files]);
              input.value = '';
            }}
          />
          <label for="${id}-input" class="button button--secondary" part="button">${items.length ? t.addMore : t.choose}</label>
          <span class="hint">${t.drop}</span>
        </div>`}
    ${errors.length ? html`<div id="${id}-error" class="field-error" role="alert">${alertIcon}<span>${errors.join(' ')}</span></div>` : nothing}
  </div>`;
}

function refusalText(refusal: Refusal, t: AttachmentMessages, l: Locale): string {
  if (refusal.reason === 'count') return t.tooMany({ count: ATTACHMENT_LIMITS.maxFiles });
  if (refusal.reason === 'size') return t.tooBig({ name: refusal.name, size: fileSize(ATTACHMENT_LIMITS.maxSize, l) });
  return t.wrongType({ name: refusal.name, types: TYPES });
}
