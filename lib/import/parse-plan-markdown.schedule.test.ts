import { describe, expect, it } from "vitest";
import { flattenPlanItems, planSchema, type Plan } from "@/lib/plans/plan";
import { ImportError } from "@/lib/import/import-error";
import { parsePlanMarkdown } from "@/lib/import/parse-plan-markdown";

const md = (...lines: string[]) => lines.join("\n");
/** Each step as [title, start offset, duration], the way a timeline shows it. */
const timeline = (plan: Plan) =>
  (plan.steps ?? []).map((step) => [step.title, step.startOffsetMinutes, step.durationMinutes]);
const stepOfItems = (plan: Plan) =>
  Object.fromEntries(
    plan.sections.flatMap((section) => flattenPlanItems(section.items)).map((item) => [item.title, item.step]),
  );

describe("a launch-day timeline in AM/PM with timed headings and bold lines", () => {
  const markdown = md(
    "# Website Relaunch",
    "## Launch Day Timeline",
    "### 5:00 AM - 5:30 AM: FINAL PREPARATION",
    "- [ ] Team on the bridge",
    "- [ ] Dashboards open",
    "**5:30 AM - 5:45 AM: ENABLE MAINTENANCE MODE (15 min)**",
    "Owner: Web Ops",
    "- [ ] Maintenance page live",
    "  - [ ] Checked from outside the VPN",
    "**7:00 AM - OFFICIAL LAUNCH**",
    "- [ ] Announce on social media",
    "## After launch",
    "- [ ] Retro booked",
  );
  const result = parsePlanMarkdown(markdown);

  it("makes each timed line a step, timed from the launch step, with titles cased as written", () => {
    expect(result.plan.steps).toEqual([
      { title: "FINAL PREPARATION", phase: "Launch Day Timeline", startOffsetMinutes: -120, durationMinutes: 30 },
      {
        title: "ENABLE MAINTENANCE MODE",
        phase: "FINAL PREPARATION",
        owner: "Web Ops",
        startOffsetMinutes: -90,
        durationMinutes: 15,
        after: [0],
      },
      {
        title: "OFFICIAL LAUNCH",
        phase: "FINAL PREPARATION",
        startOffsetMinutes: 0,
        durationMinutes: 0,
        milestone: true,
        goLive: true,
        after: [1],
      },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it("links the checkboxes under each timed line to its step and keeps them in their sections", () => {
    expect(stepOfItems(result.plan)).toEqual({
      "Team on the bridge": 0,
      "Dashboards open": 0,
      "Maintenance page live": 1,
      "Checked from outside the VPN": 1,
      "Announce on social media": 2,
      "Retro booked": undefined,
    });
    expect(result.plan.sections.map((section) => [section.title, section.items.length])).toEqual([
      ["5:00 AM - 5:30 AM: FINAL PREPARATION", 2],
      ["5:30 AM - 5:45 AM: ENABLE MAINTENANCE MODE (15 min)", 1],
      ["7:00 AM - OFFICIAL LAUNCH", 1],
      ["After launch", 1],
    ]);
  });

  it("says in the line report which lines became steps", () => {
    expect(result.lines[2]).toMatchObject({
      kind: "step",
      note: 'step 05:00–05:30 "FINAL PREPARATION" (30 min, T-120 min); section "5:00 AM - 5:30 AM: FINAL PREPARATION"',
    });
    expect(result.lines[5]!.note).toMatch(
      /^step 05:30–05:45 "ENABLE MAINTENANCE MODE" \(15 min, T-90 min\), owner Web Ops; section /,
    );
    expect(result.lines[9]).toMatchObject({
      kind: "step",
      note: expect.stringMatching(/^step 07:00 "OFFICIAL LAUNCH" \(milestone, T\+0, go-live\);/),
    });
    expect(result.lines[10]).toMatchObject({ kind: "item" });
  });
});

describe("a 24-hour plan crossing midnight", () => {
  const result = parsePlanMarkdown(
    md(
      "# Ledger migration",
      "**Go-live**: Sunday 01:00 (Europe/London)",
      "## Night plan",
      "### 22:00 – 23:00 · Freeze writes",
      "- [ ] Writes frozen",
      "### 23:00 – 00:30 · Schema migration (1.5 hours)",
      "- [ ] Migration ran",
      "### 00:30 to 01:00 · Verify",
      "### 00:30 – 00:45 · Notify support",
      "### 01:00 Switch traffic",
      "### 01:15 – 02:00 Hypercare (30 min)",
      "- [ ] Error rate normal",
    ),
  );

  it("places every step on the night it belongs to, relative to the go-live fact", () => {
    expect(timeline(result.plan)).toEqual([
      ["Freeze writes", -180, 60],
      ["Schema migration", -120, 90],
      ["Verify", -30, 30],
      ["Notify support", -30, 15],
      ["Switch traffic", 0, 0],
      ["Hypercare", 15, 45],
    ]);
    expect(result.plan.steps![4]).toMatchObject({ goLive: true, milestone: true });
  });

  it("chains the steps, and steps starting together share their predecessors", () => {
    expect(result.plan.steps!.map((step) => step.after)).toEqual([undefined, [0], [1], [1], [2, 3], [4]]);
  });

  it("lets the end time win over a written duration that disagrees, with a warning", () => {
    expect(result.warnings).toEqual(["Line 11: 01:15–02:00 is 45 min but the line says 30 min; the times count."]);
    expect(stepOfItems(result.plan)).toEqual({ "Writes frozen": 0, "Migration ran": 1, "Error rate normal": 5 });
  });
});

describe("schedule rules", () => {
  it("reads a schedule table with a Time column, a Task column and AM/PM times; bad rows are reported", () => {
    const result = parsePlanMarkdown(
      md(
        "## Launch schedule",
        "| Time | Task | Who | Duration |",
        "|---|---|---|---|",
        "| 9:00 - 9:30 AM | **Dry run** | Ana | |",
        "| 10:00 AM | Go-live | Ben | |",
        "| later | Retro | Ana | 1 h |",
        "| 10:15 AM | Monitoring | | 45 min |",
      ),
    );
    expect(result.plan.steps).toEqual([
      { title: "Dry run", phase: "Launch schedule", owner: "Ana", startOffsetMinutes: -60, durationMinutes: 30 },
      {
        title: "Go-live",
        phase: "Launch schedule",
        owner: "Ben",
        startOffsetMinutes: 0,
        durationMinutes: 0,
        milestone: true,
        goLive: true,
        after: [0],
      },
      { title: "Monitoring", phase: "Launch schedule", startOffsetMinutes: 15, durationMinutes: 45, after: [1] },
    ]);
    expect(result.plan.sections).toEqual([]);
    expect(result.lines.map((line) => line.kind)).toEqual([
      "section",
      "meta",
      "ignored",
      "step",
      "step",
      "ignored",
      "step",
    ]);
    expect(result.warnings).toContain(
      "Line 6: this schedule row has no start time that can be read, so it is not a step.",
    );
    expect(result.lines[5]!.note).toBe("schedule row without a start time");
  });

  it("reads timed list lines as steps, and a time up to 6 h earlier than the step before as an overlap", () => {
    const result = parsePlanMarkdown(
      md(
        "## Day",
        "- 09:00–09:30 Stakeholder update",
        "  - [ ] Notes sent",
        "- 08:45 Coffee",
        "- 14:00 Review",
        "- 07:00 Next-day standup",
        "- [ ] Unlinked",
      ),
    );
    expect(timeline(result.plan)).toEqual([
      ["Stakeholder update", 0, 30],
      ["Coffee", -15, 0],
      ["Review", 300, 0],
      ["Next-day standup", 1320, 0],
    ]);
    expect(result.plan.steps!.map((step) => step.after)).toEqual([undefined, undefined, [0, 1], [2]]);
    expect(stepOfItems(result.plan)).toEqual({ "Notes sent": 0, Unlinked: undefined });
    expect(result.warnings).toContain(
      'No go-live time found (a **Go-live** line or a launch step), so step times count from the first step, "Stakeholder update".',
    );
  });

  it("takes a detail heading for the table row with its start and a similar title, wherever the table is", () => {
    const result = parsePlanMarkdown(
      md(
        "## Details",
        "### 22:00 Bridge call opens",
        "Owner: Release Manager",
        "- [ ] Roll call done",
        "### 22:20 – 22:40 Freeze deploys",
        "- [ ] Freeze announced",
        "## Schedule",
        "| Start | End | Step |",
        "|---|---|---|",
        "| 22:00 | 22:20 | Bridge call opens, roll call |",
        "| 22:20 | 22:30 | Freeze deploys |",
      ),
    );
    expect(result.plan.steps).toEqual([
      {
        title: "Bridge call opens, roll call",
        phase: "Schedule",
        owner: "Release Manager",
        startOffsetMinutes: 0,
        durationMinutes: 20,
      },
      { title: "Freeze deploys", phase: "Schedule", startOffsetMinutes: 20, durationMinutes: 10, after: [0] },
    ]);
    expect(stepOfItems(result.plan)).toEqual({ "Roll call done": 0, "Freeze announced": 1 });
    expect(result.lines[1]).toMatchObject({ kind: "section", note: expect.stringContaining("same step as line 10") });
  });

  it("reads bold-led lines, and timed list lines of a document without checkboxes as items and steps", () => {
    const result = parsePlanMarkdown(
      md(
        "## Launch",
        "**5:30 AM:** Enable maintenance mode",
        "- 6:00 AM Deploy (45 min)",
        "  - Smoke test",
        "- Celebrate",
      ),
    );
    expect(timeline(result.plan)).toEqual([
      ["Enable maintenance mode", 0, 0],
      ["Deploy", 30, 45],
    ]);
    expect(result.plan.sections).toEqual([
      {
        title: "Launch",
        items: [
          {
            title: "6:00 AM Deploy (45 min)",
            status: "todo",
            step: 1,
            children: [{ title: "Smoke test", status: "todo", step: 1 }],
          },
          { title: "Celebrate", status: "todo" },
        ],
      },
    ]);
    expect(result.lines.map((line) => line.kind)).toEqual(["section", "step", "step", "item", "item"]);
    expect(result.lines[2]!.note).toBe('step 06:00 "Deploy" (45 min, T+30 min); item in "Launch"');
  });

  it("marks go/no-go steps as milestones that keep their duration", () => {
    const { plan } = parsePlanMarkdown(
      md("## S", "### 10:00 - 10:15 Go/No-Go decision", "### 10:15 Launch", "- [ ] a"),
    );
    expect(plan.steps?.[0]).toMatchObject({ title: "Go/No-Go decision", durationMinutes: 15, milestone: true });
    expect(plan.steps?.[0]?.goLive).toBeUndefined();
    expect(plan.steps?.[1]).toMatchObject({ title: "Launch", startOffsetMinutes: 0, goLive: true });
  });

  it("warns when no step starts at the go-live time", () => {
    const result = parsePlanMarkdown(
      md("**Go-live**: 12:00", "## S", "### 10:00 - 11:00 Prepare", "- [ ] a", "### 13:00 Check"),
    );
    expect(timeline(result.plan)).toEqual([
      ["Prepare", -120, 60],
      ["Check", 60, 0],
    ]);
    expect(result.plan.steps!.some((step) => step.goLive)).toBe(false);
    expect(result.warnings).toEqual(["No step starts at the go-live time 12:00, so none is marked as the go-live."]);
  });

  it("counts a go-live before the schedule from the nearest occurrence, not the next day", () => {
    const { plan } = parsePlanMarkdown(
      md("**Go-live**: Saturday 02:00", "## Hypercare", "### 03:00 - 04:00 Watch dashboards", "- [ ] a"),
    );
    expect(timeline(plan)).toEqual([["Watch dashboards", 60, 60]]);
  });

  it("imports a schedule without any checklist item", () => {
    const result = parsePlanMarkdown(md("# Cutover", "## 22:00 Bridge opens", "## 23:00 – 23:30 Deploy"));
    expect(result.plan).toEqual({
      sections: [],
      steps: [
        { title: "Bridge opens", startOffsetMinutes: 0, durationMinutes: 0, milestone: true },
        { title: "Deploy", startOffsetMinutes: 60, durationMinutes: 30, after: [0] },
      ],
    });
    expect(planSchema.safeParse(result.plan).success).toBe(true);
  });

  it("gives no steps to a document without a schedule, even with times in its prose and items", () => {
    const result = parsePlanMarkdown(
      md(
        "# Plan",
        "**Go-live**: 02:00",
        "## Ready",
        "Meet at 09:00.",
        "- [ ] 09:00 standup held",
        "| When | Who |",
        "|---|---|",
        "| 09:00 | Ana |",
      ),
    );
    expect(result.plan.steps).toBeUndefined();
    expect("steps" in result.plan).toBe(false);
    expect(result.lines.filter((line) => line.kind === "step")).toEqual([]);
  });

  it("names the step limit a schedule breaks", () => {
    const headings = Array.from(
      { length: 501 },
      (_, i) => `## ${String(Math.floor(i / 60) % 24).padStart(2, "0")}:${String(i % 60).padStart(2, "0")} Step ${i}`,
    );
    expect(() => parsePlanMarkdown(md(...headings))).toThrow(
      expect.objectContaining({
        reason: "too_big_plan",
        message: "The document has 501 timed steps; a plan holds at most 500. Split it into several plans.",
      }),
    );
    expect(() => parsePlanMarkdown(md(...headings))).toThrow(ImportError);
  });

  it("reads long timed lines in linear time", () => {
    const started = Date.now();
    for (const line of [
      `- 09:00 x${"-".repeat(200_000)}y`,
      `- 09:00 x${" (1".repeat(70_000)}y`,
      `| Start | Step |\n|---|---|\n| 09:00 | x${"-".repeat(200_000)}y |`,
    ]) {
      expect(parsePlanMarkdown(line).plan.steps).toHaveLength(1);
    }
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
