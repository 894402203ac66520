/**
 * Guest-side JavaScript (evaluated inside QuickJS, once per context): shared helpers, console,
 * timers, atob/btoa, a Math.random-backed crypto.getRandomValues for the bundled libraries, and
 * `require` over the host's library loader. Every part of the bootstrap shares one function
 * scope (see ./index.ts); `host` and `known` are its parameters.
 */
export const GUEST_BASE = String.raw`
var G = globalThis;
/**
 * Intrinsics captured before any user code runs: the report channel below uses only these, so a
 * script that replaces JSON.stringify, Array.prototype.push or String cannot change what the host
 * is told. Every execution starts from a fresh copy of this context (see ../memoryImage.ts).
 */
var $stringify = JSON.stringify, $parse = JSON.parse, $String = String, $keys = Object.keys;
var $defineProperty = Object.defineProperty, $hasOwnProperty = Object.prototype.hasOwnProperty;
var $apply = Reflect.apply, $symbolToString = Symbol.prototype.toString, $isArray = Array.isArray;
var $strSlice = String.prototype.slice, $sort = Array.prototype.sort;
var $Map = Map, $mapGet = Map.prototype.get, $mapSet = Map.prototype.set;

/** The arguments from 'from' on, without Array.prototype (a script may have replaced it). */
function restArgs(args, from) {
  var out = [];
  for (var i = from; i < args.length; i++) out[out.length] = args[i];
  return out;
}
var hostEmit = host.emit;
var hasOwn = function (o, k) { return $apply($hasOwnProperty, o, [k]); };
var current = null;
var stage = null;

function defineValue(obj, key, value) {
  $defineProperty(obj, key, { value: value, writable: true, enumerable: true, configurable: true });
}

/** Longest text one report field carries; the rest is cut with a note. */
var FIELD_LIMIT = 100000;

/** Any value as text, never throwing: a Symbol, a Proxy or a throwing toString included. */
function safeString(v) {
  var s;
  try {
    if (typeof v === "string") s = v;
    else if (typeof v === "symbol") s = $apply($symbolToString, v, []);
    else s = $String(v);
  } catch (e) {
    s = typeof v === "object" && v !== null ? "[an object that cannot be shown as text]" : "[a value that cannot be shown as text]";
  }
  if (typeof s !== "string") s = "[a value that cannot be shown as text]";
  return s.length > FIELD_LIMIT ? $apply($strSlice, s, [0, FIELD_LIMIT]) + "… (cut at " + FIELD_LIMIT + " characters)" : s;
}

/** A property of a thrown value, or undefined when reading it throws. */
function safeGet(o, key) {
  try { return o[key]; } catch (e) { return undefined; }
}

/** Name, message and stack of anything a script throws, as strings (never throws itself). */
function errorInfo(e) {
  if (e === null || (typeof e !== "object" && typeof e !== "function")) {
    return { name: "Error", message: safeString(e), stack: "" };
  }
  var name = safeGet(e, "name"), message = safeGet(e, "message"), stack = safeGet(e, "stack");
  return {
    name: name === undefined || name === null || name === "" ? "Error" : safeString(name),
    message: message === undefined ? safeString(e) : safeString(message),
    stack: stack === undefined || stack === null ? "" : safeString(stack),
  };
}

function reportError(e) {
  var info = errorInfo(e);
  hostEmit("error", info.name, info.message, info.stack);
}

function safeJson(value, space) {
  var seen = new $Map();
  return $stringify(value, function (k, v) {
    if (typeof v === "bigint") return v.toString();
    if (typeof v === "function") return "[Function" + (v.name ? ": " + v.name : "") + "]";
    if (v === undefined && k !== "") return "[undefined]";
    if (v && typeof v === "object") {
      if ($apply($mapGet, seen, [v])) return "[Circular]";
      $apply($mapSet, seen, [v, true]);
    }
    return v;
  }, space);
}

function formatArg(v) {
  if (typeof v === "string") return v;
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  if (typeof v === "function") return "[Function" + (v.name ? ": " + v.name : "") + "]";
  if (typeof v === "symbol" || typeof v === "bigint") return v.toString();
  if (typeof v !== "object") return String(v);
  if (v instanceof Error) return (v.name || "Error") + ": " + v.message;
  if (v instanceof Date) return isNaN(v.getTime()) ? "Invalid Date" : v.toISOString();
  if (v instanceof RegExp) return String(v);
  if (typeof v.toJSON !== "function" && typeof v.toString === "function" && v.__satchelText) return v.toString();
  try { var s = safeJson(v); return s === undefined ? String(v) : s; } catch (e) { return String(v); }
}

var consoleObj = {};
["log", "info", "warn", "error", "debug"].forEach(function (level) {
  consoleObj[level] = function () {
    var args = [], typed = false;
    for (var i = 0; i < arguments.length; i++) {
      if (typeof arguments[i] !== "string") typed = true;
      try { args[i] = formatArg(arguments[i]); } catch (e) { args[i] = safeString(arguments[i]); }
    }
    // Only strings: their text is their value, and the host is told nothing more.
    if (!typed) hostEmit("console", level, $stringify(args));
    else hostEmit("console", level, $stringify(args), $stringify(consoleValues(arguments)));
  };
});
consoleObj.trace = consoleObj.debug;
consoleObj.clear = function () {};
defineValue(G, "console", consoleObj);

var timers = {};
var timerSeq = 0;
function addTimer(fn, ms, args, repeat) {
  if (typeof fn !== "function") throw new TypeError("The callback must be a function");
  var delay = Math.max(0, Number(ms) || 0);
  var id = ++timerSeq;
  timers[id] = { fn: fn, args: args, due: host.now() + delay, every: repeat ? Math.max(1, delay) : 0, seq: id };
  return id;
}
function clearTimer(id) { delete timers[id]; }
defineValue(G, "setTimeout", function (fn, ms) { return addTimer(fn, ms, restArgs(arguments, 2), false); });
defineValue(G, "setInterval", function (fn, ms) { return addTimer(fn, ms, restArgs(arguments, 2), true); });
defineValue(G, "setImmediate", function (fn) { return addTimer(fn, 0, restArgs(arguments, 1), false); });
defineValue(G, "clearTimeout", clearTimer);
defineValue(G, "clearInterval", clearTimer);
defineValue(G, "clearImmediate", clearTimer);

/** Milliseconds until the next timer is due: -1 when none is pending. */
function nextTimerDelay(now) {
  var best = -1;
  for (var id in timers) {
    if (!hasOwn(timers, id)) continue;
    var wait = Math.max(0, timers[id].due - now);
    if (best < 0 || wait < best) best = wait;
  }
  return best;
}
function fireDueTimers(now) {
  var due = [];
  for (var id in timers) if (hasOwn(timers, id) && timers[id].due <= now) due[due.length] = timers[id];
  $apply($sort, due, [function (a, b) { return a.due - b.due || a.seq - b.seq; }]);
  for (var i = 0; i < due.length; i++) {
    var t = due[i];
    if (!timers[t.seq]) continue;
    if (t.every) t.due = now + t.every; else delete timers[t.seq];
    try { $apply(t.fn, undefined, t.args); } catch (e) { reportError(e); }
  }
}

var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function btoa(input) {
  var s = String(input), out = "";
  for (var i = 0; i < s.length; i += 3) {
    var a = s.charCodeAt(i), b = s.charCodeAt(i + 1), c = s.charCodeAt(i + 2);
    if (a > 255 || b > 255 || c > 255) throw new Error("btoa: the string contains characters outside of the Latin1 range");
    var n = (a << 16) | ((b || 0) << 8) | (c || 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < s.length ? B64[(n >> 6) & 63] : "=") + (i + 2 < s.length ? B64[n & 63] : "=");
  }
  return out;
}
function atob(input) {
  var s = String(input).replace(/[\s=]/g, ""), out = "", bits = 0, acc = 0;
  for (var i = 0; i < s.length; i++) {
    var v = B64.indexOf(s[i] === "-" ? "+" : s[i] === "_" ? "/" : s[i]);
    if (v < 0) throw new Error("atob: the string is not correctly encoded");
    acc = (acc << 6) | v; bits += 6;
    if (bits >= 8) { bits -= 8; out += String.fromCharCode((acc >> bits) & 255); }
  }
  return out;
}
defineValue(G, "atob", atob);
defineValue(G, "btoa", btoa);
/**
 * Math.random: xorshift128+ seeded by the host for every execution (a context restored from an
 * image would otherwise repeat QuickJS's own sequence in every script).
 */
var rs0 = 1, rs1 = 2;
function seedRandom(a, b) { rs0 = (a >>> 0) || 1; rs1 = (b >>> 0) || 2; }
function nextRandom() {
  var s1 = rs0, s0 = rs1;
  rs0 = s0;
  s1 ^= s1 << 23; s1 ^= s1 >>> 17; s1 ^= s0; s1 ^= s0 >>> 26;
  rs1 = s1;
  return ((rs0 + rs1) >>> 0) / 4294967296;
}
defineValue(Math, "random", function random() { return nextRandom(); });
/** crypto.getRandomValues from the host's cryptographic source (uuid and the libraries use it). */
defineValue(G, "crypto", {
  getRandomValues: function (arr) {
    var width = arr && arr.BYTES_PER_ELEMENT;
    if (!width || typeof arr.length !== "number") throw new TypeError("crypto.getRandomValues needs an integer typed array");
    if (arr.length * width > 65536) throw new Error("crypto.getRandomValues: at most 65536 bytes at a time");
    var bytes = host.random(arr.length * width);
    for (var i = 0; i < arr.length; i++) {
      var v = 0;
      for (var j = 0; j < width; j++) v = v * 256 + bytes.charCodeAt(i * width + j);
      arr[i] = v;
    }
    return arr;
  },
});

var ALIASES = { "crypto-js": "crypto-js", "csv-parse/lib/sync": "csv-parse/lib/sync", "csv-parse/sync": "csv-parse/lib/sync" };
var BUILTIN = { atob: atob, btoa: btoa };
var modules = {};
var loading = {};
/** Called once with a library's exports right after it first loads (chai gets Postman's assertions). */
var onLoaded = {};
function requireLib(name) {
  var key = hasOwn(ALIASES, name) ? ALIASES[name] : String(name);
  if (hasOwn(BUILTIN, key)) return BUILTIN[key];
  if (hasOwn(modules, key)) return modules[key].exports;
  if (known.indexOf(key) < 0) {
    throw new Error("Cannot find module '" + name + "' — Satchel provides: " + known.concat(["atob", "btoa"]).join(", "));
  }
  var factory = host.lib(key);
  var module = { exports: {} };
  modules[key] = module;
  loading[key] = true;
  try { factory.call(module.exports, module, module.exports, requireLib); } catch (e) { delete modules[key]; throw e; } finally { delete loading[key]; }
  if (hasOwn(onLoaded, key)) onLoaded[key](module.exports);
  return module.exports;
}
defineValue(G, "require", function require(name) { return requireLib(name); });

/** A global that loads its library on first read (a library reading it while loading sees undefined). */
function lazyGlobal(name, lib) {
  Object.defineProperty(G, name, {
    configurable: true, enumerable: false,
    get: function () {
      if (loading[lib]) return undefined;
      var v = requireLib(lib);
      defineValue(G, name, v);
      return v;
    },
    set: function (v) { defineValue(G, name, v); },
  });
}
lazyGlobal("_", "lodash");
lazyGlobal("CryptoJS", "crypto-js");
lazyGlobal("tv4", "tv4");
defineValue(G, "xml2Json", function xml2Json(xml) {
  var out = null, failure = null;
  requireLib("xml2js").parseString(String(xml), { explicitArray: false, async: false, trim: true }, function (err, res) {
    failure = err; out = res;
  });
  if (failure) throw failure;
  return out;
});
`;
