/**
 * The fast path for `pm.expect(...)`, `pm.response.to` and `pm.request.to`. chai builds a new
 * Proxy-wrapped Assertion for every word of a chain (`.to`, `.have`, …), which costs about as
 * much inside QuickJS as the rest of a test script. A FastAssertion is a real chai assertion
 * (its prototype inherits chai's, its flags live in `__flags` as chai expects), so every chai
 * word and plugin works unchanged; only the common words are handled here:
 * - language chains and `.not` copy the flags as chai does, without the Proxy;
 * - a handful of assertions (equal, eql, true/false/null/undefined/exist, ok, and Postman's
 *   status, header, json and response-code words) return at once when they pass. When they
 *   fail, or cannot decide, chai's own method runs on the same flags, so a failure has chai's
 *   exact message.
 * A script that adds its own chai plugin turns the fast path off for the context, so a plugin
 * that overwrites one of these words is always honoured.
 */
export const GUEST_FAST_ASSERT = String.raw`
var FastProto = null;
var LANGUAGE_CHAINS = ["to", "be", "been", "is", "and", "has", "have", "with", "that", "which", "at", "of",
  "same", "but", "does", "still", "also"];

function FastAssertion() {}

/**
 * A FastAssertion whose flags start as a copy of those of 'from' (chai's transferFlags with every
 * flag). The copy is copy-on-write: the new flags object inherits the old one, so reads (chai's
 * flag(), and transferFlags' for-in) see every flag and writes stay on the copy.
 */
function forkAssertion(from) {
  var copy = new FastAssertion();
  copy.__flags = Object.create(from.__flags);
  return copy;
}

/** chai's proxy-excluded keys and its own words, left out of "Did you mean" suggestions. */
var CHAI_EXCLUDED = ["then", "catch", "inspect", "toJSON"];
var CHAI_BUILTINS = ["__flags", "__methods", "_obj", "assert"];

/** chai's stringDistanceCapped: edit distance between a and b, capped at 'cap'. */
function distanceCapped(a, b, cap) {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  var memo = [], i, j;
  for (i = 0; i <= a.length; i++) { memo[i] = []; for (j = 0; j <= b.length; j++) memo[i][j] = 0; memo[i][0] = i; }
  for (j = 0; j < b.length; j++) memo[0][j] = j;
  for (i = 1; i <= a.length; i++) {
    var ch = a.charCodeAt(i - 1);
    for (j = 1; j <= b.length; j++) {
      if (Math.abs(i - j) >= cap) { memo[i][j] = cap; continue; }
      memo[i][j] = Math.min(memo[i - 1][j] + 1, memo[i][j - 1] + 1, memo[i - 1][j - 1] + (ch === b.charCodeAt(j - 1) ? 0 : 1));
    }
  }
  return memo[a.length][b.length];
}

/**
 * The end of the fast prototype chain: chai's proxy check, met only by words the fast path does
 * not define, so a word chai does not know ("to.be.html") throws chai's "Invalid Chai property"
 * error (with its suggestion) instead of reading as undefined.
 */
function chaiWordGuard(AP) {
  return new Proxy(AP, {
    get: function (target, property, receiver) {
      if (typeof property === "string" && CHAI_EXCLUDED.indexOf(property) < 0 && !Reflect.has(target, property)) {
        var suggestion = null, best = 4, seen = [], o = target;
        for (; o !== null; o = Object.getPrototypeOf(o)) {
          Object.getOwnPropertyNames(o).forEach(function (name) {
            if (seen.indexOf(name) >= 0) return;
            seen.push(name);
            if (hasOwn(Object.prototype, name) || CHAI_BUILTINS.indexOf(name) >= 0) return;
            var d = distanceCapped(property, name, best);
            if (d < best) { suggestion = name; best = d; }
          });
        }
        throw Error("Invalid Chai property: " + property + (suggestion !== null ? '. Did you mean "' + suggestion + '"?' : ""));
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

function buildFastProto(chai) {
  var AP = chai.Assertion.prototype;
  var FP = Object.create(chaiWordGuard(AP));
  var define = function (name, get) { Object.defineProperty(FP, name, { get: get, enumerable: false }); };
  var self = function () { return forkAssertion(this); };
  LANGUAGE_CHAINS.forEach(function (name) { define(name, self); });
  define("not", function () { this.__flags.negate = true; return forkAssertion(this); });
  /** pass(object, flags): true or false, or undefined to let chai decide. */
  var property = function (name, pass) {
    var slow = Object.getOwnPropertyDescriptor(AP, name).get;
    define(name, function () {
      var f = this.__flags;
      return pass(f.object, f) === !f.negate ? forkAssertion(this) : slow.call(this);
    });
  };
  var method = function (name, pass) {
    var slow = AP[name];
    Object.defineProperty(FP, name, { enumerable: false, value: function () {
      var f = this.__flags;
      if (pass(f.object, arguments, f) === !f.negate) return forkAssertion(this);
      return slow.apply(this, arguments);
    } });
  };
  property("true", function (o) { return o === true; });
  property("false", function (o) { return o === false; });
  property("null", function (o) { return o === null; });
  property("undefined", function (o) { return o === undefined; });
  property("exist", function (o) { return o !== null && o !== undefined; });
  property("exists", function (o) { return o !== null && o !== undefined; });
  CODE_WORDS.forEach(function (name) {
    property(name, function (o) { return isResponse(o) ? codeCheck(name, o) : name === "ok" ? !!o : undefined; });
  });
  property("json", function (o) { return isResponse(o) ? jsonOf(o).ok : undefined; });
  var strictEqual = function (o, args, f) { return f.deep || args[1] ? undefined : args[0] === o; };
  ["equal", "equals", "eq"].forEach(function (name) { method(name, strictEqual); });
  var deepEqual = function (o, args, f) { return args[1] ? undefined : f.eql(args[0], o); };
  ["eql", "eqls"].forEach(function (name) { method(name, deepEqual); });
  method("status", function (o, args) { return isResponse(o) ? statusMatches(o, args[0]) : undefined; });
  var code = function (o, args) { return isResponse(o) ? o.code === Number(args[0]) : undefined; };
  method("statusCode", code);
  method("code", code);
  method("statusReason", function (o, args) { return isResponse(o) ? o.reason() === String(args[0]) : undefined; });
  method("header", function (o, args) { return isResponse(o) || isRequest(o) ? headerMatches(o, args) : undefined; });
  return Object.freeze(FP);
}

/** chai's expect(value, message), on the fast path unless a script added a chai plugin. */
function fastExpect(value, message) {
  var chai = chaiLib();
  if (chaiPluginsAdded) return chai.expect(value, message);
  if (!FastProto) {
    FastProto = buildFastProto(chai);
    FastAssertion.prototype = FastProto;
  }
  var a = new FastAssertion();
  var flags = Object.create(null);
  flags.ssfi = FastAssertion;
  flags.lockSsfi = undefined;
  flags.object = value;
  flags.message = message;
  flags.eql = chai.config.deepEqual || chai.util.eql;
  a.__flags = flags;
  return a;
}

/** pm.expect: fastExpect with chai's static expect.fail. */
function pmExpect(value, message) { return fastExpect(value, message); }
pmExpect.fail = function () { var e = chaiLib().expect; return e.fail.apply(e, arguments); };
`;
