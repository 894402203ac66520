/**
 * CodeMirror extension: `{{variable}}` tokens marked resolved / not defined (a MatchDecorator
 * ViewPlugin) and a hover tooltip with the value (masked when secret) and scope. Reconfigure it
 * through a Compartment when the lookup changes.
 */
import type { Extension } from "@codemirror/state";
import type { DecorationSet, EditorView, ViewUpdate } from "@codemirror/view";
import { Decoration, MatchDecorator, ViewPlugin, hoverTooltip } from "@codemirror/view";
import type { VariableLookup } from "../../core/variables/lookup";
import { describeVariable, tokenAt, tokenClass } from "./varTokens";

/** The token pattern; the same as core's template token. */
const TOKEN = /\{\{([^{}]*?)\}\}/g;

/** The tooltip's DOM for one name (role="tooltip", as in VarInput). */
function tooltipDom(name: string, lookup: VariableLookup): HTMLElement {
  const info = describeVariable(name, lookup);
  const dom = document.createElement("div");
  dom.className = "var-tooltip var-tooltip-cm";
  dom.setAttribute("role", "tooltip");
  const parts = info.defined ? [info.name, info.value, info.scope] : [info.name, info.scope];
  const classes = info.defined
    ? ["var-tooltip-name", "var-tooltip-value", "var-tooltip-scope"]
    : ["var-tooltip-name", "var-tooltip-scope"];
  parts.forEach((text, i) => {
    const span = document.createElement("span");
    span.className = classes[i] ?? "";
    span.textContent = text;
    dom.appendChild(span);
  });
  return dom;
}

/** Highlighting + hover for `{{variables}}`, resolved through `lookup`. */
export function variableHighlight(lookup: VariableLookup): Extension {
  const decorator = new MatchDecorator({
    regexp: TOKEN,
    decoration: (match) => Decoration.mark({ class: tokenClass(match[1] ?? "", lookup) }),
  });
  const plugin = ViewPlugin.fromClass(
    class {
      decorations: DecorationSet;
      constructor(view: EditorView) {
        this.decorations = decorator.createDeco(view);
      }
      update(update: ViewUpdate) {
        this.decorations = decorator.updateDeco(update, this.decorations);
      }
    },
    { decorations: (v) => v.decorations },
  );
  const hover = hoverTooltip((view, pos) => {
    const line = view.state.doc.lineAt(pos);
    const token = tokenAt(line.text, pos - line.from);
    if (!token) return null;
    return {
      pos: line.from + token.from,
      end: line.from + token.to,
      above: true,
      create: () => ({ dom: tooltipDom(token.name, lookup) }),
    };
  });
  return [plugin, hover];
}
