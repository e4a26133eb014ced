// Generated from ./account.schemas.ts by scripts/compile-contract.ts. Do not edit: change the schemas, then run `npm run compile-contract`.
import type * as S from './account.schemas.ts';
import type { z } from '../core/zod.ts';
import { fail, obj, str, validator, type At, type Issue } from '../core/validator.ts';
import type { ClientOperation } from '../core/operation.ts';
import { checkId } from '../core/common.compiled.ts';

const C0: PropertyKey[] = [];

/** Checks a `Account` at `path`, reporting into `issues`. */
export function checkAccount(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o0: any;
  if (obj(input, issues, path, C0)) {
    const v1 = input["id"];
    const o2 = checkId(v1, issues, path, "id");
    const v3 = input["name"];
    const o4 = str(v3, issues, path, "name");
    const v5 = input["login"];
    const o6 = str(v5, issues, path, "login");
    const v7 = input["email"];
    const o8 = str(v7, issues, path, "email");
    const v9 = input["kind"];
    let o10: any;
    if (v9 === "voip" || v9 === "mobile" || v9 === "hosting") o10 = v9;
    else fail(issues, path, "kind", 'invalid_value', {"values":["voip","mobile","hosting"]});
    const v11 = input["mode"];
    let o12: any;
    if (v11 === "prepaid" || v11 === "postpaid") o12 = v11;
    else fail(issues, path, "mode", 'invalid_value', {"values":["prepaid","postpaid"]});
    const v13 = input["currency"];
    const o14 = str(v13, issues, path, "currency");
    const v15 = input["locale"];
    let o16: any;
    if (v15 === "pl" || v15 === "en") o16 = v15;
    else fail(issues, path, "locale", 'invalid_value', {"values":["pl","en"]});
    o0 = { "id": o2, "name": o4, "login": o6, "email": o8, "kind": o10, "mode": o12, "currency": o14, "locale": o16 };
  }
  return o0;
}
/** Checks a `BillingMode` at `path`, reporting into `issues`. */
export function checkBillingMode(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o17: any;
  if (input === "prepaid" || input === "postpaid") o17 = input;
  else fail(issues, path, C0, 'invalid_value', {"values":["prepaid","postpaid"]});
  return o17;
}

export const Account = /* @__PURE__ */ validator<z.output<typeof S.Account>>((input, issues) => checkAccount(input, issues, []));
export const BillingMode = /* @__PURE__ */ validator<z.output<typeof S.BillingMode>>((input, issues) => checkBillingMode(input, issues, []));

/** `GET /v1/account` (account.retrieve) */
export const accountRetrieve = { id: "account.retrieve", method: "GET", path: "/v1/account", response: Account } as const satisfies ClientOperation;
/** The client's view of `accountOperations`: what to send where, and how to check it. */
export const accountOperations = { retrieve: accountRetrieve };
