/**
 * The languages the code panel offers. Most come from httpsnippet-lite (target + client ids);
 * the ones it lacks are generated here (`own`).
 */
import type { HttpRequest } from "../http/transport";
import { dartHttp } from "./dart";
import { rustReqwest } from "./rust";

/** One entry of the Language select. */
export interface CodeLanguage {
  id: string;
  label: string;
  /** CodeMirror-ish language hint for highlighting, if any. */
  syntax: string;
  /** httpsnippet-lite's target and client, or our own generator. */
  source: { target: string; client: string } | { own: (http: HttpRequest) => string };
}

const lib = (target: string, client: string) => ({ target, client });

/** Every language, in the order the select shows them. */
export const CODE_LANGUAGES: readonly CodeLanguage[] = [
  { id: "curl", label: "cURL", syntax: "shell", source: lib("shell", "curl") },
  { id: "wget", label: "wget", syntax: "shell", source: lib("shell", "wget") },
  { id: "httpie", label: "HTTPie", syntax: "shell", source: lib("shell", "httpie") },
  {
    id: "js-fetch",
    label: "JavaScript fetch",
    syntax: "javascript",
    source: lib("javascript", "fetch"),
  },
  {
    id: "js-axios",
    label: "JavaScript axios",
    syntax: "javascript",
    source: lib("javascript", "axios"),
  },
  { id: "node-http", label: "Node http", syntax: "javascript", source: lib("node", "native") },
  {
    id: "python-requests",
    label: "Python requests",
    syntax: "python",
    source: lib("python", "requests"),
  },
  {
    id: "python-http-client",
    label: "Python http.client",
    syntax: "python",
    source: lib("python", "python3"),
  },
  { id: "go", label: "Go", syntax: "go", source: lib("go", "native") },
  { id: "java-okhttp", label: "Java OkHttp", syntax: "java", source: lib("java", "okhttp") },
  {
    id: "java-httpclient",
    label: "Java HttpClient",
    syntax: "java",
    source: lib("java", "nethttp"),
  },
  { id: "kotlin", label: "Kotlin OkHttp", syntax: "kotlin", source: lib("kotlin", "okhttp") },
  { id: "csharp", label: "C# HttpClient", syntax: "csharp", source: lib("csharp", "httpclient") },
  { id: "php-curl", label: "PHP cURL", syntax: "php", source: lib("php", "curl") },
  { id: "php-guzzle", label: "PHP Guzzle", syntax: "php", source: lib("php", "guzzle") },
  { id: "ruby", label: "Ruby Net::HTTP", syntax: "ruby", source: lib("ruby", "native") },
  { id: "rust", label: "Rust reqwest", syntax: "rust", source: { own: rustReqwest } },
  { id: "swift", label: "Swift URLSession", syntax: "swift", source: lib("swift", "nsurlsession") },
  {
    id: "powershell",
    label: "PowerShell",
    syntax: "powershell",
    source: lib("powershell", "restmethod"),
  },
  { id: "dart", label: "Dart http", syntax: "dart", source: { own: dartHttp } },
  { id: "c-libcurl", label: "C libcurl", syntax: "c", source: lib("c", "libcurl") },
];

/** The language with `id` (the first one when unknown). */
export function codeLanguage(id: string): CodeLanguage {
  return CODE_LANGUAGES.find((l) => l.id === id) ?? (CODE_LANGUAGES[0] as CodeLanguage);
}
