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

function buildFastProto(chai) {
  var AP = chai.Assertion.prototype;
  var FP = Object.create(AP);
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
  CODE_CHECKS.forEach(function (c) {
    var test = c[1];
    property(c[0], function (o) { return isResponse(o) ? test(o.code) : c[0] === "ok" ? !!o : undefined; });
  });
  property("json", function (o) { return isResponse(o) ? jsonOf(o).ok : undefined; });
  var strictEqual = function (o, args, f) { return f.deep || args[1] ? undefined : args[0] === o; };
  ["equal", "equals", "eq"].forEach(function (name) { method(name, strictEqual); });
  var deepEqual = function (o, args, f) { return args[1] ? undefined : f.eql(args[0], o); };
  ["eql", "eqls"].forEach(function (name) { method(name, deepEqual); });
  var status = function (o, args) { return isResponse(o) ? statusMatches(o, args[0]) : undefined; };
  ["status", "statusCode", "statusReason", "code"].forEach(function (name) { method(name, status); });
  method("header", function (o, args) { return isResponse(o) ? headerMatches(o, args) : undefined; });
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
