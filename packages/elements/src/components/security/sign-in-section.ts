import { html, type TemplateResult } from 'lit';
import type { AccountSecurity } from '@portico/sdk/account';
import { dateTime } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locale.ts';
import { sectionBox } from './security-part.ts';
import type { SecurityMessages } from './security.messages.ts';

/** The sign-in, read only: the login (which cannot change), the sign-in before this one, and this session's address. */
export function signInSection(t: SecurityMessages, security: AccountSecurity, locale: Locale, timeZone: string | undefined): TemplateResult {
  const last = security.lastSignIn;
  return sectionBox(
    'sign-in',
    t.sections.signIn,
    html`<dl class="facts">
      <div>
        <dt>${t.login}</dt>
        <dd><span id="sign-in-login" class="login">${security.login}</span><span class="muted block">${t.loginHint}</span></dd>
      </div>
      <div>
        <dt>${t.lastSignIn}</dt>
        <dd id="sign-in-last">${last ? t.lastSignInAt({ when: dateTime(last.at, locale, timeZone), address: last.address }) : t.firstSignIn}</dd>
      </div>
      <div>
        <dt>${t.currentAddress}</dt>
        <dd id="sign-in-address">${security.currentAddress}</dd>
      </div>
    </dl>`,
  );
}
