// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import type { CookieRecord } from "../../../core/cookies/types";
import type { CookiesService } from "../../host/cookies";
import { makeCookiesService } from "../../host/cookies";
import { clearToasts } from "../../stores/toasts";
import { makeFakeRepos } from "../../testing/fakeRepos";
import { makeTestDeps } from "../../testing/fixtures";
import { onceQuery, refreshOnceQueries, resetOnceQueries } from "../../testing/onceQuery";
import { PartialHost } from "../../testing/partialHost";
import { Toasts } from "../common/Toasts";
import { CookiesButton } from "./CookiesButton";

afterEach(() => {
  cleanup();
  resetOnceQueries();
  clearToasts();
});

const cookie = (key: string, domain: string, extra: Partial<CookieRecord> = {}): CookieRecord => ({
  key,
  value: `${key}-value`,
  domain,
  path: "/",
  ...extra,
});

const seed = [
  cookie("session", "api.test", { value: "s3cr3t".repeat(40) }),
  cookie("theme", "api.test", {
    expires: "2030-01-02T03:04:05.000Z",
    secure: true,
    httpOnly: true,
  }),
  cookie("id", "other.test", { path: "/admin" }),
];

/**
 * The service, each write recorded as it is called and followed by a re-read of the live list
 * (as liveQuery would).
 */
function refreshing(
  service: CookiesService,
  calls: string[],
  writes: { put?: CookiesService["put"] } = {},
): CookiesService {
  const after =
    <A extends unknown[]>(name: string, op: (...args: A) => Promise<void>) =>
    async (...args: A) => {
      calls.push(`${name} ${JSON.stringify(args)}`);
      await op(...args);
      refreshOnceQueries();
    };
  return {
    ...service,
    put: after("put", writes.put ?? service.put),
    delete: after("delete", service.delete),
    clearDomain: after("clearDomain", service.clearDomain),
    clear: after("clear", service.clear),
  };
}

async function setup(cookies: CookieRecord[] = seed, writes?: { put?: CookiesService["put"] }) {
  const fake = makeFakeRepos(makeTestDeps());
  for (const c of cookies) await fake.repos.cookies.put("ws", c);
  const service = makeCookiesService(fake.repos, onceQuery, async () => "ws");
  const calls: string[] = [];
  render(() => (
    <>
      <PartialHost parts={{ cookies: refreshing(service, calls, writes) }}>
        <CookiesButton />
      </PartialHost>
      <Toasts />
    </>
  ));
  fireEvent.click(screen.getByRole("button", { name: "Cookies" }));
  const dialog = await screen.findByRole("dialog", { name: "Cookies" });
  const stored = () => fake.repos.cookies.list("ws");
  const names = async () => (await stored()).map((c) => `${c.key}@${c.domain}${c.path}`);
  return { dialog, service, stored, names, calls };
}

const rowNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole("rowheader")
    .map((th) => th.textContent);

async function openForm(dialog: HTMLElement, button: string, title: string) {
  fireEvent.click(await within(dialog).findByRole("button", { name: button }));
  return screen.findByRole("dialog", { name: title });
}

const type = (form: HTMLElement, label: string, value: string) =>
  fireEvent.input(within(form).getByLabelText(label), { target: { value } });

describe("CookieManagerDialog", () => {
  it("lists cookies grouped by domain with value, path, expiry and flags", async () => {
    const { dialog } = await setup();
    const api = await within(dialog).findByRole("table", { name: "Cookies of api.test" });
    const other = within(dialog).getByRole("table", { name: "Cookies of other.test" });
    expect(
      within(dialog)
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(["api.test (2 cookies)", "other.test (1 cookie)", "Script access"]);
    expect(rowNames(api)).toEqual(["session", "theme"]);
    const [session, theme] = within(api).getAllByRole("row").slice(1);
    const cells = (row: HTMLElement | undefined) =>
      within(row!)
        .getAllByRole("cell")
        .map((c) => c.textContent);
    expect(cells(session)).toEqual(["s3cr3t".repeat(40), "/", "Session", "", "EditDelete"]);
    expect(within(session!).getByTitle("s3cr3t".repeat(40)).tabIndex).toBe(0);
    expect(cells(theme).slice(1, 4)).toEqual([
      "/",
      expect.stringMatching(/2030/),
      "Secure HttpOnly",
    ]);
    expect(theme!.querySelector("time")?.getAttribute("datetime")).toBe("2030-01-02T03:04:05.000Z");
    expect(
      within(other).getByRole("button", { name: "Edit cookie id on other.test/admin" }),
    ).toBeTruthy();
    expect(
      within(api).getByRole("button", { name: "Delete cookie theme on api.test" }),
    ).toBeTruthy();
    expect(
      within(dialog).getByText("No domains yet: scripts can't reach any cookie."),
    ).toBeTruthy();
  });

  it("says so when the jar is empty", async () => {
    const { dialog } = await setup([]);
    expect(within(dialog).getByText(/No cookies yet/)).toBeTruthy();
    expect(within(dialog).getByRole("button", { name: "Clear all" })).toHaveProperty(
      "disabled",
      true,
    );
  });

  it("adds a cookie: refuses a bad name with a message, then saves", async () => {
    const { dialog, stored, calls } = await setup([]);
    const form = await openForm(dialog, "Add cookie", "Add cookie");
    expect((within(form).getByLabelText("Path") as HTMLInputElement).value).toBe("/");
    type(form, "Name", "bad name");
    type(form, "Value", "xyz");
    type(form, "Domain", "new.test");
    type(form, "Expires", "2031-05-06T07:08");
    fireEvent.click(within(form).getByRole("checkbox", { name: "Secure" }));
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    const name = within(form).getByRole("textbox", { name: "Name" });
    expect(within(form).getByText('A name can\'t contain "=", ";" or spaces.')).toBeTruthy();
    expect(name.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(name);
    expect(calls).toEqual([]);
    type(form, "Name", "token");
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    const table = await within(dialog).findByRole("table", { name: "Cookies of new.test" });
    expect(rowNames(table)).toEqual(["token"]);
    expect(screen.queryByRole("dialog", { name: "Add cookie" })).toBeNull();
    expect(await stored()).toEqual([
      {
        key: "token",
        value: "xyz",
        domain: "new.test",
        path: "/",
        expires: new Date("2031-05-06T07:08").toISOString(),
        secure: true,
        httpOnly: false,
      },
    ]);
  });

  it("edits a cookie under a new name: the old one is gone", async () => {
    const { dialog, names, stored, calls } = await setup();
    const form = await openForm(dialog, "Edit cookie session on api.test", "Edit cookie");
    const name = within(form).getByRole("textbox", { name: "Name" }) as HTMLInputElement;
    expect(name.value).toBe("session");
    type(form, "Name", "sid");
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    await within(dialog).findByRole("button", { name: "Edit cookie sid on api.test" });
    const api = within(dialog).getByRole("table", { name: "Cookies of api.test" });
    expect(rowNames(api)).toEqual(["sid", "theme"]);
    expect(await names()).toEqual(["sid@api.test/", "theme@api.test/", "id@other.test/admin"]);
    expect(calls.map((c) => c.split(" ")[0])).toEqual(["delete", "put"]);
    expect((await stored()).find((c) => c.key === "sid")?.value).toBe("s3cr3t".repeat(40));
  });

  it("keeps the form open and says why when saving fails", async () => {
    const failing = async () => {
      throw new Error("disk on fire");
    };
    const { dialog } = await setup([], { put: failing });
    const form = await openForm(dialog, "Add cookie", "Add cookie");
    type(form, "Name", "a");
    type(form, "Domain", "x.test");
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Couldn't save the cookie. disk on fire")).toBeTruthy();
    expect(screen.getByRole("dialog", { name: "Add cookie" })).toBe(form);
  });

  it("deletes one cookie", async () => {
    const { dialog, names } = await setup();
    const api = await within(dialog).findByRole("table", { name: "Cookies of api.test" });
    const sessionRow = within(api).getByRole("rowheader", { name: "session" });
    fireEvent.click(within(api).getByRole("button", { name: "Delete cookie theme on api.test" }));
    await waitFor(() => expect(rowNames(api)).toEqual(["session"]));
    // The re-read left the unchanged row in place (focus inside it would stay).
    expect(within(api).getByRole("rowheader", { name: "session" })).toBe(sessionRow);
    expect(within(dialog).getByRole("heading", { name: "api.test (1 cookie)" })).toBeTruthy();
    expect(await names()).toEqual(["session@api.test/", "id@other.test/admin"]);
  });

  it("clears a domain only after confirming, and everything with Clear all", async () => {
    const { dialog, names, calls } = await setup();
    fireEvent.click(await within(dialog).findByRole("button", { name: "Clear api.test" }));
    const ask = screen.getByRole("alertdialog", { name: "Clear api.test?" });
    fireEvent.click(within(ask).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(calls).toEqual([]);
    expect(within(dialog).getByRole("table", { name: "Cookies of api.test" })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Clear api.test" }));
    const again = screen.getByRole("alertdialog", { name: "Clear api.test?" });
    fireEvent.click(within(again).getByRole("button", { name: "Clear" }));
    await waitFor(() =>
      expect(within(dialog).queryByRole("table", { name: "Cookies of api.test" })).toBeNull(),
    );
    expect(await names()).toEqual(["id@other.test/admin"]);
    expect(calls).toEqual(['clearDomain ["api.test"]']);
    fireEvent.click(within(dialog).getByRole("button", { name: "Clear all" }));
    const all = screen.getByRole("alertdialog", { name: "Clear all cookies?" });
    fireEvent.click(within(all).getByRole("button", { name: "Clear" }));
    expect(await within(dialog).findByText(/No cookies yet/)).toBeTruthy();
    expect(await names()).toEqual([]);
  });

  it("filters by domain or name", async () => {
    const { dialog } = await setup();
    await within(dialog).findByRole("table", { name: "Cookies of api.test" });
    const filter = within(dialog).getByRole("searchbox", { name: "Filter cookies" });
    fireEvent.input(filter, { target: { value: "OTHER" } });
    expect(
      within(dialog)
        .getAllByRole("table")
        .map((t) => t.getAttribute("aria-label")),
    ).toEqual(["Cookies of other.test"]);
    fireEvent.input(filter, { target: { value: "sess" } });
    expect(rowNames(within(dialog).getByRole("table"))).toEqual(["session"]);
    expect(within(dialog).getByRole("heading", { name: "api.test (1 cookie)" })).toBeTruthy();
    fireEvent.input(filter, { target: { value: "nothing-like-it" } });
    expect(within(dialog).queryByRole("table")).toBeNull();
    expect(within(dialog).getByText("No cookies match.")).toBeTruthy();
  });

  it("renders at most 500 rows and says how many more matched", async () => {
    const many = Array.from({ length: 503 }, (_, i) =>
      cookie(`c${String(i).padStart(3, "0")}`, "bulk.test"),
    );
    const { dialog } = await setup(many);
    const table = await within(dialog).findByRole("table", { name: "Cookies of bulk.test" });
    expect(table.querySelectorAll("tbody tr")).toHaveLength(500);
    expect(within(dialog).getByRole("heading", { name: "bulk.test (503 cookies)" })).toBeTruthy();
    expect(within(dialog).getByText(/^3 more — filter to narrow/)).toBeTruthy();
    fireEvent.input(within(dialog).getByRole("searchbox", { name: "Filter cookies" }), {
      target: { value: "c50" },
    });
    expect(rowNames(within(dialog).getByRole("table"))).toEqual(["c500", "c501", "c502"]);
    expect(within(dialog).queryByText(/more — filter to narrow/)).toBeNull();
  });

  it("adds and removes script domains, stored in the allow-list", async () => {
    const { dialog, service } = await setup();
    const input = within(dialog).getByRole("textbox", { name: "Domain scripts may reach" });
    const add = within(dialog).getByRole("button", { name: "Add domain" });
    await waitFor(() => expect(add).toHaveProperty("disabled", false));
    fireEvent.input(input, { target: { value: "https://api.test/" } });
    fireEvent.click(add);
    expect(within(dialog).getByRole("alert").textContent).toMatch(/domain only/);
    fireEvent.input(input, { target: { value: " API.test " } });
    fireEvent.click(add);
    const list = await within(dialog).findByRole("list", { name: "Domains scripts may reach" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.firstChild?.textContent),
    ).toEqual(["api.test"]);
    expect(await service.scriptDomains()).toEqual(["api.test"]);
    expect((input as HTMLInputElement).value).toBe("");
    fireEvent.input(input, { target: { value: "other.test" } });
    fireEvent.click(add);
    await waitFor(async () =>
      expect(await service.scriptDomains()).toEqual(["api.test", "other.test"]),
    );
    fireEvent.input(input, { target: { value: "api.test" } });
    fireEvent.click(add);
    expect(within(dialog).getByRole("alert").textContent).toBe("api.test is already allowed.");
    fireEvent.click(
      within(list).getByRole("button", { name: "Remove api.test from script access" }),
    );
    await waitFor(async () => expect(await service.scriptDomains()).toEqual(["other.test"]));
    await waitFor(() =>
      expect(within(list).queryByRole("button", { name: /Remove api.test/ })).toBeNull(),
    );
  });

  it("closes the form alone on Escape, saving nothing", async () => {
    const { dialog, calls } = await setup();
    const form = await openForm(dialog, "Edit cookie theme on api.test", "Edit cookie");
    type(form, "Value", "changed");
    fireEvent.keyDown(within(form).getByRole("textbox", { name: "Value" }), { key: "Escape" });
    expect(screen.queryByRole("dialog", { name: "Edit cookie" })).toBeNull();
    expect(screen.getByRole("dialog", { name: "Cookies" })).toBe(dialog);
    expect(calls).toEqual([]);
  });

  it("closes with Close and reopens on the button", async () => {
    const { dialog } = await setup();
    fireEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog", { name: "Cookies" })).toBeNull();
    const button = screen.getByRole("button", { name: "Cookies" });
    expect(button.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(button);
    expect(await screen.findByRole("dialog", { name: "Cookies" })).toBeTruthy();
  });
});
