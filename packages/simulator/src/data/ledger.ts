import type { LedgerEntryKind } from '@portico/sdk/account';

/** One movement of money as the simulator keeps it. */
export interface LedgerRecord {
  id: string;
  kind: LedgerEntryKind;
  /** Signed minor units: money in is positive. */
  amount: number;
  /** Simulated time (ms) it was booked. */
  at: number;
  description: { pl: string; en: string };
  reference: { type: 'top_up' | 'invoice' | 'order'; id: string } | null;
}

/** A customer's money: a balance that is the sum of the ledger, always. */
export interface Ledgered {
  /** Oldest first. Only `post()` adds to it. */
  ledger: LedgerRecord[];
  /**
   * The sum of the ledger. Setting it posts an `adjustment` of the difference, so that a test
   * (or staff) can put an account at a balance and the ledger still adds up.
   */
  balance: number;
}

/** A movement the ledger already holds for this reference is a bug: money would count twice. */
export class DoubleBookingError extends Error {
  override name = 'DoubleBookingError';
}

/** Books a movement. Amounts are whole minor units; one movement per kind and reference. */
export function post(account: Ledgered, entry: Omit<LedgerRecord, 'id'>): LedgerRecord {
  if (!Number.isSafeInteger(entry.amount)) throw new RangeError(`A ledger amount is a whole number of minor units, not ${entry.amount}`);
  const { reference } = entry;
  if (reference && account.ledger.some((e) => e.kind === entry.kind && e.reference?.type === reference.type && e.reference.id === reference.id)) {
    throw new DoubleBookingError(`${entry.kind} of ${reference.type} ${reference.id} is already booked`);
  }
  const record: LedgerRecord = { id: `le_${(account.ledger.length + 1).toString(36).padStart(6, '0')}`, ...entry };
  account.ledger.push(record);
  return record;
}

/** Gives `account` a ledger that opens at `opening` and a `balance` that is its sum. */
export function openLedger<T extends object>(account: T, opening: number, at: number): T & Ledgered {
  const ledgered = account as T & Ledgered;
  Object.defineProperty(ledgered, 'ledger', { value: [], enumerable: true, writable: true });
  Object.defineProperty(ledgered, 'balance', {
    enumerable: true,
    configurable: true,
    get: () => ledgered.ledger.reduce((sum, e) => sum + e.amount, 0),
    set: (value: number) => {
      const difference = value - ledgered.balance;
      if (difference !== 0) post(ledgered, { kind: 'adjustment', amount: difference, at: Math.max(at, ...ledgered.ledger.map((e) => e.at)), description: { pl: 'Korekta salda', en: 'Balance correction' }, reference: null });
    },
  });
  post(ledgered, { kind: 'opening', amount: opening, at, description: { pl: 'Saldo otwarcia', en: 'Opening balance' }, reference: null });
  return ledgered;
}

const METHOD_WORDS: Record<string, { pl: string; en: string }> = {
  card: { pl: 'kartą', en: 'by card' },
  blik: { pl: 'BLIK-iem', en: 'by BLIK' },
  bank_transfer: { pl: 'przelewem', en: 'by bank transfer' },
};

/** A top-up booked: the money is on the account. */
export function postTopUp(account: Ledgered, topUp: { id: string; amount: { amount: number }; method: string }, at: number): LedgerRecord {
  const how = METHOD_WORDS[topUp.method] ?? { pl: '', en: '' };
  return post(account, {
    kind: 'top_up',
    amount: topUp.amount.amount,
    at,
    description: { pl: `Zasilenie konta ${how.pl}`.trim(), en: `Top-up ${how.en}`.trim() },
    reference: { type: 'top_up', id: topUp.id },
  });
}
