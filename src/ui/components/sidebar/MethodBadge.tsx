/** A request's HTTP method as a short coloured label. */
import "../../styles/sidebar.css";

const SHORT: Record<string, string> = { DELETE: "DEL", OPTIONS: "OPT", PATCH: "PATCH" };
const KNOWN = new Set(["GET", "POST", "PUT", "PATCH", "DELETE"]);

/** Renders the method (abbreviated when long); colour comes from theme.css `--method-*`. */
export function MethodBadge(props: { method: string }) {
  const method = () => props.method.toUpperCase();
  return (
    <span
      class="method-badge"
      data-method={KNOWN.has(method()) ? method().toLowerCase() : "other"}
      aria-hidden="true"
    >
      {SHORT[method()] ?? method().slice(0, 5)}
    </span>
  );
}
