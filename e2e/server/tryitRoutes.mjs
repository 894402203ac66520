// Routes for the try-it panel's e2e (e2e/tryit*.spec.ts) under /tryit/…, all with CORS. Each
// checking route compares what arrived with what OpenAPI 3 specifies for the demo spec's
// operation (public/try-it-demo/demo-api.yaml) and answers 200 {ok: true, …} or 400 {ok: false,
// differences: [...]}; the values the test types are fixed here.
//   GET  /tryit/products   deepObject:  ?filter[color]=red&filter[size]=L (brackets raw or %5B %5D)
//   GET  /tryit/orders     pipeDelimited, explode false: ?ids=1|2|3 (`|` raw or %7C)
//   GET  /tryit/styles/{colors}/{ids}?words=   label explode (.red.green), matrix explode
//                          (;ids=1;ids=2), spaceDelimited (words=a%20b%20c), header X-Trace: t-1
//   POST /tryit/uploads    multipart/form-data: title "two files" and two parts named "files"
//                          (a.txt "alpha\n" and b.bin 00 ff 10 80 0d 0a), filenames and bytes exact
//   POST /tryit/pets/{petId}/notes   JSON body echo: 200 with petId, query and the parsed body
//                          when the body is application/json and parses, else 400
//   any other /tryit/…     echoes method, path, query pairs, headers and body text
import { corsHeaders as cors } from "./cors.mjs";

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json", ...cors });
  res.end(JSON.stringify(body, null, 2));
}

/** A verdict: 200 {ok: true, ...extra} when nothing differed, else 400 with the differences. */
function verdict(res, differences, extra) {
  if (differences.length === 0) return send(res, 200, { ok: true, ...extra });
  return send(res, 400, { ok: false, differences, ...extra });
}

const formDecode = (s) => {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return s;
  }
};

/** The raw query's pairs, in order, each still as sent (not decoded). */
function rawPairs(rawUrl) {
  const q = rawUrl.includes("?") ? rawUrl.slice(rawUrl.indexOf("?") + 1) : "";
  return q
    .split("&")
    .filter((s) => s !== "")
    .map((s) => {
      const eq = s.indexOf("=");
      return eq < 0 ? [s, ""] : [s.slice(0, eq), s.slice(eq + 1)];
    });
}

const show = (pairs) => pairs.map(([k, v]) => `${k}=${v}`).join("&");

function deepObject(req, res) {
  const got = rawPairs(req.url).map(([k, v]) => [formDecode(k), formDecode(v)]);
  const want = [
    ["filter[color]", "red"],
    ["filter[size]", "L"],
  ];
  const sort = (p) => show([...p].sort((a, b) => a[0].localeCompare(b[0])));
  const differences =
    sort(got) === sort(want) ? [] : [`expected query ${show(want)}, got ${show(got)}`];
  verdict(res, differences, { received: req.url });
}

function pipeDelimited(req, res) {
  const pairs = rawPairs(req.url);
  const ids = pairs.filter(([k]) => k === "ids");
  const differences = [];
  if (pairs.length !== 1 || ids.length !== 1) {
    differences.push(`expected exactly one query parameter "ids", got ${show(pairs) || "none"}`);
  } else if (!/^1(\||%7C)2(\||%7C)3$/i.test(ids[0][1])) {
    differences.push(`expected ids=1|2|3 (or 1%7C2%7C3), got ids=${ids[0][1]}`);
  }
  verdict(res, differences, { received: req.url });
}

function styles(req, res, url) {
  const differences = [];
  const [colors = "", ids = ""] = url.pathname.split("/").slice(3);
  if (formDecode(colors) !== ".red.green") {
    differences.push(`label: expected .red.green, got ${colors}`);
  }
  if (formDecode(ids) !== ";ids=1;ids=2")
    differences.push(`matrix: expected ;ids=1;ids=2, got ${ids}`);
  const words = rawPairs(req.url).filter(([k]) => k === "words");
  if (words.length !== 1 || !/^a(%20|\+)b(%20|\+)c$/i.test(words[0][1])) {
    differences.push(`spaceDelimited: expected words=a%20b%20c, got ${show(words) || "none"}`);
  }
  if (req.headers["x-trace"] !== "t-1") {
    differences.push(`header: expected X-Trace: t-1, got ${req.headers["x-trace"] ?? "none"}`);
  }
  verdict(res, differences, { received: req.url });
}

/** The parts of a multipart/form-data body: {name, filename, type, bytes}. */
function multipartParts(contentType, body) {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? "");
  if (!boundary) return null;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts = [];
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === "--") break;
    const next = body.indexOf(delimiter, start);
    if (next < 0) return null;
    // Between CRLF after the delimiter and CRLF before the next one.
    const part = body.subarray(start + 2, next - 2);
    const split = part.indexOf("\r\n\r\n");
    if (split < 0) return null;
    const head = part.subarray(0, split).toString("utf8");
    const disposition = /content-disposition:([^\r\n]*)/i.exec(head)?.[1] ?? "";
    parts.push({
      name: /\bname="([^"]*)"/.exec(disposition)?.[1],
      filename: /\bfilename="([^"]*)"/.exec(disposition)?.[1],
      type: /content-type:\s*([^\r\n]*)/i.exec(head)?.[1],
      bytes: part.subarray(split + 4),
    });
    at = next;
  }
  return parts;
}

function uploads(req, res, body) {
  const parts = multipartParts(req.headers["content-type"], body);
  if (!parts) {
    return verdict(res, [`not multipart/form-data: ${req.headers["content-type"] ?? "none"}`]);
  }
  const differences = [];
  const title = parts.filter((p) => p.name === "title");
  if (title.length !== 1 || title[0].bytes.toString("utf8") !== "two files") {
    differences.push(`expected one part "title" = two files, got ${title.length}`);
  }
  const files = parts.filter((p) => p.name === "files");
  const want = [
    ["a.txt", Buffer.from("alpha\n")],
    ["b.bin", Buffer.from([0x00, 0xff, 0x10, 0x80, 0x0d, 0x0a])],
  ];
  if (files.length !== 2) differences.push(`expected two parts named "files", got ${files.length}`);
  for (const [name, bytes] of want) {
    const file = files.find((f) => f.filename === name);
    if (!file) differences.push(`no part "files" with filename ${name}`);
    else if (!file.bytes.equals(bytes)) {
      differences.push(
        `${name}: expected bytes ${bytes.toString("hex")}, got ${file.bytes.toString("hex")}`,
      );
    }
  }
  const received = parts.map((p) => ({
    name: p.name,
    filename: p.filename,
    type: p.type,
    hex: p.filename === undefined ? undefined : p.bytes.toString("hex"),
    text: p.filename === undefined ? p.bytes.toString("utf8") : undefined,
  }));
  verdict(res, differences, { received });
}

function notes(req, res, url, body, petId) {
  const differences = [];
  let json;
  if (!/^application\/json\b/i.test(req.headers["content-type"] ?? "")) {
    differences.push(
      `expected Content-Type application/json, got ${req.headers["content-type"] ?? "none"}`,
    );
  }
  try {
    json = JSON.parse(body.toString("utf8"));
  } catch {
    differences.push(`the body is not JSON: ${body.toString("utf8").slice(0, 200)}`);
  }
  const query = rawPairs(req.url).map(([k, v]) => [formDecode(k), formDecode(v)]);
  verdict(res, differences, {
    method: req.method,
    petId: formDecode(petId),
    query: Object.fromEntries(query),
    authorization: req.headers.authorization,
    json,
  });
}

function echo(req, res, url, body) {
  send(res, 200, {
    method: req.method,
    path: url.pathname,
    query: rawPairs(req.url).map(([k, v]) => [formDecode(k), formDecode(v)]),
    headers: req.headers,
    body: body.toString("utf8"),
  });
}

/** Answers /tryit/… requests (reading the raw body itself); false for any other path. */
export function tryitRoute(req, res, url) {
  if (!url.pathname.startsWith("/tryit/")) return false;
  if (req.method === "OPTIONS") {
    res.writeHead(204, cors);
    res.end();
    return true;
  }
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    const body = Buffer.concat(chunks);
    const path = url.pathname;
    const petId = /^\/tryit\/pets\/([^/]+)\/notes$/.exec(path)?.[1];
    if (path === "/tryit/products") return deepObject(req, res);
    if (path === "/tryit/orders") return pipeDelimited(req, res);
    if (path.startsWith("/tryit/styles/")) return styles(req, res, url);
    if (path === "/tryit/uploads") return uploads(req, res, body);
    if (petId !== undefined) return notes(req, res, url, body, petId);
    return echo(req, res, url, body);
  });
  return true;
}
