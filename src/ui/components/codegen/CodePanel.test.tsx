// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeRequest } from "../../../core/factory";
import type { Request } from "../../../core/model";
import { makeTestDeps } from "../../testing/fixtures";
import { CodePanel } from "./CodePanel";
import type { CodeResolver } from "./resolveForCode";

afterEach(cleanup);

const request: Request = makeRequest(makeTestDeps(), {
  collectionId: "c",
  name: "Users",
  url: "{{baseUrl}}/users",
  headers: [{ key: "X-Key", value: "{{key}}", enabled: true }],
});

/** Resolves `{{baseUrl}}` and `{{key}}` when asked, else leaves them. */
const resolve: CodeResolver = async (r, resolveVariables) => ({
  ok: true,
  http: {
    method: r.method,
    url: resolveVariables ? "https://api.test/users" : r.url,
    headers: [["X-Key", resolveVariables ? "k1" : "{{key}}"]],
  },
});

const noCopy = () => Promise.resolve();

const code = () => screen.getByLabelText("Generated code").textContent ?? "";

describe("CodePanel", () => {
  it("shows cURL with placeholders first, then the chosen language, resolved on demand", async () => {
    render(() => <CodePanel request={request} resolve={resolve} copy={noCopy} />);
    await waitFor(() => expect(code()).toContain("curl"));
    expect(code()).toContain("{{baseUrl}}/users");
    fireEvent.change(screen.getByRole("combobox", { name: "Language" }), {
      target: { value: "python-requests" },
    });
    await waitFor(() => expect(code()).toContain("requests.get("));
    fireEvent.click(screen.getByRole("checkbox", { name: "Resolve variables" }));
    await waitFor(() => expect(code()).toContain("https://api.test/users"));
    expect(code()).toContain("k1");
  });

  it("offers every required language", () => {
    render(() => <CodePanel request={request} resolve={resolve} />);
    const labels = [
      ...screen.getByRole("combobox", { name: "Language" }).querySelectorAll("option"),
    ].map((o) => o.textContent);
    for (const want of ["cURL", "wget", "HTTPie", "Go", "Rust reqwest", "Dart http", "C libcurl"])
      expect(labels).toContain(want);
    expect(labels.length).toBeGreaterThanOrEqual(21);
  });

  it("copies the code and the cURL command", async () => {
    const copy = vi.fn(async (_text: string) => {});
    render(() => <CodePanel request={request} resolve={resolve} copy={copy} />);
    await waitFor(() => expect(code()).toContain("curl"));
    fireEvent.click(screen.getByRole("button", { name: "Copy" }));
    await waitFor(() => expect(copy).toHaveBeenCalledWith(code()));
    expect(screen.getByRole("status").textContent).toBe("Code copied");
    fireEvent.click(screen.getByRole("button", { name: "Copy as cURL" }));
    await waitFor(() => expect(copy).toHaveBeenCalledTimes(2));
    expect(copy.mock.calls[1]?.[0]).toMatch(/^curl '?\{\{baseUrl\}\}\/users/);
  });

  it("says why there is no code when the request cannot be resolved", async () => {
    const failing: CodeResolver = async () => ({ ok: false, message: "The URL is empty" });
    render(() => <CodePanel request={request} resolve={failing} />);
    expect((await screen.findByRole("alert")).textContent).toBe("The URL is empty");
  });
});
