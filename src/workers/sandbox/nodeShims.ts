/**
 * Small stand-ins for Node built-ins, in plain guest JavaScript: scripts can `require` url,
 * querystring, util, assert, events and path (as in Postman), and ./build/bundleLib.ts bundles
 * them into the libraries that import Node modules. No I/O, no host access.
 */
const events = String.raw`
function EventEmitter() { this._events = {}; }
var P = EventEmitter.prototype;
P._list = function (t) { if (!this._events) this._events = {}; return this._events[t] || (this._events[t] = []); };
P.on = P.addListener = function (t, f) { this._list(t).push(f); return this; };
P.prependListener = function (t, f) { this._list(t).unshift(f); return this; };
P.once = function (t, f) { var self = this; function w() { self.off(t, w); f.apply(self, arguments); } w.listener = f; return this.on(t, w); };
P.off = P.removeListener = function (t, f) { var l = this._list(t); this._events[t] = l.filter(function (x) { return x !== f && x.listener !== f; }); return this; };
P.removeAllListeners = function (t) { if (t === undefined) this._events = {}; else delete this._list(t) && delete this._events[t]; return this; };
P.emit = function (t) { var args = [].slice.call(arguments, 1), l = this._list(t).slice(); if (t === "error" && l.length === 0) throw args[0]; l.forEach(function (f) { f.apply(this, args); }, this); return l.length > 0; };
P.listeners = function (t) { return this._list(t).slice(); };
P.listenerCount = function (t) { return this._list(t).length; };
P.setMaxListeners = function () { return this; };
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.defaultMaxListeners = 10;
module.exports = EventEmitter;
`;

const stream = String.raw`
var EventEmitter = require("events");
function Stream() { EventEmitter.call(this); }
Stream.prototype = Object.create(EventEmitter.prototype);
Stream.prototype.constructor = Stream;
Stream.prototype.pipe = function (dest) { return dest; };
Stream.Stream = Stream;
Stream.Readable = Stream.Writable = Stream.Duplex = Stream.Transform = Stream.PassThrough = Stream;
module.exports = Stream;
`;

const stringDecoder = String.raw`
function StringDecoder() {}
StringDecoder.prototype.write = function (b) { return typeof b === "string" ? b : b.toString(); };
StringDecoder.prototype.end = function (b) { return b ? this.write(b) : ""; };
exports.StringDecoder = StringDecoder;
`;

const timers = String.raw`
exports.setTimeout = function () { return setTimeout.apply(null, arguments); };
exports.clearTimeout = function (id) { clearTimeout(id); };
exports.setInterval = function () { return setInterval.apply(null, arguments); };
exports.clearInterval = function (id) { clearInterval(id); };
exports.setImmediate = function (f) { return setTimeout.apply(null, [f, 0].concat([].slice.call(arguments, 1))); };
exports.clearImmediate = function (id) { clearTimeout(id); };
`;

const util = String.raw`
exports.inherits = function (c, p) { c.super_ = p; c.prototype = Object.create(p.prototype, { constructor: { value: c, writable: true, configurable: true } }); };
exports.inspect = function (v) { try { return JSON.stringify(v); } catch (e) { return String(v); } };
exports.format = function (f) {
  var args = [].slice.call(arguments, 1), i = 0;
  return String(f).replace(/%[sdj%]/g, function (m) { if (m === "%%") return "%"; var v = args[i++]; return m === "%j" ? JSON.stringify(v) : m === "%d" ? String(Number(v)) : String(v); }) +
    args.slice(i).map(function (a) { return " " + (typeof a === "string" ? a : exports.inspect(a)); }).join("");
};
exports.deprecate = function (fn) { return fn; };
exports.isArray = Array.isArray;
exports.isString = function (v) { return typeof v === "string"; };
exports.isFunction = function (v) { return typeof v === "function"; };
exports.isObject = function (v) { return v !== null && typeof v === "object"; };
exports.promisify = function (fn) { return function () { var a = [].slice.call(arguments), self = this; return new Promise(function (res, rej) { fn.apply(self, a.concat(function (e, v) { if (e) rej(e); else res(v); })); }); }; };
exports.types = {};
exports.debuglog = function () { return function () {}; };
`;

const path = String.raw`
function norm(p) { var out = []; p.split("/").forEach(function (s) { if (s === "..") out.pop(); else if (s && s !== ".") out.push(s); }); return (p[0] === "/" ? "/" : "") + out.join("/"); }
exports.sep = "/";
exports.join = function () { return norm([].slice.call(arguments).join("/")); };
exports.resolve = function () { return norm("/" + [].slice.call(arguments).join("/")); };
exports.normalize = norm;
exports.basename = function (p, ext) { var b = String(p).split("/").pop(); return ext && b.slice(-ext.length) === ext ? b.slice(0, -ext.length) : b; };
exports.dirname = function (p) { var s = String(p).split("/"); s.pop(); return s.join("/") || "/"; };
exports.extname = function (p) { var b = String(p).split("/").pop(), i = b.lastIndexOf("."); return i > 0 ? b.slice(i) : ""; };
exports.isAbsolute = function (p) { return String(p)[0] === "/"; };
`;

const querystring = String.raw`
exports.escape = encodeURIComponent;
exports.unescape = function (s) { return decodeURIComponent(String(s).replace(/\+/g, " ")); };
exports.parse = exports.decode = function (s, sep, eq) {
  var out = {};
  String(s || "").split(sep || "&").forEach(function (part) {
    if (!part) return;
    var i = part.indexOf(eq || "="), k = exports.unescape(i < 0 ? part : part.slice(0, i)), v = i < 0 ? "" : exports.unescape(part.slice(i + 1));
    out[k] = Object.prototype.hasOwnProperty.call(out, k) ? [].concat(out[k], v) : v;
  });
  return out;
};
exports.stringify = exports.encode = function (o, sep, eq) {
  return Object.keys(o || {}).map(function (k) { return [].concat(o[k]).map(function (v) { return encodeURIComponent(k) + (eq || "=") + encodeURIComponent(v); }).join(sep || "&"); }).join(sep || "&");
};
`;

const url = String.raw`
var qs = require("querystring");
function Url() {}
function parse(str, parseQuery) {
  var u = new Url(), rest = String(str).trim(), m;
  u.href = rest;
  var hashAt = rest.indexOf("#");
  u.hash = hashAt >= 0 ? rest.slice(hashAt) : null;
  if (hashAt >= 0) rest = rest.slice(0, hashAt);
  var qAt = rest.indexOf("?");
  u.search = qAt >= 0 ? rest.slice(qAt) : null;
  u.query = qAt >= 0 ? rest.slice(qAt + 1) : null;
  if (qAt >= 0) rest = rest.slice(0, qAt);
  m = /^([a-z][a-z0-9+.\-]*:)/i.exec(rest);
  u.protocol = m ? m[1].toLowerCase() : null;
  if (m) rest = rest.slice(m[1].length);
  u.slashes = rest.slice(0, 2) === "//" ? true : null;
  u.auth = u.host = u.hostname = u.port = null;
  if (u.slashes) {
    rest = rest.slice(2);
    var end = rest.search(/[\/]/), hostPart = end < 0 ? rest : rest.slice(0, end);
    rest = end < 0 ? "" : rest.slice(end);
    var at = hostPart.lastIndexOf("@");
    if (at >= 0) { u.auth = decodeURIComponent(hostPart.slice(0, at)); hostPart = hostPart.slice(at + 1); }
    u.host = hostPart.toLowerCase();
    m = /:(\d*)$/.exec(u.host);
    u.port = m ? m[1] : null;
    u.hostname = m ? u.host.slice(0, m.index) : u.host;
    if (!rest) rest = "/";
  }
  u.pathname = rest || null;
  u.path = (u.pathname || "") + (u.search || "") || null;
  if (parseQuery) u.query = qs.parse(u.query || "");
  return u;
}
function format(u) {
  if (typeof u === "string") u = parse(u);
  var auth = u.auth ? encodeURIComponent(u.auth).replace(/%3A/i, ":") + "@" : "";
  var host = u.host || (u.hostname ? u.hostname + (u.port ? ":" + u.port : "") : "");
  var search = u.search || (u.query && typeof u.query === "object" && Object.keys(u.query).length ? "?" + qs.stringify(u.query) : "");
  var proto = u.protocol ? (u.protocol.slice(-1) === ":" ? u.protocol : u.protocol + ":") : "";
  return proto + (host || u.slashes ? "//" : "") + auth + host + (u.pathname || "") + search + (u.hash || "");
}
function resolve(from, to) {
  var t = parse(to);
  if (t.protocol) return format(t);
  var f = parse(from);
  if (String(to).slice(0, 2) === "//") return (f.protocol || "") + to;
  var base = String(to)[0] === "/" ? "" : (f.pathname || "/").replace(/[^\/]*$/, "");
  var path = require("path").normalize(base + (t.pathname || ""));
  return format({ protocol: f.protocol, host: f.host, auth: f.auth, pathname: path, search: t.search, hash: t.hash });
}
Url.prototype.format = function () { return format(this); };
exports.Url = Url;
exports.parse = parse;
exports.format = format;
exports.resolve = resolve;
`;

const assert = String.raw`
function AssertionError(opts) {
  this.name = "AssertionError";
  this.message = opts.message || (JSON.stringify(opts.actual) + " " + opts.operator + " " + JSON.stringify(opts.expected));
  this.actual = opts.actual; this.expected = opts.expected; this.operator = opts.operator;
  this.stack = new Error(this.message).stack;
}
AssertionError.prototype = Object.create(Error.prototype);
AssertionError.prototype.constructor = AssertionError;
function check(ok, actual, expected, operator, message) {
  if (!ok) throw message instanceof Error ? message : new AssertionError({ actual: actual, expected: expected, operator: operator, message: message });
}
function deep(a, b, strict) {
  if (strict ? Object.is(a, b) : a == b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (!a || !b || typeof a !== "object" || typeof b !== "object") return false;
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  var ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(function (k) { return Object.prototype.hasOwnProperty.call(b, k) && deep(a[k], b[k], strict); });
}
function assert(v, m) { check(!!v, v, true, "==", m); }
assert.ok = assert;
assert.AssertionError = AssertionError;
assert.fail = function (m) { throw new AssertionError({ message: m || "Failed", operator: "fail" }); };
assert.equal = function (a, b, m) { check(a == b, a, b, "==", m); };
assert.notEqual = function (a, b, m) { check(a != b, a, b, "!=", m); };
assert.strictEqual = function (a, b, m) { check(Object.is(a, b), a, b, "strictEqual", m); };
assert.notStrictEqual = function (a, b, m) { check(!Object.is(a, b), a, b, "notStrictEqual", m); };
assert.deepEqual = function (a, b, m) { check(deep(a, b, false), a, b, "deepEqual", m); };
assert.deepStrictEqual = function (a, b, m) { check(deep(a, b, true), a, b, "deepStrictEqual", m); };
assert.notDeepEqual = function (a, b, m) { check(!deep(a, b, false), a, b, "notDeepEqual", m); };
assert.notDeepStrictEqual = function (a, b, m) { check(!deep(a, b, true), a, b, "notDeepStrictEqual", m); };
assert.throws = function (fn, expected, m) {
  var threw = false;
  try { fn(); } catch (e) { threw = true; if (typeof expected === "function" && expected.prototype !== undefined && !(e instanceof expected)) throw e; }
  check(threw, undefined, expected, "throws", typeof expected === "string" ? expected : m || "Missing expected exception.");
};
assert.doesNotThrow = function (fn, m) { try { fn(); } catch (e) { check(false, e, undefined, "doesNotThrow", m || "Got unwanted exception: " + e.message); } };
assert.strict = assert;
module.exports = assert;
`;

const empty = "module.exports = {};";

/** Source for each shimmed Node built-in (they `require` each other by these names). */
export const NODE_SHIMS: Record<string, string> = {
  events,
  stream,
  string_decoder: stringDecoder,
  timers,
  util,
  path,
  querystring,
  url,
  assert,
};

/** Built-ins that become an empty object (code paths the libraries never take in QuickJS). */
export const EMPTY_BUILTINS = [
  "fs",
  "http",
  "https",
  "net",
  "tls",
  "zlib",
  "os",
  "child_process",
  "vm",
  "crypto",
  "worker_threads",
];

/** Built-ins a script may require (Postman's list); the others exist for bundled libraries. */
export const SCRIPT_BUILTINS = ["url", "querystring", "util", "assert", "events", "path"] as const;

/** Source of a built-in stand-in, or undefined if `name` is not a Node built-in we cover. */
export function shimSource(name: string): string | undefined {
  const bare = name.replace(/^node:/, "").replace(/\/$/, "");
  if (NODE_SHIMS[bare] !== undefined) return NODE_SHIMS[bare];
  return EMPTY_BUILTINS.includes(bare) ? empty : undefined;
}
