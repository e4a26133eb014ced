import { html, nothing, type TemplateResult } from 'lit';
import type { Account, Balance } from '@portico/sdk/account';
import type { Pbx } from '@portico/sdk/telephony';
import { alertIcon, checkIcon } from '../../base/icons.ts';
import { emptyState, errorState, loadingState } from '../../base/states.ts';
import type { Resource } from '../../controllers/resource.ts';
import { money, phoneNumber } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locale.ts';
import { pbxProduct } from '../../i18n/telephony.messages.ts';
import { noPbx } from '../../base/no-pbx.ts';
import { isPermanentRefusal } from '../../i18n/error-message.ts';
import type { PbxDashboardMessages } from './pbx-dashboard.messages.ts';

export interface PanelView {
  t: PbxDashboardMessages;
  locale: Locale;
  /** Shared words: loading, retry, not available to the portal user. */
  loading: string;
  retry: string;
  notAllowed: string;
  describe: (error: unknown) => string;
}

/** What a panel shows of its content's loading (a `Resource`, whatever its arguments). */
export type PanelData<T> = Pick<Resource<readonly unknown[], T>, 'loading' | 'failed' | 'error' | 'refresh' | 'render'>;

/** The signed-in customer and the money of the account. */
export interface AccountSummary {
  account: Account;
  balance: Balance;
}

/**
 * One panel of the dashboard: its title, then its content, or its own skeleton, or its own
 * failure with a retry — one panel that cannot be loaded does not blank the others. A panel the
 * portal user may not see says so, with no retry that could not help.
 */
function panel<T>(view: PanelView, options: { id: string; title: string; resource: PanelData<T>; content: (value: T) => TemplateResult; failure?: (error: unknown) => TemplateResult | undefined }): TemplateResult {
  const { resource } = options;
  return html`<section class="panel panel--${options.id}" part="panel" aria-labelledby="${options.id}-title" aria-busy=${resource.loading ? 'true' : 'false'}>
    <h3 id="${options.id}-title" tabindex="-1">${options.title}</h3>
    ${resource.render({
      content: options.content,
      error: (error) =>
        options.failure?.(error) ??
        (isPermanentRefusal(error)
          ? errorState({ title: view.notAllowed, message: view.describe(error) })
          : errorState({ title: view.t.panelFailed, message: view.describe(error), retryLabel: view.retry, onRetry: () => void resource.refresh() })),
      loading: () => loadingState(view.loading, html`<div class="stack"><span class="skeleton"></span><span class="skeleton skeleton--wide"></span></div>`),
    })}
  </section>`;
}

/** Balance and credit limit, customer name and login (seed 003, "Pulpit"). A postpaid account owes what it used. */
export function accountPanel(view: PanelView, resource: PanelData<AccountSummary>): TemplateResult {
  const { t, locale: l } = view;
  return panel(view, {
    id: 'account',
    title: t.account,
    resource,
    content: ({ account, balance }) => {
      const owed = balance.mode === 'postpaid' && balance.available.amount < 0;
      return html`<p class="customer">${account.name}</p>
        <p class="muted">${t.login({ login: account.login })}</p>
        <dl class="figures" part="summary">
          <div>
            <dt>${owed ? t.amountDue : t.balance}</dt>
            <dd class="balance">${money(owed ? { ...balance.available, amount: -balance.available.amount } : balance.available, l)}</dd>
          </div>
          <div>
            <dt>${t.creditLimit}</dt>
            <dd class="credit-limit">${balance.creditLimit ? money(balance.creditLimit, l) : t.noCreditLimit}</dd>
          </div>
        </dl>`;
    },
  });
}

/** The PBX: its package, what it has, and the lines whose phones are not registered, as a warning with their number. */
export function pbxPanel(view: PanelView, resource: PanelData<Pbx>): TemplateResult {
  const { t, locale: l } = view;
  return panel(view, {
    id: 'pbx',
    title: t.pbx,
    resource,
    failure: (error) => (noPbx(error) ? emptyState({ title: t.noPbxTitle, message: t.noPbxBody }) : undefined),
    content: (pbx) => {
      const unregistered = pbx.counts.unregisteredLines;
      return html`<dl class="figures">
          <div>
            <dt>${t.product}</dt>
            <dd class="product">${pbxProduct[l][pbx.product]}</dd>
          </div>
        </dl>
        <ul class="counts">
          <li>${t.lines({ count: pbx.counts.lines })}</li>
          <li>${t.extensions({ count: pbx.counts.extensions })}</li>
          <li>${t.huntGroups({ count: pbx.counts.huntGroups })}</li>
          <li>${pbx.callLogs ? t.callLogsOn : t.callLogsOff}</li>
        </ul>
        ${unregistered
          ? html`<div class="alert alert--warning unregistered" part="status">${alertIcon}<p>${t.unregistered({ count: unregistered })}</p></div>`
          : html`<p class="registered">${checkIcon}<span>${t.allRegistered}</span></p>`}`;
    },
  });
}

/** Whom to contact, as the PBX's record has it; what it does not say is left out. */
export function contactPanel(view: PanelView, resource: PanelData<Pbx>): TemplateResult | typeof nothing {
  const { t } = view;
  // Without a PBX there is no contact of it, nor for a user who may not see it: the PBX panel says why.
  if (resource.failed && (noPbx(resource.error) || isPermanentRefusal(resource.error))) return nothing;
  return panel(view, {
    id: 'contact',
    title: t.contact,
    resource,
    content: ({ contact }) => {
      const rows: [string, TemplateResult | string][] = [
        ...(contact.person ? [[t.person, contact.person] as [string, string]] : []),
        ...(contact.phone ? [[t.phone, phoneNumber(contact.phone)] as [string, string]] : []),
        ...(contact.address ? [[t.address, contact.address] as [string, string]] : []),
        [t.email, html`<a href="mailto:${contact.email}">${contact.email}</a>`],
      ];
      return html`<dl class="contact">${rows.map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}</dl>`;
    },
  });
}
