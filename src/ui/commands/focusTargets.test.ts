// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { focusTarget } from "./focusTargets";

afterEach(() => {
  document.body.innerHTML = "";
});

describe("focusTarget", () => {
  it("focuses and selects the URL field", () => {
    document.body.innerHTML = '<input aria-label="URL" value="https://x.test">';
    expect(focusTarget("url")).toBe(true);
    const url = document.activeElement as HTMLInputElement;
    expect(url.getAttribute("aria-label")).toBe("URL");
    expect(url.selectionEnd! - url.selectionStart!).toBe("https://x.test".length);
  });

  it("switches the response to Body before focusing its search box", () => {
    document.body.innerHTML =
      '<section aria-label="Response"><div role="tab">Headers</div><div role="tab">Body</div></section>';
    const section = document.querySelector("section")!;
    section.querySelectorAll('[role="tab"]')[1]!.addEventListener("click", () => {
      section.insertAdjacentHTML("beforeend", '<input aria-label="Search response">');
    });
    expect(focusTarget("response-search")).toBe(true);
    expect(document.activeElement?.getAttribute("aria-label")).toBe("Search response");
  });

  it("says false when the target is not on the page", () => {
    expect(focusTarget("url")).toBe(false);
    expect(focusTarget("response-search")).toBe(false);
  });
});
