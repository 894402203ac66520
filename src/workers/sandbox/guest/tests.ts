/**
 * Guest-side pm.test: sync tests, done-callback tests (a declared parameter) and async functions
 * whose promise is really awaited. Tests still
 * pending when a script has nothing left to run are reported as failed by `finishTests`. Results
 * reach the host with the stage's end report (see `end` in ./pm.ts).
 */
export const GUEST_TESTS = String.raw`
/**
 * Keeps one result for the stage's end report (a call to the host per test costs more than the
 * test): [name, flags (1 passed, 2 skipped, 4 has an error), error name, error message, script].
 */
function recordTest(name, error, skipped) {
  if (!stage) return;
  var where = current ? current.location : "";
  if (!error) { stage.results.push([String(name), skipped ? 3 : 1, "", "", where]); return; }
  var info = errorInfo(error);
  stage.results.push([String(name), skipped ? 6 : 4, info.name, info.message, where]);
}

function makeTest() {
  function test(name, fn) {
    if (typeof fn !== "function") { recordTest(name, null, true); return test; }
    var pending = { name: String(name), done: false };
    var finish = function (err) {
      if (pending.done) return;
      pending.done = true;
      var i = current.pending.indexOf(pending);
      if (i >= 0) current.pending.splice(i, 1);
      recordTest(name, err ? (err instanceof Error || (err && err.message) ? err : new Error(String(err))) : null, false);
    };
    current.pending.push(pending);
    try {
      var result = fn.length > 0 ? fn(function (err) { finish(err); }) : fn();
      if (result && typeof result.then === "function") {
        pending.kind = "promise";
        result.then(fn.length > 0 ? function () {} : function () { finish(null); }, function (e) { finish(e || new Error("the test's promise was rejected")); });
      } else if (fn.length === 0) finish(null);
      else pending.kind = "callback";
    } catch (e) {
      finish(e);
    }
    return test;
  }
  test.skip = function (name) { recordTest(name, null, true); return test; };
  return test;
}

function finishTests() {
  current.pending.slice().forEach(function (p) {
    p.done = true;
    recordTest(p.name, new Error(p.kind === "promise" ? "the test's promise never settled" : "the test did not call done()"), false);
  });
  current.pending = [];
  var legacy = current.tests;
  Object.keys(legacy).forEach(function (k) {
    recordTest(k, legacy[k] ? null : { name: "AssertionError", message: "expected " + String(legacy[k]) + " to be truthy" }, false);
  });
}
`;
