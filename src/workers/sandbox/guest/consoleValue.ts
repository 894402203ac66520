/**
 * Guest-side JavaScript: each console argument as a JSON-safe tagged value (ConsoleValue in
 * core/sandbox/types.ts), so the host can show `200` and `{ a: 1 }` as Newman's cli reporter
 * does. Values are read as postman-sandbox sends them (teleport-javascript over JSON.stringify):
 * `toJSON` is honoured, errors become `{ type: 'Error', name, message }`, functions the string
 * `[Function: name]`, class instances plain objects, repeated objects references.
 *
 * Never throws, whatever it is given: every read of a script's value (a Proxy trap, a getter, a
 * toJSON) is guarded, and one call's values cost at most CONSOLE_VALUE_BUDGET units (a string's
 * length, a fixed amount per value) before the rest is sent as `cut`. Objects deeper than the
 * 25 levels Newman's reporter prints arrive empty, arrays past 101 items as a count.
 */
export const GUEST_CONSOLE_VALUE = String.raw`
/** Units (about characters of JSON) one console call's values may take. */
var CONSOLE_VALUE_BUDGET = 4 * FIELD_LIMIT;
/**
 * Newman's reporter inspects 25 levels deep and shows 100 items of an array; util.inspect also
 * reads the 101st to choose how to pad numbers, so that one is sent too.
 */
var CONSOLE_VALUE_DEPTH = 26, CONSOLE_ARRAY_ITEMS = 101;
var $ErrorProto = Error.prototype, $DateProto = Date.prototype, $RegExpProto = RegExp.prototype;
var $isPrototypeOf = Object.prototype.isPrototypeOf;
var $dateToISO = Date.prototype.toISOString, $dateGetTime = Date.prototype.getTime;
var $regexpToString = RegExp.prototype.toString;
var $StringProto = String.prototype, $NumberProto = Number.prototype, $BooleanProto = Boolean.prototype;
var $stringValueOf = String.prototype.valueOf, $numberValueOf = Number.prototype.valueOf;
var $booleanValueOf = Boolean.prototype.valueOf, $isFinite = isFinite;

/** Whether 'proto' is on v's prototype chain (false when a Proxy trap throws). */
function cvInherits(v, proto) {
  try { return $apply($isPrototypeOf, proto, [v]); } catch (e) { return false; }
}

/** State of the console call being encoded (consoleValues saves it around a nested call). */
var cvRoom = 0, cvSeen = null, cvNextId = 0;
function cvText(s) {
  if (s.length > FIELD_LIMIT) s = $apply($strSlice, s, [0, FIELD_LIMIT]) + "… (cut at " + FIELD_LIMIT + " characters)";
  cvRoom -= s.length + 8;
  return s;
}
function cvNumber(n) {
  return n !== n ? "NaN" : $isFinite(n) ? n : n > 0 ? "Infinity" : "-Infinity";
}
function cvFnText(fn) {
  var ctor = safeGet(fn, "constructor"), type = ctor ? safeGet(ctor, "name") : undefined;
  var name = safeGet(fn, "name");
  type = typeof type === "string" && type ? type : "Function";
  return "[" + type + (typeof name === "string" && name ? ": " + name : "") + "]";
}
function cvEncode(v, depth, jsonDone) {
  if (cvRoom <= 0) return { t: "cut" };
  cvRoom -= 8;
  var type = typeof v;
  if (type === "string") return { t: "string", v: cvText(v) };
  if (type === "number") return { t: "number", v: cvNumber(v) };
  if (type === "boolean") return { t: "boolean", v: v };
  if (type === "undefined") return { t: "undefined" };
  if (type === "bigint") return { t: "bigint", v: cvText(safeString(v)) };
  if (type === "symbol") return { t: "symbol", v: cvText(safeString(v)) };
  if (type === "function") return { t: "string", v: cvText(cvFnText(v)) };
  if (v === null || type !== "object") return { t: "null" };
  if (cvSeen === null) cvSeen = new $Map();
  var known = $apply($mapGet, cvSeen, [v]);
  if (known !== undefined) return { t: "ref", id: known };
  try {
    if (cvInherits(v, $DateProto)) {
      var time = $apply($dateGetTime, v, []);
      return { t: "date", v: time !== time ? "Invalid Date" : $apply($dateToISO, v, []) };
    }
    if (cvInherits(v, $RegExpProto)) return { t: "regexp", v: cvText($apply($regexpToString, v, [])) };
    if (cvInherits(v, $StringProto)) return { t: "string", v: cvText($apply($stringValueOf, v, [])) };
    if (cvInherits(v, $NumberProto)) return { t: "number", v: cvNumber($apply($numberValueOf, v, [])) };
    if (cvInherits(v, $BooleanProto)) return { t: "boolean", v: $apply($booleanValueOf, v, []) };
  } catch (e) {
    return { t: "cut" };
  }
  if (cvInherits(v, $ErrorProto)) {
    var info = errorInfo(v);
    return { t: "error", name: cvText(info.name), message: cvText(info.message) };
  }
  // As JSON.stringify: toJSON once, and what it returns is taken as it is.
  var toJSON = jsonDone ? undefined : safeGet(v, "toJSON");
  if (typeof toJSON === "function") {
    var json;
    try { json = $apply(toJSON, v, [""]); } catch (e) { return { t: "cut" }; }
    if (json !== v) return cvEncode(json, depth, true);
  }
  var id = ++cvNextId;
  $apply($mapSet, cvSeen, [v, id]);
  var isArray = false;
  try { isArray = $isArray(v); } catch (e) { return { t: "cut" }; }
  if (isArray) {
    var length = safeGet(v, "length");
    length = typeof length === "number" && length > 0 ? length : 0;
    var shown = depth >= CONSOLE_VALUE_DEPTH ? 0 : length < CONSOLE_ARRAY_ITEMS ? length : CONSOLE_ARRAY_ITEMS;
    var items = [];
    for (var i = 0; i < shown; i++) {
      if (cvRoom <= 0) { items[items.length] = { t: "cut" }; break; }
      items[items.length] = cvEncode(safeGet(v, i), depth + 1, false);
    }
    var out = { t: "array", id: id, items: items };
    if (length > items.length) out.more = length - items.length;
    return out;
  }
  var keys;
  try { keys = $keys(v); } catch (e) { return { t: "cut" }; }
  var entries = [];
  var count = depth >= CONSOLE_VALUE_DEPTH ? 0 : keys.length;
  for (var k = 0; k < count && cvRoom > 0; k++) {
    var key = cvText(safeString(keys[k]));
    entries[entries.length] = [key, cvEncode(safeGet(v, keys[k]), depth + 1, false)];
  }
  var obj = { t: "object", id: id, entries: entries };
  if (keys.length > entries.length) obj.more = keys.length - entries.length;
  return obj;
}

/**
 * The arguments of one console call as tagged values (see the header); never throws. A getter or
 * toJSON that logs while its value is encoded gets its own state, and the outer call resumes.
 */
function consoleValues(args) {
  var saved = [cvRoom, cvSeen, cvNextId], out = [];
  cvRoom = CONSOLE_VALUE_BUDGET; cvSeen = null; cvNextId = 0;
  for (var i = 0; i < args.length; i++) {
    try { out[out.length] = cvEncode(args[i], 0, false); } catch (e) { out[out.length] = { t: "cut" }; }
  }
  cvRoom = saved[0]; cvSeen = saved[1]; cvNextId = saved[2];
  return out;
}
`;
