import type { ClientCore, RequestOptions } from '../core/client-core.ts';
import { securityOperations } from './security.compiled.ts';
import type {
  AccountSecurity,
  CallVerification,
  IpAllowList,
  IpAllowListParams,
  PasswordChanged,
  PasswordChangeParams,
  TwoFactorConfirmed,
  TwoFactorEnrolment,
  TwoFactorStatus,
} from './security.schemas.ts';

/**
 * `client.account.security`: the session's own portal user's security (A7, T3). Secrets —
 * passwords, the security code, app and recovery codes — go in request bodies only, and no
 * answer or error repeats them.
 */
export class SecurityResource {
  #client: ClientCore;
  constructor(client: ClientCore) {
    this.#client = client;
  }

  /** Login, last sign-in, the current address and what is set; never a secret. */
  retrieve(options?: RequestOptions): Promise<AccountSecurity> {
    return this.#client.request(securityOperations.retrieve, {}, options);
  }

  /**
   * Changes the password. A wrong old password is a `ValidationError` at `/oldPassword`
   * (`wrong_password`), a new one equal to the old at `/newPassword`. The user's other
   * sessions end; this one stays.
   */
  changePassword(params: PasswordChangeParams, options?: RequestOptions): Promise<PasswordChanged> {
    return this.#client.request(securityOperations.changePassword, { body: params }, options);
  }

  /** Sets the security code for phone support (4–8 digits), once: after that `ConflictError` `security_code_set`. */
  setSecurityCode(code: string, options?: RequestOptions): Promise<{ set: true; setAt: string }> {
    return this.#client.request(securityOperations.setSecurityCode, { body: { code } }, options);
  }

  /**
   * Replaces the IP allow-list. A list that does not cover the current address is refused
   * (`current_address_not_covered`, with the address) unless `confirmUncovered` is true.
   */
  updateIpAllowList(params: IpAllowListParams, options: RequestOptions & { ifMatch: string | number }): Promise<IpAllowList> {
    return this.#client.request(securityOperations.updateIpAllowList, { body: params }, options);
  }

  /** Two-factor authentication with an authenticator app. */
  readonly twoFactor = {
    /** A new secret and its `otpauth://` URI: show them once, as a QR code and as text. */
    enroll: (options?: RequestOptions): Promise<TwoFactorEnrolment> => this.#client.request(securityOperations.enrollTwoFactor, {}, options),
    /** Turns it on with a code of the app: the answer holds the recovery codes, this once. */
    confirm: (code: string, options?: RequestOptions): Promise<TwoFactorConfirmed> => this.#client.request(securityOperations.confirmTwoFactor, { body: { code } }, options),
    /** Turns it off with a current code of the app, or an unused recovery code. */
    disable: (code: string, options?: RequestOptions): Promise<TwoFactorStatus> => this.#client.request(securityOperations.disableTwoFactor, { body: { code } }, options),
  };

  /** Call verification: the system calls, the person types the last four digits of the calling number. */
  readonly callVerification = {
    start: (options?: RequestOptions): Promise<CallVerification> => this.#client.request(securityOperations.startCallVerification, {}, options),
    /** After the first gateway failed (`gateway_failed`): the second gateway calls. */
    retry: (options?: RequestOptions): Promise<CallVerification> => this.#client.request(securityOperations.retryCallVerification, {}, options),
    verify: (digits: string, options?: RequestOptions): Promise<CallVerification> => this.#client.request(securityOperations.verifyCall, { body: { digits } }, options),
  };
}
