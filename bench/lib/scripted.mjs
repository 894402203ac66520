// The scripts every script/runner benchmark uses (one pre-request line, a four-assertion test),
// and the Postman collection of `count` GET requests carrying them — one definition, so the
// CLI, browser and sandbox figures measure the same work.
export const PRE = 'pm.variables.set("started", Date.now());';
export const TEST_LINES = [
  'pm.test("status is 200", () => pm.response.to.have.status(200));',
  'pm.test("is JSON", () => pm.response.to.be.json);',
  'pm.test("echoes the method", () => pm.expect(pm.response.json().method).to.eql("GET"));',
  'pm.test("has a content type", () => pm.response.to.have.header("content-type"));',
];
export const TEST = TEST_LINES.join("\n");

/** A v2.1 collection `name` of `count` GETs to `${baseUrl}/cors/x?i=N`, scripted unless told. */
export function scriptedCollection(name, baseUrl, count, withScripts = true) {
  return {
    info: {
      name,
      schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
    },
    item: Array.from({ length: count }, (_, i) => ({
      name: `r${i}`,
      request: { method: "GET", url: `${baseUrl}/cors/x?i=${i}` },
      ...(withScripts
        ? {
            event: [
              { listen: "prerequest", script: { exec: [PRE] } },
              { listen: "test", script: { exec: TEST_LINES } },
            ],
          }
        : {}),
    })),
  };
}
