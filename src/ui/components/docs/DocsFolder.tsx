/** A folder's heading and description in the documentation (its requests follow it). */
import type { JSX } from "solid-js";
import { Show } from "solid-js";
import { Dynamic } from "solid-js/web";
import type { Folder } from "../../../core/model";
import { MarkdownView } from "./MarkdownView";

/** The documentation's one "Load remote images" choice, passed to every description. */
export interface RemoteImages {
  remoteImages: boolean;
  onLoadRemoteImages: () => void;
}

/** Props of {@link DocsFolder}. */
export interface DocsFolderProps extends RemoteImages {
  folder: Folder;
  /** Heading level, 3–6. */
  level: number;
  /** Names of the folders it sits in, outermost first. */
  path: readonly string[];
}

/** Renders the folder's heading and description. */
export function DocsFolder(props: DocsFolderProps): JSX.Element {
  return (
    <div class="docs-folder">
      <Dynamic component={`h${Math.min(props.level, 6)}`} class="docs-heading docs-folder-heading">
        {[...props.path, props.folder.name].join(" / ")}
      </Dynamic>
      <Show when={props.folder.description.trim() !== ""}>
        <MarkdownView
          source={props.folder.description}
          remoteImages={props.remoteImages}
          onLoadRemoteImages={props.onLoadRemoteImages}
        />
      </Show>
    </div>
  );
}
