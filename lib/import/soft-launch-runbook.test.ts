import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlanMarkdown } from "@/lib/import/parse-plan-markdown";
import { flattenPlanItems } from "@/lib/plans/plan";

// Hand-counted from lib/import/fixtures/soft-launch-runbook.md (every phrasing family of issue #9's last part).
const markdown = readFileSync("lib/import/fixtures/soft-launch-runbook.md", "utf8");
const result = parsePlanMarkdown(markdown);
const items = result.plan.sections.flatMap((section) => flattenPlanItems(section.items));

describe("soft-launch-runbook.md", () => {
  it("has four timed steps, then two rollout stages placed by their days", () => {
    expect(
      result.plan.steps?.map((step) => [step.title, step.startOffsetMinutes, step.durationMinutes ?? null]),
    ).toEqual([
      ["Backups and freeze", -120, 45],
      ["Database migration", -75, 45], // "Estimated time: 45 minutes"
      ["Smoke tests", -30, 30], // "~30 min" in the heading
      ["Open the shop", 0, 0],
      ["Phase 1: Soft Launch", 0, 48 * 60], // "24–48 h": the upper bound
      ["Phase 2: Full Launch", 2 * 24 * 60, null],
    ]);
    expect(result.plan.steps![4]!.notes).toContain("Audience: 5–10 invited users");
    expect(result.plan.steps![5]!.after).toEqual([4]);
  });

  it("splits trailing roles into owners, makes the CRITICAL section required, keeps item estimates in details", () => {
    expect(items.filter((item) => item.owner).map((item) => [item.title, item.owner])).toEqual([
      ["Verify backups", "Platform Engineer"],
      ["Freeze merchant changes", "Release Manager"],
      ["Snapshot the catalogue database", "DBA"],
      ["Run smoke tests", "QA Lead"],
      ["Checkout works end to end", "QA Lead"],
    ]);
    expect(items.filter((item) => item.required).map((item) => item.title)).toEqual([
      "Run migration 0042",
      "Row counts match",
    ]);
    expect(items.find((item) => item.title === "Snapshot the catalogue database")!.details).toBe(
      "Estimated time: 20 minutes",
    );
  });

  it("reads the checkpoint schedule with its additional times, four severity levels and four triggers", () => {
    expect(result.plan.checkpoints).toEqual({ everyMinutes: 60, fromOffsetMinutes: 60, untilOffsetMinutes: 300 });
    expect(result.plan.extraCheckpoints).toEqual([30, 210]);
    expect(result.plan.severityLevels?.map((level) => [level.key, level.severity, level.responseMinutes])).toEqual([
      ["P1", "critical", 15],
      ["P2", "high", 60],
      ["P3", "medium", 240],
      ["P4", "low", null],
    ]);
    expect(result.plan.triggers?.map((trigger) => trigger.kind)).toEqual([
      "metric",
      "manual",
      "manual",
      "critical_incident",
    ]);
  });

  it("accounts for every line: none is left unused, no warning", () => {
    expect(result.lines).toHaveLength(markdown.split("\n").length - 1);
    expect(result.lines.filter((line) => line.kind === "ignored")).toEqual([]);
    expect(result.warnings).toEqual([]);
  });
});
