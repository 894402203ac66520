// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../../core/clock";
import { makeRequest } from "../../../core/factory";
import type { Request } from "../../../core/model";
import type { VariableLookup } from "../../../core/variables/lookup";
import { FORBIDDEN_NOTE } from "./HeadersPanel";
import { RequestEditor } from "./RequestEditor";
import { firstSection } from "./requestSections";
import { withUrl } from "./requestUpdates";

const deps = { clock: makeFixedClock(0), random: makeSeededRandom(1) };
const lookup: VariableLookup = () => undefined;

function setup(over: Partial<Request> = {}, sendingInitially = false) {
  const base = makeRequest(deps, { collectionId: "c", name: "r", ...over });
  const [request, setRequest] = createSignal(withUrl(base, base.url));
  const [sending, setSending] = createSignal(sendingInitially);
  const onSend = vi.fn();
  const onCancel = vi.fn();
  const storeFile = vi.fn((_file: File) => Promise.resolve("file-1"));
  render(() => (
    <RequestEditor
      request={request()}
      onChange={setRequest}
      lookup={lookup}
      onSend={onSend}
      onCancel={onCancel}
      sending={sending()}
      pageOrigin="http://localhost:4173"
      storeFile={storeFile}
    />
  ));
  const tab = (name: string) => fireEvent.click(screen.getByRole("tab", { name }));
  return { request, setSending, onSend, onCancel, storeFile, tab };
}

const url = () => screen.getByRole("textbox", { name: "URL" }) as HTMLInputElement;
const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });

afterEach(cleanup);

describe("RequestEditor", () => {
  it("has the section tabs with stable names and enabled-param counts", () => {
    setup({ url: "http://h/?a=1&b=2" });
    const list = screen.getByRole("tablist", { name: "Request sections" });
    const names = within(list)
      .getAllByRole("tab")
      .map((t) => t.getAttribute("aria-label"));
    expect(names).toEqual([
      "Params",
      "Headers",
      "Body",
      "Auth",
      "Pre-request",
      "Tests",
      "Settings",
      "Examples",
      "Code",
    ]);
    expect(screen.getByRole("tab", { name: "Params" }).textContent).toContain("2");
  });

  it("re-parses params when the URL is edited", () => {
    const { request } = setup({ url: "http://h/" });
    type(url(), "http://h/?q=1&page=2");
    const table = screen.getByRole("table", { name: "Query parameters" });
    const keys = within(table).getAllByRole("textbox", { name: "Key" }) as HTMLInputElement[];
    expect(keys.map((k) => k.value)).toEqual(["q", "page", ""]);
    expect(request().params.map((p) => p.value)).toEqual(["1", "2"]);
  });

  it("rewrites the URL when a param is edited, added or disabled", () => {
    const { request } = setup({ url: "http://h/?q=1" });
    const table = screen.getByRole("table", { name: "Query parameters" });
    type(within(table).getAllByRole("textbox", { name: "Value" })[0]!, "9");
    expect(url().value).toBe("http://h/?q=9");
    type(within(table).getAllByRole("textbox", { name: "Key" })[1]!, "new");
    expect(url().value).toBe("http://h/?q=9&new=");
    fireEvent.click(within(table).getByRole("checkbox", { name: "Enable q" }));
    expect(url().value).toBe("http://h/?new=");
    expect(request().params.map((p) => p.enabled)).toEqual([false, true]);
  });

  it("path variables follow the URL", () => {
    setup({ url: "http://h/users/:id" });
    const rows = () =>
      (
        within(screen.getByRole("table", { name: "Path variables" })).getAllByRole("textbox", {
          name: "Key",
        }) as HTMLInputElement[]
      ).map((k) => k.value);
    expect(rows()).toEqual(["id"]);
    type(url(), "http://h/users/:id/posts/:postId");
    expect(rows()).toEqual(["id", "postId"]);
    type(url(), "http://h/users");
    expect(screen.queryByRole("table", { name: "Path variables" })).toBeNull();
  });

  it("toggles a header, lists browser headers and flags forbidden ones", () => {
    const { request, tab } = setup({
      headers: [
        { key: "X-Trace", value: "1", enabled: true },
        { key: "Cookie", value: "a=b", enabled: true },
      ],
      url: "https://api.test/",
    });
    tab("Headers");
    fireEvent.click(screen.getByRole("checkbox", { name: "Enable X-Trace" }));
    expect(request().headers[0]?.enabled).toBe(false);
    const table = screen.getByRole("table", { name: "Headers" });
    expect(within(table).getAllByText(FORBIDDEN_NOTE)).toHaveLength(1);
    const added = screen.getByRole("list", { name: "Headers the browser adds" });
    expect(added.textContent).toContain("api.test");
  });

  it("switching body type keeps each type's data", () => {
    const { request, tab } = setup({ method: "POST" });
    tab("Body");
    const group = screen.getByRole("radiogroup", { name: "Body type" });
    fireEvent.click(within(group).getByRole("radio", { name: "raw" }));
    type(screen.getByRole("textbox", { name: "Request body" }), '{"a":1}');
    fireEvent.click(within(group).getByRole("radio", { name: "x-www-form-urlencoded" }));
    type(
      within(screen.getByRole("table", { name: "Form fields" })).getByRole("textbox", {
        name: "Key",
      }),
      "f",
    );
    fireEvent.click(within(group).getByRole("radio", { name: "raw" }));
    expect(
      (screen.getByRole("textbox", { name: "Request body" }) as HTMLTextAreaElement).value,
    ).toBe('{"a":1}');
    expect(request().body).toMatchObject({
      mode: "raw",
      raw: '{"a":1}',
      urlencoded: [{ key: "f" }],
    });
  });

  it("a form-data file field calls storeFile and keeps the file id and name", async () => {
    const { request, storeFile, tab } = setup({ method: "POST" });
    tab("Body");
    fireEvent.click(screen.getByRole("radio", { name: "form-data" }));
    const table = screen.getByRole("table", { name: "Form data" });
    type(within(table).getByRole("textbox", { name: "Key" }), "upload");
    fireEvent.change(screen.getByRole("combobox", { name: "Type of upload" }), {
      target: { value: "file" },
    });
    const file = new File(["hi"], "hi.txt", { type: "text/plain" });
    const input = screen.getByLabelText("File for upload") as HTMLInputElement;
    Object.defineProperty(input, "files", { value: [file] });
    fireEvent.change(input);
    await waitFor(() => expect(request().body.formdata[0]?.fileId).toBe("file-1"));
    expect(storeFile).toHaveBeenCalledWith(file);
    expect(request().body.formdata[0]).toMatchObject({ type: "file", fileName: "hi.txt" });
  });

  it("Send becomes Cancel while sending; Enter in the URL sends", () => {
    const { setSending, onSend, onCancel } = setup({ url: "http://h/" });
    fireEvent.click(screen.getByRole("button", { name: "Send" }));
    fireEvent.keyDown(url(), { key: "Enter" });
    expect(onSend).toHaveBeenCalledTimes(2);
    setSending(true);
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("button", { name: "Send" })).toBeNull();
  });

  it("custom methods are typed freely and stored upper-case", () => {
    const { request } = setup();
    const method = screen.getByRole("combobox", { name: "Method" });
    fireEvent.change(method, { target: { value: "POST" } });
    expect(request().method).toBe("POST");
    fireEvent.change(method, { target: { value: "__custom__" } });
    type(screen.getByRole("textbox", { name: "Custom method" }), "purge");
    expect(request().method).toBe("PURGE");
    expect((method as HTMLSelectElement).value).toBe("__custom__");
  });

  it("edits basic auth with a masked password and keeps imported auth untouched", async () => {
    const { request, tab } = setup({
      auth: { type: "asap", attributes: [{ key: "privateKey", value: "t0k" }] },
    });
    tab("Auth");
    expect(await screen.findByText(/cannot edit or sign asap auth/)).toBeTruthy();
    expect(screen.queryByText(/sent as they are/)).toBeNull();
    expect(screen.queryByText("t0k")).toBeNull();
    fireEvent.change(screen.getByRole("combobox", { name: "Auth type" }), {
      target: { value: "basic" },
    });
    type(screen.getByRole("textbox", { name: "Username" }), "ann");
    const password = screen.getByLabelText("Password") as HTMLInputElement;
    expect(password.type).toBe("password");
    type(password, "pw");
    expect(request().auth).toEqual({
      type: "basic",
      attributes: [
        { key: "username", value: "ann", type: "string" },
        { key: "password", value: "pw", type: "string" },
      ],
    });
  });

  it("sets timeout and description in Settings; empty timeout means default", () => {
    const { request, tab } = setup();
    tab("Settings");
    const timeout = screen.getByRole("spinbutton", { name: "Timeout (ms)" });
    type(timeout, "2500");
    expect(request().settings.timeoutMs).toBe(2500);
    type(timeout, "");
    expect(request().settings).not.toHaveProperty("timeoutMs");
    type(screen.getByRole("textbox", { name: "Description" }), "Lists users");
    expect(request().description).toBe("Lists users");
  });

  it("shows saved examples to read, edit and delete", () => {
    const example = (id: string, status: number, name: string, body: string) => ({
      id,
      name,
      status,
      statusText: "",
      headers: [{ key: "Content-Type", value: "application/json", enabled: true }],
      body,
    });
    const { request, tab } = setup({
      examples: [example("e1", 200, "Found", '{"id":1}'), example("e2", 404, "Missing", "{}")],
    });
    expect(screen.getByRole("tab", { name: "Examples" }).textContent).toContain("2");
    tab("Examples");
    const pick = screen.getByRole("combobox", { name: "Example" }) as HTMLSelectElement;
    expect([...pick.options].map((o) => o.textContent)).toEqual(["200 · Found", "404 · Missing"]);
    expect(
      (screen.getByRole("textbox", { name: "Example body" }) as HTMLTextAreaElement).value,
    ).toBe('{"id":1}');
    expect(screen.getByRole("rowheader", { name: "Content-Type" })).toBeTruthy();
    fireEvent.change(pick, { target: { value: "e2" } });
    type(screen.getByRole("textbox", { name: "Example name" }), "Not found");
    type(screen.getByRole("spinbutton", { name: "Status" }), "410");
    type(screen.getByRole("textbox", { name: "Example body" }), '{"gone":true}');
    expect(request().examples[1]).toMatchObject({
      name: "Not found",
      status: 410,
      statusText: "Gone",
      body: '{"gone":true}',
    });
    expect(request().examples[0]?.name).toBe("Found");
    fireEvent.click(screen.getByRole("button", { name: "Delete example" }));
    expect(request().examples.map((e) => e.id)).toEqual(["e1"]);
    fireEvent.click(screen.getByRole("button", { name: "Delete example" }));
    expect(request().examples).toEqual([]);
    expect(screen.getByText(/No saved examples/)).toBeTruthy();
  });
});

describe("RequestEditor sections per request", () => {
  const selected = () =>
    within(screen.getByRole("tablist", { name: "Request sections" }))
      .getAllByRole("tab")
      .find((t) => t.getAttribute("aria-selected") === "true")
      ?.getAttribute("aria-label");

  it("opens a request on Params, or on Body when its method carries one", () => {
    const get = makeRequest(deps, { collectionId: "c", name: "get" });
    const post = makeRequest(deps, { collectionId: "c", name: "post", method: "POST" });
    const del = makeRequest(deps, { collectionId: "c", name: "del", method: "DELETE" });
    const [shown, setShown] = createSignal(get);
    render(() => (
      <RequestEditor
        request={shown()}
        onChange={setShown}
        lookup={lookup}
        onSend={() => {}}
        onCancel={() => {}}
        sending={false}
      />
    ));
    expect(selected()).toBe("Params");
    fireEvent.click(screen.getByRole("tab", { name: "Headers" }));
    setShown(post);
    expect(selected()).toBe("Body");
    // Changing the method later does not move the user.
    fireEvent.change(screen.getByRole("combobox", { name: "Method" }), {
      target: { value: "GET" },
    });
    expect(selected()).toBe("Body");
    setShown(del);
    expect(selected()).toBe("Params");
    // Each request keeps the section it was left on.
    setShown(get);
    expect(selected()).toBe("Headers");
  });

  it("picks the first section from the method and, for DELETE, the body", () => {
    const body = (mode: Request["body"]["mode"]) => ({
      ...makeRequest(deps, { collectionId: "c", name: "b" }).body,
      mode,
    });
    expect(firstSection({ method: "get", body: body("none") })).toBe("Params");
    expect(firstSection({ method: "PATCH", body: body("none") })).toBe("Body");
    expect(firstSection({ method: "DELETE", body: body("raw") })).toBe("Body");
    expect(firstSection({ method: "HEAD", body: body("raw") })).toBe("Params");
  });
});
