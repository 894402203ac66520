/**
 * The agent's and the proxy's refusals (./protocol.ts) in the Transport's terms: a SendError
 * whose `reason` keeps the agent's code and whose hint says what to do about it.
 */
import type { SendError } from "../http/transport";
import type { AgentErrorBody, AgentErrorCode } from "./protocol";

/** Which kind of server the page was talking to, and where, for the words of a hint. */
export interface AgentPeer {
  kind: "agent" | "proxy";
  /** Base URL the page called. */
  url: string;
  /** The page's origin, when known (for the `--allow-origin` hint). */
  pageOrigin?: string;
}

const START = "npx satchel agent";

function hintFor(code: AgentErrorCode, peer: AgentPeer, retryAfterS?: number): string | undefined {
  const agent = peer.kind === "agent";
  switch (code) {
    case "TOKEN_MISSING":
    case "TOKEN_INVALID":
      return agent
        ? `Pair again: the agent forgets pairings when it stops. Run \`${START}\` and enter the code it prints.`
        : "Check the proxy token in Settings with whoever runs the proxy.";
    case "ORIGIN_REFUSED":
      return peer.pageOrigin
        ? `Start it with \`${START} --allow-origin ${peer.pageOrigin}\` to accept this page.`
        : `Start it with \`${START} --allow-origin <this page's origin>\`.`;
    case "HOST_REFUSED":
      return `Call the agent as http://127.0.0.1:<port> or http://localhost:<port>.`;
    case "RATE_LIMITED":
      return retryAfterS !== undefined ? `Try again in ${retryAfterS} s.` : "Try again shortly.";
    case "TARGET_REFUSED":
      return agent
        ? "The agent was started with --allow-host; add this host there."
        : "Ask whoever runs the proxy to allow this host (--allow-host), or use the local agent.";
    case "OPTION_REFUSED":
      return "Send it through the local agent instead.";
    case "PAIRING_CODE_INVALID":
      return "Type the code the agent printed; each code works once.";
    case "BAD_REQUEST":
    case "NOT_FOUND":
    case "METHOD_NOT_ALLOWED":
      return agent
        ? "The agent may be older than this page: update it (`npm install satchel@latest`)."
        : undefined;
    case "PAIRING_OFF":
    case "INTERNAL":
      return undefined;
  }
}

/** A refusal answer (`status`, parsed JSON body) as a SendError. */
export function refusalToSendError(status: number, body: unknown, peer: AgentPeer): SendError {
  const who = peer.kind === "agent" ? "The local agent" : "The proxy";
  const e = (body as Partial<AgentErrorBody> | null)?.error;
  if (!e || typeof e.code !== "string" || typeof e.message !== "string") {
    return {
      code: "NETWORK",
      reason: "AGENT_PROTOCOL",
      message: `${who} at ${peer.url} answered ${status} without saying why; is it a Satchel agent?`,
    };
  }
  const hint = hintFor(e.code, peer, e.retryAfterS);
  return {
    code: "NETWORK",
    reason: e.code,
    message: `${who} refused: ${e.message}`,
    ...(hint ? { hint } : {}),
  };
}

/** The page's fetch to the agent or proxy itself failed (not running, or CORS refused). */
export function unreachablePeer(peer: AgentPeer): SendError {
  return peer.kind === "agent"
    ? {
        code: "UNREACHABLE",
        reason: "AGENT_UNREACHABLE",
        message: `The local agent at ${peer.url} is not answering (not running, or not accepting this page).`,
        hint: `Start it with \`${START}\`${peer.pageOrigin ? ` (add --allow-origin ${peer.pageOrigin} if this page is not on localhost:5173 or :4173)` : ""}.`,
      }
    : {
        code: "UNREACHABLE",
        reason: "PROXY_UNREACHABLE",
        message: `The proxy at ${peer.url} is not answering (down, or not accepting this page's origin).`,
        hint: "Check the proxy URL in Settings, and that the proxy allows this page's origin.",
      };
}

/** The answer stream broke or made no sense. */
export function brokenAnswer(peer: AgentPeer, detail: string): SendError {
  const who = peer.kind === "agent" ? "local agent" : "proxy";
  return {
    code: "NETWORK",
    reason: "AGENT_PROTOCOL",
    message: `The answer from the ${who} broke off: ${detail}`,
  };
}
