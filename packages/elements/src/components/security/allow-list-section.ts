import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ConflictError, isA, ValidationError, type FieldError } from '@portico/sdk/core';
import { securityUpdateIpAllowList, type IpAllowList, type IpAllowListParams } from '@portico/sdk/account';
import { alertIcon, retryIcon } from '../../base/icons.ts';
import { Action } from '../../controllers/action.ts';
import { PorticoIpAllowListSavedEvent } from '../../events/security.ts';
import { notice, sectionBox, SecurityPart, submitButton } from './security-part.ts';

/** The address a refusal says is not covered, when that was the refusal. */
function uncoveredAddress(error: unknown): string | undefined {
  if (!isA(error, ValidationError) || error.code !== 'current_address_not_covered') return undefined;
  const address = error.fieldErrors[0]?.params?.['address'];
  return typeof address === 'string' ? address : '';
}

/** The lines the API refused: its line number (1-based) and why. */
function refusedLines(error: unknown): { line: number; code: string }[] {
  if (!isA(error, ValidationError)) return [];
  return error.fieldErrors.flatMap((field: FieldError) => {
    const match = /^lines\.(\d+)$/.exec(field.path);
    return match ? [{ line: Number(match[1]) + 1, code: field.code }] : [];
  });
}

/**
 * The IP allow-list ("Ograniczenie IP"): a textarea, one address or range a line. Each line the
 * API refuses is listed with its number; a list that leaves out the current address is saved
 * only once the person confirms they will lose access from here. Saved against the list's
 * version (If-Match); a change made elsewhere is explained, with a reload.
 */
export class PorticoSecurityAllowList extends SecurityPart {
  /** What is typed; undefined: the saved list is shown. */
  @state() private text?: string;
  @state() private confirmUncovered = false;
  @state() private saved?: IpAllowList;

  readonly #save = new Action<{ params: IpAllowListParams; version: number }, IpAllowList>(this, {
    send: ({ params, version }, { signal }) => this.api.request(securityUpdateIpAllowList, { body: params }, { signal, ifMatch: version, headers: this.headers }),
  });

  get #value(): string {
    return this.text ?? this.security.ipAllowList.lines.join('\n');
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const error = this.#save.error;
    const lines = refusedLines(error);
    const address = uncoveredAddress(error);
    const invalid = lines.length > 0;
    return sectionBox(
      'allow-list',
      t.sections.allowList,
      html`<p class="muted" id="allow-list-about">${t.allowListAbout}</p>
        <form class="section-form" novalidate @submit=${this.#submit}>
          <div class="field field--wide">
            <label class="label" part="label" for="allow-list-input">${t.allowListLabel}</label>
            <textarea
              id="allow-list-input"
              class="input textarea"
              part="input"
              rows="5"
              spellcheck="false"
              autocapitalize="off"
              .value=${this.#value}
              aria-invalid=${invalid ? 'true' : 'false'}
              aria-describedby="allow-list-about allow-list-current${invalid ? ' allow-list-lines' : ''}"
              @input=${(event: Event) => this.#edit((event.target as HTMLTextAreaElement).value)}
            ></textarea>
            <p id="allow-list-current" class="hint">
              ${t.allowListCurrent({ address: this.security.currentAddress })}${this.#value.trim() ? nothing : html`<span class="block">${t.allowListEmpty}</span>`}
            </p>
            ${invalid
              ? html`<div id="allow-list-lines" class="field-error" part="error">
                  ${alertIcon}
                  <div>
                    <p>${t.allowListInvalid({ count: lines.length })}</p>
                    <ul>
                      ${lines.map(({ line, code }) => html`<li data-line=${line}>${t.lineProblem({ line, problem: t.lineProblems[code] ?? t.lineProblems['invalid_address']! })}</li>`)}
                    </ul>
                  </div>
                </div>`
              : nothing}
          </div>
          ${address !== undefined ? this.#uncovered(address || this.security.currentAddress) : nothing} ${this.#outcome(error, invalid || address !== undefined)}
          ${html`<div class="actions">${submitButton({ id: 'allow-list-save', busy: this.#save.busy, label: t.saveAllowList, busyLabel: t.savingAllowList })}</div>`}
          ${this.saved ? notice('allow-list-notice', 'success', t.allowListSaved({ count: this.saved.lines.length })) : nothing}
        </form>`,
    );
  }

  /** The warning that the list leaves out the current address, and the confirmation it needs. */
  #uncovered(address: string): TemplateResult {
    const t = this.t;
    return html`<div id="allow-list-uncovered" class="alert alert--warning" part="status" role="alert" tabindex="-1">
      ${alertIcon}
      <div>
        <p class="alert-title">${t.uncoveredTitle}</p>
        <p>${t.uncovered({ address })}</p>
        <label class="choice">
          <input id="allow-list-confirm" type="checkbox" .checked=${this.confirmUncovered} @change=${(event: Event) => (this.confirmUncovered = (event.target as HTMLInputElement).checked)} />
          <span>${t.confirmUncovered}</span>
        </label>
      </div>
    </div>`;
  }

  #outcome(error: unknown, said: boolean): TemplateResult | typeof nothing {
    if (error === undefined || said) return nothing;
    if (isA(error, ConflictError)) {
      return notice(
        'allow-list-conflict',
        'warning',
        this.t.versionConflict,
        html`<button type="button" id="allow-list-reload" class="button button--secondary" part="button" @click=${this.#reload}>${retryIcon}${this.t.reload}</button>`,
      );
    }
    return notice('allow-list-error', 'error', this.describe(error));
  }

  /** After a change made elsewhere: what was typed gives way to the list as it is now. */
  #reload = (): void => {
    this.text = undefined;
    this.#save.reset();
    this.reload();
    this.focusAfter.request('#allow-list-input');
  };

  #edit(text: string): void {
    this.text = text;
    this.saved = undefined;
    this.confirmUncovered = false;
    if (!isA(this.#save.error, ConflictError)) this.#save.clearError();
  }

  #submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.#save.busy) return;
    const confirming = uncoveredAddress(this.#save.error) !== undefined;
    if (confirming && !this.confirmUncovered) {
      this.announce(this.t.confirmUncoveredNeeded);
      this.focusAfter.request('#allow-list-confirm');
      return;
    }
    // Every line as typed, blank ones too: the API's `/lines/3` is then the textarea's line 4.
    const lines = this.#value.split(/\r?\n/);
    const params: IpAllowListParams = confirming ? { lines, confirmUncovered: true } : { lines };
    const saved = await this.#save.run({ params, version: this.security.ipAllowList.version });
    if (saved) {
      this.text = undefined;
      this.confirmUncovered = false;
      this.saved = saved;
      this.changed({ ipAllowList: saved });
      this.announce(this.t.allowListSaved({ count: saved.lines.length }));
      this.dispatchEvent(new PorticoIpAllowListSavedEvent(saved.lines, saved.version));
      this.focusAfter.request('#allow-list-notice');
      return;
    }
    this.focusAfter.request('#allow-list-uncovered', '#allow-list-input[aria-invalid="true"]', '#allow-list-conflict', '#allow-list-error');
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-security-allow-list': PorticoSecurityAllowList;
  }
}
