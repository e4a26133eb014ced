// Generated from ./sim-swaps.schemas.ts by scripts/compile-contract.ts. Do not edit: change the schemas, then run `npm run compile-contract`.
import type * as S from './sim-swaps.schemas.ts';
import type { z } from '../core/zod.ts';
import { fail, int, obj, str, validator, type At, type Issue } from '../core/validator.ts';
import type { ClientOperation } from '../core/operation.ts';
import { checkEmail, checkId, checkIdParams, checkIsoDate, checkTimestamp } from '../core/common.compiled.ts';

const C0: PropertyKey[] = [];
const C1 = /^\d{2}-\d{3}$/;
const C2: PropertyKey[] = ["delivery","method"];
const C3: PropertyKey[] = ["delivery","address"];
const C4: PropertyKey[] = ["delivery","shopId"];
const C5: PropertyKey[] = ["delivery","email"];

/** Checks a `PostalAddress` at `path`, reporting into `issues`. */
export function checkPostalAddress(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o0: any;
  if (obj(input, issues, path, C0)) {
    const v1 = input["recipient"];
    const o2 = str(v1, issues, path, "recipient");
    if (o2 !== undefined) {
      if (o2.length < 1) fail(issues, path, "recipient", 'too_small', {"origin":"string","minimum":1,"inclusive":true});
      if (o2.length > 100) fail(issues, path, "recipient", 'too_big', {"origin":"string","maximum":100,"inclusive":true});
    }
    const v3 = input["street"];
    const o4 = str(v3, issues, path, "street");
    if (o4 !== undefined) {
      if (o4.length < 1) fail(issues, path, "street", 'too_small', {"origin":"string","minimum":1,"inclusive":true});
      if (o4.length > 100) fail(issues, path, "street", 'too_big', {"origin":"string","maximum":100,"inclusive":true});
    }
    const v5 = input["postalCode"];
    const o6 = str(v5, issues, path, "postalCode");
    if (o6 !== undefined) {
      if (!C1.test(o6)) fail(issues, path, "postalCode", 'invalid_format', {"origin":"string","format":"regex","pattern":"/^\\d{2}-\\d{3}$/"});
    }
    const v7 = input["city"];
    const o8 = str(v7, issues, path, "city");
    if (o8 !== undefined) {
      if (o8.length < 1) fail(issues, path, "city", 'too_small', {"origin":"string","minimum":1,"inclusive":true});
      if (o8.length > 60) fail(issues, path, "city", 'too_big', {"origin":"string","maximum":60,"inclusive":true});
    }
    o0 = { "recipient": o2, "street": o4, "postalCode": o6, "city": o8 };
  }
  return o0;
}
/** Checks a `SimDelivery` at `path`, reporting into `issues`. */
export function checkSimDelivery(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o9: any;
  if (obj(input, issues, path, C0)) {
    const d10 = input["method"];
    if (d10 === "courier") {
      let o11: any;
      if (obj(input, issues, path, C0)) {
        const v12 = input["method"];
        let o13: any;
        if (v12 === "courier") o13 = v12;
        else fail(issues, path, "method", 'invalid_value', {"values":["courier"]});
        const v14 = input["address"];
        path.push("address");
        const o15 = checkPostalAddress(v14, issues, path);
        path.pop();
        o11 = { "method": o13, "address": o15 };
      }
      o9 = o11;
    } else if (d10 === "pickup") {
      let o16: any;
      if (obj(input, issues, path, C0)) {
        const v17 = input["method"];
        let o18: any;
        if (v17 === "pickup") o18 = v17;
        else fail(issues, path, "method", 'invalid_value', {"values":["pickup"]});
        const v19 = input["shopId"];
        const o20 = checkId(v19, issues, path, "shopId");
        o16 = { "method": o18, "shopId": o20 };
      }
      o9 = o16;
    } else if (d10 === "email") {
      let o21: any;
      if (obj(input, issues, path, C0)) {
        const v22 = input["method"];
        let o23: any;
        if (v22 === "email") o23 = v22;
        else fail(issues, path, "method", 'invalid_value', {"values":["email"]});
        const v24 = input["email"];
        const o25 = checkEmail(v24, issues, path, "email");
        o21 = { "method": o23, "email": o25 };
      }
      o9 = o21;
    } else fail(issues, path, "method", 'invalid_union', {"note":"No matching discriminator","discriminator":"method","options":["courier","pickup","email"]});
  }
  return o9;
}
/** Checks a `SimSwap` at `path`, reporting into `issues`. */
export function checkSimSwap(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o26: any;
  if (obj(input, issues, path, C0)) {
    const v27 = input["id"];
    const o28 = checkId(v27, issues, path, "id");
    const v29 = input["number"];
    const o30 = str(v29, issues, path, "number");
    const v31 = input["contractId"];
    const o32 = checkId(v31, issues, path, "contractId");
    const v33 = input["reason"];
    let o34: any;
    if (v33 === "lost" || v33 === "stolen" || v33 === "damaged" || v33 === "size_change" || v33 === "to_esim") o34 = v33;
    else fail(issues, path, "reason", 'invalid_value', {"values":["lost","stolen","damaged","size_change","to_esim"]});
    const v35 = input["simType"];
    let o36: any;
    if (v35 === "physical" || v35 === "esim") o36 = v35;
    else fail(issues, path, "simType", 'invalid_value', {"values":["physical","esim"]});
    const v37 = input["delivery"];
    let o38: any;
    if (obj(v37, issues, path, "delivery")) {
      const d39 = v37["method"];
      if (d39 === "courier") {
        let o40: any;
        if (obj(v37, issues, path, "delivery")) {
          const v41 = v37["method"];
          let o42: any;
          if (v41 === "courier") o42 = v41;
          else fail(issues, path, C2, 'invalid_value', {"values":["courier"]});
          const v43 = v37["address"];
          path.push("delivery", "address");
          const o44 = checkPostalAddress(v43, issues, path);
          path.length -= 2;
          o40 = { "method": o42, "address": o44 };
        }
        o38 = o40;
      } else if (d39 === "pickup") {
        let o45: any;
        if (obj(v37, issues, path, "delivery")) {
          const v46 = v37["method"];
          let o47: any;
          if (v46 === "pickup") o47 = v46;
          else fail(issues, path, C2, 'invalid_value', {"values":["pickup"]});
          const v48 = v37["shopId"];
          const o49 = checkId(v48, issues, path, C4);
          o45 = { "method": o47, "shopId": o49 };
        }
        o38 = o45;
      } else if (d39 === "email") {
        let o50: any;
        if (obj(v37, issues, path, "delivery")) {
          const v51 = v37["method"];
          let o52: any;
          if (v51 === "email") o52 = v51;
          else fail(issues, path, C2, 'invalid_value', {"values":["email"]});
          const v53 = v37["email"];
          const o54 = checkEmail(v53, issues, path, C5);
          o50 = { "method": o52, "email": o54 };
        }
        o38 = o50;
      } else fail(issues, path, C2, 'invalid_union', {"note":"No matching discriminator","discriminator":"method","options":["courier","pickup","email"]});
    }
    const v55 = input["status"];
    let o56: any;
    if (v55 === "accepted" || v55 === "shipped" || v55 === "delivered" || v55 === "active" || v55 === "cancelled") o56 = v55;
    else fail(issues, path, "status", 'invalid_value', {"values":["accepted","shipped","delivered","active","cancelled"]});
    const v57 = input["createdAt"];
    const o58 = checkTimestamp(v57, issues, path, "createdAt");
    const v59 = input["estimatedDelivery"];
    let o60: any;
    if (v59 === null) o60 = null;
    else {
      const o61 = checkIsoDate(v59, issues, path, "estimatedDelivery");
      o60 = o61;
    }
    o26 = { "id": o28, "number": o30, "contractId": o32, "reason": o34, "simType": o36, "delivery": o38, "status": o56, "createdAt": o58, "estimatedDelivery": o60 };
  }
  return o26;
}
/** Checks a `SimSwapCreateParams` at `path`, reporting into `issues`. */
export function checkSimSwapCreateParams(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o62: any;
  if (obj(input, issues, path, C0)) {
    const v63 = input["reason"];
    let o64: any;
    if (v63 === "lost" || v63 === "stolen" || v63 === "damaged" || v63 === "size_change" || v63 === "to_esim") o64 = v63;
    else fail(issues, path, "reason", 'invalid_value', {"values":["lost","stolen","damaged","size_change","to_esim"]});
    const v65 = input["simType"];
    let o66: any;
    if (v65 === "physical" || v65 === "esim") o66 = v65;
    else fail(issues, path, "simType", 'invalid_value', {"values":["physical","esim"]});
    const v67 = input["delivery"];
    let o68: any;
    if (obj(v67, issues, path, "delivery")) {
      const d69 = v67["method"];
      if (d69 === "courier") {
        let o70: any;
        if (obj(v67, issues, path, "delivery")) {
          const v71 = v67["method"];
          let o72: any;
          if (v71 === "courier") o72 = v71;
          else fail(issues, path, C2, 'invalid_value', {"values":["courier"]});
          const v73 = v67["address"];
          path.push("delivery", "address");
          const o74 = checkPostalAddress(v73, issues, path);
          path.length -= 2;
          o70 = { "method": o72, "address": o74 };
        }
        o68 = o70;
      } else if (d69 === "pickup") {
        let o75: any;
        if (obj(v67, issues, path, "delivery")) {
          const v76 = v67["method"];
          let o77: any;
          if (v76 === "pickup") o77 = v76;
          else fail(issues, path, C2, 'invalid_value', {"values":["pickup"]});
          const v78 = v67["shopId"];
          const o79 = checkId(v78, issues, path, C4);
          o75 = { "method": o77, "shopId": o79 };
        }
        o68 = o75;
      } else if (d69 === "email") {
        let o80: any;
        if (obj(v67, issues, path, "delivery")) {
          const v81 = v67["method"];
          let o82: any;
          if (v81 === "email") o82 = v81;
          else fail(issues, path, C2, 'invalid_value', {"values":["email"]});
          const v83 = v67["email"];
          const o84 = checkEmail(v83, issues, path, C5);
          o80 = { "method": o82, "email": o84 };
        }
        o68 = o80;
      } else fail(issues, path, C2, 'invalid_union', {"note":"No matching discriminator","discriminator":"method","options":["courier","pickup","email"]});
    }
    o62 = { "reason": o64, "simType": o66, "delivery": o68 };
  }
  return o62;
}
/** Checks a `SimSwapReason` at `path`, reporting into `issues`. */
export function checkSimSwapReason(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o85: any;
  if (input === "lost" || input === "stolen" || input === "damaged" || input === "size_change" || input === "to_esim") o85 = input;
  else fail(issues, path, C0, 'invalid_value', {"values":["lost","stolen","damaged","size_change","to_esim"]});
  return o85;
}

export const PostalAddress = /* @__PURE__ */ validator<z.output<typeof S.PostalAddress>>((input, issues) => checkPostalAddress(input, issues, []));
export const SimDelivery = /* @__PURE__ */ validator<z.output<typeof S.SimDelivery>>((input, issues) => checkSimDelivery(input, issues, []));
export const SimSwap = /* @__PURE__ */ validator<z.output<typeof S.SimSwap>>((input, issues) => checkSimSwap(input, issues, []));
export const SimSwapCreateParams = /* @__PURE__ */ validator<z.output<typeof S.SimSwapCreateParams>>((input, issues) => checkSimSwapCreateParams(input, issues, []));
export const SimSwapReason = /* @__PURE__ */ validator<z.output<typeof S.SimSwapReason>>((input, issues) => checkSimSwapReason(input, issues, []));

const simSwapOperations_create_params = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.simSwapOperations.create.params>>>((input, issues) => checkIdParams(input, issues, []));
function check_simSwapOperations_list_query(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o86: any;
  if (obj(input, issues, path, C0)) {
    const v87 = input["cursor"];
    let o88: any;
    if (v87 === undefined) o88 = undefined;
    else {
      const o89 = str(v87, issues, path, "cursor");
      if (o89 !== undefined) {
        if (o89.length > 200) fail(issues, path, "cursor", 'too_big', {"origin":"string","maximum":200,"inclusive":true});
      }
      o88 = o89;
    }
    const v90 = input["limit"];
    let o91: any;
    if (v90 === undefined) o91 = undefined;
    else {
      const o92 = int(v90, issues, path, "limit");
      if (o92 !== undefined) {
        if (o92 < 1) fail(issues, path, "limit", 'too_small', {"origin":"number","minimum":1,"inclusive":true});
        if (o92 > 100) fail(issues, path, "limit", 'too_big', {"origin":"number","maximum":100,"inclusive":true});
      }
      o91 = o92;
    }
    o86 = {  };
    if (o88 !== undefined) o86["cursor"] = o88;
    if (o91 !== undefined) o86["limit"] = o91;
  }
  return o86;
}
const simSwapOperations_list_query = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.simSwapOperations.list.query>>>((input, issues) => check_simSwapOperations_list_query(input, issues, []));
function check_simSwapOperations_list_response(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o93: any;
  if (obj(input, issues, path, C0)) {
    const v94 = input["data"];
    let o95: any;
    if (!Array.isArray(v94)) fail(issues, path, "data", 'invalid_type', {"expected":"array"});
    else {
      o95 = new Array(v94.length);
      for (let i96 = 0; i96 < v94.length; i96++) {
        const v97 = v94[i96];
        path.push("data", i96);
        const o98 = checkSimSwap(v97, issues, path);
        o95[i96] = o98;
        path.length -= 2;
      }
    }
    const v99 = input["nextCursor"];
    let o100: any;
    if (v99 === null) o100 = null;
    else {
      const o101 = str(v99, issues, path, "nextCursor");
      o100 = o101;
    }
    o93 = { "data": o95, "nextCursor": o100 };
  }
  return o93;
}
const simSwapOperations_list_response = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.simSwapOperations.list.response>>>((input, issues) => check_simSwapOperations_list_response(input, issues, []));

/** `POST /v1/contracts/{id}/sim-swaps` (simSwaps.create) */
export const simSwapCreate = { id: "simSwaps.create", method: "POST", path: "/v1/contracts/{id}/sim-swaps", params: simSwapOperations_create_params, body: SimSwapCreateParams, response: SimSwap, creates: true } as const satisfies ClientOperation;
/** `GET /v1/contracts/{id}/sim-swaps` (simSwaps.list) */
export const simSwapList = { id: "simSwaps.list", method: "GET", path: "/v1/contracts/{id}/sim-swaps", params: simSwapOperations_create_params, query: simSwapOperations_list_query, response: simSwapOperations_list_response } as const satisfies ClientOperation;
/** The client's view of `simSwapOperations`: what to send where, and how to check it. */
export const simSwapOperations = { create: simSwapCreate, list: simSwapList };
