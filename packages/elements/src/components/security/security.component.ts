import { html, nothing, type TemplateResult } from 'lit';
import { isA, PermissionError } from '@portico/sdk/core';
import { securityRetrieve, type AccountSecurity } from '@portico/sdk/account';
import { PorticoElement } from '../../base/portico-element.ts';
import { errorState, loadingState } from '../../base/states.ts';
import { alertIcon, retryIcon } from '../../base/icons.ts';
import type { AnnounceEvent } from '../../base/widget-part.ts';
import { Resource } from '../../controllers/resource.ts';
import { MissingClientError } from '../../i18n/error-message.ts';
import { sharedStyles } from '../../styles/shared.styles.ts';
import { messages, type SecurityMessages } from './security.messages.ts';
import { styles } from './security.styles.ts';
import type { SecurityChangedEvent } from './security-part.ts';
import { signInSection } from './sign-in-section.ts';
import { PorticoSecurityPassword } from './password-section.ts';
import { PorticoSecuritySecurityCode } from './security-code-section.ts';
import { PorticoSecurityAllowList } from './allow-list-section.ts';
import { PorticoSecurityTwoFactor } from './two-factor-section.ts';
import { PorticoSecurityCall } from './call-section.ts';

/** The session's address is not on its user's allow-list: nothing here can load, and a retry from here cannot help. */
const refusedHere = (error: unknown) => isA(error, PermissionError) && error.code === 'ip_not_allowed';

/**
 * @tag portico-security
 * @summary The signed-in portal user's own security (FEATURES A7, T3): sign-in, password
 * change, the security code for phone support, the IP allow-list, two-factor authentication
 * with an authenticator app, and call verification — each section with its own action.
 *
 * The login and the last sign-in (time and address) are shown, not edited. The new password's
 * rules are ticked as it is typed; a wrong current password is said at its field; the typed
 * passwords stay after a refusal and are cleared once the change is made. The security code is
 * set once and then only said to be set. Each line of the allow-list the API refuses is listed
 * with its number, and a list without the current address is saved only once confirmed. Two-
 * factor enrolment draws a QR code (its library is loaded only then) and shows the key as text;
 * the recovery codes are shown once, to copy or download. Call verification offers the second
 * gateway when the first fails, then support. No secret ever reaches an event.
 *
 * @event portico-password-changed - `{ passwordChangedAt, sessionsEnded }`.
 * @event portico-security-code-set - `{ setAt }`.
 * @event portico-ip-allow-list-saved - `{ lines, version }`.
 * @event portico-two-factor-changed - `{ state }`: `on` or `off`.
 * @event portico-call-verified - `{ verifiedAt }`.
 * @event portico-error - A load or an action failed; the widget shows it too.
 *
 * @csspart base - The widget's box.
 * @csspart header - The title row.
 * @csspart title - The title.
 * @csspart section - Each section.
 * @csspart label - Field labels.
 * @csspart input - Fields.
 * @csspart button - Every button.
 * @csspart status - A section's result.
 * @csspart error - Error messages.
 * @csspart qr - The QR code of an enrolment.
 * @csspart recovery-codes - The recovery codes, shown once.
 *
 * @cssproperty --portico-security-accent - The colour of the primary buttons; defaults to `--portico-color-primary`.
 */
export class PorticoSecurity extends PorticoElement<SecurityMessages> {
  static override styles = [sharedStyles, styles];
  /** The parts it renders, registered with it. */
  static readonly dependencies = {
    'portico-security-password': PorticoSecurityPassword,
    'portico-security-security-code': PorticoSecuritySecurityCode,
    'portico-security-allow-list': PorticoSecurityAllowList,
    'portico-security-two-factor': PorticoSecurityTwoFactor,
    'portico-security-call': PorticoSecurityCall,
  };
  static readonly messages = messages;

  readonly #security = new Resource(this, {
    args: () => [this.activeClient] as const,
    load: async ([client], signal): Promise<AccountSecurity> => {
      if (!client) throw new MissingClientError('portico-security');
      return client.request(securityRetrieve, {}, { signal });
    },
    onError: (error) => this.reportError(error, 'load'),
  });

  protected override render(): TemplateResult {
    const t = this.t;
    const security = this.#security;
    return html`<section
      part="base"
      lang=${this.effectiveLocale}
      aria-labelledby="title"
      aria-busy=${security.loading ? 'true' : 'false'}
      @portico-part-announce=${(e: AnnounceEvent) => this.announce(e.text)}
      @security-section-changed=${this.#changed}
      @security-section-reload=${() => void security.refresh()}
    >
      <header part="header"><h2 part="title" id="title" tabindex="-1">${t.title}</h2></header>
      ${security.value && security.failed
        ? html`<div class="alert alert--error" role="alert" part="error">
            ${alertIcon}
            <p>${t.refreshFailed} ${this.describe(security.error)}</p>
            <button type="button" class="button button--secondary" part="button" @click=${() => void security.refresh()}>${retryIcon}${this.common.retry}</button>
          </div>`
        : nothing}
      ${security.render({
        content: (value) => this.#renderSections(value),
        error: (error) =>
          refusedHere(error) ? errorState({ title: t.notAllowedHereTitle, message: t.notAllowedHere }) : this.loadFailed(error, () => void security.refresh()),
        loading: () =>
          loadingState(
            this.common.loading,
            html`<div class="sections">${[3, 3, 1, 2, 1, 1].map((rows) => html`<div class="skeleton-section">${Array.from({ length: rows }, () => html`<span class="skeleton skeleton--row"></span>`)}</div>`)}</div>`,
          ),
      })}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }

  #renderSections(security: AccountSecurity): TemplateResult {
    const t = this.t;
    const client = this.activeClient;
    const locale = this.effectiveLocale;
    const timeZone = this.effectiveTimeZone;
    return html`<div class="sections">
        ${signInSection(t, security, locale, timeZone)}
        <portico-security-password .security=${security} .client=${client} .locale=${locale} .timeZone=${timeZone}></portico-security-password>
        <portico-security-security-code .security=${security} .client=${client} .locale=${locale} .timeZone=${timeZone}></portico-security-security-code>
        <portico-security-allow-list .security=${security} .client=${client} .locale=${locale} .timeZone=${timeZone}></portico-security-allow-list>
        <portico-security-two-factor .security=${security} .client=${client} .locale=${locale} .timeZone=${timeZone}></portico-security-two-factor>
        <portico-security-call .security=${security} .client=${client} .locale=${locale} .timeZone=${timeZone}></portico-security-call>
      </div>`;
  }

  /** A section's answer: every section shows the settings as they are now. */
  #changed = (event: SecurityChangedEvent): void => {
    const value = this.#security.value;
    if (value) this.#security.set({ ...value, ...event.patch });
  };
}
