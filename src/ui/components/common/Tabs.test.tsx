// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { Tabs } from "./Tabs";

const items = [
  { name: "One", count: () => 3, render: () => <p>first</p> },
  { name: "Two", render: () => <p>second</p> },
  { name: "Three", render: () => <p>third</p> },
];

describe("Tabs", () => {
  afterEach(cleanup);

  it("names tabs plainly, shows the count visually and moves focus with the keys", () => {
    render(() => <Tabs label="Sections" tabs={items} />);
    const list = screen.getByRole("tablist", { name: "Sections" });
    const one = screen.getByRole("tab", { name: "One" });
    expect(one.textContent).toBe("One3");
    expect(screen.getByRole("tabpanel").textContent).toBe("first");
    fireEvent.keyDown(list, { key: "ArrowLeft" });
    const three = screen.getByRole("tab", { name: "Three" });
    expect(document.activeElement).toBe(three);
    expect(three.getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe(three.id);
    fireEvent.keyDown(list, { key: "Home" });
    expect(document.activeElement).toBe(one);
    fireEvent.click(screen.getByRole("tab", { name: "Two" }));
    expect(screen.getByRole("tabpanel").textContent).toBe("second");
  });

  it("uses the response classes for the response variant", () => {
    render(() => <Tabs label="Response sections" tabs={items} variant="response" />);
    expect(screen.getByRole("tablist").className).toBe("response-tablist");
    expect(screen.getByRole("tabpanel").className).toBe("response-tabpanel");
  });
});
