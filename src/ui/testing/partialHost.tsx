/**
 * Renders a component under a host that has only the parts a test gives (a hook for any other
 * part returns undefined, so the test fails where the component reaches for it).
 */
import type { JSX } from "solid-js";
import type { Host } from "../host/createHost";
import { HostProvider } from "../host/hooks";

/** `children` inside a `HostProvider` holding only `parts`. */
export function PartialHost(props: { parts: Partial<Host>; children: JSX.Element }) {
  return <HostProvider host={props.parts as Host}>{props.children}</HostProvider>;
}
