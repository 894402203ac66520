/** A Hoppscotch collection export (array form) with a nested folder. */
export const sampleHoppscotch = [
  {
    v: 2,
    name: "Todo",
    folders: [
      {
        v: 2,
        name: "Items",
        folders: [],
        requests: [
          {
            v: "4",
            name: "Create item",
            method: "POST",
            endpoint: "<<base>>/items",
            params: [],
            headers: [{ key: "X-Trace", value: "<<trace>>", active: false }],
            preRequestScript: "",
            testScript: 'pw.test("ok", () => {});',
            auth: { authType: "inherit", authActive: true },
            body: { contentType: "application/json", body: '{"title": "<<title>>"}' },
          },
          {
            v: "4",
            name: "Upload",
            method: "POST",
            endpoint: "<<base>>/upload",
            params: [],
            headers: [],
            auth: {
              authType: "api-key",
              authActive: true,
              key: "k",
              value: "v",
              addTo: "QUERY_PARAMS",
            },
            body: {
              contentType: "multipart/form-data",
              body: [
                { key: "note", value: "hi", isFile: false, active: true },
                { key: "file", value: [], isFile: true, active: true },
              ],
            },
          },
        ],
      },
    ],
    requests: [
      {
        v: "4",
        name: "List items",
        method: "GET",
        endpoint: "<<base>>/items?done=false",
        params: [{ key: "limit", value: "5", active: true }],
        headers: [],
        auth: { authType: "bearer", authActive: true, token: "<<token>>" },
        body: { contentType: null, body: null },
      },
      {
        v: "4",
        name: "Login",
        method: "post",
        endpoint: "<<base>>/login",
        params: [],
        headers: [],
        auth: { authType: "basic", authActive: true, username: "u", password: "p" },
        body: { contentType: "application/x-www-form-urlencoded", body: "user: ada\n#debug: 1" },
      },
    ],
  },
];
