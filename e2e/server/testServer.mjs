// Local API the e2e tests and benchmarks talk to (127.0.0.1 only, never the internet).
//   /cors/...    echoes the request as JSON, with CORS headers and preflight answers
//   /nocors/...  the same echo, without any CORS header (the browser must block it)
//   /big?mb=N    an N-megabyte JSON array (CORS), generated on the fly
//   /specs/...   a small OpenAPI spec split in two files (pets.yaml refers to schemas/pet.yaml), CORS
//   /health      readiness probe for Playwright's webServer
import http from "node:http";

const port = Number(process.argv[2] ?? process.env.PORT ?? 4180);

const corsHeaders = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS, HEAD",
  "access-control-allow-headers": "*",
  "access-control-expose-headers": "*",
};

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
    headers: { "content-type": "application/json", ...(cors ? corsHeaders : {}) },
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

/** Writes an N MB JSON array of small objects, in chunks, without building it in memory. */
function writeBig(res, mb) {
  const target = mb * 1024 * 1024;
  res.writeHead(200, { "content-type": "application/json", ...corsHeaders });
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

const server = http.createServer((req, res) => {
  const url = new URL(req.url, `http://${req.headers.host}`);
  if (url.pathname === "/health") return res.end("ok");
  if (url.pathname in specs) {
    res.writeHead(200, { "content-type": "application/yaml", ...corsHeaders });
    return res.end(specs[url.pathname]);
  }
  if (url.pathname === "/big") return writeBig(res, Number(url.searchParams.get("mb") ?? 50));
  const cors = url.pathname.startsWith("/cors");
  if (cors && req.method === "OPTIONS") {
    res.writeHead(204, corsHeaders);
    return res.end();
  }
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    const out = echo(req, Buffer.concat(chunks).toString("utf8"), cors);
    res.writeHead(out.status, out.headers);
    res.end(out.body);
  });
});

server.listen(port, "127.0.0.1", () => {
  console.log(`test server on http://127.0.0.1:${port}`);
});
