import { describe, expect, it } from "vitest";
import { historyToHar } from "../export/har";
import { blankHistory, blankHistoryEntry } from "./history";
import { describeBlanked } from "./report";
import { HISTORY_SECRETS, plantedHistory } from "./test/plantedHistory";

describe("blankHistoryEntry", () => {
  it("blanks headers sent and received, URLs, Params rows, form fields and auth", () => {
    const [entry] = plantedHistory();
    const { value, blanked } = blankHistoryEntry(entry!);
    expect(value.sentHeaders).toEqual([
      ["Authorization", ""],
      ["Cookie", ""],
      ["X-Api-Key", ""],
      ["Accept", "application/json"],
    ]);
    expect(value.resolvedUrl).toBe("https://api.test/login?api_key=&access_token=");
    expect(value.request.params.map((p) => p.value)).toEqual(["", ""]);
    expect(value.request.body.urlencoded.map((p) => [p.key, p.value])).toEqual([
      ["username", "ann"],
      ["password", ""],
      ["client_secret", ""],
    ]);
    expect(value.request.auth.attributes.map((a) => a.value)).toEqual(["", ""]);
    expect(value.response?.headers).toEqual([["Set-Cookie", ""]]);
    expect(value.responseBody).toBe("ok");
    expect(blanked.map(describeBlanked)).toContain("query parameter api_key in 'Entry h1'");
    // The input is left alone.
    expect(entry!.sentHeaders?.[0]).toEqual(["Authorization", "Bearer plant-har-bearer"]);
  });

  it("names an unnamed entry by method and URL", () => {
    const [entry] = plantedHistory();
    const unnamed = { ...entry!, request: { ...entry!.request, name: "" } };
    expect(describeBlanked(blankHistoryEntry(unnamed).blanked[0]!)).toBe(
      "query parameter api_key in 'POST https://api.test/login'",
    );
  });
});

describe("blankHistory", () => {
  it("leaves no planted credential in a HAR file", () => {
    const { value, blanked } = blankHistory(plantedHistory());
    const har = JSON.stringify(historyToHar(value));
    expect(HISTORY_SECRETS.filter((s) => har.includes(s))).toEqual([]);
    expect(har).toContain("client_secret");
    expect(blanked.length).toBeGreaterThanOrEqual(HISTORY_SECRETS.length);
  });
});
