// @vitest-environment jsdom
/**
 * The Markdown policy, written as an attacker would try it: every payload here must come out
 * inert (no script, handler, javascript: URL, form, frame, style or remote request).
 */
import { afterEach, describe, expect, it } from "vitest";
import { renderMarkdown } from "./renderMarkdown";

const html = (source: string, remoteImages = false) => {
  const { fragment, blockedImages } = renderMarkdown(source, { remoteImages });
  const div = document.createElement("div");
  div.append(fragment);
  return { div, blockedImages, text: div.innerHTML };
};

declare global {
  interface Window {
    pwned?: boolean;
  }
}

afterEach(() => {
  delete window.pwned;
  document.body.replaceChildren();
});

describe("renderMarkdown keeps Markdown's structure", () => {
  it("keeps headings, lists, emphasis, code and tables", () => {
    const { div } = html(
      [
        "# Title",
        "## Sub",
        "- one",
        "- two",
        "",
        "1. first",
        "",
        "**bold** _em_ `inline`",
        "",
        "```json",
        '{ "a": 1 }',
        "```",
        "",
        "| A | B |",
        "|---|:-:|",
        "| 1 | 2 |",
        "",
        "> quoted",
      ].join("\n"),
    );
    expect(div.querySelector("h1")?.textContent).toBe("Title");
    expect(div.querySelector("h2")?.textContent).toBe("Sub");
    expect([...div.querySelectorAll("ul li")].map((li) => li.textContent)).toEqual(["one", "two"]);
    expect(div.querySelector("ol li")?.textContent).toBe("first");
    expect(div.querySelector("strong")?.textContent).toBe("bold");
    expect(div.querySelector("em")?.textContent).toBe("em");
    expect(div.querySelector("p code")?.textContent).toBe("inline");
    expect(div.querySelector("pre code")?.textContent).toBe('{ "a": 1 }\n');
    expect([...div.querySelectorAll("th")].map((th) => th.textContent)).toEqual(["A", "B"]);
    expect(div.querySelector("td[align=center]")?.textContent).toBe("2");
    expect(div.querySelector("blockquote")?.textContent?.trim()).toBe("quoted");
  });

  it("opens http(s) and mailto links in a new tab without opener or referrer", () => {
    const { div } = html("[docs](https://example.test/a) and <mailto:a@example.test>");
    const links = [...div.querySelectorAll("a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual([
      "https://example.test/a",
      "mailto:a@example.test",
    ]);
    for (const a of links) {
      expect(a.getAttribute("target")).toBe("_blank");
      expect(a.getAttribute("rel")).toBe("noopener noreferrer");
    }
  });

  it("writes task lists as text, not form controls", () => {
    const { div } = html("- [x] done\n- [ ] todo");
    expect(div.querySelector("input")).toBeNull();
    expect(div.textContent).toContain("☑ done");
    expect(div.textContent).toContain("☐ todo");
  });
});

describe("renderMarkdown makes hostile content inert", () => {
  const inert = (source: string) => {
    const { div, text } = html(source);
    document.body.append(div);
    expect(window.pwned).toBeUndefined();
    expect(text).not.toMatch(/\son\w+=/i);
    expect(text).not.toMatch(/javascript:/i);
    return div;
  };

  it("drops <img onerror> and its remote src", () => {
    const div = inert('<img src="x" onerror="window.pwned = true">');
    expect(div.querySelector("img")?.hasAttribute("src")).toBe(false);
  });

  it("drops <script> and its content", () => {
    const div = inert("before <script>window.pwned = true</script> after");
    expect(div.querySelector("script")).toBeNull();
    expect(div.textContent).not.toContain("pwned");
  });

  it("drops javascript:, vbscript: and data: links but keeps their text", () => {
    const div = inert(
      "[a](javascript:window.pwned=true) <a href='JaVaScRiPt:alert(1)'>b</a> " +
        "<a href='vbscript:x'>c</a> <a href='data:text/html,<script>x</script>'>d</a> " +
        "[e](&#106;avascript:alert(1))",
    );
    for (const a of div.querySelectorAll("a")) expect(a.hasAttribute("href")).toBe(false);
    expect(div.textContent).toContain("a");
  });

  it("drops inline event handlers on any element", () => {
    inert(
      '<p onclick="window.pwned=true" onmouseover="x()">hi</p><a href="https://e.test" onfocus="x()">l</a>',
    );
  });

  it("drops <style>, style attributes, class and id", () => {
    const div = inert(
      '<style>body{display:none}</style><p style="position:fixed;inset:0" class="dialog-backdrop" id="root">x</p>',
    );
    expect(div.querySelector("style")).toBeNull();
    const p = div.querySelector("p");
    expect(p?.getAttributeNames()).toEqual([]);
  });

  it("drops frames, objects, embeds, forms, inputs, SVG, links, meta and base", () => {
    const div = inert(
      [
        '<iframe src="https://evil.test"></iframe>',
        '<object data="https://evil.test/x.swf"></object>',
        '<embed src="https://evil.test/x">',
        '<form action="https://evil.test"><input name="q"><button>go</button></form>',
        '<svg><script>window.pwned=true</script><a xlink:href="javascript:x">s</a></svg>',
        '<math><mi xlink:href="javascript:x">m</mi></math>',
        '<link rel="stylesheet" href="https://evil.test/a.css">',
        '<meta http-equiv="refresh" content="0;url=https://evil.test">',
        '<base href="https://evil.test/">',
      ].join("\n"),
    );
    expect(
      div.querySelector("iframe, object, embed, form, input, button, svg, math, link, meta, base"),
    ).toBeNull();
  });

  it("drops srcset, ping and data attributes that could fetch or smuggle", () => {
    const div = inert(
      '<img src="data:image/png;base64,AAAA" srcset="https://evil.test/a.png 2x">' +
        '<a href="https://e.test" ping="https://evil.test/p" data-x="1">l</a>',
    );
    expect(div.querySelector("img")?.hasAttribute("srcset")).toBe(false);
    expect(div.querySelector("a")?.hasAttribute("ping")).toBe(false);
    expect(div.querySelector("a")?.hasAttribute("data-x")).toBe(false);
  });
});

describe("renderMarkdown and images", () => {
  it("blocks remote images until asked, and counts them", () => {
    const source = "![logo](https://example.test/logo.png) ![rel](logo.png)";
    const blocked = html(source);
    expect(blocked.blockedImages).toBe(1);
    for (const img of blocked.div.querySelectorAll("img"))
      expect(img.hasAttribute("src")).toBe(false);
    const first = blocked.div.querySelector("img");
    expect(first?.getAttribute("data-blocked")).toBe("remote");
    expect(first?.getAttribute("alt")).toBe("logo");

    const allowed = html(source, true);
    const [remote, relative] = [...allowed.div.querySelectorAll("img")];
    expect(remote?.getAttribute("src")).toBe("https://example.test/logo.png");
    expect(remote?.getAttribute("referrerpolicy")).toBe("no-referrer");
    // Not http(s) or data: never loads, even when remote images are allowed.
    expect(relative?.hasAttribute("src")).toBe(false);
    expect(allowed.blockedImages).toBe(0);
  });

  it("shows data: images at once", () => {
    const { div, blockedImages } = html("![dot](data:image/png;base64,iVBORw0KGgo=)");
    expect(div.querySelector("img")?.getAttribute("src")).toBe(
      "data:image/png;base64,iVBORw0KGgo=",
    );
    expect(blockedImages).toBe(0);
  });
});
