/** A request's HTTP method as a short coloured label. */
import "../../styles/sidebar.css";

const KNOWN = new Set(["GET", "POST", "PUT", "PATCH", "DELETE"]);

/**
 * Renders the method in full (the row's accessible name starts with it, so the text seen is the
 * text heard); a long custom method is cut by CSS with an ellipsis. Colour: theme.css `--method-*`.
 */
export function MethodBadge(props: { method: string }) {
  const method = () => props.method.toUpperCase();
  return (
    <span
      class="method-badge"
      data-method={KNOWN.has(method()) ? method().toLowerCase() : "other"}
      aria-hidden="true"
    >
      {method()}
    </span>
  );
}
