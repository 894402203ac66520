/**
 * Completions for the Postman sandbox API in script editors, as data: one tree of names →
 * {type, detail, info}, walked by the pure {@link pmCompletionsAt}. No CodeMirror here; the
 * CodeMirror source (scriptCompletion in codeEditor.ts) is a thin wrapper, so this runs in Node.
 * @see https://learning.postman.com/docs/tests-and-scripts/write-scripts/postman-sandbox-reference/
 */

/** One completion option; structurally a CodeMirror `Completion`. */
export interface PmOption {
  label: string;
  /** Icon kind: "namespace" | "method" | "property" | "function" | "variable" | "module". */
  type: string;
  detail?: string;
  info?: string;
  /** Text inserted instead of the label (e.g. `json()`). */
  apply?: string;
}

/** A name in the API tree; `children` are what may follow `name.`, `returns` what `name().`. */
export interface PmEntry {
  type: string;
  detail?: string;
  info: string;
  apply?: string;
  children?: Readonly<Record<string, PmEntry>>;
  returns?: Readonly<Record<string, PmEntry>>;
}

/** What {@link pmCompletionsAt} offers: options to insert at `from`, and which case matched. */
export interface PmCompletions {
  from: number;
  options: PmOption[];
  /** "module": inside `require("…`; "member": after `a.b.`; "global": a bare identifier. */
  kind: "module" | "member" | "global";
}

type Children = Record<string, PmEntry>;
const ns = (info: string, children: Children, detail = "object"): PmEntry => ({
  type: "namespace",
  detail,
  info,
  children,
});
const method = (detail: string, info: string, children?: Children): PmEntry => ({
  type: "method",
  detail,
  info,
  ...(children ? { children } : {}),
});
const prop = (detail: string, info: string, children?: Children): PmEntry => ({
  type: "property",
  detail,
  info,
  ...(children ? { children } : {}),
});

/** get/set/has/… of one variable scope; `writable` adds set/unset/clear. */
function scopeMethods(scope: string, writable: boolean, clearable: boolean): Children {
  const out: Children = {
    get: method("(name)", `The value of a ${scope} variable, or undefined.`),
    has: method("(name)", `Whether the ${scope} has this variable.`),
    toObject: method("()", `All ${scope} variables as a plain object.`),
  };
  if (writable) out.set = method("(name, value)", `Set a ${scope} variable.`);
  if (clearable) {
    out.unset = method("(name)", `Remove a ${scope} variable.`);
    out.clear = method("()", `Remove every ${scope} variable.`);
  }
  if (writable) out.replaceIn = method("(text)", "Resolve {{variables}} in a string.");
  return out;
}

const headerList = (what: string): Children => ({
  get: method("(name)", `The value of a ${what} header.`),
  has: method("(name)", `Whether the ${what} has this header.`),
  toObject: method("()", `The ${what} headers as an object.`),
  each: method("(fn)", `Call fn for every ${what} header.`),
});

const responseAssertions: Children = {
  have: prop("assertions", "pm.response.to.have.…", {
    status: method("(code | reason)", "Assert the status code or reason."),
    header: method("(name, value?)", "Assert a header is present (with this value)."),
    body: method("(text?)", "Assert the body (equals text)."),
    jsonBody: method("(path?, value?)", "Assert a JSON body (with path / value)."),
    jsonSchema: method("(schema)", "Assert the JSON body validates against a schema."),
    responseTime: prop("assertion", "pm.response.to.have.responseTime.below(ms)"),
  }),
  be: prop("assertions", "pm.response.to.be.ok / success / json / error / notFound …", {
    ok: prop("assertion", "Status is 200."),
    success: prop("assertion", "Status is 2xx."),
    clientError: prop("assertion", "Status is 4xx."),
    serverError: prop("assertion", "Status is 5xx."),
    error: prop("assertion", "Status is 4xx or 5xx."),
    notFound: prop("assertion", "Status is 404."),
    json: prop("assertion", "The body is JSON."),
  }),
  not: prop("assertions", "Negate the assertion that follows."),
};

/** The sandbox API: every top-level name, with what may follow each dot. */
export const PM_API: Readonly<Record<string, PmEntry>> = {
  pm: ns("The Postman sandbox API.", {
    info: ns("About the current run.", {
      eventName: prop("string", '"prerequest" or "test".'),
      iteration: prop("number", "Index of the current iteration (from 0)."),
      iterationCount: prop("number", "Number of iterations in the run."),
      requestName: prop("string", "Name of the running request."),
      requestId: prop("string", "Id of the running request."),
    }),
    variables: ns(
      "Variables of every scope, narrowest wins.",
      scopeMethods("variables", true, false),
    ),
    environment: ns("The active environment.", {
      ...scopeMethods("environment", true, true),
      name: prop("string", "Name of the active environment."),
    }),
    collectionVariables: ns("Variables of the collection.", scopeMethods("collection", true, true)),
    globals: ns("Global variables.", scopeMethods("global", true, true)),
    iterationData: ns("The current data-file row (read only).", scopeMethods("data", false, false)),
    request: ns("The request being sent (editable in pre-request scripts).", {
      url: prop("Url", "The URL: toString(), query, path, host…"),
      headers: prop("HeaderList", "Request headers: add, upsert, remove, get…", {
        ...headerList("request"),
        add: method("({key, value})", "Add a header."),
        upsert: method("({key, value})", "Add or replace a header."),
        remove: method("(name)", "Remove a header."),
      }),
      method: prop("string", "The HTTP method."),
      body: prop("RequestBody", "The body: mode, raw, urlencoded, formdata…"),
      auth: prop("RequestAuth", "The request's auth settings."),
    }),
    response: ns("The response (test scripts).", {
      code: prop("number", "Status code, e.g. 200."),
      status: prop("string", 'Status text, e.g. "OK".'),
      headers: prop("HeaderList", "Response headers.", headerList("response")),
      cookies: prop("CookieList", "Cookies of the response's Set-Cookie headers."),
      responseTime: prop("number", "Time taken, in milliseconds."),
      responseSize: prop("number", "Size of the response, in bytes."),
      text: { type: "method", detail: "()", info: "The body as a string.", apply: "text()" },
      json: { type: "method", detail: "()", info: "The body parsed as JSON.", apply: "json()" },
      to: prop("assertions", "Chai-style response assertions.", responseAssertions),
    }),
    test: {
      type: "function",
      detail: "(name, fn)",
      info: "Define a named test; it fails if fn throws.",
      children: { skip: method("(name, fn)", "Define a test reported as skipped.") },
    },
    expect: { type: "function", detail: "(value)", info: "A Chai expect assertion." },
    sendRequest: {
      type: "function",
      detail: "(request, callback)",
      info: "Send another request; callback(err, response).",
    },
    cookies: ns("In a test script, the jar's cookies for the response's URL (none before).", {
      get: method("(name)", "The value of a cookie (name in any case)."),
      has: method("(name)", "Whether the cookie exists."),
      toObject: method("()", "All cookies as an object."),
      jar: {
        type: "method",
        detail: "()",
        info: "The workspace's cookie jar; scripts reach only the cookie manager's allowed domains.",
        apply: "jar()",
        returns: {
          get: method("(url, name, callback)", "callback(error, value): a cookie's value for url."),
          getAll: method("(url, options?, callback)", "callback(error, cookies): url's cookies."),
          set: method(
            "(url, name, value, callback?) | (url, cookie, callback?)",
            "Store a cookie for url; callback(error, cookie).",
          ),
          unset: method("(url, name, callback?)", "Remove url's cookie; callback(error)."),
          clear: method("(url, callback?)", "Remove every cookie of url; callback(error)."),
        },
      },
    }),
    execution: ns("Control of the run.", {
      setNextRequest: method("(name | id | null)", "Run this request next (null stops the run)."),
      skipRequest: method("()", "Do not send the current request (pre-request)."),
      location: prop("string[]", "Path of the running item in its collection."),
    }),
    visualizer: ns("Render response data in the Visualize tab.", {
      set: method("(template, data)", "Set the Handlebars template and its data."),
    }),
    require: { type: "function", detail: "(name)", info: "Load a package by name." },
  }),
  console: { type: "variable", detail: "Console", info: "log, info, warn, error → Console panel." },
  require: { type: "function", detail: "(module)", info: "Load a built-in library by name." },
  postman: { type: "variable", detail: "legacy", info: "Legacy API: setEnvironmentVariable, …" },
  tests: { type: "variable", detail: "legacy", info: 'Legacy tests object: tests["name"] = bool.' },
  responseBody: { type: "variable", detail: "string", info: "Legacy: the body as a string." },
  responseCode: { type: "variable", detail: "{code, name}", info: "Legacy: the status." },
  responseTime: { type: "variable", detail: "number", info: "Legacy: time taken in ms." },
  responseHeaders: { type: "variable", detail: "object", info: "Legacy: headers by name." },
};

/** Modules a script may `require`, with what each is. */
export const PM_MODULES: Readonly<Record<string, string>> = {
  lodash: "Utility library (_).",
  moment: "Dates and times.",
  "crypto-js": "Hashes, HMAC and ciphers.",
  chai: "Assertion library.",
  ajv: "JSON Schema validator.",
  tv4: "JSON Schema validator (draft 4).",
  xml2js: "XML to JavaScript objects.",
  uuid: "UUID generation.",
  atob: "Base64 decode.",
  btoa: "Base64 encode.",
  buffer: "Node's Buffer.",
  "csv-parse/lib/sync": "Synchronous CSV parser.",
  cheerio: "jQuery-like HTML parsing.",
};

const optionOf = (label: string, e: PmEntry): PmOption => ({
  label,
  type: e.type,
  info: e.info,
  ...(e.detail ? { detail: e.detail } : {}),
  ...(e.apply ? { apply: e.apply } : {}),
});
const optionsOf = (table: Readonly<Record<string, PmEntry>>) =>
  Object.entries(table).map(([label, e]) => optionOf(label, e));

const REQUIRE = /\brequire\(\s*["']([^"'\\\n]*)$/;
// A chain of names, any of them after the first called with no arguments (`pm.cookies.jar().`).
const MEMBER =
  /(?<![\w$.])([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*(?:\s*\(\s*\))?)*)\s*\.\s*([\w$]*)$/;
const WORD = /(?<![\w$.])[A-Za-z_$][\w$]*$/;

/**
 * Completions for the caret at the end of `textBefore` (the text from the line or document start
 * to the caret). Options are unfiltered: the editor ranks them by the text between `from` and
 * the caret. A bare identifier gets the top-level names; an empty one only when `explicit`.
 */
export function pmCompletionsAt(textBefore: string, explicit = false): PmCompletions | null {
  const req = REQUIRE.exec(textBefore);
  if (req) {
    const options = Object.entries(PM_MODULES).map(([label, info]) => ({
      label,
      type: "module",
      info,
    }));
    return { from: textBefore.length - (req[1] ?? "").length, options, kind: "module" };
  }
  const member = MEMBER.exec(textBefore);
  if (member) {
    const path = (member[1] ?? "").split(".").map((s) => s.trim());
    let table: Readonly<Record<string, PmEntry>> | undefined = PM_API;
    for (const segment of path) {
      const name = segment.replace(/\s*\(\s*\)$/, "");
      const entry: PmEntry | undefined =
        table && Object.hasOwn(table, name) ? table[name] : undefined;
      table = name === segment ? entry?.children : entry?.returns;
    }
    if (!table) return null;
    const from = textBefore.length - (member[2] ?? "").length;
    return { from, options: optionsOf(table), kind: "member" };
  }
  const word = WORD.exec(textBefore)?.[0] ?? "";
  if (!word && !explicit) return null;
  if (/\.\s*$/.test(textBefore.slice(0, textBefore.length - word.length))) return null;
  return { from: textBefore.length - word.length, options: optionsOf(PM_API), kind: "global" };
}
