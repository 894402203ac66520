/**
 * Guest-side variable scopes: pm.globals / environment / collectionVariables / iterationData
 * over plain stores, pm.variables with Postman's precedence (local > data > environment >
 * collection > global), and replaceIn through the host's template resolver. Every change reaches
 * the host as it happens (reportVar).
 */
export const GUEST_SCOPES = String.raw`
var PRECEDENCE = ["local", "data", "environment", "collection", "globals"];

/** Tells the host about one variable change the moment it happens: set (value as JSON), unset, clear. */
function reportVar(op, scope, key, value) {
  if (op !== "set") { hostEmit("var", op, scope, key === undefined ? "" : safeString(key), ""); return; }
  var json;
  try { json = $stringify(value); } catch (e) { json = safeJson(value); }
  // undefined and functions have no JSON: the variable ends up unset, as in a JSON round trip.
  if (typeof json !== "string") hostEmit("var", "unset", scope, safeString(key), "");
  else hostEmit("var", "set", scope, safeString(key), json);
}
function setKey(store, key, value) {
  $defineProperty(store, safeString(key), { value: value, writable: true, enumerable: true, configurable: true });
}
function copyStore(store) {
  var out = {};
  Object.keys(store).forEach(function (k) { setKey(out, k, store[k]); });
  return out;
}
function replaceWith(names, tpl) {
  var only = {};
  names.forEach(function (n) { only[n] = stage.scopes[n]; });
  return host.replaceIn(tpl === undefined || tpl === null ? "" : String(tpl), $stringify(only));
}

function VariableScope(name, readOnly) {
  Object.defineProperty(this, "scope", { value: name });
  Object.defineProperty(this, "readOnly", { value: !!readOnly });
}
var VS = VariableScope.prototype;
Object.defineProperty(VS, "store", { get: function () { return stage.scopes[this.scope]; } });
VS.get = function (key) { return hasOwn(this.store, key) ? this.store[key] : undefined; };
VS.has = function (key) { return hasOwn(this.store, key); };
VS.set = function (key, value) {
  if (this.readOnly) throw new Error("pm.iterationData is read-only");
  if (key && typeof key === "object") {
    var self = this, keys = $keys(key);
    for (var i = 0; i < keys.length; i++) {
      setKey(self.store, keys[i], key[keys[i]]);
      reportVar("set", self.scope, keys[i], key[keys[i]]);
    }
    return;
  }
  setKey(this.store, key, value);
  reportVar("set", this.scope, key, value);
};
VS.unset = function (key) { delete this.store[key]; reportVar("unset", this.scope, key); };
VS.clear = function () {
  var store = this.store, keys = $keys(store);
  for (var i = 0; i < keys.length; i++) delete store[keys[i]];
  reportVar("clear", this.scope);
};
VS.toObject = function () { return copyStore(this.store); };
VS.toJSON = function () {
  var store = this.store;
  return { values: Object.keys(store).map(function (k) { return { key: k, value: store[k] }; }) };
};
VS.replaceIn = function (tpl) { return replaceWith([this.scope], tpl); };
VS.name = undefined;

function Variables() {}
var VV = Variables.prototype;
VV.get = function (key) {
  for (var i = 0; i < PRECEDENCE.length; i++) {
    var s = stage.scopes[PRECEDENCE[i]];
    if (hasOwn(s, key)) return s[key];
  }
  return undefined;
};
VV.has = function (key) {
  return PRECEDENCE.some(function (n) { return hasOwn(stage.scopes[n], key); });
};
VV.set = function (key, value) { setKey(stage.scopes.local, key, value); reportVar("set", "local", key, value); };
VV.unset = function (key) { delete stage.scopes.local[key]; reportVar("unset", "local", key); };
VV.clear = function () { stage.scopes.local = {}; reportVar("clear", "local"); };
VV.toObject = function () {
  var out = {};
  PRECEDENCE.slice().reverse().forEach(function (n) {
    var s = stage.scopes[n];
    Object.keys(s).forEach(function (k) { setKey(out, k, s[k]); });
  });
  return out;
};
VV.replaceIn = function (tpl) { return replaceWith(PRECEDENCE, tpl); };

function makeScopes() {
  return {
    globals: new VariableScope("globals"),
    environment: new VariableScope("environment"),
    collectionVariables: new VariableScope("collection"),
    iterationData: new VariableScope("data", true),
    variables: new Variables(),
  };
}
`;
