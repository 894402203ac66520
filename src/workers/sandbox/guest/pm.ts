/**
 * Guest-side execution driver. `pm` and the legacy globals are defined once in the prepared
 * context and read the current execution lazily (a script that never touches pm.request pays
 * nothing for it). `begin` takes the host's context JSON, `run` starts the compiled script,
 * `poll`/`fire`/`deliver` let the host drive timers and pm.sendRequest, `finish` closes the
 * script and `end` returns what it did to the request. Test results, console output, variable
 * changes, setNextRequest, skipRequest and the visualizer reach the host as they happen.
 */
export const GUEST_PM = String.raw`
var sends = {};

function sendInput(req) {
  if (typeof req === "string" || req instanceof Url) return { method: "GET", url: String(req), headers: [] };
  if (req instanceof Request) return requestToHttp(req);
  if (!req || typeof req !== "object") throw new TypeError("pm.sendRequest needs a URL or a request object");
  return requestToHttp({ method: req.method || "GET", url: req.url instanceof Url ? req.url : new Url(req.url),
    headers: asList(req.header || req.headers || [], true), body: req.body });
}

function sendRequest(req, callback) {
  var http = sendInput(req);
  var resolve, reject;
  var promise = new Promise(function (a, b) { resolve = a; reject = b; });
  if (typeof callback === "function") promise.catch(function () {});
  var id = host.send($stringify(http));
  var entry = { callback: callback, resolve: resolve, reject: reject };
  if (id < 0) {
    Promise.resolve().then(function () { settle(entry, { ok: false, error: { code: "LIMIT", message: "pm.sendRequest: the limit of requests per script was reached" } }); });
  } else sends[id] = entry;
  return promise;
}

function settle(entry, out) {
  var error = null, response = null;
  if (out.ok) response = new Response(out.response);
  else { error = new Error(out.error.message); error.code = out.error.code; }
  if (typeof entry.callback === "function") {
    try { entry.callback(error, response); } catch (e) { reportError(e); }
  }
  if (error) entry.reject(error); else entry.resolve(response);
}

function stageRequest() {
  if (!stage.req) {
    stage.req = new Request(stage.ctx.request, stage.ctx.auth, stage.ctx.description);
    stage.before = fields(requestToHttp(stage.req));
  }
  return stage.req;
}
function stageResponse() {
  if (stage.res === undefined) {
    stage.res = stage.ctx.response ? new Response(stage.ctx.response) : stage.kind === "test" ? blankResponse() : null;
  }
  return stage.res || undefined;
}
var fields = function (http) {
  return { method: http.method, url: http.url, headers: toJson(http.headers), body: toJson(http.body || null) };
};

var scopeApi = makeScopes();
var testFn = makeTest();
/** JSON of a value a script hands over (never throws; circular parts are marked). */
function toJson(value) {
  var json;
  try { json = $stringify(value); } catch (e) { json = safeJson(value); }
  return typeof json === "string" ? json : "null";
}
var visualizer = {
  set: function (template, data, options) {
    var v = '{"template":' + $stringify(safeString(template)) + ',"data":' + toJson(data === undefined ? null : data);
    hostEmit("visualizer", v + (options !== undefined ? ',"options":' + toJson(options) : "") + "}");
  },
  clear: function () { hostEmit("visualizer", ""); },
};
var execution = {
  setNextRequest: function (name) { hostEmit("next", name === null || name === undefined ? "null" : $stringify(safeString(name))); },
  skipRequest: function () { if (stage.kind === "prerequest") hostEmit("skip"); },
};
Object.defineProperty(execution, "location", { enumerable: true, get: function () {
  var loc = [stage.ctx.info.requestName];
  loc.current = current ? current.location : "";
  return loc;
} });

/** pm.info as Newman's sandbox makes it: read-only, not enumerable (JSON.stringify shows {}). */
var INFO_KEYS = ["eventName", "iteration", "iterationCount", "requestName", "requestId"];
function infoOf(info) {
  var out = {};
  for (var i = 0; i < INFO_KEYS.length; i++) $defineProperty(out, INFO_KEYS[i], { value: info[INFO_KEYS[i]], writable: false, enumerable: false });
  return out;
}

var pmProto = {
  globals: scopeApi.globals, environment: scopeApi.environment, collectionVariables: scopeApi.collectionVariables,
  iterationData: scopeApi.iterationData, variables: scopeApi.variables,
  test: testFn, sendRequest: sendRequest, require: requireLib, visualizer: visualizer, execution: execution,
};
function getter(obj, name, get) { Object.defineProperty(obj, name, { enumerable: true, configurable: true, get: get }); }
getter(pmProto, "info", function () { return stage.info; });
getter(pmProto, "request", stageRequest);
getter(pmProto, "response", stageResponse);
getter(pmProto, "cookies", function () { return stage.cookies || (stage.cookies = makeCookieList(stage.ctx.cookies, stageResponse())); });
getter(pmProto, "expect", function () { return pmExpect; });

function legacyPostman() {
  var env = scopeApi.environment, glob = scopeApi.globals;
  return {
    setEnvironmentVariable: function (k, v) { env.set(k, v); },
    getEnvironmentVariable: function (k) { return env.get(k); },
    clearEnvironmentVariable: function (k) { env.unset(k); },
    clearEnvironmentVariables: function () { env.clear(); },
    setGlobalVariable: function (k, v) { glob.set(k, v); },
    getGlobalVariable: function (k) { return glob.get(k); },
    clearGlobalVariable: function (k) { glob.unset(k); },
    clearGlobalVariables: function () { glob.clear(); },
    setNextRequest: function (name) { execution.setNextRequest(name); },
    getResponseHeader: function (k) { var r = stageResponse(); return r ? r.headers.get(k) : undefined; },
    getResponseCookie: function (k) { var r = stageResponse(); return r ? r.cookies.one(k) : undefined; },
  };
}

var LEGACY = {
  pm: function () { return stage.pm; },
  postman: legacyPostman,
  responseBody: function (r) { return r ? r.text() : undefined; },
  responseCode: function (r) { return r ? { code: r.code, name: r.status, detail: r.status } : { code: 0, name: "", detail: "" }; },
  responseHeaders: function (r) { return r ? r.headers.toObject(false, true) : {}; },
  responseTime: function (r) { return r ? r.responseTime : 0; },
  responseCookies: function (r) { return r ? r.cookies.all() : []; },
  request: function () {
    var req = stageRequest();
    return { url: req.url.toString(), method: req.method, headers: req.getHeaders(), data: req.body ? req.body.toString() : "",
      name: stage.info.requestName, id: stage.info.requestId };
  },
  environment: function () { return copyStore(stage.scopes.environment); },
  globals: function () { return copyStore(stage.scopes.globals); },
  data: function () { return copyStore(stage.scopes.data); },
  iteration: function () { return stage.info.iteration; },
};
Object.keys(LEGACY).forEach(function (name) {
  Object.defineProperty(G, name, {
    configurable: true, enumerable: false,
    get: function () {
      if (!stage) return undefined;
      if (!hasOwn(stage.legacy, name)) stage.legacy[name] = LEGACY[name](name.indexOf("response") === 0 ? stageResponse() : undefined);
      return stage.legacy[name];
    },
    set: function (v) { if (stage) stage.legacy[name] = v; },
  });
});
Object.defineProperty(G, "tests", {
  configurable: true, enumerable: false,
  get: function () { return current ? current.tests : undefined; },
  set: function (v) { if (current && v && typeof v === "object") current.tests = v; },
});

// The API objects are shared by every stage of this context: scripts may not rewrite them.
[pmProto, execution, visualizer, testFn, pmExpect, scopeApi.globals, scopeApi.environment, scopeApi.collectionVariables,
  scopeApi.iterationData, scopeApi.variables, PL, UP, BP, RP, RSP, VS, VV, CKP, CLP, CJP].forEach(Object.freeze);

var api = {
  /** Starts an execution: the host's context JSON and two 32-bit seeds for Math.random. */
  begin: function (json, seedA, seedB) {
    var ctx = $parse(json);
    seedRandom(seedA, seedB);
    timers = {};
    sends = {};
    stage = { kind: ctx.info.eventName, ctx: ctx, info: infoOf(ctx.info), scopes: ctx.scopes, legacy: {}, res: undefined };
    stage.pm = Object.create(pmProto);
  },
  run: function (fn, location) {
    timers = {};
    current = { location: location, tests: {}, pending: {} };
    fn().then(null, reportError);
  },
  /**
   * Milliseconds until the next timer ("-1": none). When none is pending and the host has no
   * send in flight ('idle'), the script is over: its tests are finished here and the answer is
   * its end report (one call, not three). "end-failed" asks the host to read the report itself,
   * with more memory.
   */
  poll: function (now, idle) {
    var wait = nextTimerDelay(now);
    if (wait >= 0 || !idle) return $String(wait);
    try { api.finish(); } catch (e) { reportError(e); timers = {}; current = null; }
    try { return api.end(); } catch (e) { return "end-failed"; }
  },
  fire: function (now) { fireDueTimers(now); },
  deliver: function (id, json) {
    var entry = sends[id];
    delete sends[id];
    if (entry) (entry.jar ? settleJar : settle)(entry, $parse(json));
  },
  finish: function () { finishTests(); timers = {}; current = null; },
  /** What the script did to the request, as JSON (everything else reached the host as it happened). */
  end: function () {
    var out = '{"request":{', sep = "";
    if (stage.req) {
      var now = fields(requestToHttp(stage.req));
      var names = ["method", "url", "headers", "body"];
      for (var i = 0; i < 4; i++) {
        var k = names[i];
        if (now[k] === stage.before[k]) continue;
        out += sep + '"' + k + '":' + (k === "method" || k === "url" ? $stringify(safeString(now[k])) : now[k]);
        sep = ",";
      }
    }
    return out + "}}";
  },
  /** Loads libraries into a context about to become a prepared image (see ../engine.ts). */
  warm: function (json) {
    var names = $parse(json);
    for (var i = 0; i < names.length; i++) requireLib(names[i]);
    if (names.indexOf("chai") >= 0) fastExpect(true);
  },
  /** A thrown value's name, message and stack as JSON, for errors that reach the host directly. */
  describe: function (e) {
    var info = errorInfo(e), line = e !== null && typeof e === "object" ? safeGet(e, "lineNumber") : undefined;
    if (typeof line === "number") info.lineNumber = line;
    return $stringify(info);
  },
};
`;
