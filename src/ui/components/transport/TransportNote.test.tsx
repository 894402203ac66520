// @vitest-environment jsdom
// The response area names the transport and what it could not see, and after a CORS failure
// through the browser it offers the agent's exact command.
import { cleanup, fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NO_CAPABILITIES } from "../../../core/http/transport";
import { AGENT_CAPABILITIES } from "../../transport/agentTransport";
import { TransportNote } from "./TransportNote";

const fetchVia = {
  name: "fetch",
  label: "Browser (fetch)",
  capabilities: NO_CAPABILITIES,
} as const;
const agentVia = { name: "agent", label: "Local agent", capabilities: AGENT_CAPABILITIES } as const;

afterEach(cleanup);

describe("TransportNote", () => {
  it("names the browser and what it hides; after a CORS failure offers the agent command", async () => {
    const writeText = vi.fn(async () => {});
    Object.assign(navigator, { clipboard: { writeText } });
    const onConnect = vi.fn();
    render(() => <TransportNote via={fetchVia} errorCode="CORS_BLOCKED" onConnect={onConnect} />);
    const note = screen.getByRole("note", { name: "Transport" });
    expect(note.textContent).toContain("Sent through Browser (fetch)");
    expect(note.textContent).toContain("Set-Cookie");
    expect(note.textContent).toContain("npx satchel agent");
    fireEvent.click(screen.getByRole("button", { name: "Copy command" }));
    expect(writeText).toHaveBeenCalledWith("npx satchel agent");
    await waitFor(() => screen.getByRole("button", { name: "Copied" }));
    fireEvent.click(screen.getByRole("button", { name: "Connect agent or proxy…" }));
    expect(onConnect).toHaveBeenCalled();
  });

  it("through the agent: hides nothing and offers nothing", () => {
    render(() => <TransportNote via={agentVia} errorCode="CORS_BLOCKED" onConnect={() => {}} />);
    const note = screen.getByRole("note", { name: "Transport" });
    expect(note.textContent).toBe("Sent through Local agent.");
    expect(screen.queryByRole("button", { name: "Copy command" })).toBeNull();
  });
});
