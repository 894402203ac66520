/**
 * The shell's remembered layout, per device (localStorage): the sidebar's width, the request
 * pane's share of the request/response split, and whether the two sit stacked or side by side.
 * Without a stored choice a wide window starts side by side, so the response gets the full height
 * (at 1280×800 stacked halves left the response body about 220 px).
 */
import type { Accessor } from "solid-js";
import type { Split } from "../../primitives/createSplit";
import { createSplit, createStoredChoice } from "../../primitives/createSplit";

/** How the request and response panes sit: "rows" stacked, "columns" side by side. */
export type PaneOrientation = "rows" | "columns";

/** Windows at least this wide start side by side. */
export const SIDE_BY_SIDE_FROM_PX = 1200;

/** The sidebar's width in CSS pixels. */
export const createSidebarSplit = (): Split =>
  createSplit({
    key: "satchel.layout.sidebarWidth",
    initial: 280,
    min: 180,
    max: 560,
    step: 16,
    bigStep: 64,
  });

/** The request pane's share of the request/response split, in percent. */
export const createPaneSplit = (): Split =>
  createSplit({
    key: "satchel.layout.requestShare",
    initial: 50,
    min: 20,
    max: 80,
    step: 2,
    bigStep: 10,
  });

/** The split's orientation and its setter. */
export const createPaneOrientation = (): [
  Accessor<PaneOrientation>,
  (o: PaneOrientation) => void,
] =>
  createStoredChoice<PaneOrientation>("satchel.layout.orientation", ["rows", "columns"], () =>
    typeof window !== "undefined" && window.innerWidth >= SIDE_BY_SIDE_FROM_PX ? "columns" : "rows",
  );
