/**
 * Guest-side Request and Body: built from the host's HttpRequest (as JSON), mutable by
 * pre-request scripts, and turned back into HttpRequest fields that changed (see ./pm.ts).
 */
export const GUEST_REQUEST = String.raw`
function Body(http) {
  this.mode = undefined;
  if (!http) return;
  if (http.kind === "text") { this.mode = "raw"; this.raw = http.text; }
  else if (http.kind === "urlencoded") { this.mode = "urlencoded"; this.urlencoded = pairsToList(http.fields); }
  else if (http.kind === "multipart") {
    this.mode = "formdata";
    this.formdata = new PropertyList(http.fields.map(function (f) {
      return f.type === "text" ? { key: f.name, value: f.value, type: "text" }
        : { key: f.name, type: "file", src: f.fileName, fileId: f.fileId, contentType: f.contentType };
    }));
  } else if (http.kind === "file") {
    this.mode = "file";
    this.file = { src: http.fileName, fileId: http.fileId, contentType: http.contentType };
  }
}
var BP = Body.prototype;
BP.__satchelText = true;
BP.update = function (opts) {
  if (typeof opts === "string") { this.mode = "raw"; this.raw = opts; return; }
  if (!opts) return;
  this.mode = opts.mode;
  if (opts.raw !== undefined) this.raw = opts.raw;
  if (opts.urlencoded !== undefined) this.urlencoded = asList(opts.urlencoded);
  if (opts.formdata !== undefined) this.formdata = asList(opts.formdata);
  if (opts.file !== undefined) this.file = opts.file;
  if (opts.graphql !== undefined) this.graphql = opts.graphql;
  if (opts.options !== undefined) this.options = opts.options;
};
BP.isEmpty = function () {
  var http = bodyToHttp(this);
  return !http || (http.kind === "text" && http.text === "") || (http.fields && http.fields.length === 0);
};
BP.toString = function () {
  var http = bodyToHttp(this);
  if (!http) return "";
  if (http.kind === "text") return http.text;
  if (http.kind === "urlencoded") {
    return http.fields.map(function (f) { return encodeURIComponent(f[0]) + "=" + encodeURIComponent(f[1]); }).join("&");
  }
  return "";
};
BP.toJSON = function () {
  var out = { mode: this.mode };
  if (this.mode === "raw") out.raw = this.raw;
  if (this.mode === "urlencoded") out.urlencoded = asList(this.urlencoded).toJSON();
  if (this.mode === "formdata") out.formdata = asList(this.formdata).toJSON();
  if (this.mode === "file") out.file = this.file;
  if (this.mode === "graphql") out.graphql = this.graphql;
  return out;
};

function bodyToHttp(body) {
  if (!body) return undefined;
  switch (body.mode) {
    case "raw": return { kind: "text", text: body.raw === undefined || body.raw === null ? "" : String(body.raw) };
    case "urlencoded": return { kind: "urlencoded", fields: listToPairs(asList(body.urlencoded)) };
    case "formdata":
      return { kind: "multipart", fields: asList(body.formdata).members.filter(function (m) { return !m.disabled; }).map(function (m) {
        if (m.type === "file") {
          var f = { type: "file", name: String(m.key) };
          if (m.fileId !== undefined) f.fileId = m.fileId;
          if (m.src !== undefined) f.fileName = String(m.src);
          if (m.contentType !== undefined) f.contentType = m.contentType;
          return f;
        }
        return { type: "text", name: String(m.key), value: m.value === undefined || m.value === null ? "" : String(m.value) };
      }) };
    case "file": {
      var file = body.file || {};
      var out = { kind: "file" };
      if (file.fileId !== undefined) out.fileId = file.fileId;
      if (file.src !== undefined) out.fileName = String(file.src);
      if (file.contentType !== undefined) out.contentType = file.contentType;
      return out;
    }
    case "graphql": {
      var g = body.graphql || {};
      return { kind: "text", text: JSON.stringify({ query: g.query || "", variables: g.variables || {} }) };
    }
    default: return undefined;
  }
}

// pm.request.auth as Postman's RequestAuth shows it: {type, [type]: list}, parameters(), toJSON().
function RequestAuth(auth) {
  this.type = auth.type;
  var params = new PropertyList((auth.attributes || []).map(function (a) {
    return { key: a.key, value: a.value, type: a.type };
  }));
  Object.defineProperty(this, auth.type, { enumerable: true, value: params });
  Object.defineProperty(this, "parameters", { value: function () { return params; } });
  Object.defineProperty(this, "toJSON", {
    value: function () {
      var out = { type: auth.type };
      out[auth.type] = params.members.map(function (m) { return { key: m.key, value: m.value, type: m.type || "string" }; });
      return out;
    },
  });
}

/** postman-collection's Description: {content, type}, shown as its content. */
function Description(d) {
  this.content = String(d.content);
  this.type = d.type ? String(d.type) : "text/plain";
}
Description.prototype.toString = function () { return this.content; };
Description.prototype.update = function (content, type) {
  if (content && typeof content === "object") { type = content.type; content = content.content; }
  this.content = String(content);
  if (type) this.type = String(type);
};

function Request(http, auth, description) {
  var url = new Url(http.url);
  Object.defineProperty(this, "url", {
    enumerable: true,
    get: function () { return url; },
    set: function (v) { url = v instanceof Url ? v : new Url(v); },
  });
  this.method = http.method;
  this.headers = pairsToList(http.headers, true);
  this.body = new Body(http.body);
  this.auth = auth && auth.type !== "noauth" && auth.type !== "inherit" ? new RequestAuth(auth) : undefined;
  if (description) this.description = new Description(description);
}
var RP = Request.prototype;
RP.addHeader = function (h, v) { this.headers.add(h, v); };
RP.upsertHeader = function (h, v) { this.headers.upsert(h, v); };
RP.removeHeader = function (h) { this.headers.remove(typeof h === "string" ? h : h && h.key); };
RP.getHeaders = function (opts) {
  var out = {};
  var lower = opts && opts.ignoreCase;
  this.headers.members.forEach(function (m) {
    if (m.disabled && !(opts && opts.enabled === false)) return;
    var k = lower ? String(m.key).toLowerCase() : String(m.key);
    out[k] = hasOwn(out, k) ? [].concat(out[k], m.value) : m.value;
  });
  return out;
};
Object.defineProperty(RP, "to", { get: function () { return fastExpect(this); } });
RP.addQueryParams = function (p) { this.url.addQueryParams(p); };
RP.removeQueryParams = function (p) { this.url.removeQueryParams(p); };
RP.toJSON = function () {
  var out = { method: this.method, url: this.url.toJSON(), header: this.headers.toJSON(), body: this.body ? this.body.toJSON() : undefined };
  if (this.description instanceof Description) out.description = { content: this.description.content, type: this.description.type };
  return out;
};

function requestToHttp(req) {
  var http = {
    method: String(req.method || "GET").toUpperCase(),
    url: req.url instanceof Url ? req.url.toString() : String(req.url),
    headers: listToPairs(asList(req.headers, true)),
  };
  var b = req.body;
  if (b && !(b instanceof Body)) { var nb = new Body(null); nb.update(b); b = nb; }
  var body = bodyToHttp(b);
  if (body) http.body = body;
  return http;
}
`;
