// Generated from ./reseller.schemas.ts by scripts/compile-contract.ts. Do not edit: change the schemas, then run `npm run compile-contract`.
import type * as S from './reseller.schemas.ts';
import type { z } from '../core/zod.ts';
import { fail, int, isObject, str, validator, type Issue } from '../core/validator.ts';
import type { ClientOperation } from '../core/operation.ts';

const C0: PropertyKey[] = [];
const C1: PropertyKey[] = ["id"];
const C2 = /^[\w-]+$/;
const C3: PropertyKey[] = ["name"];
const C4: PropertyKey[] = ["kind"];
const C5: PropertyKey[] = ["mode"];
const C6: PropertyKey[] = ["email"];
const C7: PropertyKey[] = ["token"];
const C8: PropertyKey[] = ["customerId"];
const C9: PropertyKey[] = ["expiresAt"];
const C10 = /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;
const C11: PropertyKey[] = ["ttl"];
const C12: PropertyKey[] = ["cursor"];
const C13: PropertyKey[] = ["limit"];
const C14: PropertyKey[] = ["data"];
const C15: PropertyKey[] = ["nextCursor"];

/** Checks a `Customer` at `path`, reporting into `issues`. */
export function checkCustomer(input: any, issues: Issue[], path: PropertyKey[]): any {
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
    const v5 = input["kind"];
    let o6: any;
    if (v5 === "voip" || v5 === "mobile" || v5 === "hosting") o6 = v5;
    else fail(issues, path, C4, 'invalid_value', {"values":["voip","mobile","hosting"]});
    const v7 = input["mode"];
    let o8: any;
    if (v7 === "prepaid" || v7 === "postpaid") o8 = v7;
    else fail(issues, path, C5, 'invalid_value', {"values":["prepaid","postpaid"]});
    const v9 = input["email"];
    let o10: any;
    o10 = str(v9, issues, path, C6);
    o0 = { "id": o2, "name": o4, "kind": o6, "mode": o8, "email": o10 };
  }
  return o0;
}
/** Checks a `Session` at `path`, reporting into `issues`. */
export function checkSession(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o11: any;
  if (!isObject(input)) fail(issues, path, C0, 'invalid_type', {"expected":"object"});
  else {
    const v12 = input["token"];
    let o13: any;
    o13 = str(v12, issues, path, C7);
    const v14 = input["customerId"];
    let o15: any;
    o15 = str(v14, issues, path, C8);
    if (o15 !== undefined) {
      if (o15.length < 1) fail(issues, path, C8, 'too_small', {"origin":"string","minimum":1,"inclusive":true});
      if (o15.length > 64) fail(issues, path, C8, 'too_big', {"origin":"string","maximum":64,"inclusive":true});
      if (!C2.test(o15)) fail(issues, path, C8, 'invalid_format', {"origin":"string","format":"regex","pattern":"/^[\\w-]+$/"});
    }
    const v16 = input["expiresAt"];
    let o17: any;
    o17 = str(v16, issues, path, C9);
    if (o17 !== undefined) {
      if (!C10.test(o17)) fail(issues, path, C9, 'invalid_format', {"origin":"string","format":"datetime"});
    }
    o11 = { "token": o13, "customerId": o15, "expiresAt": o17 };
  }
  return o11;
}
/** Checks a `SessionCreateParams` at `path`, reporting into `issues`. */
export function checkSessionCreateParams(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o18: any;
  if (!isObject(input)) fail(issues, path, C0, 'invalid_type', {"expected":"object"});
  else {
    const v19 = input["customerId"];
    let o20: any;
    o20 = str(v19, issues, path, C8);
    if (o20 !== undefined) {
      if (o20.length < 1) fail(issues, path, C8, 'too_small', {"origin":"string","minimum":1,"inclusive":true});
      if (o20.length > 64) fail(issues, path, C8, 'too_big', {"origin":"string","maximum":64,"inclusive":true});
      if (!C2.test(o20)) fail(issues, path, C8, 'invalid_format', {"origin":"string","format":"regex","pattern":"/^[\\w-]+$/"});
    }
    const v21 = input["ttl"];
    let o22: any;
    if (v21 === undefined) o22 = undefined;
    else {
      let o23: any;
      o23 = int(v21, issues, path, C11);
      if (o23 !== undefined) {
        if (o23 < 60) fail(issues, path, C11, 'too_small', {"origin":"number","minimum":60,"inclusive":true});
        if (o23 > 3600) fail(issues, path, C11, 'too_big', {"origin":"number","maximum":3600,"inclusive":true});
      }
      o22 = o23;
    }
    o18 = { "customerId": o20 };
    if (o22 !== undefined) o18["ttl"] = o22;
  }
  return o18;
}

export const Customer = /* @__PURE__ */ validator<z.output<typeof S.Customer>>((input, issues) => checkCustomer(input, issues, []));
export const Session = /* @__PURE__ */ validator<z.output<typeof S.Session>>((input, issues) => checkSession(input, issues, []));
export const SessionCreateParams = /* @__PURE__ */ validator<z.output<typeof S.SessionCreateParams>>((input, issues) => checkSessionCreateParams(input, issues, []));

function check_resellerOperations_listCustomers_query(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o24: any;
  if (!isObject(input)) fail(issues, path, C0, 'invalid_type', {"expected":"object"});
  else {
    const v25 = input["cursor"];
    let o26: any;
    if (v25 === undefined) o26 = undefined;
    else {
      let o27: any;
      o27 = str(v25, issues, path, C12);
      if (o27 !== undefined) {
        if (o27.length > 200) fail(issues, path, C12, 'too_big', {"origin":"string","maximum":200,"inclusive":true});
      }
      o26 = o27;
    }
    const v28 = input["limit"];
    let o29: any;
    if (v28 === undefined) o29 = undefined;
    else {
      let o30: any;
      o30 = int(v28, issues, path, C13);
      if (o30 !== undefined) {
        if (o30 < 1) fail(issues, path, C13, 'too_small', {"origin":"number","minimum":1,"inclusive":true});
        if (o30 > 100) fail(issues, path, C13, 'too_big', {"origin":"number","maximum":100,"inclusive":true});
      }
      o29 = o30;
    }
    o24 = {  };
    if (o26 !== undefined) o24["cursor"] = o26;
    if (o29 !== undefined) o24["limit"] = o29;
  }
  return o24;
}
const resellerOperations_listCustomers_query = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.resellerOperations.listCustomers.query>>>((input, issues) => check_resellerOperations_listCustomers_query(input, issues, []));
function check_resellerOperations_listCustomers_response(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o31: any;
  if (!isObject(input)) fail(issues, path, C0, 'invalid_type', {"expected":"object"});
  else {
    const v32 = input["data"];
    let o33: any;
    if (!Array.isArray(v32)) fail(issues, path, C14, 'invalid_type', {"expected":"array"});
    else {
      o33 = new Array(v32.length);
      for (let i34 = 0; i34 < v32.length; i34++) {
        const v35 = v32[i34];
        const p36 = [...path, ...C14, i34];
        const o37 = checkCustomer(v35, issues, p36);
        o33[i34] = o37;
      }
    }
    const v38 = input["nextCursor"];
    let o39: any;
    if (v38 === null) o39 = null;
    else {
      let o40: any;
      o40 = str(v38, issues, path, C15);
      o39 = o40;
    }
    o31 = { "data": o33, "nextCursor": o39 };
  }
  return o31;
}
const resellerOperations_listCustomers_response = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.resellerOperations.listCustomers.response>>>((input, issues) => check_resellerOperations_listCustomers_response(input, issues, []));

/** `POST /v1/sessions` (sessions.create) */
export const resellerCreateSession = { id: "sessions.create", method: "POST", path: "/v1/sessions", body: SessionCreateParams, response: Session } as const satisfies ClientOperation;
/** `GET /v1/customers` (customers.list) */
export const resellerListCustomers = { id: "customers.list", method: "GET", path: "/v1/customers", query: resellerOperations_listCustomers_query, response: resellerOperations_listCustomers_response } as const satisfies ClientOperation;
/** The client's view of `resellerOperations`: what to send where, and how to check it. */
export const resellerOperations = { createSession: resellerCreateSession, listCustomers: resellerListCustomers };
