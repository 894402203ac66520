/** Small Insomnia exports shaped like the app's: v4 JSON and v5 YAML. */
export const sampleInsomniaV4 = {
  _type: "export",
  __export_format: 4,
  __export_date: "2024-05-01T10:00:00.000Z",
  __export_source: "insomnia.desktop.app:v2023.5.8",
  resources: [
    { _id: "wrk_1", _type: "workspace", parentId: null, name: "Shop API", description: "Shop" },
    { _id: "fld_1", _type: "request_group", parentId: "wrk_1", name: "Orders", metaSortKey: -10 },
    { _id: "fld_2", _type: "request_group", parentId: "fld_1", name: "Admin", metaSortKey: 1 },
    {
      _id: "req_1",
      _type: "request",
      parentId: "fld_1",
      name: "List orders",
      method: "get",
      url: "{{ _.baseUrl }}/orders",
      parameters: [
        { name: "limit", value: "10" },
        { name: "debug", value: "1", disabled: true },
      ],
      headers: [{ name: "Accept", value: "application/json" }],
      body: {},
      authentication: { type: "bearer", token: "{{ _.token }}" },
      metaSortKey: -5,
    },
    {
      _id: "req_2",
      _type: "request",
      parentId: "fld_2",
      name: "Create order",
      method: "POST",
      url: "{{ _['baseUrl'] }}/orders",
      body: { mimeType: "application/json", text: '{"sku": "{{ _.sku }}"}' },
      authentication: { type: "basic", username: "admin", password: "{% prompt 'pw' %}" },
    },
    {
      _id: "req_3",
      _type: "request",
      parentId: "wrk_1",
      name: "Login",
      method: "POST",
      url: "{{baseUrl}}/login",
      body: {
        mimeType: "application/x-www-form-urlencoded",
        params: [{ name: "user", value: "ada" }],
      },
      authentication: { type: "apikey", key: "X-Key", value: "k", addTo: "header" },
    },
    {
      _id: "env_base",
      _type: "environment",
      parentId: "wrk_1",
      name: "Base Environment",
      data: { baseUrl: "https://shop.test", nested: { a: 1 } },
    },
    {
      _id: "env_dev",
      _type: "environment",
      parentId: "env_base",
      name: "Dev",
      data: { baseUrl: "http://localhost:3000", token: "dev" },
    },
    { _id: "jar_1", _type: "cookie_jar", parentId: "wrk_1", name: "Default Jar", cookies: [] },
  ],
};

export const sampleInsomniaV5 = `type: collection.insomnia.rest/5.0
name: Pets
meta:
  id: wrk_5
  created: 1714557600000
collection:
  - name: Pets
    meta:
      id: fld_5
    children:
      - url: "{{ _.base }}/pets/:id"
        name: Get pet
        meta:
          id: req_5
          description: One pet
        method: GET
        pathParameters:
          - name: id
            value: "7"
        headers:
          - name: Accept
            value: application/json
        authentication:
          type: apikey
          key: api_key
          value: "{{ _.key }}"
          addTo: queryParams
  - url: "{{ _.base }}/pets"
    name: Add pet
    method: POST
    body:
      mimeType: multipart/form-data
      params:
        - name: name
          value: Rex
        - name: photo
          type: file
          fileName: /tmp/rex.png
environments:
  name: Base Environment
  data:
    base: https://pets.test
  subEnvironments:
    - name: Prod
      data:
        base: https://pets.example.com
        key: secret
`;
