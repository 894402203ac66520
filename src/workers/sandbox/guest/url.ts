/**
 * Guest-side Url: the parts of postman-collection's Url that scripts use (host/path arrays, a
 * query PropertyList, toString and the get* helpers). Templates such as {{baseUrl}} stay intact.
 */
export const GUEST_URL = String.raw`
function parseQuery(text) {
  if (!text) return [];
  return text.split("&").map(function (part) {
    var at = part.indexOf("=");
    return at < 0 ? { key: part, value: null } : { key: part.slice(0, at), value: part.slice(at + 1) };
  });
}
function queryString(list) {
  return list.members.filter(function (m) { return !m.disabled && m.key !== undefined; }).map(function (m) {
    return m.value === null || m.value === undefined ? String(m.key) : m.key + "=" + m.value;
  }).join("&");
}

function Url(input) { this.update(input); }
var UP = Url.prototype;
UP.__satchelText = true;
UP.update = function (input) {
  if (input instanceof Url) input = input.toString();
  if (input && typeof input === "object") {
    this.protocol = input.protocol;
    this.auth = input.auth;
    this.host = typeof input.host === "string" ? input.host.split(".") : (input.host || []).slice();
    this.port = input.port;
    this.path = typeof input.path === "string" ? input.path.replace(/^\//, "").split("/") : (input.path || []).slice();
    this.query = asList(input.query || []);
    this.hash = input.hash;
    this.variables = asList(input.variable || input.variables || []);
    if (!input.host && input.raw) this.update(String(input.raw));
    return;
  }
  var s = input === undefined || input === null ? "" : String(input);
  var at = s.indexOf("#");
  this.hash = at >= 0 ? s.slice(at + 1) : undefined;
  if (at >= 0) s = s.slice(0, at);
  at = s.indexOf("?");
  var q = at >= 0 ? s.slice(at + 1) : "";
  if (at >= 0) s = s.slice(0, at);
  var m = /^([A-Za-z][A-Za-z0-9+.\-]*):\/\//.exec(s);
  this.protocol = m ? m[1] : undefined;
  if (m) s = s.slice(m[0].length);
  var slash = s.indexOf("/");
  var hostPart = slash >= 0 ? s.slice(0, slash) : s;
  this.path = slash >= 0 ? s.slice(slash + 1).split("/") : [];
  var cred = hostPart.lastIndexOf("@");
  this.auth = undefined;
  if (cred >= 0) {
    var userPass = hostPart.slice(0, cred).split(":");
    this.auth = { user: userPass[0], password: userPass.slice(1).join(":") };
    hostPart = hostPart.slice(cred + 1);
  }
  var pm2 = /:(\d+|\{\{[^{}]+\}\})$/.exec(hostPart);
  this.port = pm2 ? pm2[1] : undefined;
  if (pm2) hostPart = hostPart.slice(0, pm2.index);
  this.host = hostPart === "" ? [] : hostPart.split(".");
  this.query = new PropertyList(parseQuery(q));
  this.variables = new PropertyList([]);
};
UP.getHost = function () { return this.host.join("."); };
UP.getRemote = function (forcePort) {
  var port = this.port || (forcePort ? (this.protocol === "http" ? "80" : "443") : "");
  return this.getHost() + (port ? ":" + port : "");
};
UP.getPath = function () { return "/" + this.path.join("/"); };
UP.getQueryString = function () { return queryString(this.query); };
UP.getPathWithQuery = function () {
  var q = this.getQueryString();
  return this.getPath() + (q ? "?" + q : "");
};
UP.addQueryParams = function (params) {
  var list = typeof params === "string" ? parseQuery(params) : asList(params).members;
  var self = this;
  list.forEach(function (p) { self.query.add(p); });
};
UP.removeQueryParams = function (params) {
  var names = [].concat(params).map(function (p) { return typeof p === "string" ? p : p && p.key; });
  this.query.remove(function (m) { return names.indexOf(m.key) >= 0; });
};
UP.toString = function () {
  var auth = this.auth && this.auth.user !== undefined
    ? this.auth.user + (this.auth.password ? ":" + this.auth.password : "") + "@" : "";
  var q = this.getQueryString();
  return (this.protocol ? this.protocol + "://" : "") + auth + this.host.join(".") +
    (this.port ? ":" + this.port : "") + (this.path.length ? "/" + this.path.join("/") : "") +
    (q ? "?" + q : "") + (this.hash ? "#" + this.hash : "");
};
UP.getRaw = UP.toString;
UP.toJSON = function () {
  return { raw: this.toString(), protocol: this.protocol, host: this.host, port: this.port, path: this.path,
    query: this.query.toJSON(), hash: this.hash, variable: this.variables.toJSON() };
};
`;
