import { describe, expect, it } from "vitest";
import { readEstimate, readEstimateField } from "@/lib/import/estimates";
import { parsePlanMarkdown } from "@/lib/import/parse-plan-markdown";

describe("estimates", () => {
  it("reads the phrasings runbooks use, a range by its upper bound", () => {
    expect(readEstimate("3 hours")).toBe(180);
    expect(readEstimate("3-4 days")).toBe(4 * 24 * 60);
    expect(readEstimate("3–4 h")).toBe(240);
    expect(readEstimate("(10 min)")).toBe(10);
    expect(readEstimate("~2h")).toBe(120);
    expect(readEstimate("45 minutes")).toBe(45);
    expect(readEstimate("1h 30m")).toBe(90);
    expect(readEstimate("1.5 hrs")).toBe(90);
    expect(readEstimate("about 20 mins")).toBe(20);
    expect(readEstimate("soon")).toBeNull();
    expect(readEstimateField("Estimated time: 3 hours")).toBe(180);
    expect(readEstimateField("Duration: 3-4 days")).toBe(5760);
    expect(readEstimateField("Owner: DBA")).toBeNull();
  });

  it("gives steps their planned duration from a title or an estimate line under them", () => {
    const result = parsePlanMarkdown(
      [
        "# Cutover",
        "**Go-live**: 06:00",
        "### 01:00 Backfill ledger (2-3 hours)",
        "- [ ] Run backfill",
        "### 04:00 Warm caches ~45 min",
        "- [ ] Warm",
        "### 05:00 Smoke tests",
        "**Estimated time:** 30 minutes",
        "- [ ] Run smoke tests",
        "  - **Estimated time**: 10 min",
        "### 06:00 Go live",
        "- [ ] Flip DNS",
      ].join("\n"),
    );
    expect(result.plan.steps?.map((step) => [step.title, step.durationMinutes])).toEqual([
      ["Backfill ledger", 180],
      ["Warm caches", 45],
      ["Smoke tests", 30],
      ["Go live", 0],
    ]);
    expect(result.lines[7]).toMatchObject({ kind: "meta", note: 'planned duration 30 min of step "Smoke tests"' });
    const item = result.plan.sections.find((section) => section.title.endsWith("Smoke tests"))!.items[0]!;
    expect(item.details).toBe("Estimated time: 10 min");
    expect(result.lines[9]!.note).toBe('estimated time of "Run smoke tests" (estimate 10 min, kept in its details)');
  });
});
