/**
 * Guest-side chai plugin with Postman's request and response assertions, a port of chai-postman
 * 2.x as postman-sandbox 4.7.1 (Newman 6.2.2) bundles it: the same checks in the same order with
 * the same messages (pm.response.to.have.status(...), .header, .body, .jsonBody, .jsonSchema,
 * .responseTime, .responseSize, to.be.ok/success/clientError/notFound/...). chai gets the plugin
 * when it first loads (from pm.expect, pm.response.to or a script's `require("chai")`), and is
 * then cached per context. The checks shared with the fast path (./fastAssert.ts) live at the top.
 * @see https://github.com/postmanlabs/chai-postman/blob/develop/lib/index.js
 */
export const GUEST_CHAI = String.raw`
var chaiExports = null;
/** Set once a script adds its own chai plugin: the fast path then steps aside (./fastAssert.ts). */
var chaiPluginsAdded = false;
onLoaded.chai = function (chai) {
  chai.use(postmanChai);
  var use = chai.use;
  chai.use = function () { chaiPluginsAdded = true; return use.apply(this, arguments); };
  chaiExports = chai;
};
function chaiLib() { return chaiExports || requireLib("chai"); }

var isResponse = function (o) { return !!(o && o.__satchelResponse); };
var isRequest = function (o) { return o instanceof Request; };
/** {ok, value} or {ok: false, error: chai-postman's one-line description of the parse failure}. */
var jsonOf = function (o) {
  try { return { ok: true, value: o.json() }; } catch (e) {
    var name = safeGet(e, "name"), message = safeGet(e, "message");
    return { ok: false, error: name === "JSONError" && message ? String(message).replace(/(.*?)\n.*/g, "$1") : name + ": " + message };
  }
};
/** Response classes by the first digit of the code: pm.response.to.be.success, … */
var CODE_CLASSES = { info: 1, success: 2, redirection: 3, clientError: 4, serverError: 5 };
/** Named responses: the reason (compared upper case) and the code must both match. */
var NAMED_CODES = {
  accepted: [202, "Accepted"], withoutContent: [204, "No Content"], badRequest: [400, "Bad Request"],
  unauthorised: [401, "Unauthorised"], unauthorized: [401, "Unauthorized"], forbidden: [403, "Forbidden"],
  notFound: [404, "Not Found"], notAcceptable: [406, "Acceptable"], rateLimited: [429, "Too Many Requests"],
  ok: [200, "OK"],
};
var reasonOf = function (r) { return String(r.reason()).toUpperCase(); };
/**
 * Whether a response passes the status word 'name' (info, error, notFound, ok, …): true or
 * false, or undefined when a named word's reason and code disagree (chai decides, as its
 * negation fails on either).
 */
function codeCheck(name, r) {
  if (hasOwn(CODE_CLASSES, name)) return Math.floor(r.code / 100) === CODE_CLASSES[name];
  if (name === "error") { var c = Math.floor(r.code / 100); return c === 4 || c === 5; }
  var named = NAMED_CODES[name];
  var reason = reasonOf(r) === named[1].toUpperCase(), code = r.code === named[0];
  return reason === code ? reason : undefined;
}
var CODE_WORDS = $keys(CODE_CLASSES).concat(["error"], $keys(NAMED_CODES));
/** pm.response.to.have.status(code or reason). */
var statusMatches = function (r, s) { return typeof s === "number" ? r.code === s : r.reason() === s; };
/** pm.response.to.have.header(key[, value]): true, false, or undefined (let chai decide). */
var headerMatches = function (o, args) {
  var list = o.headers;
  if (!list || typeof list.has !== "function") return undefined;
  if (!list.has(args[0])) return args.length < 2 ? false : undefined;
  return args.length < 2 || list.one(args[0]).value === args[1];
};

/** lodash's path syntax: a.b[0]['c d'] → ["a", "b", "0", "c d"]. */
function pathParts(path) {
  var out = [], re = /[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g, m;
  if (path.charCodeAt(0) === 46) out.push("");
  while ((m = re.exec(path))) {
    out.push(m[2] ? m[3].replace(/\\(\\)?/g, "$1") : m[1] !== undefined ? m[1] : m[0]);
    if (m[0] === "") re.lastIndex++;
  }
  return out;
}
/** lodash's has and get over a JSON value. */
function jsonPath(obj, path) {
  if (obj !== null && obj !== undefined && hasOwn(Object(obj), path)) return { found: true, value: obj[path] };
  var parts = pathParts(path), cur = obj;
  for (var i = 0; i < parts.length; i++) {
    if (cur === null || cur === undefined || !hasOwn(Object(cur), parts[i])) return { found: false };
    cur = cur[parts[i]];
  }
  return { found: parts.length > 0, value: cur };
}

function postmanChai(chai, utils) {
  var A = chai.Assertion;
  var eql = function (a, b) { return utils.eql(a, b); };
  var isPlain = function (o) {
    if (!o || typeof o !== "object") return false;
    var proto = Object.getPrototypeOf(o);
    return proto === null || proto === Object.prototype;
  };
  /** chai-postman's preconditions: new Assertion(obj).to.be.postmanResponse, .to.have.property(…). */
  var mustBeResponse = function (o) { new A(o).to.be.postmanResponse; };
  var mustHave = function (o, key, type) {
    new A(o).to.have.property(key);
    if (type) new A(o[key]).to.be.a(type);
  };

  A.addProperty("postmanRequest", function () {
    this.assert(isRequest(this._obj), "expecting a postman request object but got #{this}", "not expecting a postman request object");
  });
  A.addProperty("postmanResponse", function () {
    this.assert(isResponse(this._obj), "expecting a postman response object but got #{this}", "not expecting a postman response object");
  });
  A.addProperty("postmanRequestOrResponse", function () {
    this.assert(isResponse(this._obj) || isRequest(this._obj), "expecting a postman request or response object but got #{this}",
      "not expecting a postman request or response object");
  });

  var codeClass = function (o, want) {
    mustBeResponse(o); mustHave(o, "code", "number");
    this.assert(Math.floor(o.code / 100) === want, "expected response code to be #{exp}XX but found #{act}",
      "expected response code to not be #{exp}XX", want, o.code);
  };
  A.addMethod("statusCodeClass", function (want) { codeClass.call(this, this._obj, want); });
  $keys(CODE_CLASSES).forEach(function (name) {
    A.addProperty(name, function () { codeClass.call(this, this._obj, CODE_CLASSES[name]); });
  });
  A.addProperty("error", function () {
    var o = this._obj;
    mustBeResponse(o); mustHave(o, "code", "number");
    var c = Math.floor(o.code / 100);
    this.assert(c === 4 || c === 5, "expected response code to be 4XX or 5XX but found #{act}",
      "expected response code to not be 4XX or 5XX", null, o.code);
  });

  // chai-postman's order (chai suggests the last closest word of an unknown one in this order).
  A.addMethod("statusCode", statusCode);
  A.addMethod("statusReason", function (want) { statusReason.call(this, String(want)); });

  function named(o, entry) {
    mustHave(o, "reason", "function");
    mustHave(o, "details", "function");
    var want = entry[1].toUpperCase(), reason = reasonOf(o), code = Number(o.details().code);
    this.assert(reason === want, "expected response to have status reason #{exp} but got #{act}",
      "expected response to not have status reason #{act}", want, reason);
    this.assert(code === entry[0], "expected response to have status code #{exp} but got #{act}",
      "expected response to not have status code #{act}", entry[0], code);
  }
  $keys(NAMED_CODES).forEach(function (name) {
    if (name === "ok") return;
    A.addProperty(name, function () { mustBeResponse(this._obj); named.call(this, this._obj, NAMED_CODES[name]); });
  });
  A.overwriteProperty("ok", function (_super) {
    return function () {
      if (isResponse(this._obj)) named.call(this, this._obj, NAMED_CODES.ok); else _super.call(this);
    };
  });

  function statusCode(want) {
    var o = this._obj;
    mustBeResponse(o); mustHave(o, "code", "number");
    this.assert(o.code === Number(want), "expected response to have status code #{exp} but got #{act}",
      "expected response to not have status code #{act}", Number(want), o.code);
  }
  function statusReason(want) {
    var o = this._obj;
    mustBeResponse(o); mustHave(o, "reason", "function");
    this.assert(o.reason() === want, "expected response to have status reason #{exp} but got #{act}",
      "expected response to not have status reason #{act}", want, o.reason());
  }
  A.addMethod("status", function (want) {
    mustBeResponse(this._obj);
    if (typeof want === "number") statusCode.call(this, want); else statusReason.call(this, want);
  });

  A.addMethod("header", function (key, value) {
    var o = this._obj;
    new A(o).to.be.postmanRequestOrResponse;
    mustHave(o, "headers");
    var kind = isRequest(o) ? "request" : "response", name = String(key);
    this.assert(o.headers.has(key), "expected " + kind + " to have header with key '" + name + "'",
      "expected " + kind + " to not have header with key '" + name + "'", true, o.headers.has(key));
    if (arguments.length < 2) return;
    var found = o.headers.one(key);
    if (!found) throw new TypeError("Cannot read properties of undefined (reading 'value')");
    this.assert(found.value === value, "expected '" + name + "' " + kind + " header to be #{exp} but got #{act}",
      "expected '" + name + "' " + kind + " header to not be #{act}", value, found.value);
  });

  var withBody = function (text) {
    this.assert(typeof text === "string" && text.length, "expected response to have content in body",
      "expected response to not have content in body");
  };
  A.addProperty("withBody", function () {
    var o = this._obj;
    mustBeResponse(o); mustHave(o, "text", "function");
    withBody.call(this, o.text());
  });
  var validJson = function (o) {
    mustBeResponse(o); mustHave(o, "json", "function");
    var j = jsonOf(o);
    this.assert(j.ok, "expected response body to be a valid json but got error " + j.error,
      "expected response body not to be a valid json");
    return j;
  };
  A.addProperty("json", function () { validJson.call(this, this._obj); });

  A.addMethod("body", function (expected) {
    var o = this._obj;
    mustBeResponse(o);
    if (isPlain(expected)) {
      mustHave(o, "json", "function");
      var j = jsonOf(o);
      this.assert(j.ok && eql(j.value, expected), "expected response body json to equal #{exp} but got #{act}",
        "expected response body json to not equal #{exp} but got #{act}", expected, j.value);
      return;
    }
    mustHave(o, "text", "function");
    var text = o.text();
    if (arguments.length === 0) return withBody.call(this, text);
    if (expected instanceof RegExp) {
      this.assert(expected.exec(text) !== null, "expected response body text to match #{exp} but got #{act}",
        "expected response body text #{act} to not match #{exp}", expected, text);
    } else {
      this.assert(eql(text, expected), "expected response body to equal #{exp} but got #{act}",
        "expected response body to not equal #{exp}", expected, text);
    }
  });

  A.addMethod("jsonBody", function (path, value) {
    var o = this._obj;
    mustBeResponse(o); mustHave(o, "json", "function");
    var j = jsonOf(o);
    if (arguments.length === 0) {
      this.assert(j.ok, "expected response body to be a valid json but got error " + j.error,
        "expected response body not to be a valid json");
      return;
    }
    if (typeof path !== "string") return;
    var hit = jsonPath(j.value, path);
    this.assert(hit.found, "expected #{act} in response to contain property #{exp}",
      "expected #{act} in response to not contain property #{exp}", path, j.value);
    if (arguments.length < 2) return;
    this.assert(eql(hit.value, value), 'expected response body json at "' + path + '" to contain #{exp} but got #{act}',
      'expected response body json at "' + path + '" to not contain #{exp} but got #{act}', value, hit.value);
  });

  A.addChainableMethod("responseTime", function (expected) {
    var n = utils.flag(this, "number");
    var msg = "expected response to have a valid response time but got #{act}";
    var not = "expected response to not have a valid response time but got #{act}";
    this.assert(typeof n === "number", msg, not, null, n);
    if (arguments.length) this.assert(eql(n, expected), msg, not, null, n);
  }, function () {
    var o = this._obj;
    mustBeResponse(o); mustHave(o, "responseTime");
    utils.flag(this, "number", o.responseTime);
    this._obj = o.responseTime;
  });
  A.addChainableMethod("responseSize", function (expected) {
    var n = utils.flag(this, "number");
    this.assert(typeof n === "number", "expected response to have a valid response size but got #{act}",
      "expected response to not have a valid response size but got #{act}", null, n);
    if (arguments.length) {
      this.assert(eql(n, expected), "expected response size to equal #{act} but got #{exp}",
        "expected response size to not equal #{act} but got #{exp}", expected, n);
    }
  }, function () {
    var o = this._obj;
    mustBeResponse(o); mustHave(o, "size", "function");
    var size = o.size(), total = (size.header || 0) + (size.body || 0);
    utils.flag(this, "number", total);
    this._obj = total;
  });

  A.addMethod("jsonSchema", function (schema, options) {
    new A(schema).to.be.an("object");
    var o = this._obj;
    var data = isResponse(o) || (isRequest(o) && typeof o.json === "function") ? o.json() : o;
    var result = validateSchema(schema, data, options);
    this.assert(result.valid, "expected data to satisfy schema but found following errors: \n" + result.text,
      "expected data to not satisfy schema", true, result.valid);
  });

  // Satchel's own words, after chai-postman's.
  A.addMethod("code", function (want) { statusCode.call(this, want); });
  A.addMethod("cookie", function (name, value) {
    var o = this._obj;
    var list = o && o.cookies ? o.cookies : new PropertyList([]);
    if (arguments.length < 2) {
      this.assert(list.has(name), "expected response to have cookie '" + name + "'", "expected response to not have cookie '" + name + "'");
    } else {
      this.assert(list.get(name) === value, "expected cookie '" + name + "' to have value #{exp} but got #{act}",
        "expected cookie '" + name + "' to not have value #{exp}", value, list.get(name));
    }
  });
}
`;
