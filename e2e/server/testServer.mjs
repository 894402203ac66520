// Local API the e2e tests and benchmarks talk to (127.0.0.1 only, never the internet).
//   /cors/...    echoes the request as JSON, with CORS headers and preflight answers
//   /nocors/...  the same echo, without any CORS header (the browser must block it)
//   /big?mb=N    an N-megabyte JSON array (CORS), generated on the fly; /nocors/big?mb=N the same
//                without CORS headers (only the local agent can read it)
//   /nocors/set-cookie?session=V   the echo, setting two cookies (session=V and seen=yes), no CORS
//   /nocors/slow?ms=N               the echo after N ms (at most 5 s), no CORS
//   /redirect/N  302 to /redirect/N-1 … /redirect/0, which is the echo; no CORS
//   /specs/...   a small OpenAPI spec split in two files (pets.yaml refers to schemas/pet.yaml), CORS
//   /cors/digest Digest auth (401 challenge, then 200 for Mufasa / Circle of Life), CORS
//   /oauth/...   an OAuth 2.0 authorization server (authorize, token, a protected resource), CORS;
//                see oauthRoutes.mjs
//   /tryit/...   checks for the try-it panel (deepObject, pipeDelimited, files…); tryitRoutes.mjs
//   /embed-collections/...  Postman collections for the /embed page; embedRoutes.mjs
//   /health      readiness probe for Playwright's webServer
//   /isolation/… hostile response bodies and a beacon that records what reaches it (see the
//                "Content isolation" block below; e2e/content-isolation.spec.ts)
import dgram from "node:dgram";
import { digestReply } from "./digestRoute.mjs";
import http from "node:http";
import { oauthRoute } from "./oauthRoutes.mjs";
import { tryitRoute } from "./tryitRoutes.mjs";
import { embedRoute } from "./embedRoutes.mjs";
import { corsHeaders } from "./cors.mjs";

const port = Number(process.argv[2] ?? process.env.PORT ?? 4180);

function echo(req, body, cors) {
  const url = new URL(req.url, `http://${req.headers.host}`);
  const json = JSON.stringify({
    method: req.method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: req.headers,
    body,
  });
  return {
    status: 200,
    headers: {
      "content-type": "application/json",
      ...(cors ? corsHeaders : {}),
      // Lets the page read this request's Resource Timing phases (e2e/agent.spec.ts).
      ...(url.pathname === "/cors/timed" ? { "timing-allow-origin": "*" } : {}),
    },
    body: json,
  };
}

/** A spec whose request body schema lives in another file, for "Import from URL". */
const specs = {
  "/specs/pets.yaml": `openapi: 3.0.3
info:
  title: URL Pets
  version: "1.0"
servers:
  - url: http://127.0.0.1:${port}/cors
paths:
  /pets:
    get:
      tags: [pets]
      summary: List pets
      responses:
        "200": { description: ok }
    post:
      tags: [pets]
      summary: Add a pet
      requestBody:
        content:
          application/json:
            schema: { $ref: "schemas/pet.yaml" }
      responses:
        "201": { description: created }
`,
  "/specs/schemas/pet.yaml": `type: object
required: [name]
properties:
  name: { type: string, example: Rex }
  age: { type: integer, example: 3 }
`,
};

/**
 * Writes an N MB JSON array of small objects, in chunks, without building it in memory (waiting
 * for "drain" when the socket's buffer is full).
 */
function writeBig(res, mb, cors = true) {
  const target = mb * 1024 * 1024;
  res.writeHead(200, { "content-type": "application/json", ...(cors ? corsHeaders : {}) });
  let written = 1;
  res.write("[");
  let i = 0;
  const pump = () => {
    let chunk = "";
    while (chunk.length < 256 * 1024 && written + chunk.length < target - 200) {
      chunk += `${i ? "," : ""}{"id":${i},"name":"item ${i}","tags":["a","b"],"active":${i % 2 === 0},"score":${(i * 7) % 1000}}`;
      i++;
    }
    written += chunk.length;
    const done = written >= target - 200 || chunk.length === 0;
    const ok = res.write(done ? chunk + "]" : chunk);
    if (done) return res.end();
    if (ok) setImmediate(pump);
    else res.once("drain", pump);
  };
  pump();
}

// ---- Content isolation (e2e/content-isolation.spec.ts) ------------------------------------------
// Hostile bodies the app previews or visualizes, each tagged with ?t=<tag>, and a beacon on this
// (second) origin that records every request reaching it per tag, so a test can tell what a
// preview or visualization managed to deliver here. UDP packets to this port (a STUN server
// address in a visualization) are counted too.
//   /isolation/svg?t=           SVG whose script reports (sync XHR) that it ran, and its IndexedDB
//   /isolation/html?t=          HTML with remote image, stylesheet, background, prefetch, script
//   /isolation/visualizer?t=    a pm.visualizer template trying fetch, img, beacon, window.open,
//                               form, prefetch, WebSocket and showing the outcomes; &navigate: then
//                               navigating away; &as=html: as a page. Logged as "template".
//   /isolation/webrtc           a pm.visualizer template sending STUN to this port over UDP
//   /isolation/pdf              a one-page PDF
//   /isolation/beacon/<name>?t= records <name> for the tag; /isolation/log?t= lists what arrived,
//                               /isolation/log?udp reports the UDP packet count
const isolationLog = [];
let isolationUdp = 0;

const isolationTag = (url) =>
  /^[\w-]{1,64}$/.test(url.searchParams.get("t") ?? "") ? url.searchParams.get("t") : "none";

function isolationSvg(tag) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60">
<rect width="120" height="60" fill="#c00"/>
<script><![CDATA[
var B = "http://127.0.0.1:${port}/isolation/beacon/";
var q = "?t=${tag}&origin=" + encodeURIComponent(location.origin);
var x = new XMLHttpRequest();
x.open("GET", B + "svg-ran" + q, false);
try { x.send(); } catch (e) {}
indexedDB.databases().then(function (dbs) {
  var names = dbs.map(function (d) { return d.name; }).join(",");
  fetch(B + "svg-idb" + q + "&names=" + encodeURIComponent(names), { mode: "no-cors" });
});
]]></script>
</svg>`;
}

function isolationHtml(tag) {
  const b = (name) => `http://127.0.0.1:${port}/isolation/beacon/${name}?t=${tag}`;
  return `<!doctype html><html><head><title>Isolation page</title>
<link rel="stylesheet" href="${b("html-css")}">
<link rel="prefetch" href="${b("html-prefetch")}">
</head><body>
<h1>Isolation page</h1>
<img alt="pixel" src="${b("html-img")}">
<img alt="relative" src="beacon/html-relative?t=${tag}">
<div style="width:10px;height:10px;background:url('${b("html-bg")}')"></div>
<script>var x = new XMLHttpRequest(); x.open("GET", "${b("html-script")}", false); x.send();</script>
</body></html>`;
}

function isolationVisualizer(tag, navigate) {
  return `<pre id="attempts">trying</pre>
<script>
(function () {
  var B = "http://127.0.0.1:${port}/isolation/beacon/";
  function go(data) {
    var u = function (n) { return B + n + "?t=${tag}&d=" + encodeURIComponent(JSON.stringify(data)); };
    var out = {};
    var settle = function (key, value, done) { return function () { out[key] = value; done(); }; };
    var waits = [
      fetch(u("viz-fetch"), { mode: "no-cors" }).then(
        function () { out.fetch = "sent"; },
        function () { out.fetch = "refused"; }
      ),
      new Promise(function (done) {
        var i = new Image();
        i.onload = settle("img", "loaded", done);
        i.onerror = settle("img", "refused", done);
        i.src = u("viz-img");
      }),
      new Promise(function (done) {
        var l = document.createElement("link");
        l.rel = "prefetch";
        l.onload = settle("prefetch", "loaded", done);
        l.onerror = settle("prefetch", "refused", done);
        l.href = u("viz-prefetch");
        document.head.appendChild(l);
      }),
      new Promise(function (done) {
        try {
          var ws = new WebSocket("ws://127.0.0.1:${port}/isolation/beacon/viz-ws?t=${tag}");
          ws.onopen = settle("ws", "open", done);
          ws.onerror = settle("ws", "refused", done);
        } catch (e) { out.ws = "threw"; done(); }
      }),
    ];
    try { out.beacon = navigator.sendBeacon(u("viz-beacon"), "x") ? "queued" : "refused"; } catch (e) { out.beacon = "threw"; }
    try { out.open = window.open(u("viz-open")) ? "opened" : "refused"; } catch (e) { out.open = "threw"; }
    try {
      var f = document.createElement("form");
      f.method = "post";
      f.target = "_blank";
      f.action = u("viz-form");
      document.body.appendChild(f);
      f.submit();
      out.form = "attempted";
    } catch (e) { out.form = "threw"; }
    Promise.all(waits).then(function () {
      document.getElementById("attempts").textContent = JSON.stringify(out);
      if (${navigate ? "true" : "false"}) location.href = u("viz-navigate");
    });
  }
  if (window.pm) pm.getData(function (e, d) { go(d); }); else go({ control: true });
})();
</script>`;
}

const isolationWebrtc = `<p>webrtc</p>
<script>
var pc = new RTCPeerConnection({ iceServers: [{ urls: "stun:127.0.0.1:${port}" }] });
pc.createDataChannel("out");
pc.createOffer().then(function (o) { return pc.setLocalDescription(o); });
</script>`;

/** A one-page PDF that says "Satchel PDF". */
function isolationPdf() {
  const objs = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    "<< /Length 41 >>\nstream\nBT /F1 24 Tf 20 100 Td (Satchel PDF) Tj ET\nendstream",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets = objs.map((o, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return out;
}

const GIF = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

/** Answers /isolation/… requests; returns false for any other path. */
function isolation(req, res, url) {
  if (!url.pathname.startsWith("/isolation/")) return false;
  const tag = isolationTag(url);
  const send = (type, body) => {
    res.writeHead(200, { "content-type": type, "cache-control": "no-store", ...corsHeaders });
    res.end(body);
    return true;
  };
  const beacon = /^\/isolation\/beacon\/([\w-]+)$/.exec(url.pathname)?.[1];
  if (beacon !== undefined) {
    const query = Object.fromEntries(url.searchParams);
    isolationLog.push({ tag, name: beacon, method: req.method, query });
    req.resume();
    if (beacon.endsWith("-css")) return send("text/css", "h1 { color: rgb(1, 2, 3); }");
    if (/-(img|bg|relative)$/.test(beacon)) return send("image/gif", GIF);
    return send("text/plain", "ok");
  }
  switch (url.pathname) {
    case "/isolation/log": {
      const log = url.searchParams.has("udp")
        ? { udp: isolationUdp }
        : isolationLog.filter((e) => e.tag === tag);
      return send("application/json", JSON.stringify(log));
    }
    case "/isolation/svg":
      return send("image/svg+xml", isolationSvg(tag));
    case "/isolation/html":
      return send("text/html; charset=utf-8", isolationHtml(tag));
    case "/isolation/visualizer": {
      if (req.method === "GET") isolationLog.push({ tag, name: "template", method: "GET" });
      const type = url.searchParams.get("as") === "html" ? "text/html" : "text/plain";
      const navigate = url.searchParams.has("navigate");
      return send(`${type}; charset=utf-8`, isolationVisualizer(tag, navigate));
    }
    case "/isolation/webrtc":
      return send("text/plain; charset=utf-8", isolationWebrtc);
    case "/isolation/pdf":
      return send("application/pdf", isolationPdf());
    default:
      return false;
  }
}

/** Records WebSocket handshakes to the beacon, then hangs up. */
function isolationUpgrade(req, socket) {
  const url = new URL(req.url, `http://${req.headers.host}`);
  const beacon = /^\/isolation\/beacon\/([\w-]+)$/.exec(url.pathname)?.[1];
  if (beacon !== undefined)
    isolationLog.push({ tag: isolationTag(url), name: beacon, method: "UPGRADE", query: {} });
  socket.destroy();
}

const isolationUdpSocket = dgram.createSocket("udp4");
isolationUdpSocket.on("message", () => isolationUdp++);
isolationUdpSocket.on("error", (e) => console.error(`isolation UDP sink: ${e.message}`));
isolationUdpSocket.bind(port, "127.0.0.1");
// ---- end of content isolation --------------------------------------------------------------------

// ---- Beyond the browser (e2e/agent.spec.ts): routes without CORS that only the agent can read ---
/** Answers the agent spec's routes after the request body arrived; false for other paths. */
function beyondBrowser(req, res, url, body) {
  const reply = (out, extra = {}) => {
    res.writeHead(out.status, { ...out.headers, ...extra });
    res.end(out.body);
    return true;
  };
  if (url.pathname === "/nocors/set-cookie") {
    const value = url.searchParams.get("session") ?? "none";
    return reply(echo(req, body, false), {
      "set-cookie": [`session=${encodeURIComponent(value)}; Path=/; HttpOnly`, "seen=yes; Path=/"],
    });
  }
  if (url.pathname === "/nocors/slow") {
    const ms = Math.min(5000, Number(url.searchParams.get("ms")) || 0);
    setTimeout(() => reply(echo(req, body, false)), ms);
    return true;
  }
  const hop = /^\/redirect\/(\d+)$/.exec(url.pathname)?.[1];
  if (hop !== undefined) {
    const n = Number(hop);
    if (n === 0) return reply(echo(req, body, false));
    res.writeHead(302, { location: `/redirect/${n - 1}`, "content-type": "text/plain" });
    res.end(`to /redirect/${n - 1}`);
    return true;
  }
  return false;
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, `http://${req.headers.host}`);
  if (url.pathname === "/health") return res.end("ok");
  if (isolation(req, res, url)) return;
  if (tryitRoute(req, res, url)) return;
  if (embedRoute(req, res, url, port)) return;
  if (url.pathname in specs) {
    res.writeHead(200, { "content-type": "application/yaml", ...corsHeaders });
    return res.end(specs[url.pathname]);
  }
  if (url.pathname === "/big") return writeBig(res, Number(url.searchParams.get("mb") ?? 50));
  if (url.pathname === "/nocors/big") {
    return writeBig(res, Number(url.searchParams.get("mb") ?? 50), false);
  }
  const cors = url.pathname.startsWith("/cors");
  if (cors && req.method === "OPTIONS") {
    res.writeHead(204, corsHeaders);
    return res.end();
  }
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    const body = Buffer.concat(chunks).toString("utf8");
    if (beyondBrowser(req, res, url, body)) return;
    if (oauthRoute(req, res, url, body)) return;
    if (url.pathname === "/cors/digest") {
      const out = digestReply(req);
      res.writeHead(out.status, {
        "content-type": "application/json",
        ...corsHeaders,
        ...out.headers,
      });
      return res.end(JSON.stringify(out.body));
    }
    const out = echo(req, body, cors);
    res.writeHead(out.status, out.headers);
    res.end(out.body);
  });
});

server.on("upgrade", isolationUpgrade);

server.listen(port, "127.0.0.1", () => {
  console.log(`test server on http://127.0.0.1:${port}`);
});
