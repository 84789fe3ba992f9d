import { createConfig, lintFromString } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";
import { allRoutes } from "@/lib/api/routes";
import { buildOpenApiDocument } from "@/lib/openapi/document";

// The generated document checked by a real OpenAPI validator with its recommended rules, so a
// definition that produces an invalid or sloppy entry (no operationId, an untyped answer…) fails here.
describe("OpenAPI document, validated by Redocly", () => {
  it("has no errors and no warnings under the recommended rules", async () => {
    const config = await createConfig({
      extends: ["recommended"],
      // The project declares no license yet; choosing one is not the document's call.
      rules: { "info-license": "off" },
    });
    const problems = await lintFromString({
      source: JSON.stringify(buildOpenApiDocument()),
      absoluteRef: "openapi.json",
      config,
    });
    const described = problems.map(
      (problem) => `${problem.severity} ${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`,
    );

    // A public door that takes no input (the clock, the health check, this document) has no 4xx to
    // describe; every other door must have its own.
    const no4xx = allRoutes
      .filter((route) => route.errors.every((code) => code === "unavailable"))
      .map((route) => route.path);
    expect(no4xx.sort()).toEqual([
      "/api/auth/csrf",
      "/api/auth/session",
      "/api/health",
      "/api/openapi.json",
      "/api/time",
    ]);
    const pointer = (path: string) => `#/paths/${path.replaceAll("~", "~0").replaceAll("/", "~1")}/get/responses`;
    const expected = no4xx.map(
      (path) => `warn operation-4xx-response: Operation must have at least one \`4XX\` response. at ${pointer(path)}`,
    );
    expect(described.sort()).toEqual(expected.sort());
  });
});
