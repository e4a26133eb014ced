// Generated from ./downloads.schemas.ts by scripts/compile-contract.ts. Do not edit: change the schemas, then run `npm run compile-contract`.
import type * as S from './downloads.schemas.ts';
import type { z } from '../core/zod.ts';
import { fail, int, obj, str, validator, type At, type Issue } from '../core/validator.ts';
import type { ClientOperation } from '../core/operation.ts';
import { checkId, checkTimestamp } from '../core/common.compiled.ts';

const C0: PropertyKey[] = [];

/** Checks a `Download` at `path`, reporting into `issues`. */
export function checkDownload(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o0: any;
  if (obj(input, issues, path, C0)) {
    const v1 = input["id"];
    const o2 = checkId(v1, issues, path, "id");
    const v3 = input["categoryId"];
    const o4 = checkId(v3, issues, path, "categoryId");
    const v5 = input["title"];
    const o6 = str(v5, issues, path, "title");
    const v7 = input["description"];
    const o8 = str(v7, issues, path, "description");
    const v9 = input["fileName"];
    const o10 = str(v9, issues, path, "fileName");
    const v11 = input["contentType"];
    const o12 = str(v11, issues, path, "contentType");
    const v13 = input["size"];
    const o14 = int(v13, issues, path, "size");
    if (o14 !== undefined) {
      if (o14 < 0) fail(issues, path, "size", 'too_small', {"origin":"number","minimum":0,"inclusive":true});
    }
    const v15 = input["version"];
    let o16: any;
    if (v15 === null) o16 = null;
    else {
      const o17 = str(v15, issues, path, "version");
      o16 = o17;
    }
    const v18 = input["updatedAt"];
    const o19 = checkTimestamp(v18, issues, path, "updatedAt");
    const v20 = input["url"];
    const o21 = str(v20, issues, path, "url");
    o0 = { "id": o2, "categoryId": o4, "title": o6, "description": o8, "fileName": o10, "contentType": o12, "size": o14, "version": o16, "updatedAt": o19, "url": o21 };
  }
  return o0;
}
/** Checks a `DownloadCategory` at `path`, reporting into `issues`. */
export function checkDownloadCategory(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o22: any;
  if (obj(input, issues, path, C0)) {
    const v23 = input["id"];
    const o24 = checkId(v23, issues, path, "id");
    const v25 = input["name"];
    const o26 = str(v25, issues, path, "name");
    const v27 = input["description"];
    const o28 = str(v27, issues, path, "description");
    const v29 = input["fileCount"];
    const o30 = int(v29, issues, path, "fileCount");
    if (o30 !== undefined) {
      if (o30 < 0) fail(issues, path, "fileCount", 'too_small', {"origin":"number","minimum":0,"inclusive":true});
    }
    o22 = { "id": o24, "name": o26, "description": o28, "fileCount": o30 };
  }
  return o22;
}
/** Checks a `DownloadListQuery` at `path`, reporting into `issues`. */
export function checkDownloadListQuery(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o31: any;
  if (obj(input, issues, path, C0)) {
    const v32 = input["cursor"];
    let o33: any;
    if (v32 === undefined) o33 = undefined;
    else {
      const o34 = str(v32, issues, path, "cursor");
      if (o34 !== undefined) {
        if (o34.length > 200) fail(issues, path, "cursor", 'too_big', {"origin":"string","maximum":200,"inclusive":true});
      }
      o33 = o34;
    }
    const v35 = input["limit"];
    let o36: any;
    if (v35 === undefined) o36 = undefined;
    else {
      const o37 = int(v35, issues, path, "limit");
      if (o37 !== undefined) {
        if (o37 < 1) fail(issues, path, "limit", 'too_small', {"origin":"number","minimum":1,"inclusive":true});
        if (o37 > 100) fail(issues, path, "limit", 'too_big', {"origin":"number","maximum":100,"inclusive":true});
      }
      o36 = o37;
    }
    const v38 = input["categoryId"];
    let o39: any;
    if (v38 === undefined) o39 = undefined;
    else {
      const o40 = checkId(v38, issues, path, "categoryId");
      o39 = o40;
    }
    o31 = {  };
    if (o33 !== undefined) o31["cursor"] = o33;
    if (o36 !== undefined) o31["limit"] = o36;
    if (o39 !== undefined) o31["categoryId"] = o39;
  }
  return o31;
}

export const Download = /* @__PURE__ */ validator<z.output<typeof S.Download>>((input, issues) => checkDownload(input, issues, []));
export const DownloadCategory = /* @__PURE__ */ validator<z.output<typeof S.DownloadCategory>>((input, issues) => checkDownloadCategory(input, issues, []));
export const DownloadListQuery = /* @__PURE__ */ validator<z.output<typeof S.DownloadListQuery>>((input, issues) => checkDownloadListQuery(input, issues, []));

function check_downloadCategoryOperations_list_response(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o41: any;
  if (obj(input, issues, path, C0)) {
    const v42 = input["data"];
    let o43: any;
    if (!Array.isArray(v42)) fail(issues, path, "data", 'invalid_type', {"expected":"array"});
    else {
      o43 = new Array(v42.length);
      for (let i44 = 0; i44 < v42.length; i44++) {
        const v45 = v42[i44];
        path.push("data", i44);
        const o46 = checkDownloadCategory(v45, issues, path);
        o43[i44] = o46;
        path.length -= 2;
      }
    }
    o41 = { "data": o43 };
  }
  return o41;
}
const downloadCategoryOperations_list_response = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.downloadCategoryOperations.list.response>>>((input, issues) => check_downloadCategoryOperations_list_response(input, issues, []));
function check_downloadOperations_list_response(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o47: any;
  if (obj(input, issues, path, C0)) {
    const v48 = input["data"];
    let o49: any;
    if (!Array.isArray(v48)) fail(issues, path, "data", 'invalid_type', {"expected":"array"});
    else {
      o49 = new Array(v48.length);
      for (let i50 = 0; i50 < v48.length; i50++) {
        const v51 = v48[i50];
        path.push("data", i50);
        const o52 = checkDownload(v51, issues, path);
        o49[i50] = o52;
        path.length -= 2;
      }
    }
    const v53 = input["nextCursor"];
    let o54: any;
    if (v53 === null) o54 = null;
    else {
      const o55 = str(v53, issues, path, "nextCursor");
      o54 = o55;
    }
    o47 = { "data": o49, "nextCursor": o54 };
  }
  return o47;
}
const downloadOperations_list_response = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.downloadOperations.list.response>>>((input, issues) => check_downloadOperations_list_response(input, issues, []));

/** `GET /v1/helpdesk/download-categories` (downloadCategories.list) */
export const downloadCategoryList = { id: "downloadCategories.list", method: "GET", path: "/v1/helpdesk/download-categories", response: downloadCategoryOperations_list_response } as const satisfies ClientOperation;
/** The client's view of `downloadCategoryOperations`: what to send where, and how to check it. */
export const downloadCategoryOperations = { list: downloadCategoryList };
/** `GET /v1/helpdesk/downloads` (downloads.list) */
export const downloadList = { id: "downloads.list", method: "GET", path: "/v1/helpdesk/downloads", query: DownloadListQuery, response: downloadOperations_list_response } as const satisfies ClientOperation;
/** The client's view of `downloadOperations`: what to send where, and how to check it. */
export const downloadOperations = { list: downloadList };
