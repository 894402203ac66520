/**
 * Timing phases from socket events: `lookup` (DNS), `connect` (TCP), `secureConnect` (TLS), the
 * response's headers (first byte) and its `end`. A phase whose event never came (an IP address
 * needs no lookup, a reused socket none of the three) takes no time, so the phases always add up
 * to the exchange.
 */
import type { Socket } from "node:net";
import type { TimingPhases } from "../../core/http/transport";

/** performance.now() at each event of one exchange. */
export interface Marks {
  start: number;
  lookup?: number;
  connect?: number;
  secure?: number;
  firstByte?: number;
  end?: number;
}

export const now = (): number => performance.now();

const ms = (n: number) => Math.max(0, Math.round(n * 1000) / 1000);

/** Record the events of a socket that is still connecting (a pooled one has none left). */
export function watchSocket(socket: Socket, marks: Marks): void {
  if (!socket.connecting) return;
  socket.once("lookup", () => (marks.lookup ??= now()));
  socket.once("connect", () => (marks.connect ??= now()));
  socket.once("secureConnect", () => (marks.secure ??= now()));
}

/**
 * The phases of one exchange of a send that started at `sendStart`. The first exchange's phases
 * begin with the send (waiting for a socket counts as DNS); a later one's with its own start,
 * the time before it being `redirectMs`.
 */
export function phases(marks: Marks, sendStart: number, first: boolean): TimingPhases {
  const start = first ? sendStart : marks.start;
  const end = marks.end ?? now();
  const firstByte = Math.min(marks.firstByte ?? end, end);
  const lookup = Math.min(marks.lookup ?? start, firstByte);
  const connect = Math.min(Math.max(marks.connect ?? lookup, lookup), firstByte);
  const secure = Math.min(Math.max(marks.secure ?? connect, connect), firstByte);
  return {
    dnsMs: ms(lookup - start),
    connectMs: ms(connect - lookup),
    tlsMs: ms(secure - connect),
    firstByteMs: ms(firstByte - secure),
    downloadMs: ms(end - firstByte),
    redirectMs: ms(start - sendStart),
    totalMs: ms(end - sendStart),
  };
}
