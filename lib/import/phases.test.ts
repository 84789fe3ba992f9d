import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePlanMarkdown } from "@/lib/import/parse-plan-markdown";
import type { Plan } from "@/lib/plans/plan";

const fixture = (name: string) => readFileSync(join(__dirname, "fixtures", name), "utf8");
/** [title, phase, start offset, duration, predecessors] as the timeline holds them. */
const rows = (plan: Plan) =>
  (plan.steps ?? []).map((step) => [
    step.title,
    step.phase,
    step.startOffsetMinutes,
    step.durationMinutes,
    step.after ?? [],
  ]);

describe("timed headings that hold timed steps are phases", () => {
  it("reads a 12-hour go-live day: phases group the leaves, which follow one another", () => {
    const result = parsePlanMarkdown(fixture("go-live-day-12h.md"));
    expect(rows(result.plan)).toEqual([
      ["TEAM ASSEMBLY", "PREPARATION PHASE", -120, 15, []],
      ["FINAL CHECKS", "PREPARATION PHASE", -105, 15, [0]],
      ["Final Sign-Off", "PREPARATION PHASE", -90, 0, [1]],
      ["ENABLE MAINTENANCE MODE", "DEPLOYMENT PHASE", -90, 15, [2]],
      ["DEPLOY APPLICATION", "DEPLOYMENT PHASE", -75, 45, [3]],
      ["SMOKE TESTS", "DEPLOYMENT PHASE", -30, 30, [4]],
      // A single time lasts until the next step of its phase, the last one until the phase ends (1 PM).
      ["PUBLIC LAUNCH", "MONITORING PHASE", 0, 30, [5]],
      ["Checkpoint — Metrics & Logs", "MONITORING PHASE", 30, 30, [6]],
      ["Checkpoint — User Feedback", "MONITORING PHASE", 60, 300, [7]],
    ]);
    expect(result.plan.steps!.filter((step) => step.goLive).map((step) => step.title)).toEqual(["PUBLIC LAUNCH"]);
    const phaseLine = result.lines.find((line) => line.text.includes("DEPLOYMENT PHASE"))!;
    expect(phaseLine.note).toContain('phase "DEPLOYMENT PHASE" (T-90 min, 90 min, 3 steps)');
  });

  it("reads a 24-hour night crossing midnight, and tells identical step titles apart by their time", () => {
    const result = parsePlanMarkdown(fixture("night-cutover-24h.md"));
    expect(rows(result.plan)).toEqual([
      ["Bridge opens", "Preparation", -180, 15, []],
      ["Database backup", "Preparation", -165, 45, [0]],
      ["Go / no-go", "Preparation", -120, 30, [1]],
      ["Schema migration", "Migration", -90, 60, [2]],
      ["Smoke tests", "Migration", -30, 30, [3]],
      ["Go-live: switch traffic", "Hypercare", 0, 30, [4]],
      ["01:30 Checkpoint", "Hypercare", 30, 30, [5]],
      ["02:00 Checkpoint", "Hypercare", 60, 60, [6]],
    ]);
    expect(result.plan.steps![5]!.goLive).toBe(true);
  });

  it("keeps a timed heading whose timed lines start after its window as a step of its own", () => {
    const result = parsePlanMarkdown(
      ["## Day", "### 5:00 AM - 5:30 AM: Prep", "- [ ] Ready", "**5:30 AM - 5:45 AM: Deploy**", "- [ ] Deployed"].join(
        "\n",
      ),
    );
    expect(rows(result.plan).map(([title, , start, minutes]) => [title, start, minutes])).toEqual([
      ["Prep", 0, 30],
      ["Deploy", 30, 15],
    ]);
  });

  it("reads timed list lines under a bold timed label as that phase's steps", () => {
    const result = parsePlanMarkdown(
      [
        "# Plan",
        "**Go-live**: 10:00",
        "## Day",
        "**09:00 - 10:00 Deployment**",
        "- 09:00 - 09:40 Deploy",
        "- 09:40 - 10:00 Verify",
        "- [ ] Verified",
      ].join("\n"),
    );
    expect(rows(result.plan)).toEqual([
      ["Deploy", "Deployment", -60, 40, []],
      ["Verify", "Deployment", -20, 20, [0]],
    ]);
  });
});
