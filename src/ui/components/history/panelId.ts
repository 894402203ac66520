/** DOM id of the history side panel (the History button's `aria-controls`). */
export const HISTORY_PANEL_ID = "history-panel";
