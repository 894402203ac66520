/**
 * Entry of the `/embed` page (embed.html): reads the collection from `?collection=` or a
 * `#import=` link and renders it. Its module graph holds no database code (see embedGraph.test.ts):
 * an iframe on a docs site must never open the app's IndexedDB.
 */
import { render } from "solid-js/web";
import { makeFetchTransport } from "../transport/fetchTransport";
import { EmbedApp } from "./EmbedApp";
import { embedDeps } from "./embedDeps";
import { loadEmbedSource } from "./loadEmbedSource";
import { applyEmbedTheme } from "./theme";
import "../styles/theme.css";
import "../styles/common.css";
import "./embed.css";

const params = new URLSearchParams(location.search);
applyEmbedTheme(params.get("theme"));
/** `?edit` (or `?edit=1`/`true`) lets the reader change the URL and body before sending. */
const editable = params.has("edit") && !["0", "false"].includes(params.get("edit") ?? "");

const root = document.getElementById("root");
if (root) {
  render(
    () => (
      <EmbedApp
        source={() => loadEmbedSource(location)}
        transport={makeFetchTransport()}
        deps={embedDeps}
        appUrl={new URL("/", location.href).href}
        editable={editable}
      />
    ),
    root,
  );
}
