/** Asks Save / Discard / Cancel when a tab with unsaved changes is being closed. */
import { useTabs } from "../../host/hooks";
import type { CloseChoice } from "../../stores/tabTypes";
import { ConfirmDialog } from "../common/ConfirmDialog";

const CHOICES = [
  { value: "save" as const, label: "Save", primary: true },
  { value: "discard" as const, label: "Discard" },
  { value: "cancel" as const, label: "Cancel" },
];

/** Shown while the tab store has a pending close. */
export function CloseTabPrompt() {
  const tabStore = useTabs();
  const pending = () => {
    const id = tabStore.state.pendingClose;
    return id ? tabStore.tabs().find((t) => t.id === id) : undefined;
  };
  return (
    <ConfirmDialog<CloseChoice>
      open={pending() !== undefined}
      title="Unsaved changes"
      message={`Save changes to “${pending()?.draft.name ?? ""}” before closing?`}
      choices={CHOICES}
      cancelValue="cancel"
      onChoose={(choice) => void tabStore.resolveClose(choice)}
    />
  );
}
