/**
 * Guest-side chai plugin with Postman's response assertions (pm.response.to.have.status(...),
 * .header, .body, .jsonBody, .jsonSchema, .responseTime, to.be.ok/success/clientError/...).
 * chai is loaded on first use of pm.expect or pm.response.to, then cached per context.
 */
export const GUEST_CHAI = String.raw`
var chaiReady = false;
function chaiLib() {
  var chai = requireLib("chai");
  if (!chaiReady) { chai.use(postmanChai); chaiReady = true; }
  return chai;
}

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
  var isResponse = function (o) { return !!(o && o.__satchelResponse); };
  var textOf = function (o) { return o && typeof o.text === "function" ? o.text() : String(o && o.body !== undefined ? o.body : ""); };
  var jsonOf = function (o) { try { return { ok: true, value: typeof o.json === "function" ? o.json() : JSON.parse(textOf(o)) }; } catch (e) { return { ok: false }; } };

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
  var between = function (lo, hi) { return function (c) { return c >= lo && c <= hi; }; };
  var equals = function (n) { return function (c) { return c === n; }; };
  codeProperty("ok", equals(200), "200");
  codeProperty("success", between(200, 299), "2XX");
  codeProperty("info", between(100, 199), "1XX");
  codeProperty("redirection", between(300, 399), "3XX");
  codeProperty("clientError", between(400, 499), "4XX");
  codeProperty("serverError", between(500, 599), "5XX");
  codeProperty("error", between(400, 599), "4XX or 5XX");
  codeProperty("accepted", equals(202), "202");
  codeProperty("withoutContent", equals(204), "204");
  codeProperty("badRequest", equals(400), "400");
  codeProperty("unauthorized", equals(401), "401");
  codeProperty("unauthorised", equals(401), "401");
  codeProperty("forbidden", equals(403), "403");
  codeProperty("notFound", equals(404), "404");
  codeProperty("rateLimited", equals(429), "429");

  function status(s) {
    var r = subject(this);
    if (typeof s === "string") {
      this.assert(r.status === s, "expected response to have status reason #{exp} but got #{act}",
        "expected response to not have status reason #{act}", s, r.status);
    } else {
      this.assert(r.code === s, "expected response to have status code #{exp} but got #{act}",
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
    if (arguments.length < 2) {
      this.assert(list.has(key), "expected response to have header with key '" + key + "'",
        "expected response to not have header with key '" + key + "'", true, list.has(key));
      return;
    }
    var actual = list.get(key);
    this.assert(actual === value, "expected '" + key + "' response header to be #{exp} but got #{act}",
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
