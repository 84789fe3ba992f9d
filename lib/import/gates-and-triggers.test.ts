import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readSigner } from "@/lib/import/gates-and-triggers";
import { parsePlanMarkdown } from "@/lib/import/parse-plan-markdown";

describe("sign-offs, gates and rollback triggers", () => {
  it("reads who signs from sign-off and approval lines", () => {
    expect(readSigner("QA sign-off obtained")).toEqual({ by: "function", value: "QA" });
    expect(readSigner("**Stakeholder sign-off** received")).toEqual({ by: "role", value: "sponsor" });
    expect(readSigner("Sign-off from the Security Lead")).toEqual({ by: "function", value: "Security Lead" });
    expect(readSigner("Approval from the change board")).toEqual({ by: "function", value: "change board" });
    expect(readSigner("Backups verified")).toBeNull();
  });

  it("makes a decision step a gate on that step, signed by the sign-offs under it", () => {
    const result = parsePlanMarkdown(readFileSync("lib/import/fixtures/go-live-day-12h.md", "utf8"));
    expect(result.plan.gates).toEqual([
      {
        title: "Final Sign-Off",
        step: 2,
        signoffs: [
          { by: "function", value: "QA" },
          { by: "role", value: "sponsor" },
        ],
      },
    ]);
    expect(result.plan.steps![2]!.title).toBe("Final Sign-Off");
  });

  it("makes a section stating the bar for going live a gate over its items", () => {
    const result = parsePlanMarkdown(
      ["# Launch", "## GO-LIVE APPROVED IF ALL MET", "- [ ] All tests green", "- [ ] Product owner sign-off"].join(
        "\n",
      ),
    );
    expect(result.plan.gates).toEqual([
      { title: "GO-LIVE APPROVED IF ALL MET", sections: [0], signoffs: [{ by: "function", value: "Product owner" }] },
    ]);
  });

  it("reads rollback criteria lists and a table's Abort-if column, metric conditions only for stated metrics", () => {
    const result = parsePlanMarkdown(readFileSync("lib/import/fixtures/go-live-day-12h.md", "utf8"));
    expect(result.plan.triggers).toEqual([
      { kind: "critical_incident", description: "Critical/High: consider rollback immediately" },
      {
        kind: "metric",
        metric: "error_rate",
        comparator: "gt",
        threshold: 5,
        description: "Error rate > 5% for 10 minutes",
      },
    ]);
    const payments = parsePlanMarkdown(readFileSync("lib/templates/builtin/payments-cutover-weekend.md", "utf8"));
    expect(payments.plan.triggers?.map((trigger) => [trigger.kind, trigger.metric, trigger.threshold])).toEqual([
      ["metric", "error_rate", 0.5],
      ["metric", "p95_latency", 400],
      // No success criterion measures declined payments, and a judgement call is the VP's: the team judges both.
      ["manual", undefined, undefined],
      ["critical_incident", undefined, undefined],
      ["manual", undefined, undefined],
    ]);
  });
});
