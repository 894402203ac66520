// @vitest-environment jsdom
/**
 * Regression (issue 11): a GET with a body got a 200 OK with the warning "Network error: Browsers
 * cannot send a body with GET…" above it. Nothing failed on the network: the warning now says the
 * body was not sent, under a title of its own.
 */
import { cleanup, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { WarningList } from "../components/response/WarningList";
import { makeFetchTransport } from "./fetchTransport";

afterEach(cleanup);

describe("a GET with a body, sent from the browser", () => {
  it("is answered with a 200 and a 'Body not sent' warning, not a network error", async () => {
    const sent: RequestInit[] = [];
    const transport = makeFetchTransport({
      fetch: (_url, init) => {
        sent.push(init);
        return Promise.resolve(new Response("{}", { status: 200, statusText: "OK" }));
      },
      pageOrigin: "https://satchel.example",
      isControlled: () => true,
    });
    const result = await transport.send({
      method: "GET",
      url: "https://api.example/things",
      headers: [],
      body: { kind: "text", text: '{"q":1}' },
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.response.status).toBe(200);
    expect(sent[0]?.body).toBeUndefined();

    render(() => <WarningList warnings={result.warnings} />);
    const list = screen.getByRole("list", { name: "Warnings" });
    expect(list.textContent).not.toMatch(/network/i);
    expect(list.textContent).toMatch(/^Body not sent: Browsers cannot send a body with GET/);
  });
});
