import { describe, expect, it } from "vitest";
import { refusedHostReason } from "./refusedHosts";

/** The hostname as the browser's URL parser leaves it, then the verdict. */
const judge = (url: string) => refusedHostReason(new URL(url).hostname);

describe("refusedHostReason", () => {
  it("refuses IPv4 link-local, in every spelling the URL parser accepts", () => {
    for (const url of [
      "http://169.254.169.254/latest/meta-data/",
      "http://169.254.0.1/",
      "http://2852039166/",
      "http://0xA9FEA9FE/",
      "http://0251.0376.0251.0376/",
      "http://169.254.43518/",
    ]) {
      expect(judge(url), url).toMatch(/link-local address \(169\.254\.0\.0\/16\)/);
    }
  });

  it("refuses IPv6 link-local, fd00::/8, and link-local IPv4 inside IPv6", () => {
    expect(judge("http://[fe80::1]/")).toMatch(/link-local address \(fe80::\/10\)/);
    expect(judge("http://[febf:ffff::1]/")).toMatch(/fe80::\/10/);
    expect(judge("http://[fd00:ec2::254]/")).toMatch(/fd00::\/8/);
    expect(judge("http://[::ffff:169.254.169.254]/")).toMatch(/embeds an IPv4 address: 169\.254/);
    expect(judge("http://[64:ff9b::a9fe:a9fe]/")).toMatch(/embeds an IPv4 address/);
  });

  it("refuses cloud metadata services by name and address", () => {
    expect(judge("http://metadata.google.internal/computeMetadata/v1/")).toMatch(/Google Cloud/);
    expect(judge("http://METADATA.google.internal./")).toMatch(/Google Cloud/);
    expect(judge("http://metadata/")).toMatch(/Google Cloud/);
    expect(judge("http://instance-data/latest/")).toMatch(/Amazon EC2/);
    expect(judge("http://100.100.100.200/latest/meta-data/")).toMatch(/Alibaba Cloud/);
  });

  it("lets ordinary hosts through, loopback and private networks included", () => {
    for (const url of [
      "https://api.example.com/",
      "http://127.0.0.1:5174/",
      "http://10.0.0.5/",
      "http://169.255.0.1/",
      "http://[::1]/",
      "http://[fe00::1]/",
      "http://[fc00::1]/",
      "http://[::ffff:10.0.0.1]/",
      "http://constructor/",
      "http://metadata.example.com/",
    ]) {
      expect(judge(url), url).toBeUndefined();
    }
  });
});
