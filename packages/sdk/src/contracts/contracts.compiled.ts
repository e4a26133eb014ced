// Generated from ./contracts.schemas.ts by scripts/compile-contract.ts. Do not edit: change the schemas, then run `npm run compile-contract`.
import type * as S from './contracts.schemas.ts';
import type { z } from '../core/zod.ts';
import { fail, int, obj, str, validator, type At, type Issue } from '../core/validator.ts';
import type { ClientOperation } from '../core/operation.ts';
import { checkEmail, checkId, checkIdParams, checkIsoDate, checkMsisdn, checkTimestamp } from '../core/common.compiled.ts';

const C0: PropertyKey[] = [];
const C1 = /^\d{19,20}$/;
const C2 = /^\d{8}$/;

/** Checks a `Contract` at `path`, reporting into `issues`. */
export function checkContract(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o0: any;
  if (obj(input, issues, path, C0)) {
    const v1 = input["id"];
    const o2 = checkId(v1, issues, path, "id");
    const v3 = input["msisdn"];
    const o4 = checkMsisdn(v3, issues, path, "msisdn");
    const v5 = input["label"];
    let o6: any;
    if (v5 === null) o6 = null;
    else {
      const o7 = str(v5, issues, path, "label");
      o6 = o7;
    }
    const v8 = input["status"];
    let o9: any;
    if (v8 === "active" || v8 === "suspended" || v8 === "blocked" || v8 === "terminated") o9 = v8;
    else fail(issues, path, "status", 'invalid_value', {"values":["active","suspended","blocked","terminated"]});
    const v10 = input["plan"];
    path.push("plan");
    const o11 = checkTariffPlan(v10, issues, path);
    path.pop();
    const v12 = input["startedAt"];
    const o13 = checkIsoDate(v12, issues, path, "startedAt");
    const v14 = input["endsAt"];
    let o15: any;
    if (v14 === null) o15 = null;
    else {
      const o16 = checkIsoDate(v14, issues, path, "endsAt");
      o15 = o16;
    }
    const v17 = input["simUser"];
    path.push("simUser");
    const o18 = checkSimUser(v17, issues, path);
    path.pop();
    const v19 = input["iccid"];
    const o20 = str(v19, issues, path, "iccid");
    if (o20 !== undefined) {
      if (!C1.test(o20)) fail(issues, path, "iccid", 'invalid_format', {"origin":"string","format":"regex","pattern":"/^\\d{19,20}$/"});
    }
    const v21 = input["simType"];
    let o22: any;
    if (v21 === "physical" || v21 === "esim") o22 = v21;
    else fail(issues, path, "simType", 'invalid_value', {"values":["physical","esim"]});
    const v23 = input["version"];
    const o24 = int(v23, issues, path, "version");
    o0 = { "id": o2, "msisdn": o4, "label": o6, "status": o9, "plan": o11, "startedAt": o13, "endsAt": o15, "simUser": o18, "iccid": o20, "simType": o22, "version": o24 };
  }
  return o0;
}
/** Checks a `ContractListQuery` at `path`, reporting into `issues`. */
export function checkContractListQuery(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o25: any;
  if (obj(input, issues, path, C0)) {
    const v26 = input["cursor"];
    let o27: any;
    if (v26 === undefined) o27 = undefined;
    else {
      const o28 = str(v26, issues, path, "cursor");
      if (o28 !== undefined) {
        if (o28.length > 200) fail(issues, path, "cursor", 'too_big', {"origin":"string","maximum":200,"inclusive":true});
      }
      o27 = o28;
    }
    const v29 = input["limit"];
    let o30: any;
    if (v29 === undefined) o30 = undefined;
    else {
      const o31 = int(v29, issues, path, "limit");
      if (o31 !== undefined) {
        if (o31 < 1) fail(issues, path, "limit", 'too_small', {"origin":"number","minimum":1,"inclusive":true});
        if (o31 > 100) fail(issues, path, "limit", 'too_big', {"origin":"number","maximum":100,"inclusive":true});
      }
      o30 = o31;
    }
    const v32 = input["query"];
    let o33: any;
    if (v32 === undefined) o33 = undefined;
    else {
      const o34 = str(v32, issues, path, "query");
      if (o34 !== undefined) {
        if (o34.length > 100) fail(issues, path, "query", 'too_big', {"origin":"string","maximum":100,"inclusive":true});
      }
      o33 = o34;
    }
    const v35 = input["status"];
    let o36: any;
    if (v35 === undefined) o36 = undefined;
    else {
      let o37: any;
      if (v35 === "active" || v35 === "suspended" || v35 === "blocked" || v35 === "terminated") o37 = v35;
      else fail(issues, path, "status", 'invalid_value', {"values":["active","suspended","blocked","terminated"]});
      o36 = o37;
    }
    const v38 = input["plan"];
    let o39: any;
    if (v38 === undefined) o39 = undefined;
    else {
      const o40 = checkId(v38, issues, path, "plan");
      o39 = o40;
    }
    o25 = {  };
    if (o27 !== undefined) o25["cursor"] = o27;
    if (o30 !== undefined) o25["limit"] = o30;
    if (o33 !== undefined) o25["query"] = o33;
    if (o36 !== undefined) o25["status"] = o36;
    if (o39 !== undefined) o25["plan"] = o39;
  }
  return o25;
}
/** Checks a `ContractStatus` at `path`, reporting into `issues`. */
export function checkContractStatus(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o41: any;
  if (input === "active" || input === "suspended" || input === "blocked" || input === "terminated") o41 = input;
  else fail(issues, path, C0, 'invalid_value', {"values":["active","suspended","blocked","terminated"]});
  return o41;
}
/** Checks a `PukCode` at `path`, reporting into `issues`. */
export function checkPukCode(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o42: any;
  if (obj(input, issues, path, C0)) {
    const v43 = input["puk"];
    const o44 = str(v43, issues, path, "puk");
    if (o44 !== undefined) {
      if (!C2.test(o44)) fail(issues, path, "puk", 'invalid_format', {"origin":"string","format":"regex","pattern":"/^\\d{8}$/"});
    }
    const v45 = input["revealedAt"];
    const o46 = checkTimestamp(v45, issues, path, "revealedAt");
    o42 = { "puk": o44, "revealedAt": o46 };
  }
  return o42;
}
/** Checks a `SimUser` at `path`, reporting into `issues`. */
export function checkSimUser(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o47: any;
  if (obj(input, issues, path, C0)) {
    const v48 = input["firstName"];
    const o49 = str(v48, issues, path, "firstName");
    if (o49 !== undefined) {
      if (o49.length < 1) fail(issues, path, "firstName", 'too_small', {"origin":"string","minimum":1,"inclusive":true});
      if (o49.length > 60) fail(issues, path, "firstName", 'too_big', {"origin":"string","maximum":60,"inclusive":true});
    }
    const v50 = input["lastName"];
    const o51 = str(v50, issues, path, "lastName");
    if (o51 !== undefined) {
      if (o51.length < 1) fail(issues, path, "lastName", 'too_small', {"origin":"string","minimum":1,"inclusive":true});
      if (o51.length > 80) fail(issues, path, "lastName", 'too_big', {"origin":"string","maximum":80,"inclusive":true});
    }
    const v52 = input["email"];
    let o53: any;
    if (v52 === null) o53 = null;
    else {
      const o54 = checkEmail(v52, issues, path, "email");
      o53 = o54;
    }
    const v55 = input["phone"];
    let o56: any;
    if (v55 === null) o56 = null;
    else {
      const o57 = checkMsisdn(v55, issues, path, "phone");
      o56 = o57;
    }
    o47 = { "firstName": o49, "lastName": o51, "email": o53, "phone": o56 };
  }
  return o47;
}
/** Checks a `TariffPlan` at `path`, reporting into `issues`. */
export function checkTariffPlan(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o58: any;
  if (obj(input, issues, path, C0)) {
    const v59 = input["id"];
    const o60 = checkId(v59, issues, path, "id");
    const v61 = input["name"];
    const o62 = str(v61, issues, path, "name");
    o58 = { "id": o60, "name": o62 };
  }
  return o58;
}

export const Contract = /* @__PURE__ */ validator<z.output<typeof S.Contract>>((input, issues) => checkContract(input, issues, []));
export const ContractListQuery = /* @__PURE__ */ validator<z.output<typeof S.ContractListQuery>>((input, issues) => checkContractListQuery(input, issues, []));
export const ContractStatus = /* @__PURE__ */ validator<z.output<typeof S.ContractStatus>>((input, issues) => checkContractStatus(input, issues, []));
export const PukCode = /* @__PURE__ */ validator<z.output<typeof S.PukCode>>((input, issues) => checkPukCode(input, issues, []));
export const SimUser = /* @__PURE__ */ validator<z.output<typeof S.SimUser>>((input, issues) => checkSimUser(input, issues, []));
export const TariffPlan = /* @__PURE__ */ validator<z.output<typeof S.TariffPlan>>((input, issues) => checkTariffPlan(input, issues, []));

function check_contractOperations_list_response(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o63: any;
  if (obj(input, issues, path, C0)) {
    const v64 = input["data"];
    let o65: any;
    if (!Array.isArray(v64)) fail(issues, path, "data", 'invalid_type', {"expected":"array"});
    else {
      o65 = new Array(v64.length);
      for (let i66 = 0; i66 < v64.length; i66++) {
        const v67 = v64[i66];
        path.push("data", i66);
        const o68 = checkContract(v67, issues, path);
        o65[i66] = o68;
        path.length -= 2;
      }
    }
    const v69 = input["nextCursor"];
    let o70: any;
    if (v69 === null) o70 = null;
    else {
      const o71 = str(v69, issues, path, "nextCursor");
      o70 = o71;
    }
    const v72 = input["total"];
    const o73 = int(v72, issues, path, "total");
    o63 = { "data": o65, "nextCursor": o70, "total": o73 };
  }
  return o63;
}
const contractOperations_list_response = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.contractOperations.list.response>>>((input, issues) => check_contractOperations_list_response(input, issues, []));
const contractOperations_retrieve_params = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.contractOperations.retrieve.params>>>((input, issues) => checkIdParams(input, issues, []));
function check_tariffPlanOperations_list_query(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o74: any;
  if (obj(input, issues, path, C0)) {
    const v75 = input["cursor"];
    let o76: any;
    if (v75 === undefined) o76 = undefined;
    else {
      const o77 = str(v75, issues, path, "cursor");
      if (o77 !== undefined) {
        if (o77.length > 200) fail(issues, path, "cursor", 'too_big', {"origin":"string","maximum":200,"inclusive":true});
      }
      o76 = o77;
    }
    const v78 = input["limit"];
    let o79: any;
    if (v78 === undefined) o79 = undefined;
    else {
      const o80 = int(v78, issues, path, "limit");
      if (o80 !== undefined) {
        if (o80 < 1) fail(issues, path, "limit", 'too_small', {"origin":"number","minimum":1,"inclusive":true});
        if (o80 > 100) fail(issues, path, "limit", 'too_big', {"origin":"number","maximum":100,"inclusive":true});
      }
      o79 = o80;
    }
    o74 = {  };
    if (o76 !== undefined) o74["cursor"] = o76;
    if (o79 !== undefined) o74["limit"] = o79;
  }
  return o74;
}
const tariffPlanOperations_list_query = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.tariffPlanOperations.list.query>>>((input, issues) => check_tariffPlanOperations_list_query(input, issues, []));
function check_tariffPlanOperations_list_response(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o81: any;
  if (obj(input, issues, path, C0)) {
    const v82 = input["data"];
    let o83: any;
    if (!Array.isArray(v82)) fail(issues, path, "data", 'invalid_type', {"expected":"array"});
    else {
      o83 = new Array(v82.length);
      for (let i84 = 0; i84 < v82.length; i84++) {
        const v85 = v82[i84];
        path.push("data", i84);
        const o86 = checkTariffPlan(v85, issues, path);
        o83[i84] = o86;
        path.length -= 2;
      }
    }
    const v87 = input["nextCursor"];
    let o88: any;
    if (v87 === null) o88 = null;
    else {
      const o89 = str(v87, issues, path, "nextCursor");
      o88 = o89;
    }
    o81 = { "data": o83, "nextCursor": o88 };
  }
  return o81;
}
const tariffPlanOperations_list_response = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.tariffPlanOperations.list.response>>>((input, issues) => check_tariffPlanOperations_list_response(input, issues, []));

/** `GET /v1/contracts` (contracts.list) */
export const contractList = { id: "contracts.list", method: "GET", path: "/v1/contracts", query: ContractListQuery, response: contractOperations_list_response } as const satisfies ClientOperation;
/** `GET /v1/contracts/{id}` (contracts.retrieve) */
export const contractRetrieve = { id: "contracts.retrieve", method: "GET", path: "/v1/contracts/{id}", params: contractOperations_retrieve_params, response: Contract } as const satisfies ClientOperation;
/** `PUT /v1/contracts/{id}/sim-user` (contracts.updateContact) */
export const contractUpdateContact = { id: "contracts.updateContact", method: "PUT", path: "/v1/contracts/{id}/sim-user", params: contractOperations_retrieve_params, body: SimUser, response: Contract, ifMatch: true } as const satisfies ClientOperation;
/** `POST /v1/contracts/{id}/puk` (contracts.revealPuk) */
export const contractRevealPuk = { id: "contracts.revealPuk", method: "POST", path: "/v1/contracts/{id}/puk", params: contractOperations_retrieve_params, response: PukCode } as const satisfies ClientOperation;
/** The client's view of `contractOperations`: what to send where, and how to check it. */
export const contractOperations = { list: contractList, retrieve: contractRetrieve, updateContact: contractUpdateContact, revealPuk: contractRevealPuk };
/** `GET /v1/tariff-plans` (tariffPlans.list) */
export const tariffPlanList = { id: "tariffPlans.list", method: "GET", path: "/v1/tariff-plans", query: tariffPlanOperations_list_query, response: tariffPlanOperations_list_response } as const satisfies ClientOperation;
/** The client's view of `tariffPlanOperations`: what to send where, and how to check it. */
export const tariffPlanOperations = { list: tariffPlanList };
