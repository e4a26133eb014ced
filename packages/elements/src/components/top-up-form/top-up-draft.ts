import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A pause in typing this long says the amount is what the person meant: "5" is then too little. */
const SETTLED_AFTER = 800;

export type DraftField = 'amount' | 'blik';

/** What the person typed and chose, as they left it. */
export interface DraftValues {
  amountText: string;
  blikCode: string;
  /** Unset until the person chooses: the first method is taken then. */
  paymentMethodId?: string;
}

/**
 * The top-up being filled in: what was typed and chosen, and which fields may show their
 * errors yet (one left with something in it or paused over, or all after a submit). It
 * belongs to one customer: when `scope()` changes (another client) it starts empty.
 */
export class TopUpDraft implements ReactiveController {
  values: DraftValues = { amountText: '', blikCode: '' };
  touched: Record<DraftField, boolean> = { amount: false, blik: false };
  submitted = false;
  readonly #host: ReactiveControllerHost;
  readonly #scope: () => object;
  readonly #onReset: () => void;
  #shownFor?: object;
  #settle?: ReturnType<typeof setTimeout>;

  /** `onReset` runs when the draft starts empty by itself: another customer's client. */
  constructor(host: ReactiveControllerHost, scope: () => object, onReset: () => void) {
    this.#host = host;
    this.#scope = scope;
    this.#onReset = onReset;
    host.addController(this);
  }

  hostUpdate(): void {
    const scope = this.#scope();
    if (this.#shownFor && scope !== this.#shownFor) {
      this.reset();
      this.#onReset();
    }
    this.#shownFor = scope;
  }

  hostDisconnected(): void {
    clearTimeout(this.#settle);
  }

  edit(change: Partial<DraftValues>): void {
    this.values = { ...this.values, ...change };
    this.#host.requestUpdate();
  }

  /** The amount as it is being typed: once typing pauses, its errors show. */
  typeAmount(text: string): void {
    this.edit({ amountText: text });
    clearTimeout(this.#settle);
    this.#settle = setTimeout(() => this.touch('amount'), SETTLED_AFTER);
  }

  /** A field left with something in it, or paused over, shows its errors from now on. */
  touch(field: DraftField): void {
    const value = field === 'amount' ? this.values.amountText : this.values.blikCode;
    if (value === '' || this.touched[field]) return;
    this.touched = { ...this.touched, [field]: true };
    this.#host.requestUpdate();
  }

  submit(): void {
    this.submitted = true;
    this.#host.requestUpdate();
  }

  reset(values: Partial<DraftValues> = {}): void {
    clearTimeout(this.#settle);
    this.values = { amountText: '', blikCode: '', ...values };
    this.touched = { amount: false, blik: false };
    this.submitted = false;
    this.#host.requestUpdate();
  }
}
