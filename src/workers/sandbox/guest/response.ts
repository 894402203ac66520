/**
 * Guest-side Response (pm.response and pm.sendRequest results) and its Set-Cookie headers. pm.response's
 * body crosses from the host only when a script reads it (big bodies cost nothing otherwise);
 * `to` hands the response to chai with Postman's assertions (./chaiPostman.ts).
 */
export const GUEST_RESPONSE = String.raw`
function parseSetCookie(line) {
  var parts = String(line).split(";");
  var first = parts.shift() || "";
  var at = first.indexOf("=");
  var c = { key: first.slice(0, at < 0 ? first.length : at).trim(), value: at < 0 ? "" : first.slice(at + 1).trim() };
  c.name = c.key;
  parts.forEach(function (p) {
    var eq = p.indexOf("=");
    var k = (eq < 0 ? p : p.slice(0, eq)).trim().toLowerCase();
    var v = eq < 0 ? true : p.slice(eq + 1).trim();
    if (k === "httponly") c.httpOnly = true;
    else if (k === "secure") c.secure = true;
    else if (k === "max-age") c.maxAge = Number(v);
    else if (k) c[k] = v;
  });
  return c;
}

function Response(r) {
  this.id = r.id;
  this.code = r.code;
  this.status = r.status;
  this.headers = pairsToList(r.headers, true);
  this.responseTime = r.responseTime;
  this.responseSize = r.responseSize;
  this.cookies = new PropertyList(r.headers.filter(function (h) { return String(h[0]).toLowerCase() === "set-cookie"; })
    .map(function (h) { return parseSetCookie(h[1]); }));
  Object.defineProperty(this, "__body", { value: r.body === undefined ? undefined : String(r.body), writable: true });
  Object.defineProperty(this, "__json", { value: undefined, writable: true });
}
var RSP = Response.prototype;
/**
 * pm.response in a test script whose request got no response, as Newman's empty PostmanResponse:
 * no code, status or times, no headers, text() undefined and json() failing.
 */
function blankResponse() {
  var r = new Response({ headers: [] });
  delete r.id; delete r.code; delete r.status; delete r.responseTime; delete r.responseSize;
  Object.defineProperty(r, "__blank", { value: true });
  return r;
}
RSP.__satchelResponse = true;
/** The body text; the stage's own response body is fetched from the host on first use. */
RSP.text = function () {
  if (this.__blank) return undefined;
  if (this.__body === undefined) this.__body = host.body();
  return this.__body;
};
RSP.json = function (reviver) {
  if (this.__json === undefined || reviver) {
    var v = parseJsonBody(this.text(), reviver);
    if (reviver) return v;
    this.__json = v;
  }
  return this.__json;
};
RSP.reason = function () { return this.status; };
/** postman-collection's Response#details (chai-postman reads its code). */
RSP.details = function () { return { name: this.status, detail: this.status, code: this.code, standardName: this.status }; };
RSP.size = function () {
  var header = this.headers.members.reduce(function (n, m) { return n + String(m.key).length + String(m.value).length + 4; }, 0);
  return { body: this.responseSize, header: header, total: this.responseSize + header };
};
RSP.contentInfo = function () {
  var type = this.headers.get("content-type") || "";
  return { contentType: type, mimeType: type.split(";")[0].trim() };
};
RSP.toJSON = function () {
  return { code: this.code, status: this.status, header: this.headers.toJSON(), responseTime: this.responseTime,
    responseSize: this.responseSize, body: this.text() };
};
Object.defineProperty(RSP, "to", { get: function () { return fastExpect(this); } });
Object.defineProperty(RSP, "body", { get: function () { return this.text(); } });
`;
