/** A small finished response for the viewer's tests; `over` changes any field. */
import type { HttpResponse } from "../../../../core/http/transport";

export const okResponse = (over: Partial<HttpResponse> = {}): HttpResponse => ({
  status: 200,
  statusText: "OK",
  headers: [["Content-Type", "text/plain"]],
  body: new TextEncoder().encode("ok"),
  timeMs: 85,
  url: "https://api.example.test/things",
  redirected: false,
  ...over,
});
