import type { TwoFactorState } from '@portico/sdk/account';

// The security widget's events say what changed and when — never a password, a code, a key
// or a recovery code, so that a host page may log them as they are.

/** The password was changed; the user's other sessions were signed out (`sessionsEnded`). */
export class PorticoPasswordChangedEvent extends CustomEvent<{ passwordChangedAt: string; sessionsEnded: number }> {
  static readonly type = 'portico-password-changed';
  constructor(passwordChangedAt: string, sessionsEnded: number) {
    super(PorticoPasswordChangedEvent.type, { bubbles: true, composed: true, detail: { passwordChangedAt, sessionsEnded } });
  }
}

/** The security code for phone support was set (once; it is never shown). */
export class PorticoSecurityCodeSetEvent extends CustomEvent<{ setAt: string }> {
  static readonly type = 'portico-security-code-set';
  constructor(setAt: string) {
    super(PorticoSecurityCodeSetEvent.type, { bubbles: true, composed: true, detail: { setAt } });
  }
}

/** The IP allow-list was saved: its lines (addresses and ranges) and version; empty allows every address. */
export class PorticoIpAllowListSavedEvent extends CustomEvent<{ lines: string[]; version: number }> {
  static readonly type = 'portico-ip-allow-list-saved';
  constructor(lines: string[], version: number) {
    super(PorticoIpAllowListSavedEvent.type, { bubbles: true, composed: true, detail: { lines, version } });
  }
}

/** Two-factor authentication was turned on or off. */
export class PorticoTwoFactorChangedEvent extends CustomEvent<{ state: TwoFactorState }> {
  static readonly type = 'portico-two-factor-changed';
  constructor(state: TwoFactorState) {
    super(PorticoTwoFactorChangedEvent.type, { bubbles: true, composed: true, detail: { state } });
  }
}

/** The user's phone number was verified by a call. */
export class PorticoCallVerifiedEvent extends CustomEvent<{ verifiedAt: string }> {
  static readonly type = 'portico-call-verified';
  constructor(verifiedAt: string) {
    super(PorticoCallVerifiedEvent.type, { bubbles: true, composed: true, detail: { verifiedAt } });
  }
}

/** These events by name; on elements, and on the document they bubble up to. */
export interface SecurityEventMap {
  'portico-password-changed': PorticoPasswordChangedEvent;
  'portico-security-code-set': PorticoSecurityCodeSetEvent;
  'portico-ip-allow-list-saved': PorticoIpAllowListSavedEvent;
  'portico-two-factor-changed': PorticoTwoFactorChangedEvent;
  'portico-call-verified': PorticoCallVerifiedEvent;
}

declare global {
  interface HTMLElementEventMap extends SecurityEventMap {}
  interface DocumentEventMap extends SecurityEventMap {}
}
