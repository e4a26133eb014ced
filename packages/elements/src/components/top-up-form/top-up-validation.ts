import { TOP_UP_LIMITS, type TopUpCreateParams } from '@portico/sdk/account';
import { parseMoney, type FieldError, type Money } from '@portico/sdk/core';

/** What the person has typed and chosen. */
export interface TopUpInput {
  amountText: string;
  paymentMethodId: string | undefined;
  methodType: 'card' | 'blik' | 'bank_transfer' | undefined;
  blikCode: string;
}

/** Why a field is not right yet; the form turns these into sentences. */
export type AmountProblem =
  | { kind: 'empty' | 'invalid' | 'precision' | 'negative' }
  | { kind: 'currency' }
  | { kind: 'minimum'; min: Money }
  | { kind: 'maximum'; max: Money };
export type BlikProblem = 'blikRequired' | 'blikFormat';

export interface TopUpCheck {
  /** The request to send, when everything is right. */
  params?: TopUpCreateParams;
  money?: Money;
  amount?: AmountProblem;
  blik?: BlikProblem;
  method?: 'method';
}

export const limitsIn = (currency: string) => ({
  min: { amount: TOP_UP_LIMITS.minimum, currency },
  max: { amount: TOP_UP_LIMITS.maximum, currency },
});

/** Checks a top-up the way the contract will, so that nothing invalid is ever sent. */
export function checkTopUp(input: TopUpInput, currency: string, locale: string): TopUpCheck {
  const check: TopUpCheck = {};
  const parsed = parseMoney(input.amountText, { currency, locale });
  const { min, max } = limitsIn(currency);
  if (!parsed.ok) check.amount = { kind: parsed.reason };
  else if (parsed.money.amount < min.amount) check.amount = { kind: 'minimum', min };
  else if (parsed.money.amount > max.amount) check.amount = { kind: 'maximum', max };
  else check.money = parsed.money;

  if (!input.paymentMethodId) check.method = 'method';
  const code = input.blikCode.replace(/\s/g, '');
  if (input.methodType === 'blik') {
    if (!code) check.blik = 'blikRequired';
    else if (!/^\d{6}$/.test(code)) check.blik = 'blikFormat';
  }
  if (check.money && !check.method && !check.blik) {
    check.params = { amount: check.money, paymentMethodId: input.paymentMethodId!, ...(input.methodType === 'blik' ? { blikCode: code } : {}) };
  }
  return check;
}

/** An amount problem the person cannot fix by typing on (so it may show at once). */
export function isFinal(problem: AmountProblem | undefined): boolean {
  return !!problem && problem.kind !== 'empty' && problem.kind !== 'minimum';
}

/** Which field a server-side field error belongs to. */
export function fieldOf(error: FieldError): 'amount' | 'blik' | 'method' | undefined {
  if (error.path.startsWith('amount')) return 'amount';
  if (error.path === 'blikCode') return 'blik';
  if (error.path === 'paymentMethodId') return 'method';
  return undefined;
}
