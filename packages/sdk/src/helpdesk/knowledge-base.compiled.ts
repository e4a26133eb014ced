// Generated from ./knowledge-base.schemas.ts by scripts/compile-contract.ts. Do not edit: change the schemas, then run `npm run compile-contract`.
import type * as S from './knowledge-base.schemas.ts';
import type { z } from '../core/zod.ts';
import { fail, int, num, obj, str, validator, type At, type Issue } from '../core/validator.ts';
import type { ClientOperation } from '../core/operation.ts';
import { checkId, checkIdParams, checkTimestamp } from '../core/common.compiled.ts';

const C0: PropertyKey[] = [];

/** Checks a `KbArticle` at `path`, reporting into `issues`. */
export function checkKbArticle(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o0: any;
  if (obj(input, issues, path, C0)) {
    const v1 = input["id"];
    const o2 = checkId(v1, issues, path, "id");
    const v3 = input["categoryId"];
    const o4 = checkId(v3, issues, path, "categoryId");
    const v5 = input["title"];
    const o6 = str(v5, issues, path, "title");
    const v7 = input["excerpt"];
    const o8 = str(v7, issues, path, "excerpt");
    const v9 = input["updatedAt"];
    const o10 = checkTimestamp(v9, issues, path, "updatedAt");
    const v11 = input["bodyHtml"];
    const o12 = str(v11, issues, path, "bodyHtml");
    const v13 = input["related"];
    let o14: any;
    if (!Array.isArray(v13)) fail(issues, path, "related", 'invalid_type', {"expected":"array"});
    else {
      o14 = new Array(v13.length);
      for (let i15 = 0; i15 < v13.length; i15++) {
        const v16 = v13[i15];
        path.push("related", i15);
        let o17: any;
        if (obj(v16, issues, path, C0)) {
          const v18 = v16["id"];
          const o19 = checkId(v18, issues, path, "id");
          const v20 = v16["title"];
          const o21 = str(v20, issues, path, "title");
          o17 = { "id": o19, "title": o21 };
        }
        o14[i15] = o17;
        path.length -= 2;
      }
    }
    o0 = { "id": o2, "categoryId": o4, "title": o6, "excerpt": o8, "updatedAt": o10, "bodyHtml": o12, "related": o14 };
  }
  return o0;
}
/** Checks a `KbArticleListQuery` at `path`, reporting into `issues`. */
export function checkKbArticleListQuery(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o22: any;
  if (obj(input, issues, path, C0)) {
    const v23 = input["cursor"];
    let o24: any;
    if (v23 === undefined) o24 = undefined;
    else {
      const o25 = str(v23, issues, path, "cursor");
      if (o25 !== undefined) {
        if (o25.length > 200) fail(issues, path, "cursor", 'too_big', {"origin":"string","maximum":200,"inclusive":true});
      }
      o24 = o25;
    }
    const v26 = input["limit"];
    let o27: any;
    if (v26 === undefined) o27 = undefined;
    else {
      const o28 = int(v26, issues, path, "limit");
      if (o28 !== undefined) {
        if (o28 < 1) fail(issues, path, "limit", 'too_small', {"origin":"number","minimum":1,"inclusive":true});
        if (o28 > 100) fail(issues, path, "limit", 'too_big', {"origin":"number","maximum":100,"inclusive":true});
      }
      o27 = o28;
    }
    const v29 = input["categoryId"];
    let o30: any;
    if (v29 === undefined) o30 = undefined;
    else {
      const o31 = checkId(v29, issues, path, "categoryId");
      o30 = o31;
    }
    const v32 = input["query"];
    let o33: any;
    if (v32 === undefined) o33 = undefined;
    else {
      const o34 = str(v32, issues, path, "query");
      if (o34 !== undefined) {
        if (o34.length > 200) fail(issues, path, "query", 'too_big', {"origin":"string","maximum":200,"inclusive":true});
      }
      o33 = o34;
    }
    o22 = {  };
    if (o24 !== undefined) o22["cursor"] = o24;
    if (o27 !== undefined) o22["limit"] = o27;
    if (o30 !== undefined) o22["categoryId"] = o30;
    if (o33 !== undefined) o22["query"] = o33;
  }
  return o22;
}
/** Checks a `KbArticleSummary` at `path`, reporting into `issues`. */
export function checkKbArticleSummary(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o35: any;
  if (obj(input, issues, path, C0)) {
    const v36 = input["id"];
    const o37 = checkId(v36, issues, path, "id");
    const v38 = input["categoryId"];
    const o39 = checkId(v38, issues, path, "categoryId");
    const v40 = input["title"];
    const o41 = str(v40, issues, path, "title");
    const v42 = input["excerpt"];
    const o43 = str(v42, issues, path, "excerpt");
    const v44 = input["updatedAt"];
    const o45 = checkTimestamp(v44, issues, path, "updatedAt");
    o35 = { "id": o37, "categoryId": o39, "title": o41, "excerpt": o43, "updatedAt": o45 };
  }
  return o35;
}
/** Checks a `KbCategory` at `path`, reporting into `issues`. */
export function checkKbCategory(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o46: any;
  if (obj(input, issues, path, C0)) {
    const v47 = input["id"];
    const o48 = checkId(v47, issues, path, "id");
    const v49 = input["name"];
    const o50 = str(v49, issues, path, "name");
    const v51 = input["description"];
    const o52 = str(v51, issues, path, "description");
    const v53 = input["articleCount"];
    const o54 = int(v53, issues, path, "articleCount");
    if (o54 !== undefined) {
      if (o54 < 0) fail(issues, path, "articleCount", 'too_small', {"origin":"number","minimum":0,"inclusive":true});
    }
    o46 = { "id": o48, "name": o50, "description": o52, "articleCount": o54 };
  }
  return o46;
}
/** Checks a `KbSuggestQuery` at `path`, reporting into `issues`. */
export function checkKbSuggestQuery(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o55: any;
  if (obj(input, issues, path, C0)) {
    const v56 = input["text"];
    const o57 = str(v56, issues, path, "text");
    if (o57 !== undefined) {
      if (o57.length < 1) fail(issues, path, "text", 'too_small', {"origin":"string","minimum":1,"inclusive":true});
      if (o57.length > 2000) fail(issues, path, "text", 'too_big', {"origin":"string","maximum":2000,"inclusive":true});
    }
    const v58 = input["limit"];
    let o59: any;
    if (v58 === undefined) o59 = undefined;
    else {
      const o60 = int(v58, issues, path, "limit");
      if (o60 !== undefined) {
        if (o60 < 1) fail(issues, path, "limit", 'too_small', {"origin":"number","minimum":1,"inclusive":true});
        if (o60 > 10) fail(issues, path, "limit", 'too_big', {"origin":"number","maximum":10,"inclusive":true});
      }
      o59 = o60;
    }
    o55 = { "text": o57 };
    if (o59 !== undefined) o55["limit"] = o59;
  }
  return o55;
}
/** Checks a `KbSuggestion` at `path`, reporting into `issues`. */
export function checkKbSuggestion(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o61: any;
  if (obj(input, issues, path, C0)) {
    const v62 = input["id"];
    const o63 = checkId(v62, issues, path, "id");
    const v64 = input["categoryId"];
    const o65 = checkId(v64, issues, path, "categoryId");
    const v66 = input["title"];
    const o67 = str(v66, issues, path, "title");
    const v68 = input["excerpt"];
    const o69 = str(v68, issues, path, "excerpt");
    const v70 = input["updatedAt"];
    const o71 = checkTimestamp(v70, issues, path, "updatedAt");
    const v72 = input["score"];
    const o73 = num(v72, issues, path, "score");
    if (o73 !== undefined) {
      if (o73 < 0) fail(issues, path, "score", 'too_small', {"origin":"number","minimum":0,"inclusive":true});
      if (o73 > 1) fail(issues, path, "score", 'too_big', {"origin":"number","maximum":1,"inclusive":true});
    }
    o61 = { "id": o63, "categoryId": o65, "title": o67, "excerpt": o69, "updatedAt": o71, "score": o73 };
  }
  return o61;
}

export const KbArticle = /* @__PURE__ */ validator<z.output<typeof S.KbArticle>>((input, issues) => checkKbArticle(input, issues, []));
export const KbArticleListQuery = /* @__PURE__ */ validator<z.output<typeof S.KbArticleListQuery>>((input, issues) => checkKbArticleListQuery(input, issues, []));
export const KbArticleSummary = /* @__PURE__ */ validator<z.output<typeof S.KbArticleSummary>>((input, issues) => checkKbArticleSummary(input, issues, []));
export const KbCategory = /* @__PURE__ */ validator<z.output<typeof S.KbCategory>>((input, issues) => checkKbCategory(input, issues, []));
export const KbSuggestQuery = /* @__PURE__ */ validator<z.output<typeof S.KbSuggestQuery>>((input, issues) => checkKbSuggestQuery(input, issues, []));
export const KbSuggestion = /* @__PURE__ */ validator<z.output<typeof S.KbSuggestion>>((input, issues) => checkKbSuggestion(input, issues, []));

function check_kbArticleOperations_list_response(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o74: any;
  if (obj(input, issues, path, C0)) {
    const v75 = input["data"];
    let o76: any;
    if (!Array.isArray(v75)) fail(issues, path, "data", 'invalid_type', {"expected":"array"});
    else {
      o76 = new Array(v75.length);
      for (let i77 = 0; i77 < v75.length; i77++) {
        const v78 = v75[i77];
        path.push("data", i77);
        const o79 = checkKbArticleSummary(v78, issues, path);
        o76[i77] = o79;
        path.length -= 2;
      }
    }
    const v80 = input["nextCursor"];
    let o81: any;
    if (v80 === null) o81 = null;
    else {
      const o82 = str(v80, issues, path, "nextCursor");
      o81 = o82;
    }
    o74 = { "data": o76, "nextCursor": o81 };
  }
  return o74;
}
const kbArticleOperations_list_response = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.kbArticleOperations.list.response>>>((input, issues) => check_kbArticleOperations_list_response(input, issues, []));
const kbArticleOperations_retrieve_params = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.kbArticleOperations.retrieve.params>>>((input, issues) => checkIdParams(input, issues, []));
function check_kbArticleOperations_suggest_response(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o83: any;
  if (obj(input, issues, path, C0)) {
    const v84 = input["data"];
    let o85: any;
    if (!Array.isArray(v84)) fail(issues, path, "data", 'invalid_type', {"expected":"array"});
    else {
      o85 = new Array(v84.length);
      for (let i86 = 0; i86 < v84.length; i86++) {
        const v87 = v84[i86];
        path.push("data", i86);
        const o88 = checkKbSuggestion(v87, issues, path);
        o85[i86] = o88;
        path.length -= 2;
      }
    }
    o83 = { "data": o85 };
  }
  return o83;
}
const kbArticleOperations_suggest_response = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.kbArticleOperations.suggest.response>>>((input, issues) => check_kbArticleOperations_suggest_response(input, issues, []));
function check_kbCategoryOperations_list_response(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o89: any;
  if (obj(input, issues, path, C0)) {
    const v90 = input["data"];
    let o91: any;
    if (!Array.isArray(v90)) fail(issues, path, "data", 'invalid_type', {"expected":"array"});
    else {
      o91 = new Array(v90.length);
      for (let i92 = 0; i92 < v90.length; i92++) {
        const v93 = v90[i92];
        path.push("data", i92);
        const o94 = checkKbCategory(v93, issues, path);
        o91[i92] = o94;
        path.length -= 2;
      }
    }
    o89 = { "data": o91 };
  }
  return o89;
}
const kbCategoryOperations_list_response = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.kbCategoryOperations.list.response>>>((input, issues) => check_kbCategoryOperations_list_response(input, issues, []));

/** `GET /v1/helpdesk/knowledge-base/articles` (kbArticles.list) */
export const kbArticleList = { id: "kbArticles.list", method: "GET", path: "/v1/helpdesk/knowledge-base/articles", query: KbArticleListQuery, response: kbArticleOperations_list_response } as const satisfies ClientOperation;
/** `GET /v1/helpdesk/knowledge-base/articles/{id}` (kbArticles.retrieve) */
export const kbArticleRetrieve = { id: "kbArticles.retrieve", method: "GET", path: "/v1/helpdesk/knowledge-base/articles/{id}", params: kbArticleOperations_retrieve_params, response: KbArticle } as const satisfies ClientOperation;
/** `GET /v1/helpdesk/knowledge-base/suggestions` (kbArticles.suggest) */
export const kbArticleSuggest = { id: "kbArticles.suggest", method: "GET", path: "/v1/helpdesk/knowledge-base/suggestions", query: KbSuggestQuery, response: kbArticleOperations_suggest_response } as const satisfies ClientOperation;
/** The client's view of `kbArticleOperations`: what to send where, and how to check it. */
export const kbArticleOperations = { list: kbArticleList, retrieve: kbArticleRetrieve, suggest: kbArticleSuggest };
/** `GET /v1/helpdesk/knowledge-base/categories` (kbCategories.list) */
export const kbCategoryList = { id: "kbCategories.list", method: "GET", path: "/v1/helpdesk/knowledge-base/categories", response: kbCategoryOperations_list_response } as const satisfies ClientOperation;
/** The client's view of `kbCategoryOperations`: what to send where, and how to check it. */
export const kbCategoryOperations = { list: kbCategoryList };
