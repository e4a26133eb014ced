// Generated from ./top-ups.schemas.ts by scripts/compile-contract.ts. Do not edit: change the schemas, then run `npm run compile-contract`.
import type * as S from './top-ups.schemas.ts';
import type { z } from '../core/zod.ts';
import { fail, int, isFile, obj, str, validator, type At, type Issue } from '../core/validator.ts';
import type { ClientOperation } from '../core/operation.ts';
import { checkId, checkIdParams, checkTimestamp } from '../core/common.compiled.ts';
import { checkMoney } from '../core/money.compiled.ts';

const C0: PropertyKey[] = [];
const C1 = ["application/pdf","image/jpeg","image/png"];
const C2: PropertyKey[] = ["amount","amount"];
const C3: PropertyKey[] = ["amount","currency"];
const C4 = /^[A-Z]{3}$/;
const C5 = /^\d{6}$/;

/** Checks a `BankTransferInstructions` at `path`, reporting into `issues`. */
export function checkBankTransferInstructions(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o0: any;
  if (obj(input, issues, path, C0)) {
    const v1 = input["iban"];
    const o2 = str(v1, issues, path, "iban");
    const v3 = input["recipient"];
    const o4 = str(v3, issues, path, "recipient");
    const v5 = input["title"];
    const o6 = str(v5, issues, path, "title");
    const v7 = input["confirmationEmail"];
    const o8 = str(v7, issues, path, "confirmationEmail");
    o0 = { "iban": o2, "recipient": o4, "title": o6, "confirmationEmail": o8 };
  }
  return o0;
}
/** Checks a `PaymentConfirmation` at `path`, reporting into `issues`. */
export function checkPaymentConfirmation(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o9: any;
  if (obj(input, issues, path, C0)) {
    const v10 = input["fileName"];
    const o11 = str(v10, issues, path, "fileName");
    const v12 = input["contentType"];
    const o13 = str(v12, issues, path, "contentType");
    const v14 = input["size"];
    const o15 = int(v14, issues, path, "size");
    const v16 = input["uploadedAt"];
    const o17 = checkTimestamp(v16, issues, path, "uploadedAt");
    o9 = { "fileName": o11, "contentType": o13, "size": o15, "uploadedAt": o17 };
  }
  return o9;
}
/** Checks a `TopUp` at `path`, reporting into `issues`. */
export function checkTopUp(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o18: any;
  if (obj(input, issues, path, C0)) {
    const v19 = input["id"];
    const o20 = checkId(v19, issues, path, "id");
    const v21 = input["amount"];
    path.push("amount");
    const o22 = checkMoney(v21, issues, path);
    path.pop();
    const v23 = input["paymentMethodId"];
    const o24 = checkId(v23, issues, path, "paymentMethodId");
    const v25 = input["method"];
    let o26: any;
    if (v25 === "card" || v25 === "blik" || v25 === "bank_transfer") o26 = v25;
    else fail(issues, path, "method", 'invalid_value', {"values":["card","blik","bank_transfer"]});
    const v27 = input["status"];
    let o28: any;
    if (v27 === "succeeded" || v27 === "pending" || v27 === "failed") o28 = v27;
    else fail(issues, path, "status", 'invalid_value', {"values":["succeeded","pending","failed"]});
    const v29 = input["failureCode"];
    let o30: any;
    if (v29 === null) o30 = null;
    else {
      const o31 = str(v29, issues, path, "failureCode");
      o30 = o31;
    }
    const v32 = input["createdAt"];
    const o33 = checkTimestamp(v32, issues, path, "createdAt");
    const v34 = input["bookedAt"];
    let o35: any;
    if (v34 === null) o35 = null;
    else {
      const o36 = checkTimestamp(v34, issues, path, "bookedAt");
      o35 = o36;
    }
    const v37 = input["bankTransfer"];
    let o38: any;
    if (v37 === null) o38 = null;
    else {
      path.push("bankTransfer");
      const o39 = checkBankTransferInstructions(v37, issues, path);
      path.pop();
      o38 = o39;
    }
    const v40 = input["confirmation"];
    let o41: any;
    if (v40 === null) o41 = null;
    else {
      path.push("confirmation");
      const o42 = checkPaymentConfirmation(v40, issues, path);
      path.pop();
      o41 = o42;
    }
    o18 = { "id": o20, "amount": o22, "paymentMethodId": o24, "method": o26, "status": o28, "failureCode": o30, "createdAt": o33, "bookedAt": o35, "bankTransfer": o38, "confirmation": o41 };
  }
  return o18;
}
/** Checks a `TopUpConfirmationParams` at `path`, reporting into `issues`. */
export function checkTopUpConfirmationParams(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o43: any;
  if (obj(input, issues, path, C0)) {
    const v44 = input["file"];
    let o45: any;
    if (!isFile(v44)) fail(issues, path, "file", 'invalid_type', {"expected":"file"});
    else {
      if (v44.size > 5242880) fail(issues, path, "file", 'too_big', {"origin":"file","maximum":5242880,"inclusive":true});
      if (!C1.includes(v44.type)) fail(issues, path, "file", 'invalid_value', { values: C1 });
      o45 = v44;
    }
    o43 = { "file": o45 };
  }
  return o43;
}
/** Checks a `TopUpCreateParams` at `path`, reporting into `issues`. */
export function checkTopUpCreateParams(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o46: any;
  if (obj(input, issues, path, C0)) {
    const v47 = input["amount"];
    let o48: any;
    if (obj(v47, issues, path, "amount")) {
      const v49 = v47["amount"];
      const o50 = int(v49, issues, path, C2);
      if (o50 !== undefined) {
        if (o50 < 2000) fail(issues, path, C2, 'too_small', {"origin":"number","minimum":2000,"inclusive":true});
        if (o50 > 1000000) fail(issues, path, C2, 'too_big', {"origin":"number","maximum":1000000,"inclusive":true});
      }
      const v51 = v47["currency"];
      const o52 = str(v51, issues, path, C3);
      if (o52 !== undefined) {
        if (!C4.test(o52)) fail(issues, path, C3, 'invalid_format', {"origin":"string","format":"regex","pattern":"/^[A-Z]{3}$/"});
      }
      o48 = { "amount": o50, "currency": o52 };
    }
    const v53 = input["paymentMethodId"];
    const o54 = checkId(v53, issues, path, "paymentMethodId");
    const v55 = input["blikCode"];
    let o56: any;
    if (v55 === undefined) o56 = undefined;
    else {
      const o57 = str(v55, issues, path, "blikCode");
      if (o57 !== undefined) {
        if (!C5.test(o57)) fail(issues, path, "blikCode", 'invalid_format', {"origin":"string","format":"regex","pattern":"/^\\d{6}$/"});
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
  if (obj(input, issues, path, C0)) {
    const v59 = input["cursor"];
    let o60: any;
    if (v59 === undefined) o60 = undefined;
    else {
      const o61 = str(v59, issues, path, "cursor");
      if (o61 !== undefined) {
        if (o61.length > 200) fail(issues, path, "cursor", 'too_big', {"origin":"string","maximum":200,"inclusive":true});
      }
      o60 = o61;
    }
    const v62 = input["limit"];
    let o63: any;
    if (v62 === undefined) o63 = undefined;
    else {
      const o64 = int(v62, issues, path, "limit");
      if (o64 !== undefined) {
        if (o64 < 1) fail(issues, path, "limit", 'too_small', {"origin":"number","minimum":1,"inclusive":true});
        if (o64 > 100) fail(issues, path, "limit", 'too_big', {"origin":"number","maximum":100,"inclusive":true});
      }
      o63 = o64;
    }
    const v65 = input["status"];
    let o66: any;
    if (v65 === undefined) o66 = undefined;
    else {
      let o67: any;
      if (v65 === "succeeded" || v65 === "pending" || v65 === "failed") o67 = v65;
      else fail(issues, path, "status", 'invalid_value', {"values":["succeeded","pending","failed"]});
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
  if (obj(input, issues, path, C0)) {
    const v70 = input["data"];
    let o71: any;
    if (!Array.isArray(v70)) fail(issues, path, "data", 'invalid_type', {"expected":"array"});
    else {
      o71 = new Array(v70.length);
      for (let i72 = 0; i72 < v70.length; i72++) {
        const v73 = v70[i72];
        path.push("data", i72);
        const o74 = checkTopUp(v73, issues, path);
        o71[i72] = o74;
        path.length -= 2;
      }
    }
    const v75 = input["nextCursor"];
    let o76: any;
    if (v75 === null) o76 = null;
    else {
      const o77 = str(v75, issues, path, "nextCursor");
      o76 = o77;
    }
    o69 = { "data": o71, "nextCursor": o76 };
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
