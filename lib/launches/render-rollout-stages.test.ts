import { describe, expect, it } from "vitest";
import { lexMarkdownLines } from "@/lib/import/lex-markdown-lines";
import { readRolloutStages } from "@/lib/import/rollout-stages";
import { rolloutStages } from "@/lib/launches/render-rollout-stages";
import type { PlanStep } from "@/lib/plans/plan";

const goLive: PlanStep = { title: "Go live", startOffsetMinutes: 0, durationMinutes: 0, goLive: true };

describe("rollout stages in the Markdown export", () => {
  it("writes the stages the importer made in their own words", () => {
    const markdown = [
      "## Staged rollout",
      "### Phase 1: Beta: 50 users",
      "- Invite only",
      "### Phase 2: Full Launch (Day 3-4)",
      "- All users",
    ].join("\n");
    const stages = readRolloutStages(lexMarkdownLines(markdown), [goLive]).steps;
    expect(stages).toHaveLength(2);
    const written = rolloutStages([goLive, ...stages]);
    expect(written.count).toBe(2);
    expect(written.block).toContain("### Phase 1: Beta: 50 users\n- Invite only");
    expect(readRolloutStages(lexMarkdownLines(written.block), [goLive]).steps).toEqual(stages);
  });

  it("leaves in the schedule a Rollout step the stage phrasing would not read back the same", () => {
    const edited: PlanStep = { title: "Canary", phase: "Rollout", startOffsetMinutes: 30, durationMinutes: 60 };
    expect(rolloutStages([goLive, edited])).toEqual({ block: "", count: 0 });
    expect(rolloutStages([goLive])).toEqual({ block: "", count: 0 });
  });
});
