// Generated from ./announcements.schemas.ts by scripts/compile-contract.ts. Do not edit: change the schemas, then run `npm run compile-contract`.
import type * as S from './announcements.schemas.ts';
import type { z } from '../core/zod.ts';
import { fail, int, obj, str, validator, type At, type Issue } from '../core/validator.ts';
import type { ClientOperation } from '../core/operation.ts';
import { checkId, checkTimestamp } from '../core/common.compiled.ts';

const C0: PropertyKey[] = [];
const C1: PropertyKey[] = ["window","from"];
const C2: PropertyKey[] = ["window","to"];

/** Checks a `Announcement` at `path`, reporting into `issues`. */
export function checkAnnouncement(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o0: any;
  if (obj(input, issues, path, C0)) {
    const v1 = input["id"];
    const o2 = checkId(v1, issues, path, "id");
    const v3 = input["kind"];
    let o4: any;
    if (v3 === "news" || v3 === "maintenance" || v3 === "incident") o4 = v3;
    else fail(issues, path, "kind", 'invalid_value', {"values":["news","maintenance","incident"]});
    const v5 = input["title"];
    const o6 = str(v5, issues, path, "title");
    const v7 = input["summary"];
    const o8 = str(v7, issues, path, "summary");
    const v9 = input["bodyHtml"];
    const o10 = str(v9, issues, path, "bodyHtml");
    const v11 = input["publishedAt"];
    const o12 = checkTimestamp(v11, issues, path, "publishedAt");
    const v13 = input["window"];
    let o14: any;
    if (v13 === null) o14 = null;
    else {
      let o15: any;
      if (obj(v13, issues, path, "window")) {
        const v16 = v13["from"];
        const o17 = checkTimestamp(v16, issues, path, C1);
        const v18 = v13["to"];
        const o19 = checkTimestamp(v18, issues, path, C2);
        o15 = { "from": o17, "to": o19 };
      }
      o14 = o15;
    }
    o0 = { "id": o2, "kind": o4, "title": o6, "summary": o8, "bodyHtml": o10, "publishedAt": o12, "window": o14 };
  }
  return o0;
}
/** Checks a `AnnouncementKind` at `path`, reporting into `issues`. */
export function checkAnnouncementKind(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o20: any;
  if (input === "news" || input === "maintenance" || input === "incident") o20 = input;
  else fail(issues, path, C0, 'invalid_value', {"values":["news","maintenance","incident"]});
  return o20;
}
/** Checks a `AnnouncementListQuery` at `path`, reporting into `issues`. */
export function checkAnnouncementListQuery(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o21: any;
  if (obj(input, issues, path, C0)) {
    const v22 = input["cursor"];
    let o23: any;
    if (v22 === undefined) o23 = undefined;
    else {
      const o24 = str(v22, issues, path, "cursor");
      if (o24 !== undefined) {
        if (o24.length > 200) fail(issues, path, "cursor", 'too_big', {"origin":"string","maximum":200,"inclusive":true});
      }
      o23 = o24;
    }
    const v25 = input["limit"];
    let o26: any;
    if (v25 === undefined) o26 = undefined;
    else {
      const o27 = int(v25, issues, path, "limit");
      if (o27 !== undefined) {
        if (o27 < 1) fail(issues, path, "limit", 'too_small', {"origin":"number","minimum":1,"inclusive":true});
        if (o27 > 100) fail(issues, path, "limit", 'too_big', {"origin":"number","maximum":100,"inclusive":true});
      }
      o26 = o27;
    }
    o21 = {  };
    if (o23 !== undefined) o21["cursor"] = o23;
    if (o26 !== undefined) o21["limit"] = o26;
  }
  return o21;
}

export const Announcement = /* @__PURE__ */ validator<z.output<typeof S.Announcement>>((input, issues) => checkAnnouncement(input, issues, []));
export const AnnouncementKind = /* @__PURE__ */ validator<z.output<typeof S.AnnouncementKind>>((input, issues) => checkAnnouncementKind(input, issues, []));
export const AnnouncementListQuery = /* @__PURE__ */ validator<z.output<typeof S.AnnouncementListQuery>>((input, issues) => checkAnnouncementListQuery(input, issues, []));

function check_announcementOperations_list_response(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o28: any;
  if (obj(input, issues, path, C0)) {
    const v29 = input["data"];
    let o30: any;
    if (!Array.isArray(v29)) fail(issues, path, "data", 'invalid_type', {"expected":"array"});
    else {
      o30 = new Array(v29.length);
      for (let i31 = 0; i31 < v29.length; i31++) {
        const v32 = v29[i31];
        path.push("data", i31);
        const o33 = checkAnnouncement(v32, issues, path);
        o30[i31] = o33;
        path.length -= 2;
      }
    }
    const v34 = input["nextCursor"];
    let o35: any;
    if (v34 === null) o35 = null;
    else {
      const o36 = str(v34, issues, path, "nextCursor");
      o35 = o36;
    }
    o28 = { "data": o30, "nextCursor": o35 };
  }
  return o28;
}
const announcementOperations_list_response = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.announcementOperations.list.response>>>((input, issues) => check_announcementOperations_list_response(input, issues, []));

/** `GET /v1/helpdesk/announcements` (announcements.list) */
export const announcementList = { id: "announcements.list", method: "GET", path: "/v1/helpdesk/announcements", query: AnnouncementListQuery, response: announcementOperations_list_response } as const satisfies ClientOperation;
/** The client's view of `announcementOperations`: what to send where, and how to check it. */
export const announcementOperations = { list: announcementList };
