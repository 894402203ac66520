import { describe, expect, it } from "vitest";
import { canvasSize, isBitmapType, svgIntrinsicSize } from "./rasterImage";

describe("isBitmapType", () => {
  it("shows only pixel formats from their own bytes; SVG and unknown types are drawn", () => {
    for (const t of ["image/png", "image/jpeg", "image/gif", "image/webp", "image/avif"]) {
      expect(isBitmapType(t)).toBe(true);
    }
    for (const t of ["image/svg+xml", "image/svg", "image/x-anything", "text/html", ""]) {
      expect(isBitmapType(t)).toBe(false);
    }
  });
});

describe("svgIntrinsicSize", () => {
  it("reads width and height, in absolute units", () => {
    expect(svgIntrinsicSize('<svg xmlns="…" width="120" height="60px">')).toEqual({
      width: 120,
      height: 60,
    });
    expect(svgIntrinsicSize("<svg width='1in' height='72pt'>")).toEqual({ width: 96, height: 96 });
  });

  it("falls back on the viewBox for what is missing", () => {
    const xml = '<?xml version="1.0"?><!-- c --><svg viewBox="0 0 400 200">';
    expect(svgIntrinsicSize(xml)).toEqual({ width: 400, height: 200 });
    expect(svgIntrinsicSize('<svg width="100" viewBox="0,0,400,200">')).toEqual({
      width: 100,
      height: 50,
    });
    expect(svgIntrinsicSize('<svg width="50%" height="2em" viewBox="0 0 10 30">')).toEqual({
      width: 10,
      height: 30,
    });
  });

  it("says nothing for what it can't size", () => {
    expect(svgIntrinsicSize("<svg>")).toBeUndefined();
    expect(svgIntrinsicSize('<svg viewBox="0 0 0 10">')).toBeUndefined();
    expect(svgIntrinsicSize("not svg")).toBeUndefined();
  });
});

describe("canvasSize", () => {
  it("scales for the screen but stays within what a canvas holds", () => {
    expect(canvasSize({ width: 120, height: 60 }, 2)).toEqual({ width: 240, height: 120 });
    const huge = canvasSize({ width: 100_000, height: 50 }, 2);
    expect(huge.width).toBeLessThanOrEqual(8192);
    const big = canvasSize({ width: 8000, height: 8000 }, 3);
    expect(big.width * big.height).toBeLessThanOrEqual(16_777_216);
    expect(canvasSize({ width: 0.1, height: 0.1 }, 1)).toEqual({ width: 1, height: 1 });
  });
});
