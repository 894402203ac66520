// @vitest-environment jsdom
import { cleanup, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import type { FormatClient } from "../../../workers/format/types";
import { ResponseViewer } from "./ResponseViewer";

/** Never answers: these tests look only at what shows above the body. */
const idleClient = new Proxy({}, { get: () => () => new Promise(() => {}) }) as FormatClient;

afterEach(cleanup);

describe("ResponseViewer while a script runs and after it failed", () => {
  it("says the pre-request script is running, not that the request is being sent", () => {
    render(() => (
      <ResponseViewer
        state={{ kind: "loading", startedAt: Date.now(), phase: "prerequest" }}
        client={idleClient}
      />
    ));
    expect(screen.getByRole("status").textContent).toBe("Running the pre-request script…");
  });

  it("says whose script is running: its level and its name", () => {
    render(() => (
      <ResponseViewer
        state={{
          kind: "loading",
          startedAt: Date.now(),
          phase: "prerequest",
          scripts: [{ level: "folder", name: "Auth" }],
        }}
        client={idleClient}
      />
    ));
    expect(screen.getByRole("status").textContent).toBe(
      "Running pre-request script (folder “Auth”)…",
    );
  });

  it("puts a failed pre-request script, with its line, above the response", () => {
    render(() => (
      <ResponseViewer
        state={{
          kind: "done",
          response: {
            status: 200,
            statusText: "OK",
            headers: [],
            body: new Uint8Array(),
            timeMs: 3,
            url: "https://api.test/",
            redirected: false,
          },
        }}
        prerequestErrors={[
          { code: "RUNTIME", message: "token is not defined", location: "request", line: 3 },
          { code: "SYNTAX", message: "unexpected token", location: "folder:Users" },
        ]}
        client={idleClient}
      />
    ));
    const alert = screen.getByRole("alert");
    expect(alert.querySelector("h3")?.textContent).toBe("The pre-request script failed");
    expect([...alert.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "Request, line 3: token is not defined",
      "Folder “Users”: unexpected token",
    ]);
    const region = screen.getByRole("region", { name: "Response" });
    expect(region.firstElementChild).toBe(alert);
  });

  it("names a timeout as one, while the request is still being sent", () => {
    render(() => (
      <ResponseViewer
        state={{ kind: "loading", startedAt: Date.now(), phase: "sending" }}
        prerequestErrors={[
          { code: "TIMEOUT", message: "timed out after 10 s", location: "collection" },
        ]}
        client={idleClient}
      />
    ));
    expect(screen.getByRole("alert").textContent).toContain("The pre-request script timed out");
    expect(screen.getByRole("alert").textContent).toContain("Collection: timed out after 10 s");
    expect(screen.getByRole("status").textContent).toBe("Sending…");
  });
});
