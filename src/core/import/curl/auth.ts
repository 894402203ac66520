/**
 * The auth a cURL command uses, with Postman's attribute names: `-u user:password` with
 * `--basic` (the default), `--digest` or `--ntlm` (`DOMAIN\user` gives the domain);
 * `--aws-sigv4 aws:amz:region:service` with `-u accessKey:secretKey`; `--oauth2-bearer token`.
 * @see https://curl.se/docs/manpage.html#-u
 */
import type { Auth } from "../../model";
import type { CurlOptions } from "./collect";

type Attribute = Auth["attributes"][number];

const attr = (key: string, value: string): Attribute => ({ key, value, type: "string" });

/** `user:password` split at the first colon; without one curl would prompt for the password. */
function credentials(o: CurlOptions): [string, string] {
  const user = o.user ?? "";
  const colon = user.indexOf(":");
  if (o.user !== undefined && colon < 0) {
    o.warnings.push(`curl would ask for ${user}'s password; it is left empty.`);
  }
  return colon < 0 ? [user, ""] : [user.slice(0, colon), user.slice(colon + 1)];
}

/** `--aws-sigv4` with the keys from `-u`. */
function awsv4(o: CurlOptions): Auth {
  const [provider = "", , region, service] = (o.awsSigv4 ?? "").split(":");
  if (provider.toLowerCase() !== "aws") {
    o.warnings.push(`--aws-sigv4 provider "${provider}" is signed as AWS Signature Version 4.`);
  }
  const [accessKey, secretKey] = credentials(o);
  const attributes = [attr("accessKey", accessKey), attr("secretKey", secretKey)];
  if (region) attributes.push(attr("region", region));
  if (service) attributes.push(attr("service", service));
  return { type: "awsv4", attributes };
}

/** The request's auth; `inherit` when the command sends none. */
export function authOf(o: CurlOptions): Auth {
  if (o.bearer !== undefined) return { type: "bearer", attributes: [attr("token", o.bearer)] };
  if (o.scheme === "awsv4") return awsv4(o);
  if (o.user === undefined) return { type: "inherit", attributes: [] };
  const [username, password] = credentials(o);
  if (o.scheme === "ntlm") {
    const slash = username.indexOf("\\");
    const attributes = [
      attr("username", slash < 0 ? username : username.slice(slash + 1)),
      attr("password", password),
    ];
    if (slash >= 0) attributes.push(attr("domain", username.slice(0, slash)));
    return { type: "ntlm", attributes };
  }
  const type = o.scheme === "digest" ? "digest" : "basic";
  return { type, attributes: [attr("username", username), attr("password", password)] };
}
