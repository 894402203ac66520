/** Entry point: registers the service worker and renders the shell over the browser host. */
import { render } from "solid-js/web";
import { App } from "./app/App";
import { createBrowserHost } from "./host/browserHost";
import { registerServiceWorker } from "./pwa/registerServiceWorker";
import { watchShareHash } from "./share/watchShareHash";

void registerServiceWorker();

const root = document.getElementById("root");
if (root)
  render(() => {
    // Created once, here: a call inside the JSX would run again on every read of the prop.
    const host = createBrowserHost();
    return <App host={host} />;
  }, root);

// A shared link (`#import=…`) opens the Import dialog with its collection.
if (root) watchShareHash();
