// Generated from ./balance.schemas.ts by scripts/compile-contract.ts. Do not edit: change the schemas, then run `npm run compile-contract`.
import type * as S from './balance.schemas.ts';
import type { z } from '../core/zod.ts';
import { fail, obj, validator, type At, type Issue } from '../core/validator.ts';
import type { ClientOperation } from '../core/operation.ts';
import { checkMoney } from '../core/money.compiled.ts';

const C0: PropertyKey[] = [];

/** Checks a `Balance` at `path`, reporting into `issues`. */
export function checkBalance(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o0: any;
  if (obj(input, issues, path, C0)) {
    const v1 = input["available"];
    path.push("available");
    const o2 = checkMoney(v1, issues, path);
    path.pop();
    const v3 = input["creditLimit"];
    let o4: any;
    if (v3 === null) o4 = null;
    else {
      path.push("creditLimit");
      const o5 = checkMoney(v3, issues, path);
      path.pop();
      o4 = o5;
    }
    const v6 = input["mode"];
    let o7: any;
    if (v6 === "prepaid" || v6 === "postpaid") o7 = v6;
    else fail(issues, path, "mode", 'invalid_value', {"values":["prepaid","postpaid"]});
    o0 = { "available": o2, "creditLimit": o4, "mode": o7 };
  }
  return o0;
}

export const Balance = /* @__PURE__ */ validator<z.output<typeof S.Balance>>((input, issues) => checkBalance(input, issues, []));

/** `GET /v1/account/balance` (balance.retrieve) */
export const balanceRetrieve = { id: "balance.retrieve", method: "GET", path: "/v1/account/balance", response: Balance } as const satisfies ClientOperation;
/** The client's view of `balanceOperations`: what to send where, and how to check it. */
export const balanceOperations = { retrieve: balanceRetrieve };
