/**
 * The `<satchel-try-it>` build entry (dist/try-it/satchel-try-it.js). In a window that is the
 * answer of our OAuth 2.0 popup it only hands the answer back; otherwise it defines the element.
 */
import { returnAuthorization } from "./oauthReturn";
import { SatchelTryIt } from "./SatchelTryIt";

if (!returnAuthorization() && !customElements.get("satchel-try-it")) {
  customElements.define("satchel-try-it", SatchelTryIt);
}

export { SatchelTryIt };
