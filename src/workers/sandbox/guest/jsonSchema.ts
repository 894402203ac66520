/**
 * Guest-side JSON Schema validation for `to.have.jsonSchema`: Satchel bundles ajv 8, Newman's
 * sandbox ajv 6.12.5, so the errors are written back in ajv 6's words and paths
 * ("data.list[1] should be number", not "data/list/1 must be number") for the same message.
 * @see https://github.com/ajv-validator/ajv/blob/v6.12.5/lib/dotjs (ajv 6's messages)
 */
export const GUEST_JSON_SCHEMA = String.raw`
var IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
/** An ajv 8 instancePath (a JSON pointer) as ajv 6 wrote data paths: .key, [index], ['odd key']. */
function ajv6Path(pointer, data) {
  if (!pointer) return "";
  var parts = String(pointer).split("/").slice(1), out = "", cur = data;
  for (var i = 0; i < parts.length; i++) {
    var key = parts[i].replace(/~1/g, "/").replace(/~0/g, "~");
    if ($isArray(cur) && /^\d+$/.test(key)) out += "[" + key + "]";
    else if (IDENTIFIER.test(key)) out += "." + key;
    else out += "['" + key.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n").replace(/\r/g, "\\r") + "']";
    cur = cur === null || cur === undefined ? undefined : cur[key];
  }
  return out;
}
/** ajv 6's message for one ajv 8 error. */
function ajv6Message(e) {
  var p = e.params || {};
  switch (e.keyword) {
    case "type": return "should be " + [].concat(p.type).join(",");
    case "maxLength": return "should NOT be longer than " + p.limit + " characters";
    case "minLength": return "should NOT be shorter than " + p.limit + " characters";
    case "anyOf": return "should match some schema in anyOf";
    case "contains": return "should contain a valid item";
    case "propertyNames": return "property name '" + p.propertyName + "' is invalid";
    default: return String(e.message).replace(/^must\b/, "should");
  }
}
/** ajv 6's "fast" formats (its default), which ajv 8 leaves to a plugin. */
var AJV6_FORMATS = {
  date: /^\d\d\d\d-[0-1]\d-[0-3]\d$/,
  time: /^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i,
  "date-time": /^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i,
  uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
  "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
  email: /^[a-z0-9.!#$%&'*+/=?^_\`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
  hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
  ipv4: /^(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)$/,
  uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
  "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
  "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
  regex: function (s) { if (/[^\\]\\Z/.test(s)) return false; try { new RegExp(s); return true; } catch (e) { return false; } },
};

/** Validates 'data' as Newman does (allErrors, no logger, the caller's options): {valid, text}. */
function validateSchema(schema, data, options) {
  var Ajv = requireLib("ajv");
  Ajv = Ajv.default || Ajv;
  var ajv = new Ajv(Object.assign({ allErrors: true, strict: false, logger: false }, options || {}));
  $keys(AJV6_FORMATS).forEach(function (name) { if (!ajv.formats[name]) ajv.addFormat(name, AJV6_FORMATS[name]); });
  var valid = ajv.validate(schema, data);
  var errors = ajv.errors;
  var text = errors && errors.length
    ? errors.map(function (e) { return "data" + ajv6Path(e.instancePath, data) + " " + ajv6Message(e); }).join(", ")
    : "No errors";
  return { valid: !!valid && !errors, text: text };
}
`;
