/**
 * Guest-side pm.test: sync tests, done-callback tests (a declared parameter) and async functions
 * whose promise is really awaited. Tests still
 * pending when a script has nothing left to run are reported as failed by `finishTests`. Each
 * result reaches the host the moment it is known.
 */
export const GUEST_TESTS = String.raw`
/**
 * Reports one test result to the host at once, through the captured channel:
 * name, flags (1 passed, 2 skipped, 4 has an error), error name, error message, script.
 */
function recordTest(name, error, skipped) {
  if (!stage) return;
  var where = current ? current.location : "";
  if (!error) { hostEmit("test", safeString(name), skipped ? "3" : "1", "", "", where); return; }
  var info = errorInfo(error);
  hostEmit("test", safeString(name), skipped ? "6" : "4", info.name, info.message, where);
}

var pendingSeq = 0;

function makeTest() {
  function test(name, fn) {
    if (typeof fn !== "function") { recordTest(name, null, true); return test; }
    var pending = { name: safeString(name), done: false, id: ++pendingSeq };
    var owner = current;
    var finish = function (err) {
      if (pending.done) return;
      pending.done = true;
      delete owner.pending[pending.id];
      recordTest(name, err ? (err instanceof Error || (err && safeGet(err, "message")) ? err : new Error(safeString(err))) : null, false);
    };
    owner.pending[pending.id] = pending;
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

/** Fails the tests still pending when the script ends, then reports the legacy tests object. */
function finishTests() {
  var pending = current.pending, ids = $keys(pending);
  current.pending = {};
  for (var i = 0; i < ids.length; i++) {
    var p = pending[ids[i]];
    p.done = true;
    recordTest(p.name, new Error(p.kind === "promise" ? "the test's promise never settled" : "the test did not call done()"), false);
  }
  var legacy = current.tests, names;
  try { names = $keys(legacy); } catch (e) { reportError(e); return; }
  for (var j = 0; j < names.length; j++) {
    var value;
    try { value = legacy[names[j]]; } catch (e) { reportError(e); continue; }
    recordTest(names[j], value ? null : { name: "AssertionError", message: "expected " + safeString(value) + " to be truthy" }, false);
  }
}
`;
