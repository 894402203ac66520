import { render } from "solid-js/web";

const root = document.getElementById("root");
if (root) render(() => <main>Satchel</main>, root);
