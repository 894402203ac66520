/** A small HAR 1.2 file shaped like Chrome's "Save all as HAR": two hosts, HTTP/2, base64 body. */
export const sampleHar = {
  log: {
    version: "1.2",
    creator: { name: "WebInspector", version: "537.36" },
    pages: [],
    entries: [
      {
        startedDateTime: "2024-05-01T10:00:00.000Z",
        time: 42.5,
        request: {
          method: "GET",
          url: "https://api.example.com/users?page=2&q=a%20b",
          httpVersion: "http/2.0",
          headers: [
            { name: ":authority", value: "api.example.com" },
            { name: ":method", value: "GET" },
            { name: "accept", value: "application/json" },
            { name: "cookie", value: "a=1" },
            { name: "cookie", value: "b=2" },
          ],
          queryString: [
            { name: "page", value: "2" },
            { name: "q", value: "a b" },
          ],
          cookies: [],
          headersSize: -1,
          bodySize: 0,
        },
        response: {
          status: 200,
          statusText: "OK",
          httpVersion: "http/2.0",
          headers: [{ name: "content-type", value: "application/json" }],
          cookies: [],
          content: {
            size: 13,
            mimeType: "application/json",
            text: "eyJpZCI6IDF9",
            encoding: "base64",
          },
          redirectURL: "",
          headersSize: -1,
          bodySize: -1,
        },
        cache: {},
        timings: { send: 0, wait: 40, receive: 2.5 },
      },
      {
        startedDateTime: "2024-05-01T10:00:01.000Z",
        time: 10,
        request: {
          method: "POST",
          url: "https://auth.example.com/token",
          httpVersion: "HTTP/1.1",
          headers: [
            { name: "Content-Type", value: "application/x-www-form-urlencoded" },
            { name: "Content-Length", value: "29" },
          ],
          queryString: [],
          cookies: [{ name: "sid", value: "xyz" }],
          postData: {
            mimeType: "application/x-www-form-urlencoded",
            params: [
              { name: "grant_type", value: "client_credentials" },
              { name: "scope", value: "read%20write" },
            ],
            text: "grant_type=client_credentials&scope=read%20write",
          },
          headersSize: -1,
          bodySize: 29,
        },
        response: {
          status: 401,
          statusText: "Unauthorized",
          headers: [],
          content: { size: 0, mimeType: "text/plain", text: "nope" },
        },
      },
      {
        startedDateTime: "2024-05-01T10:00:02.000Z",
        time: 5,
        request: {
          method: "PUT",
          url: "https://api.example.com/users/7",
          httpVersion: "HTTP/1.1",
          headers: [{ name: "Content-Type", value: "application/json" }],
          queryString: [],
          cookies: [],
          postData: { mimeType: "application/json; charset=utf-8", text: '{"name":"Ada"}' },
        },
        response: {
          status: 200,
          statusText: "OK",
          headers: [],
          content: { size: 4, mimeType: "image/png", text: "iVBORw==", encoding: "base64" },
        },
      },
    ],
  },
};
