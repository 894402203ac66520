/**
 * The scroll-container measurer for @tanstack/solid-virtual lists: a container that reports no
 * height yet (a hidden drawer, jsdom) still renders a screenful of rows instead of none.
 */
import type { Rect } from "@tanstack/solid-virtual";
import { observeElementRect } from "@tanstack/solid-virtual";

/** `observeElementRect`, with a zero height read as the window's (or 600 px). */
export const observeRect: typeof observeElementRect = (instance, cb) =>
  observeElementRect(instance, (rect: Rect) =>
    cb(rect.height > 0 ? rect : { width: rect.width, height: window.innerHeight || 600 }),
  );
