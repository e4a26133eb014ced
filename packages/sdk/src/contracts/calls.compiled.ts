// Generated from ./calls.schemas.ts by scripts/compile-contract.ts. Do not edit: change the schemas, then run `npm run compile-contract`.
import type * as S from './calls.schemas.ts';
import type { z } from '../core/zod.ts';
import { fail, int, obj, str, validator, type At, type Issue } from '../core/validator.ts';
import type { ClientOperation } from '../core/operation.ts';
import { checkId, checkIdParams, checkIsoDate, checkTimestamp } from '../core/common.compiled.ts';
import { checkMoney } from '../core/money.compiled.ts';

const C0: PropertyKey[] = [];
const C1: PropertyKey[] = ["recording","duration"];
const C2: PropertyKey[] = ["total","count"];
const C3: PropertyKey[] = ["total","cost"];
const C4 = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/** Checks a `Call` at `path`, reporting into `issues`. */
export function checkCall(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o0: any;
  if (obj(input, issues, path, C0)) {
    const v1 = input["id"];
    const o2 = checkId(v1, issues, path, "id");
    const v3 = input["startedAt"];
    const o4 = checkTimestamp(v3, issues, path, "startedAt");
    const v5 = input["direction"];
    let o6: any;
    if (v5 === "outgoing" || v5 === "incoming") o6 = v5;
    else fail(issues, path, "direction", 'invalid_value', {"values":["outgoing","incoming"]});
    const v7 = input["type"];
    let o8: any;
    if (v7 === "voice" || v7 === "sms" || v7 === "data") o8 = v7;
    else fail(issues, path, "type", 'invalid_value', {"values":["voice","sms","data"]});
    const v9 = input["category"];
    let o10: any;
    if (v9 === "voice" || v9 === "sms" || v9 === "data" || v9 === "roaming") o10 = v9;
    else fail(issues, path, "category", 'invalid_value', {"values":["voice","sms","data","roaming"]});
    const v11 = input["country"];
    let o12: any;
    if (v11 === null) o12 = null;
    else {
      const o13 = str(v11, issues, path, "country");
      if (o13 !== undefined) {
        if (o13.length > 2) fail(issues, path, "country", 'too_big', {"origin":"string","maximum":2,"inclusive":true,"exact":true});
        else if (o13.length < 2) fail(issues, path, "country", 'too_small', {"origin":"string","minimum":2,"inclusive":true,"exact":true});
      }
      o12 = o13;
    }
    const v14 = input["from"];
    const o15 = str(v14, issues, path, "from");
    const v16 = input["to"];
    const o17 = str(v16, issues, path, "to");
    const v18 = input["duration"];
    let o19: any;
    if (v18 === null) o19 = null;
    else {
      const o20 = int(v18, issues, path, "duration");
      o19 = o20;
    }
    const v21 = input["volume"];
    let o22: any;
    if (v21 === null) o22 = null;
    else {
      const o23 = int(v21, issues, path, "volume");
      o22 = o23;
    }
    const v24 = input["cost"];
    path.push("cost");
    const o25 = checkMoney(v24, issues, path);
    path.pop();
    const v26 = input["recording"];
    let o27: any;
    if (v26 === null) o27 = null;
    else {
      let o28: any;
      if (obj(v26, issues, path, "recording")) {
        const v29 = v26["duration"];
        const o30 = int(v29, issues, path, C1);
        o28 = { "duration": o30 };
      }
      o27 = o28;
    }
    o0 = { "id": o2, "startedAt": o4, "direction": o6, "type": o8, "category": o10, "country": o12, "from": o15, "to": o17, "duration": o19, "volume": o22, "cost": o25, "recording": o27 };
  }
  return o0;
}
/** Checks a `CallCategory` at `path`, reporting into `issues`. */
export function checkCallCategory(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o31: any;
  if (input === "voice" || input === "sms" || input === "data" || input === "roaming") o31 = input;
  else fail(issues, path, C0, 'invalid_value', {"values":["voice","sms","data","roaming"]});
  return o31;
}
/** Checks a `CallDirection` at `path`, reporting into `issues`. */
export function checkCallDirection(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o32: any;
  if (input === "outgoing" || input === "incoming") o32 = input;
  else fail(issues, path, C0, 'invalid_value', {"values":["outgoing","incoming"]});
  return o32;
}
/** Checks a `CallListQuery` at `path`, reporting into `issues`. */
export function checkCallListQuery(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o33: any;
  if (obj(input, issues, path, C0)) {
    const v34 = input["cursor"];
    let o35: any;
    if (v34 === undefined) o35 = undefined;
    else {
      const o36 = str(v34, issues, path, "cursor");
      if (o36 !== undefined) {
        if (o36.length > 200) fail(issues, path, "cursor", 'too_big', {"origin":"string","maximum":200,"inclusive":true});
      }
      o35 = o36;
    }
    const v37 = input["limit"];
    let o38: any;
    if (v37 === undefined) o38 = undefined;
    else {
      const o39 = int(v37, issues, path, "limit");
      if (o39 !== undefined) {
        if (o39 < 1) fail(issues, path, "limit", 'too_small', {"origin":"number","minimum":1,"inclusive":true});
        if (o39 > 10000) fail(issues, path, "limit", 'too_big', {"origin":"number","maximum":10000,"inclusive":true});
      }
      o38 = o39;
    }
    const v40 = input["from"];
    let o41: any;
    if (v40 === undefined) o41 = undefined;
    else {
      const o42 = checkTimestamp(v40, issues, path, "from");
      o41 = o42;
    }
    const v43 = input["to"];
    let o44: any;
    if (v43 === undefined) o44 = undefined;
    else {
      const o45 = checkTimestamp(v43, issues, path, "to");
      o44 = o45;
    }
    const v46 = input["category"];
    let o47: any;
    if (v46 === undefined) o47 = undefined;
    else {
      let o48: any;
      if (v46 === "voice" || v46 === "sms" || v46 === "data" || v46 === "roaming") o48 = v46;
      else fail(issues, path, "category", 'invalid_value', {"values":["voice","sms","data","roaming"]});
      o47 = o48;
    }
    const v49 = input["direction"];
    let o50: any;
    if (v49 === undefined) o50 = undefined;
    else {
      let o51: any;
      if (v49 === "outgoing" || v49 === "incoming") o51 = v49;
      else fail(issues, path, "direction", 'invalid_value', {"values":["outgoing","incoming"]});
      o50 = o51;
    }
    const v52 = input["query"];
    let o53: any;
    if (v52 === undefined) o53 = undefined;
    else {
      const o54 = str(v52, issues, path, "query");
      if (o54 !== undefined) {
        if (o54.length > 32) fail(issues, path, "query", 'too_big', {"origin":"string","maximum":32,"inclusive":true});
      }
      o53 = o54;
    }
    const v55 = input["sort"];
    let o56: any;
    if (v55 === undefined) o56 = undefined;
    else {
      let o57: any;
      if (v55 === "-startedAt" || v55 === "startedAt" || v55 === "-duration" || v55 === "duration" || v55 === "-cost" || v55 === "cost") o57 = v55;
      else fail(issues, path, "sort", 'invalid_value', {"values":["-startedAt","startedAt","-duration","duration","-cost","cost"]});
      o56 = o57;
    }
    o33 = {  };
    if (o35 !== undefined) o33["cursor"] = o35;
    if (o38 !== undefined) o33["limit"] = o38;
    if (o41 !== undefined) o33["from"] = o41;
    if (o44 !== undefined) o33["to"] = o44;
    if (o47 !== undefined) o33["category"] = o47;
    if (o50 !== undefined) o33["direction"] = o50;
    if (o53 !== undefined) o33["query"] = o53;
    if (o56 !== undefined) o33["sort"] = o56;
  }
  return o33;
}
/** Checks a `CallPage` at `path`, reporting into `issues`. */
export function checkCallPage(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o58: any;
  if (obj(input, issues, path, C0)) {
    const v59 = input["data"];
    let o60: any;
    if (!Array.isArray(v59)) fail(issues, path, "data", 'invalid_type', {"expected":"array"});
    else {
      o60 = new Array(v59.length);
      for (let i61 = 0; i61 < v59.length; i61++) {
        const v62 = v59[i61];
        path.push("data", i61);
        const o63 = checkCall(v62, issues, path);
        o60[i61] = o63;
        path.length -= 2;
      }
    }
    const v64 = input["nextCursor"];
    let o65: any;
    if (v64 === null) o65 = null;
    else {
      const o66 = str(v64, issues, path, "nextCursor");
      o65 = o66;
    }
    const v67 = input["total"];
    const o68 = int(v67, issues, path, "total");
    o58 = { "data": o60, "nextCursor": o65, "total": o68 };
  }
  return o58;
}
/** Checks a `CallSort` at `path`, reporting into `issues`. */
export function checkCallSort(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o69: any;
  if (input === "-startedAt" || input === "startedAt" || input === "-duration" || input === "duration" || input === "-cost" || input === "cost") o69 = input;
  else fail(issues, path, C0, 'invalid_value', {"values":["-startedAt","startedAt","-duration","duration","-cost","cost"]});
  return o69;
}
/** Checks a `CallSummary` at `path`, reporting into `issues`. */
export function checkCallSummary(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o70: any;
  if (obj(input, issues, path, C0)) {
    const v71 = input["from"];
    let o72: any;
    if (v71 === null) o72 = null;
    else {
      const o73 = checkTimestamp(v71, issues, path, "from");
      o72 = o73;
    }
    const v74 = input["to"];
    let o75: any;
    if (v74 === null) o75 = null;
    else {
      const o76 = checkTimestamp(v74, issues, path, "to");
      o75 = o76;
    }
    const v77 = input["categories"];
    let o78: any;
    if (!Array.isArray(v77)) fail(issues, path, "categories", 'invalid_type', {"expected":"array"});
    else {
      o78 = new Array(v77.length);
      for (let i79 = 0; i79 < v77.length; i79++) {
        const v80 = v77[i79];
        path.push("categories", i79);
        let o81: any;
        if (obj(v80, issues, path, C0)) {
          const v82 = v80["category"];
          let o83: any;
          if (v82 === "voice" || v82 === "sms" || v82 === "data" || v82 === "roaming") o83 = v82;
          else fail(issues, path, "category", 'invalid_value', {"values":["voice","sms","data","roaming"]});
          const v84 = v80["count"];
          const o85 = int(v84, issues, path, "count");
          const v86 = v80["duration"];
          const o87 = int(v86, issues, path, "duration");
          const v88 = v80["volume"];
          const o89 = int(v88, issues, path, "volume");
          const v90 = v80["cost"];
          path.push("cost");
          const o91 = checkMoney(v90, issues, path);
          path.pop();
          o81 = { "category": o83, "count": o85, "duration": o87, "volume": o89, "cost": o91 };
        }
        o78[i79] = o81;
        path.length -= 2;
      }
    }
    const v92 = input["total"];
    let o93: any;
    if (obj(v92, issues, path, "total")) {
      const v94 = v92["count"];
      const o95 = int(v94, issues, path, C2);
      const v96 = v92["cost"];
      path.push("total", "cost");
      const o97 = checkMoney(v96, issues, path);
      path.length -= 2;
      o93 = { "count": o95, "cost": o97 };
    }
    const v98 = input["days"];
    let o99: any;
    if (!Array.isArray(v98)) fail(issues, path, "days", 'invalid_type', {"expected":"array"});
    else {
      o99 = new Array(v98.length);
      for (let i100 = 0; i100 < v98.length; i100++) {
        const v101 = v98[i100];
        path.push("days", i100);
        let o102: any;
        if (obj(v101, issues, path, C0)) {
          const v103 = v101["date"];
          const o104 = checkIsoDate(v103, issues, path, "date");
          const v105 = v101["count"];
          const o106 = int(v105, issues, path, "count");
          const v107 = v101["cost"];
          path.push("cost");
          const o108 = checkMoney(v107, issues, path);
          path.pop();
          o102 = { "date": o104, "count": o106, "cost": o108 };
        }
        o99[i100] = o102;
        path.length -= 2;
      }
    }
    o70 = { "from": o72, "to": o75, "categories": o78, "total": o93, "days": o99 };
  }
  return o70;
}
/** Checks a `CallSummaryQuery` at `path`, reporting into `issues`. */
export function checkCallSummaryQuery(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o109: any;
  if (obj(input, issues, path, C0)) {
    const v110 = input["from"];
    let o111: any;
    if (v110 === undefined) o111 = undefined;
    else {
      const o112 = checkTimestamp(v110, issues, path, "from");
      o111 = o112;
    }
    const v113 = input["to"];
    let o114: any;
    if (v113 === undefined) o114 = undefined;
    else {
      const o115 = checkTimestamp(v113, issues, path, "to");
      o114 = o115;
    }
    const v116 = input["timeZone"];
    let o117: any;
    if (v116 === undefined) o117 = undefined;
    else {
      const o118 = checkTimeZone(v116, issues, path, "timeZone");
      o117 = o118;
    }
    o109 = {  };
    if (o111 !== undefined) o109["from"] = o111;
    if (o114 !== undefined) o109["to"] = o114;
    if (o117 !== undefined) o109["timeZone"] = o117;
  }
  return o109;
}
/** Checks a `CallType` at `path`, reporting into `issues`. */
export function checkCallType(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o119: any;
  if (input === "voice" || input === "sms" || input === "data") o119 = input;
  else fail(issues, path, C0, 'invalid_value', {"values":["voice","sms","data"]});
  return o119;
}
/** Checks a `RecordingLink` at `path`, reporting into `issues`. */
export function checkRecordingLink(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o120: any;
  if (obj(input, issues, path, C0)) {
    const v121 = input["url"];
    const o122 = str(v121, issues, path, "url");
    const v123 = input["contentType"];
    const o124 = str(v123, issues, path, "contentType");
    const v125 = input["expiresAt"];
    const o126 = checkTimestamp(v125, issues, path, "expiresAt");
    o120 = { "url": o122, "contentType": o124, "expiresAt": o126 };
  }
  return o120;
}
/** Checks a `TimeZone` at `path`, reporting into `issues`. */
export function checkTimeZone(input: any, issues: Issue[], path: PropertyKey[], at: At): any {
  const o127 = str(input, issues, path, at);
  if (o127 !== undefined) {
    if (o127.length > 64) fail(issues, path, at, 'too_big', {"origin":"string","maximum":64,"inclusive":true});
    if (!C4.test(o127)) fail(issues, path, at, 'invalid_format', {"origin":"string","format":"regex","pattern":"/^[A-Za-z][A-Za-z0-9_+-]*(?:\\/[A-Za-z0-9_+-]+)*$/"});
  }
  return o127;
}

export const Call = /* @__PURE__ */ validator<z.output<typeof S.Call>>((input, issues) => checkCall(input, issues, []));
export const CallCategory = /* @__PURE__ */ validator<z.output<typeof S.CallCategory>>((input, issues) => checkCallCategory(input, issues, []));
export const CallDirection = /* @__PURE__ */ validator<z.output<typeof S.CallDirection>>((input, issues) => checkCallDirection(input, issues, []));
export const CallListQuery = /* @__PURE__ */ validator<z.output<typeof S.CallListQuery>>((input, issues) => checkCallListQuery(input, issues, []));
export const CallPage = /* @__PURE__ */ validator<z.output<typeof S.CallPage>>((input, issues) => checkCallPage(input, issues, []));
export const CallSort = /* @__PURE__ */ validator<z.output<typeof S.CallSort>>((input, issues) => checkCallSort(input, issues, []));
export const CallSummary = /* @__PURE__ */ validator<z.output<typeof S.CallSummary>>((input, issues) => checkCallSummary(input, issues, []));
export const CallSummaryQuery = /* @__PURE__ */ validator<z.output<typeof S.CallSummaryQuery>>((input, issues) => checkCallSummaryQuery(input, issues, []));
export const CallType = /* @__PURE__ */ validator<z.output<typeof S.CallType>>((input, issues) => checkCallType(input, issues, []));
export const RecordingLink = /* @__PURE__ */ validator<z.output<typeof S.RecordingLink>>((input, issues) => checkRecordingLink(input, issues, []));
export const TimeZone = /* @__PURE__ */ validator<z.output<typeof S.TimeZone>>((input, issues) => checkTimeZone(input, issues, [], []));

const callOperations_list_params = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.callOperations.list.params>>>((input, issues) => checkIdParams(input, issues, []));
function check_callOperations_recording_params(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o128: any;
  if (obj(input, issues, path, C0)) {
    const v129 = input["id"];
    const o130 = checkId(v129, issues, path, "id");
    const v131 = input["callId"];
    const o132 = checkId(v131, issues, path, "callId");
    o128 = { "id": o130, "callId": o132 };
  }
  return o128;
}
const callOperations_recording_params = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.callOperations.recording.params>>>((input, issues) => check_callOperations_recording_params(input, issues, []));

/** `GET /v1/contracts/{id}/calls` (calls.list) */
export const callList = { id: "calls.list", method: "GET", path: "/v1/contracts/{id}/calls", params: callOperations_list_params, query: CallListQuery, response: CallPage } as const satisfies ClientOperation;
/** `GET /v1/contracts/{id}/calls/summary` (calls.summary) */
export const callSummary = { id: "calls.summary", method: "GET", path: "/v1/contracts/{id}/calls/summary", params: callOperations_list_params, query: CallSummaryQuery, response: CallSummary } as const satisfies ClientOperation;
/** `GET /v1/contracts/{id}/calls/{callId}/recording` (calls.recording) */
export const callRecording = { id: "calls.recording", method: "GET", path: "/v1/contracts/{id}/calls/{callId}/recording", params: callOperations_recording_params, response: RecordingLink } as const satisfies ClientOperation;
/** The client's view of `callOperations`: what to send where, and how to check it. */
export const callOperations = { list: callList, summary: callSummary, recording: callRecording };
