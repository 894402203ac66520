/**
 * The panel's stylesheet, inside its shadow root. Pages theme it through CSS custom properties
 * (`--satchel-*`, set on the element or any ancestor) and `::part()` hooks; `theme` picks the
 * light or dark palette, or follows the reader's system (auto).
 */
const LIGHT = `
  --_bg: var(--satchel-bg, #ffffff);
  --_fg: var(--satchel-fg, #1f2328);
  --_muted: var(--satchel-muted, #59636e);
  --_border: var(--satchel-border, #d1d9e0);
  --_field: var(--satchel-field-bg, #f6f8fa);
  --_accent: var(--satchel-accent, #1f6feb);
  --_accent-fg: var(--satchel-accent-fg, #ffffff);
  --_danger: var(--satchel-danger, #cf222e);
  --_ok: var(--satchel-ok, #1a7f37);`;

const DARK = `
  --_bg: var(--satchel-bg, #0d1117);
  --_fg: var(--satchel-fg, #e6edf3);
  --_muted: var(--satchel-muted, #9198a1);
  --_border: var(--satchel-border, #3d444d);
  --_field: var(--satchel-field-bg, #151b23);
  --_accent: var(--satchel-accent, #4493f8);
  --_accent-fg: var(--satchel-accent-fg, #0d1117);
  --_danger: var(--satchel-danger, #f85149);
  --_ok: var(--satchel-ok, #3fb950);`;

/** The CSS of one panel. */
export const PANEL_CSS = `
:host { display: block; contain: content; font: var(--satchel-font, 14px/1.45 system-ui, sans-serif); }
:host([hidden]) { display: none; }
.root { ${LIGHT} background: var(--_bg); color: var(--_fg); border: 1px solid var(--_border);
  border-radius: var(--satchel-radius, 8px); padding: var(--satchel-padding, 12px 14px); }
.root.dark { ${DARK} }
@media (prefers-color-scheme: dark) { .root.auto { ${DARK} } }
.placeholder { min-height: var(--satchel-placeholder-height, 180px); color: var(--_muted); }
.compact { padding: 8px 10px; font-size: 13px; }
.compact .desc { display: none; }
header { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: baseline; margin-bottom: 8px; }
.method { font-weight: 700; text-transform: uppercase; color: var(--_accent); }
.path { font-family: var(--satchel-mono, ui-monospace, monospace); word-break: break-all; }
.summary { color: var(--_muted); }
fieldset { border: 0; border-top: 1px solid var(--_border); margin: 8px 0 0; padding: 8px 0 0; min-width: 0; }
legend { font-weight: 600; padding: 0 4px 0 0; }
.field { display: grid; grid-template-columns: minmax(90px, 30%) 1fr; gap: 4px 10px; align-items: start; margin: 6px 0; }
.compact .field { grid-template-columns: 1fr; }
.name { font-family: var(--satchel-mono, ui-monospace, monospace); overflow-wrap: anywhere; }
.req { color: var(--_danger); margin-left: 2px; }
.where, .desc, .hint { color: var(--_muted); font-size: 0.86em; }
.desc { grid-column: 2; margin: 0; }
input, select, textarea, button { font: inherit; color: inherit; }
input:not([type=checkbox]):not([type=file]), select, textarea { background: var(--_field);
  border: 1px solid var(--_border); border-radius: 4px; padding: 3px 6px; width: 100%; box-sizing: border-box; min-width: 0; }
textarea { font-family: var(--satchel-mono, ui-monospace, monospace); resize: vertical; }
input:focus-visible, select:focus-visible, textarea:focus-visible, button:focus-visible, a:focus-visible {
  outline: 2px solid var(--_accent); outline-offset: 1px; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-top: 10px; }
button { border: 1px solid var(--_border); background: var(--_field); border-radius: 6px; padding: 4px 12px; cursor: pointer; }
button.primary { background: var(--_accent); border-color: var(--_accent); color: var(--_accent-fg); font-weight: 600; }
a { color: var(--_accent); }
.open { margin-left: auto; }
[role=alert] { color: var(--_danger); border-left: 3px solid var(--_danger); padding: 4px 8px; margin: 8px 0; white-space: pre-wrap; }
.response { margin-top: 10px; border-top: 1px solid var(--_border); padding-top: 8px; }
.status { font-weight: 600; }
.status.good { color: var(--_ok); }
.status.bad { color: var(--_danger); }
ul[part=tests] { list-style: none; padding: 0; margin: 4px 0; }
.pass { color: var(--_ok); }
.fail { color: var(--_danger); }
pre, .json { font-family: var(--satchel-mono, ui-monospace, monospace); font-size: 0.92em; background: var(--_field);
  border-radius: 4px; padding: 6px 8px; overflow: auto; max-height: var(--satchel-body-max-height, 360px); margin: 4px 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.json details { padding-left: 1.2em; }
.json summary { margin-left: -1.2em; cursor: pointer; }
.json .row { padding-left: 1.2em; }
.key { color: var(--satchel-json-key, var(--_accent)); }
iframe { width: 100%; height: 300px; border: 1px solid var(--_border); background: #fff; }
img { max-width: 100%; }
table { border-collapse: collapse; font-size: 0.9em; }
td, th { text-align: left; padding: 1px 8px 1px 0; vertical-align: top; overflow-wrap: anywhere; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
