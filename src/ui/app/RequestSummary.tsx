/** A read-only line for a request (method + URL), shown until the request editor is mounted. */
import type { Request } from "../../core/model";
import "../styles/app.css";

/** Renders the method and URL of `request`. */
export function RequestSummary(props: { request: Request }) {
  return (
    <div class="request-summary">
      <span class="request-summary-method">{props.request.method}</span>
      <span class="request-summary-url">{props.request.url || "No URL yet"}</span>
    </div>
  );
}
