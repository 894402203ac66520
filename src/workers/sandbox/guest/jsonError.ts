/**
 * Guest-side JSON parsing as postman-collection's Response#json does it (liquid-json 0.3.1): a
 * body that is not JSON throws a `JSONError` whose message names the first offending character
 * with its line and column, then shows that line and a caret under it — the message chai-postman
 * quotes in "expected response body to be a valid json but got error …". JSON.parse does the
 * parsing; the scanner below only runs on failure, to find where liquid-json's parser (jju, in
 * JSON mode) would have stopped.
 * @see https://github.com/postmanlabs/liquid-json/blob/develop/lib/index.js
 */
export const GUEST_JSON_ERROR = String.raw`
/** Where jju (JSON mode) stops in 's': {at, line, col, msg}, or null when it would not fail. */
function jsonStop(s) {
  var i = 0, n = s.length, line = 0, start = 0;
  function stop(msg) {
    if (!msg) msg = i < n ? "Unexpected token '" + JSON.stringify(s[i]).replace(/^"|"$/g, "").replace(/'/g, "\\'").replace(/\\"/g, '"') + "'" : "Unexpected end of input";
    throw { jsonStop: true, at: i, line: line, col: i - start, msg: msg };
  }
  function white() {
    while (i < n) {
      var c = s[i];
      if (c === " " || c === "\t") i++;
      else if (c === "\n" || c === "\r") { i++; if (c === "\r" && s[i] === "\n") i++; line++; start = i; }
      else break;
    }
  }
  function word(w) { for (var k = 0; k < w.length; k++, i++) if (s[i] !== w[k]) stop(); }
  function digits() { var from = i; while (i < n && s[i] >= "0" && s[i] <= "9") i++; if (i === from) stop(); }
  function number() {
    if (s[i] === "-") i++;
    if (s[i] === "0") i++; else digits();
    if (s[i] === ".") { i++; digits(); }
    if (s[i] === "e" || s[i] === "E") { i++; if (s[i] === "+" || s[i] === "-") i++; digits(); }
  }
  function string() {
    i++;
    for (;;) {
      if (i >= n) stop();
      var c = s[i];
      if (c === '"') { i++; return; }
      if (c === "\\") {
        i++;
        if (s[i] === "u") { i++; for (var k = 0; k < 4; k++, i++) if (!/[0-9a-fA-F]/.test(s[i] || "")) stop(); continue; }
        if ('"\\/bfnrt'.indexOf(s[i]) < 0 || i >= n) stop();
        i++;
        continue;
      }
      if (c < " ") stop();
      i++;
    }
  }
  function value() {
    white();
    var c = s[i];
    if (c === "{") {
      i++; white();
      if (s[i] === "}") { i++; return; }
      for (;;) {
        white();
        if (s[i] !== '"') stop();
        string(); white();
        if (s[i] !== ":") stop();
        i++; value(); white();
        if (s[i] === ",") { i++; continue; }
        if (s[i] === "}") { i++; return; }
        stop();
      }
    }
    if (c === "[") {
      i++; white();
      if (s[i] === "]") { i++; return; }
      for (;;) {
        value(); white();
        if (s[i] === ",") { i++; continue; }
        if (s[i] === "]") { i++; return; }
        stop();
      }
    }
    if (c === '"') return string();
    if (c === "t") return word("true");
    if (c === "f") return word("false");
    if (c === "n") return word("null");
    if (c === "-" || (c >= "0" && c <= "9")) return number();
    stop();
  }
  try { value(); white(); if (i < n) stop(); return null; } catch (e) { if (e && e.jsonStop) return e; throw e; }
}

/** liquid-json's message: the reason with line:column, the line (at most ~78 characters) and a caret. */
function jsonStopMessage(s, e) {
  var out = e.msg + " at " + (e.line + 1) + ":" + (e.col + 1), pos = e.at, tmp = pos - e.col - 1, src = "", under = "";
  if (tmp < pos - 70) tmp = pos - 70;
  for (;;) {
    var c = s[++tmp];
    if (c === "\n" || c === "\r" || tmp === s.length) { if (pos >= tmp) under += "^"; break; }
    src += c;
    if (pos === tmp) under += "^"; else if (pos > tmp) under += s[tmp] === "\t" ? "\t" : " ";
    if (src.length > 78) break;
  }
  return out + "\n" + src + "\n" + under;
}

/** JSON.parse with liquid-json's BOM handling and its JSONError on failure. */
function parseJsonBody(body, reviver) {
  if (typeof body !== "string") { var none = new Error('"' + body + '" is not valid JSON'); none.name = "JSONError"; throw none; }
  var text = body.charCodeAt(0) === 0xfeff ? body.slice(1) : body;
  try { return JSON.parse(text, reviver); } catch (e) {
    var at = jsonStop(text);
    var err = new Error(at ? jsonStopMessage(text, at) : e.message);
    err.name = "JSONError";
    throw err;
  }
}
`;
