// The CORS headers every "allowed" route of the local test server sends (any origin, method and
// header; every response header readable), shared by testServer.mjs and its route modules.
export const corsHeaders = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS, HEAD",
  "access-control-allow-headers": "*",
  "access-control-expose-headers": "*",
};
