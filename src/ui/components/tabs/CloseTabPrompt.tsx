/** Asks Save / Discard / Cancel when a tab with unsaved changes is being closed. */
import { useApp } from "../../app/AppContext";
import type { CloseChoice } from "../../stores/tabs";
import { ConfirmDialog } from "../common/ConfirmDialog";

const CHOICES = [
  { value: "save" as const, label: "Save", primary: true },
  { value: "discard" as const, label: "Discard" },
  { value: "cancel" as const, label: "Cancel" },
];

/** Shown while the tab store has a pending close. */
export function CloseTabPrompt() {
  const app = useApp();
  const pending = () => {
    const id = app.tabs.state.pendingClose;
    return id ? app.tabs.tabs().find((t) => t.id === id) : undefined;
  };
  return (
    <ConfirmDialog<CloseChoice>
      open={pending() !== undefined}
      title="Unsaved changes"
      message={`Save changes to “${pending()?.draft.name ?? ""}” before closing?`}
      choices={CHOICES}
      cancelValue="cancel"
      onChoose={(choice) => void app.tabs.resolveClose(choice)}
    />
  );
}
