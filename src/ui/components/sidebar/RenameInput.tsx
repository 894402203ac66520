/** The inline "Name" textbox shown in a tree row while renaming. Enter/blur commit, Escape cancels. */
import { onMount } from "solid-js";

/** Props of {@link RenameInput}. */
export interface RenameInputProps {
  initial: string;
  onCommit: (name: string) => void;
  onCancel: () => void;
}

/** A focused, preselected text input for a new name. */
export function RenameInput(props: RenameInputProps) {
  let input!: HTMLInputElement;
  let done = false;
  const finish = (commit: boolean) => {
    if (done) return;
    done = true;
    if (commit) props.onCommit(input.value);
    else props.onCancel();
  };
  onMount(() => {
    input.focus();
    input.select();
  });
  return (
    <input
      ref={input}
      class="tree-rename"
      type="text"
      aria-label="Name"
      value={props.initial}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === "Enter") finish(true);
        else if (e.key === "Escape") finish(false);
      }}
      onBlur={() => finish(true)}
      onClick={(e) => e.stopPropagation()}
    />
  );
}
