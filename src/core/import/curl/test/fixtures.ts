/** cURL commands as people paste them: browsers' "copy as cURL" (bash and cmd) and API docs. */

/** Chrome "Copy as cURL (bash)" of a JSON POST. */
export const chromeBash = `curl 'https://api.example.com/v1/items?page=2&q=a%20b' \\
  -H 'accept: application/json' \\
  -H 'content-type: application/json' \\
  -H 'cookie: sid=abc; theme=dark' \\
  -H $'x-note: it\\'s' \\
  --data-raw '{"name":"Widget","tags":["a","b"]}' \\
  --compressed`;

/** Chrome "Copy as cURL (cmd)" of the same kind of request. */
export const chromeCmd = `curl ^"https://api.example.com/v1/items?page=2^&sort=asc^" ^
  -H ^"accept: application/json^" ^
  -H ^"content-type: application/json^" ^
  --data-raw ^"^{^\\^"name^\\^":^\\^"Widget^\\^"^}^" ^
  --compressed`;

/** API-doc style: short options, basic auth, form body, redirects. */
export const apiDoc = `curl -X PUT https://api.example.com/users/42 \\
  -u admin:s3cret \\
  -H "X-Request-Id: 7" \\
  -d name=Ada%20Lovelace \\
  -d role=admin \\
  -L -k`;

/** Multipart upload with a file and a literal field. */
export const multipart = `curl -F 'title=Report' -F 'file=@/tmp/report.pdf;type=application/pdf' https://up.example.com/files`;

/** --json, -A, -e, -b, unknown options. */
export const jsonAndMore = `curl --json '{"a":1}' -A 'Agent/1' -e https://ref.example.com -b 'k=v' --max-time 5 --frobnicate https://api.example.com/j`;
