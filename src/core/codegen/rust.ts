/** Rust code using reqwest's blocking client for an HttpRequest. */
import type { HttpRequest } from "../http/transport";
import { cString } from "./quote";

const STANDARD = new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"]);

function methodCall(method: string, url: string): string {
  const m = method.toUpperCase();
  return STANDARD.has(m)
    ? `client.${m.toLowerCase()}(${url})`
    : `client.request(reqwest::Method::from_bytes(${cString(m)}.as_bytes())?, ${url})`;
}

function bodyLines(http: HttpRequest): { lines: string[]; features: string[] } {
  const body = http.body;
  if (!body) return { lines: [], features: [] };
  switch (body.kind) {
    case "text":
      return { lines: [`.body(${cString(body.text)})`], features: [] };
    case "urlencoded": {
      const pairs = body.fields.map(([k, v]) => `(${cString(k)}, ${cString(v)})`).join(", ");
      return { lines: [`.form(&[${pairs}])`], features: [] };
    }
    case "multipart": {
      const parts = body.fields.map((f) =>
        f.type === "text"
          ? `.text(${cString(f.name)}, ${cString(f.value)})`
          : `.file(${cString(f.name)}, ${cString(f.fileName ?? "file")})?`,
      );
      return {
        lines: [`.multipart(reqwest::blocking::multipart::Form::new()${parts.join("")})`],
        features: ["multipart"],
      };
    }
    case "file":
      return {
        lines: [`.body(std::fs::read(${cString(body.fileName ?? "file")})?)`],
        features: [],
      };
  }
}

/** `main.rs` for the request (reqwest with the "blocking" feature). */
export function rustReqwest(http: HttpRequest): string {
  const { lines, features } = bodyLines(http);
  const chain = [
    methodCall(http.method, cString(http.url)),
    ...http.headers.map(([k, v]) => `.header(${cString(k)}, ${cString(v)})`),
    ...lines,
    ".send()?;",
  ];
  return [
    `// Cargo.toml: reqwest = { version = "0.12", features = [${["blocking", ...features].map((f) => `"${f}"`).join(", ")}] }`,
    "fn main() -> Result<(), Box<dyn std::error::Error>> {",
    "    let client = reqwest::blocking::Client::new();",
    `    let response = ${chain.join("\n        ")}`,
    '    println!("{}", response.text()?);',
    "    Ok(())",
    "}",
    "",
  ].join("\n");
}
