/** Whether the Connections dialog is open: the header's picker and the response area open it. */
import { createSignal } from "solid-js";

const [open, setOpen] = createSignal(false);
/** A pairing link's agent URL and code (from `#pair=…&agent=…`), to prefill the dialog. */
const [prefill, setPrefill] = createSignal<{ agent: string; code: string } | undefined>();

export const connectionsOpen = open;
export const pairingPrefill = prefill;

/** Opens the dialog, prefilled from a pairing link when one is given. */
export function openConnections(link?: { agent: string; code: string }): void {
  setPrefill(link);
  setOpen(true);
}

/** Closes the dialog. */
export function closeConnections(): void {
  setOpen(false);
  setPrefill(undefined);
}
