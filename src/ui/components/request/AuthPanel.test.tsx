// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Auth, AuthType } from "../../../core/model";
import type { VariableLookup } from "../../../core/variables/lookup";
import { AuthPanel } from "./AuthPanel";
import type { AuthField } from "./auth/authFields";
import { AUTH_FIELDS } from "./auth/authFields";
import { attributeText, setAttribute, switchAuthType } from "./auth/authValues";

vi.mock("./auth/OAuth2Fields", () => ({
  OAuth2Fields: (props: { auth: Auth; onChange: (auth: Auth) => void }) => (
    <button
      type="button"
      onClick={() =>
        props.onChange({ ...props.auth, attributes: [{ key: "tokenName", value: "t" }] })
      }
    >
      OAuth 2.0 fields
    </button>
  ),
}));

const lookup: VariableLookup = () => undefined;
const none: Auth = { type: "noauth", attributes: [] };

function setup(initial: Auth, allowInherit = true) {
  const [auth, setAuth] = createSignal(initial);
  render(() => (
    <AuthPanel
      auth={auth()}
      onChange={setAuth}
      allowInherit={allowInherit}
      lookup={lookup}
      variableNames={() => ["token"]}
    />
  ));
  const pick = (type: string) =>
    fireEvent.change(screen.getByRole("combobox", { name: "Auth type" }), {
      target: { value: type },
    });
  return { auth, pick };
}

/** The control for `field` by its role and accessible name. */
function control(field: AuthField): HTMLElement {
  switch (field.kind) {
    case "text":
    case "textarea":
      return screen.getByRole("textbox", { name: field.label });
    case "secret":
      return screen.getByLabelText(field.label, { selector: "input" });
    case "select":
      return screen.getByRole("combobox", { name: field.label });
    case "checkbox":
      return screen.getByRole("checkbox", { name: field.label });
  }
}

const TABLE_TYPES = Object.keys(AUTH_FIELDS).filter((t) => t !== "akamai") as AuthType[];
const EVERY_FIELD = TABLE_TYPES.flatMap((type) =>
  (AUTH_FIELDS[type] ?? []).map((field) => [type, field.key, field] as const),
);

afterEach(cleanup);

describe("AuthPanel", () => {
  it("offers every type; a collection is not offered Inherit", () => {
    setup(none);
    const select = screen.getByRole("combobox", { name: "Auth type" }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      "Inherit from parent",
      "No auth",
      "Basic",
      "Bearer token",
      "API key",
      "JWT bearer",
      "Digest",
      "OAuth 1.0",
      "OAuth 2.0",
      "Hawk",
      "AWS Signature",
      "NTLM",
      "Akamai EdgeGrid",
    ]);
    cleanup();
    setup(none, false);
    const options = [...(screen.getByRole("combobox") as HTMLSelectElement).options];
    expect(options.map((o) => o.value)).not.toContain("inherit");
  });

  it.each(TABLE_TYPES)("%s: its fields appear, each named, after picking the type", (type) => {
    const { auth, pick } = setup(none);
    pick(type);
    expect(auth().type).toBe(type);
    for (const field of AUTH_FIELDS[type] ?? []) {
      if (field.when) continue;
      expect(control(field)).toBeTruthy();
    }
    for (const role of ["textbox", "combobox", "checkbox", "button"]) {
      expect(screen.queryAllByRole(role, { name: "" })).toEqual([]);
    }
    for (const input of document.querySelectorAll("input[type=password]")) {
      expect(input.getAttribute("aria-label")).toBeTruthy();
    }
  });

  it.each(EVERY_FIELD)("%s: editing %s writes that attribute", (type, key, field) => {
    let start = switchAuthType(none, type);
    if (field.when) start = setAttribute(start, field.when.key, field.when.in[0] ?? "");
    const { auth } = setup(start);
    const el = control(field);
    if (field.kind === "checkbox") {
      fireEvent.click(el);
      expect(auth().attributes.find((a) => a.key === key)).toEqual({
        key,
        value: true,
        type: "boolean",
      });
    } else if (field.kind === "select") {
      const last = field.options?.at(-1)?.[0] ?? "";
      fireEvent.change(el, { target: { value: last } });
      expect(attributeText(auth(), key)).toBe(last);
    } else {
      fireEvent.input(el, { target: { value: `{{token}}-${key}` } });
      expect(auth().attributes.find((a) => a.key === key)).toEqual({
        key,
        value: `{{token}}-${key}`,
        type: "string",
      });
    }
    expect(auth().type).toBe(type);
  });

  it("puts optional fields under a collapsed Advanced section", () => {
    setup(switchAuthType(none, "digest"));
    const advanced = screen.getByText("Advanced").closest("details") as HTMLDetailsElement;
    expect(advanced.open).toBe(false);
    expect(within(advanced).getByRole("textbox", { name: "Realm" })).toBeTruthy();
    expect(within(advanced).queryByLabelText("Password")).toBeNull();
    expect(screen.getByLabelText("Password", { selector: "input" })).toBeTruthy();
  });

  it("keeps the attributes the new type shares when the type changes", () => {
    const { auth, pick } = setup(none);
    pick("basic");
    fireEvent.input(screen.getByRole("textbox", { name: "Username" }), {
      target: { value: "ann" },
    });
    fireEvent.input(screen.getByLabelText("Password", { selector: "input" }), {
      target: { value: "pw" },
    });
    pick("digest");
    expect((screen.getByRole("textbox", { name: "Username" }) as HTMLInputElement).value).toBe(
      "ann",
    );
    fireEvent.click(screen.getByRole("checkbox", { name: "Disable retrying the request" }));
    pick("ntlm");
    expect(auth()).toEqual({
      type: "ntlm",
      attributes: [
        { key: "username", value: "ann", type: "string" },
        { key: "password", value: "pw", type: "string" },
        { key: "disableRetryRequest", value: true, type: "boolean" },
      ],
    });
    pick("bearer");
    expect(auth()).toEqual({ type: "bearer", attributes: [] });
  });

  it("masks secrets until their toggle is pressed", () => {
    setup({
      type: "hawk",
      attributes: [
        { key: "authId", value: "id1" },
        { key: "authKey", value: "k3y" },
      ],
    });
    const key = screen.getByLabelText("Hawk auth key", { selector: "input" }) as HTMLInputElement;
    expect(key.type).toBe("password");
    const toggle = screen.getByRole("button", { name: "Show hawk auth key" });
    expect(toggle.getAttribute("aria-pressed")).toBe("false");
    fireEvent.click(toggle);
    expect(screen.getByRole("textbox", { name: "Hawk auth key" })).toBeTruthy();
    expect(toggle.getAttribute("aria-pressed")).toBe("true");
  });

  it("hides a stored private key until shown, and follows the algorithm", () => {
    const pem = "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----";
    setup({
      type: "jwt",
      attributes: [
        { key: "algorithm", value: "RS256" },
        { key: "privateKey", value: pem },
      ],
    });
    expect(screen.queryByLabelText("Secret", { selector: "input" })).toBeNull();
    expect(screen.queryByRole("textbox", { name: "Private key" })).toBeNull();
    expect(document.body.textContent).not.toContain("MIIE");
    fireEvent.click(screen.getByRole("button", { name: "Show private key" }));
    const area = screen.getByRole("textbox", { name: "Private key" }) as HTMLTextAreaElement;
    expect(area.value).toBe(pem);
    fireEvent.change(screen.getByRole("combobox", { name: "Algorithm" }), {
      target: { value: "HS512" },
    });
    expect(screen.queryByRole("textbox", { name: "Private key" })).toBeNull();
    expect(screen.getByLabelText("Secret", { selector: "input" })).toBeTruthy();
  });

  it("shows imported akamai auth as EdgeGrid, and an imported choice as it is", () => {
    setup({
      type: "akamai",
      attributes: [
        { key: "accessToken", value: "akab-1" },
        { key: "algorithm", value: "SHA-512-256" },
      ],
    });
    const select = screen.getByRole("combobox", { name: "Auth type" }) as HTMLSelectElement;
    expect(select.value).toBe("edgegrid");
    expect((screen.getByRole("textbox", { name: "Access token" }) as HTMLInputElement).value).toBe(
      "akab-1",
    );
    cleanup();
    const { auth } = setup({
      type: "digest",
      attributes: [{ key: "algorithm", value: "SHA-512-256" }],
    });
    const algorithm = screen.getByRole("combobox", { name: "Algorithm" }) as HTMLSelectElement;
    expect(algorithm.value).toBe("SHA-512-256");
    expect(screen.getByRole("option", { name: "SHA-512-256 (imported)" })).toBeTruthy();
    expect(attributeText(auth(), "algorithm")).toBe("SHA-512-256");
  });

  it("says what NTLM and Digest need from the transport", () => {
    setup({ type: "ntlm", attributes: [] });
    expect(
      screen.getByText(
        /NTLM needs the local agent, a team proxy or `satchel run`: a browser cannot hold/,
      ),
    ).toBeTruthy();
    cleanup();
    setup({ type: "digest", attributes: [] });
    expect(screen.getByText(/exposes WWW-Authenticate via CORS/)).toBeTruthy();
  });

  it("hands OAuth 2.0 to its own fields (loaded when shown)", async () => {
    const { auth, pick } = setup({ type: "basic", attributes: [{ key: "username", value: "u" }] });
    pick("oauth2");
    expect(auth().attributes).toEqual([{ key: "username", value: "u" }]);
    fireEvent.click(await screen.findByRole("button", { name: "OAuth 2.0 fields" }));
    expect(auth()).toEqual({ type: "oauth2", attributes: [{ key: "tokenName", value: "t" }] });
  });

  it("no longer claims imported attributes are sent as they are", () => {
    setup({ type: "oauth2", attributes: [{ key: "accessToken", value: "t0k" }] });
    expect(screen.queryByText(/sent as they are/)).toBeNull();
    expect(screen.queryByText("t0k")).toBeNull();
    cleanup();
    setup({ type: "asap", attributes: [{ key: "privateKey", value: "pk" }] });
    expect(screen.queryByText(/sent as they are/)).toBeNull();
    expect(screen.getByText(/Satchel cannot edit or sign asap auth/)).toBeTruthy();
    expect(screen.queryByText("pk")).toBeNull();
    const select = screen.getByRole("combobox", { name: "Auth type" }) as HTMLSelectElement;
    expect(select.value).toBe("asap");
  });
});
