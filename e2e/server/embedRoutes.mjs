// Collections for the /embed page's e2e (e2e/embed.spec.ts), served with CORS:
//   /embed-collections/echo.json   a Postman v2.1 collection whose requests go to this server's
//                                  /cors echo (a GET with a query, a POST with a JSON body)

const cors = {
  "access-control-allow-origin": "*",
  "access-control-allow-headers": "*",
};

/** The collection, its URLs pointing at this server on `port`. */
export function echoCollection(port) {
  return {
    info: {
      name: "Embed Echo",
      description: "Requests to the local echo server.",
      schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
    },
    variable: [{ key: "base", value: `http://127.0.0.1:${port}/cors` }],
    item: [
      {
        name: "Find pets",
        request: {
          method: "GET",
          url: "{{base}}/pets?status=available",
          header: [{ key: "X-Embed", value: "yes" }],
          description: "Lists the pets that are available.",
        },
      },
      {
        name: "Add pet",
        request: {
          method: "POST",
          url: "{{base}}/pets",
          header: [{ key: "Content-Type", value: "application/json" }],
          body: { mode: "raw", raw: '{"name":"Rex"}' },
        },
      },
    ],
  };
}

/** Answers the routes above; false when `url` is not one of them. */
export function embedRoute(req, res, url, port) {
  if (url.pathname !== "/embed-collections/echo.json") return false;
  if (req.method === "OPTIONS") {
    res.writeHead(204, cors);
    res.end();
    return true;
  }
  res.writeHead(200, { "content-type": "application/json", ...cors });
  res.end(JSON.stringify(echoCollection(port)));
  return true;
}
