// Generated from ./server-status.schemas.ts by scripts/compile-contract.ts. Do not edit: change the schemas, then run `npm run compile-contract`.
import type * as S from './server-status.schemas.ts';
import type { z } from '../core/zod.ts';
import { fail, num, obj, str, validator, type At, type Issue } from '../core/validator.ts';
import type { ClientOperation } from '../core/operation.ts';
import { checkId, checkTimestamp } from '../core/common.compiled.ts';

const C0: PropertyKey[] = [];

/** Checks a `Incident` at `path`, reporting into `issues`. */
export function checkIncident(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o0: any;
  if (obj(input, issues, path, C0)) {
    const v1 = input["id"];
    const o2 = checkId(v1, issues, path, "id");
    const v3 = input["title"];
    const o4 = str(v3, issues, path, "title");
    const v5 = input["status"];
    let o6: any;
    if (v5 === "investigating" || v5 === "identified" || v5 === "monitoring" || v5 === "resolved") o6 = v5;
    else fail(issues, path, "status", 'invalid_value', {"values":["investigating","identified","monitoring","resolved"]});
    const v7 = input["startedAt"];
    const o8 = checkTimestamp(v7, issues, path, "startedAt");
    const v9 = input["resolvedAt"];
    let o10: any;
    if (v9 === null) o10 = null;
    else {
      const o11 = checkTimestamp(v9, issues, path, "resolvedAt");
      o10 = o11;
    }
    const v12 = input["updates"];
    let o13: any;
    if (!Array.isArray(v12)) fail(issues, path, "updates", 'invalid_type', {"expected":"array"});
    else {
      o13 = new Array(v12.length);
      for (let i14 = 0; i14 < v12.length; i14++) {
        const v15 = v12[i14];
        path.push("updates", i14);
        let o16: any;
        if (obj(v15, issues, path, C0)) {
          const v17 = v15["at"];
          const o18 = checkTimestamp(v17, issues, path, "at");
          const v19 = v15["message"];
          const o20 = str(v19, issues, path, "message");
          o16 = { "at": o18, "message": o20 };
        }
        o13[i14] = o16;
        path.length -= 2;
      }
    }
    o0 = { "id": o2, "title": o4, "status": o6, "startedAt": o8, "resolvedAt": o10, "updates": o13 };
  }
  return o0;
}
/** Checks a `ServerStatus` at `path`, reporting into `issues`. */
export function checkServerStatus(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o21: any;
  if (obj(input, issues, path, C0)) {
    const v22 = input["id"];
    const o23 = checkId(v22, issues, path, "id");
    const v24 = input["name"];
    const o25 = str(v24, issues, path, "name");
    const v26 = input["location"];
    const o27 = str(v26, issues, path, "location");
    const v28 = input["status"];
    let o29: any;
    if (v28 === "operational" || v28 === "degraded" || v28 === "outage" || v28 === "maintenance") o29 = v28;
    else fail(issues, path, "status", 'invalid_value', {"values":["operational","degraded","outage","maintenance"]});
    const v30 = input["services"];
    let o31: any;
    if (!Array.isArray(v30)) fail(issues, path, "services", 'invalid_type', {"expected":"array"});
    else {
      o31 = new Array(v30.length);
      for (let i32 = 0; i32 < v30.length; i32++) {
        const v33 = v30[i32];
        path.push("services", i32);
        let o34: any;
        if (obj(v33, issues, path, C0)) {
          const v35 = v33["name"];
          const o36 = str(v35, issues, path, "name");
          const v37 = v33["status"];
          let o38: any;
          if (v37 === "operational" || v37 === "degraded" || v37 === "outage" || v37 === "maintenance") o38 = v37;
          else fail(issues, path, "status", 'invalid_value', {"values":["operational","degraded","outage","maintenance"]});
          o34 = { "name": o36, "status": o38 };
        }
        o31[i32] = o34;
        path.length -= 2;
      }
    }
    const v39 = input["uptime"];
    const o40 = num(v39, issues, path, "uptime");
    if (o40 !== undefined) {
      if (o40 < 0) fail(issues, path, "uptime", 'too_small', {"origin":"number","minimum":0,"inclusive":true});
      if (o40 > 1) fail(issues, path, "uptime", 'too_big', {"origin":"number","maximum":1,"inclusive":true});
    }
    const v41 = input["incidents"];
    let o42: any;
    if (!Array.isArray(v41)) fail(issues, path, "incidents", 'invalid_type', {"expected":"array"});
    else {
      o42 = new Array(v41.length);
      for (let i43 = 0; i43 < v41.length; i43++) {
        const v44 = v41[i43];
        path.push("incidents", i43);
        const o45 = checkIncident(v44, issues, path);
        o42[i43] = o45;
        path.length -= 2;
      }
    }
    const v46 = input["checkedAt"];
    const o47 = checkTimestamp(v46, issues, path, "checkedAt");
    o21 = { "id": o23, "name": o25, "location": o27, "status": o29, "services": o31, "uptime": o40, "incidents": o42, "checkedAt": o47 };
  }
  return o21;
}
/** Checks a `ServiceHealth` at `path`, reporting into `issues`. */
export function checkServiceHealth(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o48: any;
  if (input === "operational" || input === "degraded" || input === "outage" || input === "maintenance") o48 = input;
  else fail(issues, path, C0, 'invalid_value', {"values":["operational","degraded","outage","maintenance"]});
  return o48;
}

export const Incident = /* @__PURE__ */ validator<z.output<typeof S.Incident>>((input, issues) => checkIncident(input, issues, []));
export const ServerStatus = /* @__PURE__ */ validator<z.output<typeof S.ServerStatus>>((input, issues) => checkServerStatus(input, issues, []));
export const ServiceHealth = /* @__PURE__ */ validator<z.output<typeof S.ServiceHealth>>((input, issues) => checkServiceHealth(input, issues, []));

function check_serverStatusOperations_list_response(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o49: any;
  if (obj(input, issues, path, C0)) {
    const v50 = input["data"];
    let o51: any;
    if (!Array.isArray(v50)) fail(issues, path, "data", 'invalid_type', {"expected":"array"});
    else {
      o51 = new Array(v50.length);
      for (let i52 = 0; i52 < v50.length; i52++) {
        const v53 = v50[i52];
        path.push("data", i52);
        const o54 = checkServerStatus(v53, issues, path);
        o51[i52] = o54;
        path.length -= 2;
      }
    }
    o49 = { "data": o51 };
  }
  return o49;
}
const serverStatusOperations_list_response = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.serverStatusOperations.list.response>>>((input, issues) => check_serverStatusOperations_list_response(input, issues, []));

/** `GET /v1/helpdesk/server-status` (serverStatus.list) */
export const serverStatusList = { id: "serverStatus.list", method: "GET", path: "/v1/helpdesk/server-status", response: serverStatusOperations_list_response } as const satisfies ClientOperation;
/** The client's view of `serverStatusOperations`: what to send where, and how to check it. */
export const serverStatusOperations = { list: serverStatusList };
