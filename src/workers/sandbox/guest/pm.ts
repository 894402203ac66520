/**
 * Guest-side stage driver. `pm` and the legacy globals are defined once per context and read the
 * current stage lazily (a script that never touches pm.request pays nothing for it). `begin`
 * takes the host's context JSON, `run` starts one compiled script, `poll`/`fire`/`deliver` let
 * the host drive timers and pm.sendRequest, `finish` closes a script and `end` returns only what
 * the stage changed, as JSON.
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
  var id = host.send(JSON.stringify(http));
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
    stage.req = new Request(stage.ctx.request, stage.ctx.auth);
    stage.before = fields(requestToHttp(stage.req));
  }
  return stage.req;
}
function stageResponse() {
  if (stage.res === undefined) stage.res = stage.ctx.response ? new Response(stage.ctx.response) : null;
  return stage.res || undefined;
}
var fields = function (http) {
  return { method: http.method, url: http.url, headers: JSON.stringify(http.headers), body: JSON.stringify(http.body || null) };
};

var scopeApi = makeScopes();
var testFn = makeTest();
var visualizer = {
  set: function (template, data, options) { stage.visualizer = { template: String(template), data: data === undefined ? null : data }; if (options !== undefined) stage.visualizer.options = options; },
  clear: function () { stage.visualizer = undefined; },
};
var execution = {
  setNextRequest: function (name) { stage.nextSet = true; stage.nextRequest = name === null || name === undefined ? null : String(name); },
  skipRequest: function () { if (stage.kind === "prerequest") stage.skip = true; },
};
Object.defineProperty(execution, "location", { enumerable: true, get: function () {
  var loc = [stage.ctx.info.requestName];
  loc.current = current ? current.location : "";
  return loc;
} });

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
  scopeApi.iterationData, scopeApi.variables, PL, UP, BP, RP, RSP, VS, VV].forEach(Object.freeze);

var api = {
  begin: function (json) {
    var ctx = JSON.parse(json);
    timers = {};
    sends = {};
    stage = { kind: ctx.info.eventName, ctx: ctx, info: ctx.info, scopes: ctx.scopes, dirty: {}, legacy: {}, results: [],
      nextSet: false, nextRequest: undefined, skip: false, visualizer: undefined, res: undefined };
    stage.pm = Object.create(pmProto);
  },
  run: function (fn, location) {
    timers = {};
    current = { location: location, tests: {}, pending: [] };
    fn().then(null, reportError);
  },
  /**
   * Milliseconds until the next timer ("-1": none). When none is pending and the host has no
   * send in flight ('idle'), the script is over: its tests are finished here, and for the
   * stage's last script ('last') the answer is the stage's end report (one call, not three).
   * "end-failed" asks the host to read the report itself, with more memory.
   */
  poll: function (now, idle, last) {
    var wait = nextTimerDelay(now);
    if (wait >= 0 || !idle) return String(wait);
    try { api.finish(); } catch (e) { reportError(e); timers = {}; current = null; }
    if (!last) return "finished";
    try { return api.end(); } catch (e) { return "end-failed"; }
  },
  fire: function (now) { fireDueTimers(now); },
  deliver: function (id, json) {
    var entry = sends[id];
    delete sends[id];
    if (entry) settle(entry, JSON.parse(json));
  },
  finish: function () { finishTests(); timers = {}; current = null; },
  end: function () {
    var out = { scopes: {}, skip: stage.skip, request: {} };
    Object.keys(stage.dirty).forEach(function (k) { out.scopes[k] = stage.scopes[k]; });
    if (stage.req) {
      var now = fields(requestToHttp(stage.req));
      for (var k in now) {
        if (now[k] !== stage.before[k]) out.request[k] = k === "method" || k === "url" ? now[k] : JSON.parse(now[k]);
      }
    }
    if (stage.nextSet) out.nextRequest = stage.nextRequest;
    if (stage.results.length) out.assertions = stage.results;
    if (stage.visualizer) out.visualizer = stage.visualizer;
    try { return JSON.stringify(out); } catch (e) { return safeJson(out); }
  },
};
`;
