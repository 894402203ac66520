/**
 * A local server that checks NTLMv2 as a Windows server would, written apart from the client
 * (only MD4 is shared when this Node's OpenSSL has no md4): it answers a request without
 * credentials with `401 WWW-Authenticate: NTLM`, a NEGOTIATE_MESSAGE with a CHALLENGE_MESSAGE
 * bound to that connection, and an AUTHENTICATE_MESSAGE — accepted only on that same connection —
 * with 200 when its NTProofStr matches the user's password, else 401. Every request is logged
 * with the id of the socket it came on.
 */
import { createHash, createHmac, randomBytes } from "node:crypto";
import http from "node:http";
import https from "node:https";
import type { AddressInfo, Socket } from "node:net";
import { md4 } from "../../../core/auth/ntlm/md4";
import { makeSeededRandom } from "../../../core/clock";
import { makeCollection, makeRequest } from "../../../core/factory";
import { makeScopes } from "../../../core/variables/scopes";

/** One request as the server saw it. */
export interface Seen {
  socket: number;
  /** "none", or the NTLM message type the Authorization carried (1, 3). */
  kind: "none" | 1 | 2 | 3 | "other";
  method: string;
  body: string;
}

export interface NtlmServer {
  url: string;
  seen: Seen[];
  close(): Promise<void>;
}

export interface NtlmServerOptions {
  user: string;
  password: string;
  domain: string;
  /** Close the connection after the challenge (a server that breaks the handshake). */
  closeAfterChallenge?: boolean;
  /** Answer the negotiate message without a challenge. */
  noChallenge?: boolean;
  /** Serve https with this certificate and key. */
  tls?: { cert: string; key: string };
}

function ntHash(password: string): Buffer {
  const data = Buffer.from(password, "utf16le");
  try {
    return createHash("md4").update(data).digest();
  } catch {
    return Buffer.from(md4(data)); // OpenSSL 3 without the legacy provider
  }
}

const hmacMd5 = (key: Buffer, data: Buffer) => createHmac("md5", key).update(data).digest();

/** AV pairs: NbDomainName, NbComputerName, Timestamp, EOL. */
function targetInfo(domain: string): Buffer {
  const pair = (id: number, value: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt16LE(id, 0);
    head.writeUInt16LE(value.length, 2);
    return Buffer.concat([head, value]);
  };
  const stamp = Buffer.alloc(8);
  stamp.writeBigUInt64LE((BigInt(Date.now()) + 11644473600000n) * 10000n);
  return Buffer.concat([
    pair(2, Buffer.from(domain, "utf16le")),
    pair(1, Buffer.from("SERVER", "utf16le")),
    pair(7, stamp),
    Buffer.alloc(4),
  ]);
}

/** The CHALLENGE_MESSAGE with `challenge` and `info`, Unicode and TargetInfo flags set. */
function challengeMessage(challenge: Buffer, info: Buffer): Buffer {
  const name = Buffer.from("DOMAIN", "utf16le");
  const head = Buffer.alloc(48);
  head.write("NTLMSSP\0", 0, "latin1");
  head.writeUInt32LE(2, 8);
  head.writeUInt16LE(name.length, 12);
  head.writeUInt16LE(name.length, 14);
  head.writeUInt32LE(48, 16);
  // UNICODE, REQUEST_TARGET, NTLM, ALWAYS_SIGN, TARGET_TYPE_DOMAIN, ESS, TARGET_INFO
  head.writeUInt32LE(0x00898205, 20);
  challenge.copy(head, 24);
  head.writeUInt16LE(info.length, 40);
  head.writeUInt16LE(info.length, 42);
  head.writeUInt32LE(48 + name.length, 44);
  return Buffer.concat([head, name, info]);
}

const field = (msg: Buffer, at: number) =>
  msg.subarray(msg.readUInt32LE(at + 4), msg.readUInt32LE(at + 4) + msg.readUInt16LE(at));

/** Start the server on 127.0.0.1. */
export async function startNtlmServer(options: NtlmServerOptions): Promise<NtlmServer> {
  const seen: Seen[] = [];
  const ids = new WeakMap<Socket, number>();
  const pending = new WeakMap<Socket, { challenge: Buffer; info: Buffer }>();
  let next = 0;
  const handler: http.RequestListener = (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const socket = req.socket;
      const header = req.headers.authorization ?? "";
      const token = /^NTLM (\S+)$/.exec(header)?.[1];
      const msg = token ? Buffer.from(token, "base64") : undefined;
      const type =
        msg && msg.subarray(0, 8).toString("latin1") === "NTLMSSP\0" ? msg.readUInt32LE(8) : 0;
      seen.push({
        socket: ids.get(socket) ?? -1,
        kind: !header ? "none" : type === 1 || type === 3 ? type : "other",
        method: req.method ?? "",
        body: Buffer.concat(chunks).toString("utf8"),
      });
      const refuse = (why: string, offers = ["NTLM"]) =>
        res.writeHead(401, { "WWW-Authenticate": offers }).end(why);
      if (type === 1 && msg) {
        if (options.noChallenge) return refuse("no challenge for you");
        const challenge = randomBytes(8);
        const info = targetInfo(options.domain);
        pending.set(socket, { challenge, info });
        const type2 = challengeMessage(challenge, info).toString("base64");
        return res
          .writeHead(401, {
            "WWW-Authenticate": `NTLM ${type2}`,
            ...(options.closeAfterChallenge ? { Connection: "close" } : {}),
          })
          .end("challenge body to drain");
      }
      if (type === 3 && msg) {
        const state = pending.get(socket);
        pending.delete(socket);
        if (!state) return refuse("authenticate message on a connection without a challenge");
        const nt = field(msg, 20);
        const domain = field(msg, 28).toString("utf16le");
        const user = field(msg, 36).toString("utf16le");
        const workstation = field(msg, 44).toString("utf16le");
        const key = hmacMd5(
          ntHash(options.password),
          Buffer.from(options.user.toUpperCase() + options.domain, "utf16le"),
        );
        const blob = nt.subarray(16);
        const proof = hmacMd5(key, Buffer.concat([state.challenge, blob]));
        const infoBack = blob.subarray(28, 28 + state.info.length);
        const good =
          user.toUpperCase() === options.user.toUpperCase() &&
          domain === options.domain &&
          nt.length > 16 &&
          proof.equals(nt.subarray(0, 16)) &&
          infoBack.equals(state.info);
        if (!good) return refuse("wrong credentials");
        return res
          .writeHead(200, { "Content-Type": "application/json" })
          .end(JSON.stringify({ user, domain, workstation, body: seen.at(-1)?.body }));
      }
      return refuse("authenticate with NTLM", ["Negotiate", "NTLM"]);
    });
  };
  const server = options.tls
    ? https.createServer(options.tls, handler)
    : http.createServer(handler);
  // A request's socket is the TLS socket for https, the TCP one for http.
  server.on(options.tls ? "secureConnection" : "connection", (socket: Socket) =>
    ids.set(socket, next++),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `${options.tls ? "https" : "http"}://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A request to `url` with NTLM auth for `username`/`password`, and what runItem needs with it. */
export function ntlmItem(url: string, username: string, password: string) {
  const deps = { clock: { now: () => Date.now() }, random: makeSeededRandom(5) };
  const collection = makeCollection(deps, { workspaceId: "w", name: "C" });
  const attrs = { username, password };
  const request = makeRequest(deps, {
    collectionId: collection.id,
    name: "R",
    url,
    auth: {
      type: "ntlm",
      attributes: Object.entries(attrs).map(([key, value]) => ({ key, value, type: "string" })),
    },
  });
  return {
    request,
    ancestors: { collection, folders: [] },
    scopes: makeScopes({}),
    deps,
  };
}
