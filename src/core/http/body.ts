/** Request body → HttpBody with {{variables}} resolved, plus the Content-Type Postman would add. */
import type { Body, RawLanguage } from "../model";
import type { HttpBody } from "./transport";

/** Content-Type Postman adds for a raw body when the user set none. */
export const RAW_CONTENT_TYPES: Record<RawLanguage, string> = {
  json: "application/json",
  xml: "application/xml",
  html: "text/html",
  text: "text/plain",
  javascript: "application/javascript",
};

/** A built body, the Content-Type to add when the user set none, and any warnings. */
export interface BuiltBody {
  body?: HttpBody;
  contentType?: string;
  warnings: string[];
}

/** GraphQL variables text → a JSON value: empty means `{}`; invalid JSON warns and sends `{}`. */
function graphqlVariables(text: string, warnings: string[]): unknown {
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    warnings.push("GraphQL variables are not valid JSON; sent {} instead");
    return {};
  }
}

/** Build the body, resolving text through `resolve`. File parts pass through untouched. */
export function buildBody(body: Body, resolve: (text: string) => string): BuiltBody {
  const warnings: string[] = [];
  if (body.disabled) return { warnings };
  switch (body.mode) {
    case "none":
      return { warnings };
    case "raw":
      return {
        body: { kind: "text", text: resolve(body.raw) },
        contentType: RAW_CONTENT_TYPES[body.language],
        warnings,
      };
    case "urlencoded":
      return {
        body: {
          kind: "urlencoded",
          fields: body.urlencoded
            .filter((f) => f.enabled && f.key !== "")
            .map((f) => [resolve(f.key), resolve(f.value)]),
        },
        contentType: "application/x-www-form-urlencoded",
        warnings,
      };
    case "formdata":
      return {
        body: {
          kind: "multipart",
          fields: body.formdata
            .filter((f) => f.enabled && f.key !== "")
            .map((f) =>
              f.type === "file"
                ? {
                    type: "file",
                    name: resolve(f.key),
                    fileId: f.fileId,
                    fileName: f.fileName,
                    contentType: f.contentType,
                  }
                : {
                    type: "text",
                    name: resolve(f.key),
                    value: resolve(f.value),
                    // Newman writes a text part's own Content-Type too (curl's -F 'd=v;type=x/y').
                    ...(f.contentType ? { contentType: f.contentType } : {}),
                  },
            ),
        },
        warnings,
      };
    case "file":
      return body.file ? { body: { kind: "file", ...body.file }, warnings } : { warnings };
    case "graphql": {
      const query = resolve(body.graphql.query);
      const variables = graphqlVariables(resolve(body.graphql.variables), warnings);
      return {
        body: { kind: "text", text: JSON.stringify({ query, variables }) },
        contentType: "application/json",
        warnings,
      };
    }
  }
}
