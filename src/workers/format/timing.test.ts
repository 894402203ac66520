/** Prints how long 50 MB of JSON takes to open and search (a figure, not an assertion). */
import { expect, it } from "vitest";
import { makeFormatService } from "./service";

function bigJson(targetBytes: number): Uint8Array {
  const parts: string[] = [];
  let size = 2;
  for (let i = 0; size < targetBytes; i++) {
    const item = JSON.stringify({
      id: i,
      name: `user ${i} é`,
      active: i % 2 === 0,
      score: i * 1.5,
      tags: ["a", "b", `t${i % 10}`],
      address: { city: "Zürich", zip: null },
    });
    parts.push(item);
    size += item.length + 1;
  }
  return new TextEncoder().encode(`[${parts.join(",")}]`);
}

it("formats 50 MB of JSON (timing print)", () => {
  const bytes = bigJson(50 * 1024 * 1024);
  const service = makeFormatService();
  let t = performance.now();
  const info = service.open("big", bytes, "application/json");
  const openMs = performance.now() - t;
  expect(info.ok && info.value.prettyOk).toBe(true);
  t = performance.now();
  const window = service.lines("big", 1_000_000, 1_000_100, "pretty");
  const linesMs = performance.now() - t;
  t = performance.now();
  service.lines("big", 5_000_000, 5_000_100, "pretty");
  const window2Ms = performance.now() - t;
  t = performance.now();
  const found = service.search("big", "Zurich", "pretty", { caseSensitive: false, regex: false });
  const searchMs = performance.now() - t;
  expect(window.ok && window.value.length).toBe(100);
  console.log(
    `[format timing] ${(bytes.length / 1048576).toFixed(1)} MB → ` +
      `${info.ok ? info.value.lineCount : 0} lines: open ${openMs.toFixed(0)} ms, ` +
      `first 100-line window (builds folds) ${linesMs.toFixed(0)} ms, next ${window2Ms.toFixed(1)} ms, ` +
      `full search (${found.ok ? found.value.total : -1} hits) ${searchMs.toFixed(0)} ms`,
  );
});
