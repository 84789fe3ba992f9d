import { describe, expect, it } from "vitest";
import { parsePlanMarkdown } from "@/lib/import/parse-plan-markdown";

describe("staged rollout", () => {
  it("makes soft launch → full launch headings steps with durations and audience notes", () => {
    const result = parsePlanMarkdown(
      [
        "# Bookshop launch",
        "## 🚀 Rollout plan",
        "### Phase 1: Soft Launch (Day 1-2)",
        "- Invite 5–10 users from the beta list",
        "- Monitor for 24–48 h",
        "### Phase 2: Full launch (Day 3)",
        "- Open sign-up to all users",
        "## Checks",
        "- [ ] **Canary deployment** strategy configured",
      ].join("\n"),
    );
    expect(result.plan.steps).toEqual([
      {
        title: "Phase 1: Soft Launch",
        phase: "Rollout",
        startOffsetMinutes: 0,
        durationMinutes: 48 * 60,
        notes: "Audience: 5–10 users\n(Day 1-2)\n- Invite 5–10 users from the beta list\n- Monitor for 24–48 h",
      },
      {
        title: "Phase 2: Full launch",
        phase: "Rollout",
        startOffsetMinutes: 2 * 24 * 60,
        after: [0],
        notes: "Audience: all users\n(Day 3)\n- Open sign-up to all users",
      },
    ]);
    expect(result.lines[2]).toMatchObject({
      note: expect.stringContaining('rollout stage "Phase 1: Soft Launch" from day 1, 2 d'),
    });
  });

  it("reads a list with en/em dashes and unnamed numbered stages, after the go-live step", () => {
    const result = parsePlanMarkdown(
      [
        "# Payments v3",
        "**Go-live**: 02:00",
        "### 02:00 Switch traffic",
        "- [ ] Flip",
        "## Staged rollout",
        "- **Canary** — 5% of traffic, ~2h",
        "- Stage 2: 25% of merchants for 24 hours",
        "- **Full rollout**: 100% of traffic",
      ].join("\n"),
    );
    const stages = result.plan.steps!.slice(1);
    expect(stages.map((step) => [step.title, step.durationMinutes, step.after, step.notes?.split("\n")[0]])).toEqual([
      ["Canary", 120, [0], "Audience: 5% of traffic"],
      ["Stage 2", 24 * 60, [1], "Audience: 25% of merchants"],
      ["Full rollout", undefined, [2], "Audience: 100% of traffic"],
    ]);
  });
});
