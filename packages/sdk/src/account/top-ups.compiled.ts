// Generated from ./top-ups.schemas.ts by scripts/compile-contract.ts. Do not edit: change the schemas, then run `npm run compile-contract`.
import type * as S from './top-ups.schemas.ts';
import type { z } from '../core/zod.ts';
import { fail, int, isObject, str, validator, type Issue } from '../core/validator.ts';
import type { ClientOperation } from '../core/operation.ts';
import { checkMoney } from '../core/money.compiled.ts';
import { checkIdParams } from '../core/common.compiled.ts';

const C0: PropertyKey[] = [];
const C1: PropertyKey[] = ["iban"];
const C2: PropertyKey[] = ["recipient"];
const C3: PropertyKey[] = ["title"];
const C4: PropertyKey[] = ["confirmationEmail"];
const C5: PropertyKey[] = ["fileName"];
const C6: PropertyKey[] = ["contentType"];
const C7: PropertyKey[] = ["size"];
const C8: PropertyKey[] = ["uploadedAt"];
const C9 = /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;
const C10: PropertyKey[] = ["id"];
const C11 = /^[\w-]+$/;
const C12: PropertyKey[] = ["amount"];
const C13: PropertyKey[] = ["paymentMethodId"];
const C14: PropertyKey[] = ["method"];
const C15: PropertyKey[] = ["status"];
const C16: PropertyKey[] = ["failureCode"];
const C17: PropertyKey[] = ["createdAt"];
const C18: PropertyKey[] = ["bookedAt"];
const C19: PropertyKey[] = ["bankTransfer"];
const C20: PropertyKey[] = ["confirmation"];
const C21: PropertyKey[] = ["file"];
const C22 = ["application/pdf","image/jpeg","image/png"];
const C23: PropertyKey[] = ["amount","amount"];
const C24: PropertyKey[] = ["amount","currency"];
const C25 = /^[A-Z]{3}$/;
const C26: PropertyKey[] = ["blikCode"];
const C27 = /^\d{6}$/;
const C28: PropertyKey[] = ["cursor"];
const C29: PropertyKey[] = ["limit"];
const C30: PropertyKey[] = ["data"];
const C31: PropertyKey[] = ["nextCursor"];

/** Checks a `BankTransferInstructions` at `path`, reporting into `issues`. */
export function checkBankTransferInstructions(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o0: any;
  if (!isObject(input)) fail(issues, path, C0, 'invalid_type', {"expected":"object"});
  else {
    const v1 = input["iban"];
    let o2: any;
    o2 = str(v1, issues, path, C1);
    const v3 = input["recipient"];
    let o4: any;
    o4 = str(v3, issues, path, C2);
    const v5 = input["title"];
    let o6: any;
    o6 = str(v5, issues, path, C3);
    const v7 = input["confirmationEmail"];
    let o8: any;
    o8 = str(v7, issues, path, C4);
    o0 = { "iban": o2, "recipient": o4, "title": o6, "confirmationEmail": o8 };
  }
  return o0;
}
/** Checks a `PaymentConfirmation` at `path`, reporting into `issues`. */
export function checkPaymentConfirmation(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o9: any;
  if (!isObject(input)) fail(issues, path, C0, 'invalid_type', {"expected":"object"});
  else {
    const v10 = input["fileName"];
    let o11: any;
    o11 = str(v10, issues, path, C5);
    const v12 = input["contentType"];
    let o13: any;
    o13 = str(v12, issues, path, C6);
    const v14 = input["size"];
    let o15: any;
    o15 = int(v14, issues, path, C7);
    const v16 = input["uploadedAt"];
    let o17: any;
    o17 = str(v16, issues, path, C8);
    if (o17 !== undefined) {
      if (!C9.test(o17)) fail(issues, path, C8, 'invalid_format', {"origin":"string","format":"datetime"});
    }
    o9 = { "fileName": o11, "contentType": o13, "size": o15, "uploadedAt": o17 };
  }
  return o9;
}
/** Checks a `TopUp` at `path`, reporting into `issues`. */
export function checkTopUp(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o18: any;
  if (!isObject(input)) fail(issues, path, C0, 'invalid_type', {"expected":"object"});
  else {
    const v19 = input["id"];
    let o20: any;
    o20 = str(v19, issues, path, C10);
    if (o20 !== undefined) {
      if (o20.length < 1) fail(issues, path, C10, 'too_small', {"origin":"string","minimum":1,"inclusive":true});
      if (o20.length > 64) fail(issues, path, C10, 'too_big', {"origin":"string","maximum":64,"inclusive":true});
      if (!C11.test(o20)) fail(issues, path, C10, 'invalid_format', {"origin":"string","format":"regex","pattern":"/^[\\w-]+$/"});
    }
    const v21 = input["amount"];
    const o22 = checkMoney(v21, issues, [...path, ...C12]);
    const v23 = input["paymentMethodId"];
    let o24: any;
    o24 = str(v23, issues, path, C13);
    if (o24 !== undefined) {
      if (o24.length < 1) fail(issues, path, C13, 'too_small', {"origin":"string","minimum":1,"inclusive":true});
      if (o24.length > 64) fail(issues, path, C13, 'too_big', {"origin":"string","maximum":64,"inclusive":true});
      if (!C11.test(o24)) fail(issues, path, C13, 'invalid_format', {"origin":"string","format":"regex","pattern":"/^[\\w-]+$/"});
    }
    const v25 = input["method"];
    let o26: any;
    if (v25 === "card" || v25 === "blik" || v25 === "bank_transfer") o26 = v25;
    else fail(issues, path, C14, 'invalid_value', {"values":["card","blik","bank_transfer"]});
    const v27 = input["status"];
    let o28: any;
    if (v27 === "succeeded" || v27 === "pending" || v27 === "failed") o28 = v27;
    else fail(issues, path, C15, 'invalid_value', {"values":["succeeded","pending","failed"]});
    const v29 = input["failureCode"];
    let o30: any;
    if (v29 === null) o30 = null;
    else {
      let o31: any;
      o31 = str(v29, issues, path, C16);
      o30 = o31;
    }
    const v32 = input["createdAt"];
    let o33: any;
    o33 = str(v32, issues, path, C17);
    if (o33 !== undefined) {
      if (!C9.test(o33)) fail(issues, path, C17, 'invalid_format', {"origin":"string","format":"datetime"});
    }
    const v34 = input["bookedAt"];
    let o35: any;
    if (v34 === null) o35 = null;
    else {
      let o36: any;
      o36 = str(v34, issues, path, C18);
      if (o36 !== undefined) {
        if (!C9.test(o36)) fail(issues, path, C18, 'invalid_format', {"origin":"string","format":"datetime"});
      }
      o35 = o36;
    }
    const v37 = input["bankTransfer"];
    let o38: any;
    if (v37 === null) o38 = null;
    else {
      const o39 = checkBankTransferInstructions(v37, issues, [...path, ...C19]);
      o38 = o39;
    }
    const v40 = input["confirmation"];
    let o41: any;
    if (v40 === null) o41 = null;
    else {
      const o42 = checkPaymentConfirmation(v40, issues, [...path, ...C20]);
      o41 = o42;
    }
    o18 = { "id": o20, "amount": o22, "paymentMethodId": o24, "method": o26, "status": o28, "failureCode": o30, "createdAt": o33, "bookedAt": o35, "bankTransfer": o38, "confirmation": o41 };
  }
  return o18;
}
/** Checks a `TopUpConfirmationParams` at `path`, reporting into `issues`. */
export function checkTopUpConfirmationParams(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o43: any;
  if (!isObject(input)) fail(issues, path, C0, 'invalid_type', {"expected":"object"});
  else {
    const v44 = input["file"];
    let o45: any;
    if (!(typeof File !== 'undefined' && v44 instanceof File)) fail(issues, path, C21, 'invalid_type', {"expected":"file"});
    else {
      if (v44.size > 5242880) fail(issues, path, C21, 'too_big', {"origin":"file","maximum":5242880,"inclusive":true});
      if (!C22.includes(v44.type)) fail(issues, path, C21, 'invalid_value', { values: C22 });
      o45 = v44;
    }
    o43 = { "file": o45 };
  }
  return o43;
}
/** Checks a `TopUpCreateParams` at `path`, reporting into `issues`. */
export function checkTopUpCreateParams(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o46: any;
  if (!isObject(input)) fail(issues, path, C0, 'invalid_type', {"expected":"object"});
  else {
    const v47 = input["amount"];
    let o48: any;
    if (!isObject(v47)) fail(issues, path, C12, 'invalid_type', {"expected":"object"});
    else {
      const v49 = v47["amount"];
      let o50: any;
      o50 = int(v49, issues, path, C23);
      if (o50 !== undefined) {
        if (o50 < 2000) fail(issues, path, C23, 'too_small', {"origin":"number","minimum":2000,"inclusive":true});
        if (o50 > 1000000) fail(issues, path, C23, 'too_big', {"origin":"number","maximum":1000000,"inclusive":true});
      }
      const v51 = v47["currency"];
      let o52: any;
      o52 = str(v51, issues, path, C24);
      if (o52 !== undefined) {
        if (!C25.test(o52)) fail(issues, path, C24, 'invalid_format', {"origin":"string","format":"regex","pattern":"/^[A-Z]{3}$/"});
      }
      o48 = { "amount": o50, "currency": o52 };
    }
    const v53 = input["paymentMethodId"];
    let o54: any;
    o54 = str(v53, issues, path, C13);
    if (o54 !== undefined) {
      if (o54.length < 1) fail(issues, path, C13, 'too_small', {"origin":"string","minimum":1,"inclusive":true});
      if (o54.length > 64) fail(issues, path, C13, 'too_big', {"origin":"string","maximum":64,"inclusive":true});
      if (!C11.test(o54)) fail(issues, path, C13, 'invalid_format', {"origin":"string","format":"regex","pattern":"/^[\\w-]+$/"});
    }
    const v55 = input["blikCode"];
    let o56: any;
    if (v55 === undefined) o56 = undefined;
    else {
      let o57: any;
      o57 = str(v55, issues, path, C26);
      if (o57 !== undefined) {
        if (!C27.test(o57)) fail(issues, path, C26, 'invalid_format', {"origin":"string","format":"regex","pattern":"/^\\d{6}$/"});
      }
      o56 = o57;
    }
    o46 = { "amount": o48, "paymentMethodId": o54 };
    if (o56 !== undefined) o46["blikCode"] = o56;
  }
  return o46;
}
/** Checks a `TopUpListQuery` at `path`, reporting into `issues`. */
export function checkTopUpListQuery(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o58: any;
  if (!isObject(input)) fail(issues, path, C0, 'invalid_type', {"expected":"object"});
  else {
    const v59 = input["cursor"];
    let o60: any;
    if (v59 === undefined) o60 = undefined;
    else {
      let o61: any;
      o61 = str(v59, issues, path, C28);
      if (o61 !== undefined) {
        if (o61.length > 200) fail(issues, path, C28, 'too_big', {"origin":"string","maximum":200,"inclusive":true});
      }
      o60 = o61;
    }
    const v62 = input["limit"];
    let o63: any;
    if (v62 === undefined) o63 = undefined;
    else {
      let o64: any;
      o64 = int(v62, issues, path, C29);
      if (o64 !== undefined) {
        if (o64 < 1) fail(issues, path, C29, 'too_small', {"origin":"number","minimum":1,"inclusive":true});
        if (o64 > 100) fail(issues, path, C29, 'too_big', {"origin":"number","maximum":100,"inclusive":true});
      }
      o63 = o64;
    }
    const v65 = input["status"];
    let o66: any;
    if (v65 === undefined) o66 = undefined;
    else {
      let o67: any;
      if (v65 === "succeeded" || v65 === "pending" || v65 === "failed") o67 = v65;
      else fail(issues, path, C15, 'invalid_value', {"values":["succeeded","pending","failed"]});
      o66 = o67;
    }
    o58 = {  };
    if (o60 !== undefined) o58["cursor"] = o60;
    if (o63 !== undefined) o58["limit"] = o63;
    if (o66 !== undefined) o58["status"] = o66;
  }
  return o58;
}
/** Checks a `TopUpStatus` at `path`, reporting into `issues`. */
export function checkTopUpStatus(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o68: any;
  if (input === "succeeded" || input === "pending" || input === "failed") o68 = input;
  else fail(issues, path, C0, 'invalid_value', {"values":["succeeded","pending","failed"]});
  return o68;
}

export const BankTransferInstructions = /* @__PURE__ */ validator<z.output<typeof S.BankTransferInstructions>>((input, issues) => checkBankTransferInstructions(input, issues, []));
export const PaymentConfirmation = /* @__PURE__ */ validator<z.output<typeof S.PaymentConfirmation>>((input, issues) => checkPaymentConfirmation(input, issues, []));
export const TopUp = /* @__PURE__ */ validator<z.output<typeof S.TopUp>>((input, issues) => checkTopUp(input, issues, []));
export const TopUpConfirmationParams = /* @__PURE__ */ validator<z.output<typeof S.TopUpConfirmationParams>>((input, issues) => checkTopUpConfirmationParams(input, issues, []));
export const TopUpCreateParams = /* @__PURE__ */ validator<z.output<typeof S.TopUpCreateParams>>((input, issues) => checkTopUpCreateParams(input, issues, []));
export const TopUpListQuery = /* @__PURE__ */ validator<z.output<typeof S.TopUpListQuery>>((input, issues) => checkTopUpListQuery(input, issues, []));
export const TopUpStatus = /* @__PURE__ */ validator<z.output<typeof S.TopUpStatus>>((input, issues) => checkTopUpStatus(input, issues, []));

function check_topUpOperations_list_response(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o69: any;
  if (!isObject(input)) fail(issues, path, C0, 'invalid_type', {"expected":"object"});
  else {
    const v70 = input["data"];
    let o71: any;
    if (!Array.isArray(v70)) fail(issues, path, C30, 'invalid_type', {"expected":"array"});
    else {
      o71 = new Array(v70.length);
      for (let i72 = 0; i72 < v70.length; i72++) {
        const v73 = v70[i72];
        const p74 = [...path, ...C30, i72];
        const o75 = checkTopUp(v73, issues, p74);
        o71[i72] = o75;
      }
    }
    const v76 = input["nextCursor"];
    let o77: any;
    if (v76 === null) o77 = null;
    else {
      let o78: any;
      o78 = str(v76, issues, path, C31);
      o77 = o78;
    }
    o69 = { "data": o71, "nextCursor": o77 };
  }
  return o69;
}
const topUpOperations_list_response = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.topUpOperations.list.response>>>((input, issues) => check_topUpOperations_list_response(input, issues, []));
const topUpOperations_retrieve_params = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.topUpOperations.retrieve.params>>>((input, issues) => checkIdParams(input, issues, []));

/** `POST /v1/account/top-ups` (topUps.create) */
export const topUpCreate = { id: "topUps.create", method: "POST", path: "/v1/account/top-ups", body: TopUpCreateParams, response: TopUp, creates: true } as const satisfies ClientOperation;
/** `GET /v1/account/top-ups` (topUps.list) */
export const topUpList = { id: "topUps.list", method: "GET", path: "/v1/account/top-ups", query: TopUpListQuery, response: topUpOperations_list_response } as const satisfies ClientOperation;
/** `GET /v1/account/top-ups/{id}` (topUps.retrieve) */
export const topUpRetrieve = { id: "topUps.retrieve", method: "GET", path: "/v1/account/top-ups/{id}", params: topUpOperations_retrieve_params, response: TopUp } as const satisfies ClientOperation;
/** `POST /v1/account/top-ups/{id}/confirmation` (topUps.attachConfirmation) */
export const topUpAttachConfirmation = { id: "topUps.attachConfirmation", method: "POST", path: "/v1/account/top-ups/{id}/confirmation", params: topUpOperations_retrieve_params, body: TopUpConfirmationParams, response: TopUp, bodyType: 'multipart' } as const satisfies ClientOperation;
/** The client's view of `topUpOperations`: what to send where, and how to check it. */
export const topUpOperations = { create: topUpCreate, list: topUpList, retrieve: topUpRetrieve, attachConfirmation: topUpAttachConfirmation };
