/** Dart code using package:http for an HttpRequest. */
import type { HttpRequest } from "../http/transport";
import { cString } from "./quote";

/** Dart string literal (`$` would interpolate). */
const dString = (s: string) => cString(s, "$");

function mapLiteral(pairs: [string, string][], indent: string): string {
  if (!pairs.length) return "{}";
  const rows = pairs.map(([k, v]) => `${indent}  ${dString(k)}: ${dString(v)},`);
  return `{\n${rows.join("\n")}\n${indent}}`;
}

function bodyLines(http: HttpRequest): string[] {
  const body = http.body;
  if (!body) return [];
  switch (body.kind) {
    case "text":
      return [`request.body = ${dString(body.text)};`];
    case "urlencoded":
      return [`request.bodyFields = ${mapLiteral(body.fields, "")};`];
    case "file":
      return [`request.bodyBytes = await File(${dString(body.fileName ?? "file")}).readAsBytes();`];
    case "multipart":
      return [];
  }
}

function multipartLines(http: HttpRequest): string[] {
  const body = http.body;
  if (body?.kind !== "multipart") return [];
  return body.fields.map((f) =>
    f.type === "text"
      ? `request.fields[${dString(f.name)}] = ${dString(f.value)};`
      : `request.files.add(await http.MultipartFile.fromPath(${dString(f.name)}, ${dString(f.fileName ?? "file")}));`,
  );
}

/** A Dart program for the request (package:http). */
export function dartHttp(http: HttpRequest): string {
  const multipart = http.body?.kind === "multipart";
  const headers = multipart
    ? http.headers.filter(([k]) => k.toLowerCase() !== "content-type")
    : http.headers;
  const ctor = multipart ? "http.MultipartRequest" : "http.Request";
  const usesFile = http.body?.kind === "file";
  return [
    ...(usesFile ? ["import 'dart:io';"] : []),
    "import 'package:http/http.dart' as http;",
    "",
    "Future<void> main() async {",
    `  var request = ${ctor}(${dString(http.method.toUpperCase())}, Uri.parse(${dString(http.url)}));`,
    ...(headers.length ? [`  request.headers.addAll(${mapLiteral(headers, "  ")});`] : []),
    ...[...bodyLines(http), ...multipartLines(http)].map((l) => `  ${l}`),
    "  var response = await http.Response.fromStream(await request.send());",
    "  print(response.statusCode);",
    "  print(response.body);",
    "}",
    "",
  ].join("\n");
}
