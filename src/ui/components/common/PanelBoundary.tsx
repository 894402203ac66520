/**
 * An error boundary around one panel (sidebar, request editor, response): a render error there
 * shows what failed with "Try again" and "Reload Satchel", and the rest of the app keeps working.
 */
import type { JSX } from "solid-js";
import { ErrorBoundary } from "solid-js";

/** Props of {@link PanelBoundary}. */
export interface PanelBoundaryProps {
  /** The panel's name as the user knows it ("Sidebar", "Request", "Response"). */
  name: string;
  children: JSX.Element;
  /** Reloads the app; default: `location.reload()`. */
  onReload?: () => void;
}

/** The error's own words, whatever was thrown. */
function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  try {
    return String(error);
  } catch {
    return "an unknown error";
  }
}

/** Renders `children`, or the panel's error with a way back. */
export function PanelBoundary(props: PanelBoundaryProps) {
  return (
    <ErrorBoundary
      fallback={(error: unknown, reset) => (
        <div class="response-error panel-error" role="alert">
          <p class="response-error-title">{props.name} stopped working</p>
          <p class="response-error-message">{describe(error)}</p>
          <p class="response-error-hint">
            The rest of Satchel still works; what you saved is safe.{" "}
            <button type="button" onClick={() => reset()}>
              Try again
            </button>{" "}
            <button type="button" onClick={() => (props.onReload ?? (() => location.reload()))()}>
              Reload Satchel
            </button>
          </p>
        </div>
      )}
    >
      {props.children}
    </ErrorBoundary>
  );
}
