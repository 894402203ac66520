/**
 * The classic-script loader (dist/try-it/satchel-try-it.classic.js): for pages that cannot use
 * `type="module"`, it imports the ES module that sits next to it, found from its own URL.
 * Emitted verbatim by vite.tryit.config.ts (a built chunk could gain `import` statements).
 */
export const CLASSIC_LOADER = `/* <satchel-try-it> classic loader: imports satchel-try-it.js from beside this script. */
(function () {
  "use strict";
  var script = document.currentScript;
  var here = (script && script.src) || document.baseURI;
  import(new URL("satchel-try-it.js", here).href).catch(function (error) {
    console.error("satchel-try-it could not load:", error);
  });
})();
`;
