/**
 * Guest-side cookies: `pm.cookies` (postman-collection's CookieList: names without case, a value
 * read decoded, several cookies of one name allowed) and `pm.cookies.jar()` (postman-sandbox's
 * PostmanCookieJar: get, getAll, set, unset, clear with `(error, result)` callbacks). A jar call
 * checks its arguments as Postman does (a TypeError at once), then goes to the host as an
 * operation through the captured channel; the host runs it against its copy of the jar with
 * tough-cookie's rules (../../../core/cookies/scriptJar.ts) and the answer comes back through
 * `deliver`, like a pm.sendRequest response. The guest never says what the jar holds.
 * @see node_modules/postman-sandbox/lib/sandbox/cookie-jar.js
 */
export const GUEST_COOKIES = String.raw`
var hostCookie = host.cookie;
var $decode = decodeURIComponent;

/** A cookie as postman-collection shows it: its fields in Postman's order, the value encoded. */
function ScriptCookie(c) {
  var self = this;
  ["name", "expires", "maxAge", "domain", "path", "secure", "httpOnly", "hostOnly", "value"].forEach(function (k) {
    if (c[k] !== undefined) self[k] = c[k];
  });
}
var CKP = ScriptCookie.prototype;
CKP.valueOf = function () {
  try { return $decode(this.value === undefined ? "" : this.value); } catch (e) { return this.value; }
};

/** postman-collection's CookieList: indexed by name without case, a cookie's value decoded. */
function CookieList(items) {
  PropertyList.call(this, [], true);
  var self = this;
  (items || []).forEach(function (c) { self.members.push(c instanceof ScriptCookie ? c : new ScriptCookie(c)); });
}
var CLP = CookieList.prototype = Object.create(PL);
CLP.constructor = CookieList;
CLP.matches = function (item, key) { return item.name !== undefined && this.norm(item.name) === this.norm(key); };
CLP.add = function (c) { this.members.push(c instanceof ScriptCookie ? c : new ScriptCookie(toItem(c))); };
CLP.get = function (name) {
  var c = this.one(name);
  return c ? c.valueOf() : undefined;
};
CLP.toObject = function (excludeDisabled, caseSensitive) {
  var out = {};
  this.members.forEach(function (m) {
    if (m.name === undefined) return;
    var k = caseSensitive ? String(m.name) : String(m.name).toLowerCase();
    if (hasOwn(out, k)) defineValue(out, k, [].concat(out[k], m.valueOf()));
    else defineValue(out, k, m.valueOf());
  });
  return out;
};
CLP.toJSON = function () { return this.members.map(function (m) { return Object.assign({}, m); }); };
CLP.toString = function () {
  return this.members.map(function (m) { return m.name + "=" + (m.value === undefined ? "" : m.value); }).join("; ");
};

/** Response Set-Cookie headers as cookies, for a run without a jar (the browser's fetch). */
function setCookieList(response) {
  if (!response) return [];
  return response.cookies.members.map(function (c) {
    return { name: c.key, domain: c.domain, path: c.path, value: c.value };
  });
}

function jarCallback(callback, error, result) {
  if (typeof callback !== "function") return;
  try {
    if (error !== null) callback(error); else callback(null, result);
  } catch (e) { reportError(e); }
}

/** Starts a jar operation; its callback runs when the host answers (never synchronously). */
function jarCall(op, shape, callback) {
  var id = hostCookie($stringify(op));
  var entry = { jar: true, shape: shape, callback: callback };
  if (id < 0) {
    var why = id === -2 ? "pm.cookies.jar(): there is no cookie jar here (the request's transport keeps none)"
      : "pm.cookies.jar(): the limit of cookie jar calls per script was reached";
    Promise.resolve().then(function () { settleJar(entry, { ok: false, error: why }); });
  } else sends[id] = entry;
}

function settleJar(entry, out) {
  if (!out.ok) return jarCallback(entry.callback, new Error(out.error));
  var v = out.value;
  if (entry.shape === "list") v = new CookieList(v || []);
  else if (entry.shape === "cookie") v = v ? new ScriptCookie(v) : undefined;
  jarCallback(entry.callback, null, v);
}

/** postman-sandbox's sanitizeURL: a Url, or a non-empty string; else a TypeError. */
function jarUrl(url, method) {
  if (url instanceof Url) return url.toString();
  if (url && typeof url === "string") return url;
  throw new TypeError("CookieJar." + method + "() requires a valid url");
}

function cookieFields(c) {
  var out = {};
  var name = c.name || c.key;
  if (name !== undefined) out.key = name;
  ["value", "expires", "maxAge", "domain", "path", "secure", "httpOnly", "hostOnly", "extensions", "sameSite"].forEach(function (k) {
    var v = c[k];
    if (v === undefined) return;
    out[k] = v instanceof Date ? (isNaN(v.getTime()) ? undefined : v.toISOString()) : v;
  });
  return out;
}

function CookieJarApi() {}
var CJP = CookieJarApi.prototype;
CJP.get = function (url, name, callback) {
  url = jarUrl(url, "get");
  if (typeof callback !== "function") throw new TypeError("CookieJar.get() requires a callback function");
  if (typeof name !== "string") throw new TypeError("CookieJar.get() requires cookie name to be a string");
  jarCall({ op: "get", url: url, name: name }, "value", callback);
};
CJP.getAll = function (url, options, callback) {
  url = jarUrl(url, "getAll");
  if (typeof options === "function" && !callback) { callback = options; options = {}; }
  if (typeof callback !== "function") throw new TypeError("CookieJar.getAll() requires a callback function");
  if (typeof options !== "object") throw new TypeError("CookieJar.getAll() requires options to be an object");
  var op = { op: "getAll", url: url };
  if (options && hasOwn(options, "http") && !options.http) op.http = false;
  jarCall(op, "list", callback);
};
CJP.set = function (url, name, value, callback) {
  url = jarUrl(url, "set");
  if (typeof value === "function" && !callback) { callback = value; value = null; }
  var cookie;
  if (name && value) cookie = { key: name, value: value };
  else if (typeof name === "object") cookie = name === null ? null : cookieFields(name);
  else if (typeof name === "string") cookie = name;
  else throw new TypeError("CookieJar.set() requires a valid set cookie arguments");
  jarCall({ op: "set", url: url, cookie: cookie }, "cookie", callback);
};
CJP.unset = function (url, name, callback) {
  url = jarUrl(url, "unset");
  if (typeof name !== "string") throw new TypeError("CookieJar.unset() requires cookie name to be a string");
  jarCall({ op: "unset", url: url, name: name }, "none", callback);
};
CJP.clear = function (url, callback) {
  url = jarUrl(url, "clear");
  jarCall({ op: "clear", url: url }, "none", callback);
};

/**
 * pm.cookies: in a test script, the jar's cookies for the response's URL (as Newman); before the
 * request, none. Without a jar (the host gives no cookie list), the response's Set-Cookie headers.
 */
function makeCookieList(stageCookies, response) {
  var list = new CookieList(stageCookies ? stageCookies : setCookieList(response));
  Object.defineProperty(list, "jar", { value: function jar() { return new CookieJarApi(); } });
  return list;
}
`;
