import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCriterion } from "@/lib/import/success-criteria";
import { parsePlanMarkdown } from "@/lib/import/parse-plan-markdown";

describe("success criteria", () => {
  it("reads comparator, threshold and unit from plain sentences", () => {
    expect(parseCriterion("Error rate below 0.1%")).toEqual({
      name: "Error rate",
      comparator: "lt",
      threshold: 0.1,
      unit: "%",
    });
    expect(parseCriterion("p95 latency below 350 ms")).toEqual({
      name: "P95 latency",
      comparator: "lt",
      threshold: 350,
      unit: "ms",
    });
    expect(parseCriterion("Authorisation success rate at least 97.5%")).toEqual({
      name: "Authorisation success rate",
      comparator: "gte",
      threshold: 97.5,
      unit: "%",
    });
    expect(parseCriterion("Zero critical incidents")).toEqual({
      name: "Critical incidents",
      comparator: "eq",
      threshold: 0,
      unit: "",
    });
    expect(parseCriterion("All modules are successfully deployed without errors.")).toBeNull();
  });

  it("reads `Name: value` targets with comparators, units and a bare target's direction", () => {
    expect(parseCriterion("Error rate: < 0.1%")).toEqual({
      name: "Error rate",
      comparator: "lt",
      threshold: 0.1,
      unit: "%",
    });
    expect(parseCriterion("System uptime: 100%")).toEqual({
      name: "System uptime",
      comparator: "gte",
      threshold: 100,
      unit: "%",
    });
    expect(parseCriterion("User adoption: > 500 users")).toEqual({
      name: "User adoption",
      comparator: "gt",
      threshold: 500,
      unit: "users",
    });
    expect(parseCriterion("User satisfaction: > 4.0/5.0")).toEqual({
      name: "User satisfaction",
      comparator: "gt",
      threshold: 4,
      unit: "/5",
    });
    expect(parseCriterion("**Page load time**: 2 seconds")).toEqual({
      name: "Page load time",
      comparator: "lte",
      threshold: 2,
      unit: "seconds",
    });
  });

  it("reads every criterion under a bold `Success Criteria:` label, names without their colon", () => {
    const result = parsePlanMarkdown(
      [
        "# Launch",
        "## Go-live",
        "- [ ] Deploy",
        "",
        "**Success Criteria:**",
        "- Error rate: < 0.1%",
        "- System uptime: 100%",
        "- User adoption: > 500 users",
        "",
        "Thanks.",
      ].join("\n"),
    );
    expect(result.plan.metrics?.map((m) => m.name)).toEqual(["Error rate", "System uptime", "User adoption"]);
  });

  it("imports the payments sample's success criteria as metrics, and reports their lines", () => {
    const result = parsePlanMarkdown(readFileSync("lib/templates/builtin/payments-cutover-weekend.md", "utf8"));
    expect(result.plan.metrics?.map((m) => [m.name, m.comparator, m.threshold, m.unit])).toEqual([
      ["Error rate", "lt", 0.1, "%"],
      ["P95 latency", "lt", 350, "ms"],
      ["Authorisation success rate", "gte", 97.5, "%"],
      ["Critical incidents", "eq", 0, ""],
      ['Support tickets tagged "payments"', "lt", 20, ""],
    ]);
    const reported = result.lines.filter((line) => line.note?.startsWith("success criterion"));
    expect(reported).toHaveLength(5);
    expect(reported.every((line) => line.kind === "meta")).toBe(true);
  });
});
