// Generated from ./payment-methods.schemas.ts by scripts/compile-contract.ts. Do not edit: change the schemas, then run `npm run compile-contract`.
import type * as S from './payment-methods.schemas.ts';
import type { z } from '../core/zod.ts';
import { fail, int, obj, str, validator, type At, type Issue } from '../core/validator.ts';
import type { ClientOperation } from '../core/operation.ts';
import { checkId } from '../core/common.compiled.ts';

const C0: PropertyKey[] = [];

/** Checks a `PaymentMethod` at `path`, reporting into `issues`. */
export function checkPaymentMethod(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o0: any;
  if (obj(input, issues, path, C0)) {
    const v1 = input["id"];
    const o2 = checkId(v1, issues, path, "id");
    const v3 = input["type"];
    let o4: any;
    if (v3 === "card" || v3 === "blik" || v3 === "bank_transfer") o4 = v3;
    else fail(issues, path, "type", 'invalid_value', {"values":["card","blik","bank_transfer"]});
    const v5 = input["label"];
    const o6 = str(v5, issues, path, "label");
    o0 = { "id": o2, "type": o4, "label": o6 };
  }
  return o0;
}
/** Checks a `PaymentMethodType` at `path`, reporting into `issues`. */
export function checkPaymentMethodType(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o7: any;
  if (input === "card" || input === "blik" || input === "bank_transfer") o7 = input;
  else fail(issues, path, C0, 'invalid_value', {"values":["card","blik","bank_transfer"]});
  return o7;
}

export const PaymentMethod = /* @__PURE__ */ validator<z.output<typeof S.PaymentMethod>>((input, issues) => checkPaymentMethod(input, issues, []));
export const PaymentMethodType = /* @__PURE__ */ validator<z.output<typeof S.PaymentMethodType>>((input, issues) => checkPaymentMethodType(input, issues, []));

function check_paymentMethodOperations_list_query(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o8: any;
  if (obj(input, issues, path, C0)) {
    const v9 = input["cursor"];
    let o10: any;
    if (v9 === undefined) o10 = undefined;
    else {
      const o11 = str(v9, issues, path, "cursor");
      if (o11 !== undefined) {
        if (o11.length > 200) fail(issues, path, "cursor", 'too_big', {"origin":"string","maximum":200,"inclusive":true});
      }
      o10 = o11;
    }
    const v12 = input["limit"];
    let o13: any;
    if (v12 === undefined) o13 = undefined;
    else {
      const o14 = int(v12, issues, path, "limit");
      if (o14 !== undefined) {
        if (o14 < 1) fail(issues, path, "limit", 'too_small', {"origin":"number","minimum":1,"inclusive":true});
        if (o14 > 100) fail(issues, path, "limit", 'too_big', {"origin":"number","maximum":100,"inclusive":true});
      }
      o13 = o14;
    }
    o8 = {  };
    if (o10 !== undefined) o8["cursor"] = o10;
    if (o13 !== undefined) o8["limit"] = o13;
  }
  return o8;
}
const paymentMethodOperations_list_query = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.paymentMethodOperations.list.query>>>((input, issues) => check_paymentMethodOperations_list_query(input, issues, []));
function check_paymentMethodOperations_list_response(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o15: any;
  if (obj(input, issues, path, C0)) {
    const v16 = input["data"];
    let o17: any;
    if (!Array.isArray(v16)) fail(issues, path, "data", 'invalid_type', {"expected":"array"});
    else {
      o17 = new Array(v16.length);
      for (let i18 = 0; i18 < v16.length; i18++) {
        const v19 = v16[i18];
        path.push("data", i18);
        const o20 = checkPaymentMethod(v19, issues, path);
        o17[i18] = o20;
        path.length -= 2;
      }
    }
    const v21 = input["nextCursor"];
    let o22: any;
    if (v21 === null) o22 = null;
    else {
      const o23 = str(v21, issues, path, "nextCursor");
      o22 = o23;
    }
    o15 = { "data": o17, "nextCursor": o22 };
  }
  return o15;
}
const paymentMethodOperations_list_response = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.paymentMethodOperations.list.response>>>((input, issues) => check_paymentMethodOperations_list_response(input, issues, []));

/** `GET /v1/account/payment-methods` (paymentMethods.list) */
export const paymentMethodList = { id: "paymentMethods.list", method: "GET", path: "/v1/account/payment-methods", query: paymentMethodOperations_list_query, response: paymentMethodOperations_list_response } as const satisfies ClientOperation;
/** The client's view of `paymentMethodOperations`: what to send where, and how to check it. */
export const paymentMethodOperations = { list: paymentMethodList };
