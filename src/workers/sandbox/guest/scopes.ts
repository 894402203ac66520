/**
 * Guest-side variable scopes: pm.globals / environment / collectionVariables / iterationData
 * over plain stores, pm.variables with Postman's precedence (local > data > environment >
 * collection > global), and replaceIn through the host's template resolver.
 */
export const GUEST_SCOPES = String.raw`
var PRECEDENCE = ["local", "data", "environment", "collection", "globals"];

function dirty(name) { stage.dirty[name] = true; }
function setKey(store, key, value) {
  Object.defineProperty(store, String(key), { value: value, writable: true, enumerable: true, configurable: true });
}
function copyStore(store) {
  var out = {};
  Object.keys(store).forEach(function (k) { setKey(out, k, store[k]); });
  return out;
}
function replaceWith(names, tpl) {
  var only = {};
  names.forEach(function (n) { only[n] = stage.scopes[n]; });
  return host.replaceIn(tpl === undefined || tpl === null ? "" : String(tpl), JSON.stringify(only));
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
  dirty(this.scope);
  if (key && typeof key === "object") {
    var self = this;
    Object.keys(key).forEach(function (k) { setKey(self.store, k, key[k]); });
    return;
  }
  setKey(this.store, key, value);
};
VS.unset = function (key) { dirty(this.scope); delete this.store[key]; };
VS.clear = function () {
  dirty(this.scope);
  var store = this.store;
  Object.keys(store).forEach(function (k) { delete store[k]; });
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
VV.set = function (key, value) { dirty("local"); setKey(stage.scopes.local, key, value); };
VV.unset = function (key) { dirty("local"); delete stage.scopes.local[key]; };
VV.clear = function () { dirty("local"); stage.scopes.local = {}; };
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
