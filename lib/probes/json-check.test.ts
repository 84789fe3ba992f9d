import { describe, expect, it } from "vitest";
import { checkJsonPath } from "@/lib/probes/json-check";

const body = JSON.stringify({ status: "ok", checks: [{ name: "db", up: true, lagMs: 40 }] });

describe("JSON path checks", () => {
  it("passes when the value at the path equals the expectation, JSON or plain text", () => {
    expect(checkJsonPath(body, "$.status", '"ok"')).toBeNull();
    expect(checkJsonPath(body, "$.status", "ok")).toBeNull();
    expect(checkJsonPath(body, "$.checks[0].up", "true")).toBeNull();
    expect(checkJsonPath(body, "$.checks[0].lagMs", "40")).toBeNull();
    expect(checkJsonPath(body, "$.checks[0].name", "")).toBeNull(); // present is enough
  });

  it("says what was found instead, or why it could not look", () => {
    expect(checkJsonPath(body, "$.status", '"degraded"')).toBe('Expected $.status == "degraded", got "ok".');
    expect(checkJsonPath(body, "$.missing", "1")).toBe("Nothing at $.missing in the response.");
    expect(checkJsonPath("<html>", "$.status", "ok")).toMatch(/not JSON/);
    expect(checkJsonPath(body, "$.checks[0].up", "false")).toMatch(/got true/);
  });
});
