// Generated from ./reseller.schemas.ts by scripts/compile-contract.ts. Do not edit: change the schemas, then run `npm run compile-contract`.
import type * as S from './reseller.schemas.ts';
import type { z } from '../core/zod.ts';
import { fail, int, obj, str, validator, type At, type Issue } from '../core/validator.ts';
import type { ClientOperation } from '../core/operation.ts';
import { checkId, checkTimestamp } from '../core/common.compiled.ts';

const C0: PropertyKey[] = [];

/** Checks a `Customer` at `path`, reporting into `issues`. */
export function checkCustomer(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o0: any;
  if (obj(input, issues, path, C0)) {
    const v1 = input["id"];
    const o2 = checkId(v1, issues, path, "id");
    const v3 = input["name"];
    const o4 = str(v3, issues, path, "name");
    const v5 = input["kind"];
    let o6: any;
    if (v5 === "voip" || v5 === "mobile" || v5 === "hosting") o6 = v5;
    else fail(issues, path, "kind", 'invalid_value', {"values":["voip","mobile","hosting"]});
    const v7 = input["mode"];
    let o8: any;
    if (v7 === "prepaid" || v7 === "postpaid") o8 = v7;
    else fail(issues, path, "mode", 'invalid_value', {"values":["prepaid","postpaid"]});
    const v9 = input["email"];
    const o10 = str(v9, issues, path, "email");
    o0 = { "id": o2, "name": o4, "kind": o6, "mode": o8, "email": o10 };
  }
  return o0;
}
/** Checks a `Session` at `path`, reporting into `issues`. */
export function checkSession(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o11: any;
  if (obj(input, issues, path, C0)) {
    const v12 = input["token"];
    const o13 = str(v12, issues, path, "token");
    const v14 = input["customerId"];
    const o15 = checkId(v14, issues, path, "customerId");
    const v16 = input["expiresAt"];
    const o17 = checkTimestamp(v16, issues, path, "expiresAt");
    o11 = { "token": o13, "customerId": o15, "expiresAt": o17 };
  }
  return o11;
}
/** Checks a `SessionCreateParams` at `path`, reporting into `issues`. */
export function checkSessionCreateParams(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o18: any;
  if (obj(input, issues, path, C0)) {
    const v19 = input["customerId"];
    const o20 = checkId(v19, issues, path, "customerId");
    const v21 = input["ttl"];
    let o22: any;
    if (v21 === undefined) o22 = undefined;
    else {
      const o23 = int(v21, issues, path, "ttl");
      if (o23 !== undefined) {
        if (o23 < 60) fail(issues, path, "ttl", 'too_small', {"origin":"number","minimum":60,"inclusive":true});
        if (o23 > 3600) fail(issues, path, "ttl", 'too_big', {"origin":"number","maximum":3600,"inclusive":true});
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
  if (obj(input, issues, path, C0)) {
    const v25 = input["cursor"];
    let o26: any;
    if (v25 === undefined) o26 = undefined;
    else {
      const o27 = str(v25, issues, path, "cursor");
      if (o27 !== undefined) {
        if (o27.length > 200) fail(issues, path, "cursor", 'too_big', {"origin":"string","maximum":200,"inclusive":true});
      }
      o26 = o27;
    }
    const v28 = input["limit"];
    let o29: any;
    if (v28 === undefined) o29 = undefined;
    else {
      const o30 = int(v28, issues, path, "limit");
      if (o30 !== undefined) {
        if (o30 < 1) fail(issues, path, "limit", 'too_small', {"origin":"number","minimum":1,"inclusive":true});
        if (o30 > 100) fail(issues, path, "limit", 'too_big', {"origin":"number","maximum":100,"inclusive":true});
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
  if (obj(input, issues, path, C0)) {
    const v32 = input["data"];
    let o33: any;
    if (!Array.isArray(v32)) fail(issues, path, "data", 'invalid_type', {"expected":"array"});
    else {
      o33 = new Array(v32.length);
      for (let i34 = 0; i34 < v32.length; i34++) {
        const v35 = v32[i34];
        path.push("data", i34);
        const o36 = checkCustomer(v35, issues, path);
        o33[i34] = o36;
        path.length -= 2;
      }
    }
    const v37 = input["nextCursor"];
    let o38: any;
    if (v37 === null) o38 = null;
    else {
      const o39 = str(v37, issues, path, "nextCursor");
      o38 = o39;
    }
    o31 = { "data": o33, "nextCursor": o38 };
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
