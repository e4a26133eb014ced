// Generated from ./account.schemas.ts by scripts/compile-contract.ts. Do not edit: change the schemas, then run `npm run compile-contract`.
import type * as S from './account.schemas.ts';
import type { z } from '../core/zod.ts';
import { fail, isObject, str, validator, type Issue } from '../core/validator.ts';
import type { ClientOperation } from '../core/operation.ts';

const C0: PropertyKey[] = [];
const C1: PropertyKey[] = ["id"];
const C2 = /^[\w-]+$/;
const C3: PropertyKey[] = ["name"];
const C4: PropertyKey[] = ["login"];
const C5: PropertyKey[] = ["email"];
const C6: PropertyKey[] = ["kind"];
const C7: PropertyKey[] = ["mode"];
const C8: PropertyKey[] = ["currency"];
const C9: PropertyKey[] = ["locale"];

/** Checks a `Account` at `path`, reporting into `issues`. */
export function checkAccount(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o0: any;
  if (!isObject(input)) fail(issues, path, C0, 'invalid_type', {"expected":"object"});
  else {
    const v1 = input["id"];
    let o2: any;
    o2 = str(v1, issues, path, C1);
    if (o2 !== undefined) {
      if (o2.length < 1) fail(issues, path, C1, 'too_small', {"origin":"string","minimum":1,"inclusive":true});
      if (o2.length > 64) fail(issues, path, C1, 'too_big', {"origin":"string","maximum":64,"inclusive":true});
      if (!C2.test(o2)) fail(issues, path, C1, 'invalid_format', {"origin":"string","format":"regex","pattern":"/^[\\w-]+$/"});
    }
    const v3 = input["name"];
    let o4: any;
    o4 = str(v3, issues, path, C3);
    const v5 = input["login"];
    let o6: any;
    o6 = str(v5, issues, path, C4);
    const v7 = input["email"];
    let o8: any;
    o8 = str(v7, issues, path, C5);
    const v9 = input["kind"];
    let o10: any;
    if (v9 === "voip" || v9 === "mobile" || v9 === "hosting") o10 = v9;
    else fail(issues, path, C6, 'invalid_value', {"values":["voip","mobile","hosting"]});
    const v11 = input["mode"];
    let o12: any;
    if (v11 === "prepaid" || v11 === "postpaid") o12 = v11;
    else fail(issues, path, C7, 'invalid_value', {"values":["prepaid","postpaid"]});
    const v13 = input["currency"];
    let o14: any;
    o14 = str(v13, issues, path, C8);
    const v15 = input["locale"];
    let o16: any;
    if (v15 === "pl" || v15 === "en") o16 = v15;
    else fail(issues, path, C9, 'invalid_value', {"values":["pl","en"]});
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
