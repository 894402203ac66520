/**
 * Methods are case-sensitive: `-X post` goes out as `post`, as curl sends it (Node's client alone
 * would write POST). HEAD keeps Node's spelling, since its parser reads it to expect no body.
 */
import net from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { makeNodeTransport } from "./nodeTransport";

let server: net.Server;
let url: string;
const lines: string[] = [];

beforeAll(async () => {
  // A raw server: Node's own HTTP parser refuses a lower-case method before any handler runs.
  server = net.createServer((socket) => {
    let seen = "";
    socket.on("data", (d: Buffer) => {
      seen += d.toString("latin1");
      if (!seen.includes("\r\n\r\n")) return;
      lines.push(seen.slice(0, seen.indexOf("\r\n")));
      socket.end("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/x?q=1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it("sends the method as written, whatever its case", async () => {
  const transport = makeNodeTransport();
  for (const method of ["post", "Patch", "PURGE", "get"]) {
    const result = await transport.send({ method, url, headers: [] });
    expect(result.ok && result.response.status).toBe(200);
  }
  expect(lines).toEqual([
    "post /x?q=1 HTTP/1.1",
    "Patch /x?q=1 HTTP/1.1",
    "PURGE /x?q=1 HTTP/1.1",
    "get /x?q=1 HTTP/1.1",
  ]);
});

it("a lower-case head is sent as HEAD, so its answer is read without a body", async () => {
  lines.length = 0;
  const result = await makeNodeTransport().send({ method: "head", url, headers: [] });
  expect(result.ok && result.response.status).toBe(200);
  expect(lines).toEqual(["HEAD /x?q=1 HTTP/1.1"]);
});
