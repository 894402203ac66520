/**
 * Guest-side chai plugin with Postman's response assertions (pm.response.to.have.status(...),
 * .header, .body, .jsonBody, .jsonSchema, .responseTime, to.be.ok/success/clientError/...).
 * chai gets the plugin when it first loads (from pm.expect, pm.response.to or a script's
 * `require("chai")`), and is then cached per context. The checks shared with the fast path
 * (./fastAssert.ts) live at the top.
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
var textOf = function (o) { return o && typeof o.text === "function" ? o.text() : String(o && o.body !== undefined ? o.body : ""); };
var jsonOf = function (o) { try { return { ok: true, value: typeof o.json === "function" ? o.json() : JSON.parse(textOf(o)) }; } catch (e) { return { ok: false }; } };
var between = function (lo, hi) { return function (c) { return c >= lo && c <= hi; }; };
var equals = function (n) { return function (c) { return c === n; }; };
/** [property, test of the response code, label]: pm.response.to.be.ok, .success, … */
var CODE_CHECKS = [
  ["ok", equals(200), "200"], ["success", between(200, 299), "2XX"], ["info", between(100, 199), "1XX"],
  ["redirection", between(300, 399), "3XX"], ["clientError", between(400, 499), "4XX"],
  ["serverError", between(500, 599), "5XX"], ["error", between(400, 599), "4XX or 5XX"],
  ["accepted", equals(202), "202"], ["withoutContent", equals(204), "204"], ["badRequest", equals(400), "400"],
  ["unauthorized", equals(401), "401"], ["unauthorised", equals(401), "401"], ["forbidden", equals(403), "403"],
  ["notFound", equals(404), "404"], ["rateLimited", equals(429), "429"],
];
/** pm.response.to.have.status(code or reason). */
var statusMatches = function (r, s) { return typeof s === "string" ? r.status === s : r.code === s; };
/** pm.response.to.have.header(key[, value]) over the arguments. */
var headerMatches = function (o, args) {
  var list = asList(o && o.headers, true);
  return args.length < 2 ? list.has(args[0]) : list.get(args[0]) === args[1];
};

function jsonPath(obj, path) {
  var parts = String(path).replace(/\[(\w+)\]/g, ".$1").split(".").filter(function (p) { return p !== ""; });
  var cur = obj;
  for (var i = 0; i < parts.length; i++) {
    if (cur === null || typeof cur !== "object" || !hasOwn(cur, parts[i])) return { found: false };
    cur = cur[parts[i]];
  }
  return { found: true, value: cur };
}

function postmanChai(chai, utils) {
  var A = chai.Assertion;
  var flag = utils.flag;
  var subject = function (a) { return flag(a, "object"); };

  function codeProperty(name, test, label) {
    var check = function () {
      var r = subject(this);
      this.assert(isResponse(r) && test(r.code), "expected response code to be " + label + " but found #{act}",
        "expected response code to not be " + label + " but found #{act}", label, r && r.code);
    };
    if (name === "ok") {
      A.overwriteProperty("ok", function (_super) {
        return function () { if (isResponse(subject(this))) check.call(this); else _super.call(this); };
      });
    } else A.addProperty(name, check);
  }
  CODE_CHECKS.forEach(function (c) { codeProperty(c[0], c[1], c[2]); });

  function status(s) {
    var r = subject(this);
    if (typeof s === "string") {
      this.assert(statusMatches(r, s), "expected response to have status reason #{exp} but got #{act}",
        "expected response to not have status reason #{act}", s, r.status);
    } else {
      this.assert(statusMatches(r, s), "expected response to have status code #{exp} but got #{act}",
        "expected response to not have status code #{act}", s, r.code);
    }
  }
  A.addMethod("status", status);
  A.addMethod("statusCode", status);
  A.addMethod("statusReason", status);
  A.addMethod("code", status);

  A.addMethod("header", function (key, value) {
    var o = subject(this);
    var list = asList(o && o.headers, true);
    var found = headerMatches(o, arguments);
    if (arguments.length < 2) {
      this.assert(found, "expected response to have header with key '" + key + "'",
        "expected response to not have header with key '" + key + "'", true, list.has(key));
      return;
    }
    var actual = list.get(key);
    this.assert(found, "expected '" + key + "' response header to be #{exp} but got #{act}",
      "expected '" + key + "' response header to not be #{act}", value, actual);
  });

  A.addMethod("body", function (expected) {
    var o = subject(this);
    var text = textOf(o);
    if (arguments.length === 0) {
      this.assert(text.length > 0, "expected response to have content in body", "expected response to not have content in body");
    } else if (expected instanceof RegExp) {
      this.assert(expected.test(text), "expected response body text #{act} to match #{exp}",
        "expected response body text #{act} to not match #{exp}", expected, text);
    } else if (typeof expected === "string") {
      this.assert(text === expected, "expected response body to equal #{exp} but got #{act}",
        "expected response body to not equal #{exp}", expected, text, true);
    } else {
      var j = jsonOf(o);
      this.assert(j.ok && utils.eql(j.value, expected), "expected response body json to equal #{exp} but got #{act}",
        "expected response body json to not equal #{exp}", expected, j.value, true);
    }
  });
  A.addProperty("withBody", function () {
    this.assert(textOf(subject(this)).length > 0, "expected response to have content in body", "expected response to not have content in body");
  });

  A.addProperty("json", function () {
    var j = jsonOf(subject(this));
    this.assert(j.ok, "expected response body to be a valid json", "expected response body to not be a valid json");
  });

  A.addMethod("jsonBody", function (path, value) {
    var j = jsonOf(subject(this));
    if (arguments.length === 0) {
      this.assert(j.ok, "expected response body to be a valid json", "expected response body to not be a valid json");
    } else if (typeof path !== "string") {
      this.assert(j.ok && utils.eql(j.value, path), "expected response body json to equal #{exp} but got #{act}",
        "expected response body json to not equal #{exp}", path, j.value, true);
    } else {
      var hit = j.ok ? jsonPath(j.value, path) : { found: false };
      if (arguments.length === 1) {
        this.assert(hit.found, "expected #{act} in response to contain property '" + path + "'",
          "expected #{act} in response to not contain property '" + path + "'", path, j.value);
      } else {
        this.assert(hit.found && utils.eql(hit.value, value), "expected response body json at '" + path + "' to contain #{exp} but got #{act}",
          "expected response body json at '" + path + "' to not contain #{exp}", value, hit.value, true);
      }
    }
  });

  A.addMethod("jsonSchema", function (schema, options) {
    var j = jsonOf(subject(this));
    var Ajv = requireLib("ajv");
    Ajv = Ajv.default || Ajv;
    var ajv = new Ajv(Object.assign({ allErrors: true, strict: false, logger: false }, options || {}));
    var validate = ajv.compile(schema);
    var valid = j.ok && validate(j.value);
    this.assert(valid, "expected data to satisfy schema but found following errors: \n" + (j.ok ? ajv.errorsText(validate.errors) : "the body is not valid JSON"),
      "expected data to not satisfy schema", true, valid);
  });

  A.addProperty("responseTime", function () { flag(this, "object", subject(this).responseTime); });
  A.addProperty("responseSize", function () { flag(this, "object", subject(this).responseSize); });

  A.addMethod("cookie", function (name, value) {
    var o = subject(this);
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
