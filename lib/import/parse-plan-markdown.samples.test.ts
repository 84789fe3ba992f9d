import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { flattenPlanItems, type Plan } from "@/lib/plans/plan";
import { COMPLETION_SUMMARY_NOTE, parsePlanMarkdown } from "@/lib/import/parse-plan-markdown";

// The expected numbers below were counted by reading each file, not by running the parser.
const read = (name: string) => readFileSync(`lib/templates/builtin/${name}`, "utf8");
const rawLines = (markdown: string) => markdown.split("\n");
const CHECKBOX_LINE = /\[[ xX]\]/;

const total = (plan: Plan) => plan.sections.reduce((sum, section) => sum + flattenPlanItems(section.items).length, 0);
const shape = (plan: Plan) =>
  plan.sections.map((section) => [section.title, section.items.length, flattenPlanItems(section.items).length]);
const reportOf = (markdown: string, line: number) => parsePlanMarkdown(markdown).lines[line - 1]!;

describe("payments-cutover-weekend.md", () => {
  const markdown = read("payments-cutover-weekend.md");
  const result = parsePlanMarkdown(markdown);

  it("has the runbook's sections with their item counts (top level, all)", () => {
    expect(result.title).toBe("Payments Platform Cutover — Weekend Runbook");
    expect(shape(result.plan)).toEqual([
      ["Readiness (T-24h)", 5, 7],
      ["23:00 – 00:30 · Schema migration and backfill (90 min)", 4, 6],
      ["00:30 – 01:15 · Deploy v3 to blue pool (45 min)", 3, 3],
      ["Rollback", 5, 5],
    ]);
    expect(total(result.plan)).toBe(21);
  });

  it("turns every checkbox line into exactly one item of the right section", () => {
    const expected: Record<number, string> = {};
    for (let line = 21; line <= 27; line++) expected[line] = "Readiness (T-24h)";
    for (let line = 50; line <= 55; line++) expected[line] = "23:00 – 00:30 · Schema migration and backfill (90 min)";
    for (let line = 64; line <= 66; line++) expected[line] = "00:30 – 01:15 · Deploy v3 to blue pool (45 min)";
    for (let line = 94; line <= 98; line++) expected[line] = "Rollback";
    const checkboxLines = rawLines(markdown).flatMap((text, index) => (CHECKBOX_LINE.test(text) ? [index + 1] : []));
    expect(checkboxLines.map(Number)).toEqual(Object.keys(expected).map(Number));
    for (const line of checkboxLines) {
      expect(result.lines[line - 1]).toMatchObject({
        kind: "item",
        note: expect.stringContaining(`item in "${expected[line]}"`),
      });
    }
    expect(result.lines.filter((line) => line.kind === "item")).toHaveLength(21);
  });

  it("nests the vendor contacts and the backfill checks, and keeps ticks", () => {
    const readiness = result.plan.sections[0]!.items;
    expect(readiness.filter((item) => item.status === "done").map((item) => item.title)).toEqual([
      "Change request approved by change advisory board",
      "Rollback rehearsed on staging (took 38 min)",
    ]);
    const vendors = readiness.find((item) => item.title === "Vendor on-call contacts confirmed")!;
    expect(vendors.children?.map((item) => item.title)).toEqual(["Card processor", "Fraud scoring provider"]);
    const backfill = result.plan.sections[1]!.items.find(
      (item) => item.title === "Backfill last 90 days of transactions",
    )!;
    expect(backfill.children?.map((item) => item.title)).toEqual([
      "Row counts match (tolerance 0)",
      "Checksums match on sampled 10,000 rows",
    ]);
    expect(result.lines[52]!.note).toBe(
      'item in "23:00 – 00:30 · Schema migration and backfill (90 min)" (child of "Backfill last 90 days of transactions")',
    );
  });

  it("gives the code block's items the owner it names", () => {
    expect(flattenPlanItems(result.plan.sections[1]!.items).every((item) => item.owner === "DBA")).toBe(true);
    expect(result.lines[48]).toMatchObject({ kind: "meta", note: 'owner "DBA" for the items below' });
    expect(flattenPlanItems(result.plan.sections[0]!.items).some((item) => item.owner)).toBe(false);
  });

  it("reads the document facts into meta", () => {
    expect(result.meta).toEqual({
      system: "Payments API v3 (replaces v2)",
      goLive: "Saturday 02:00",
      timezone: "Europe/Berlin",
      window: "Friday 22:00 – Saturday 04:00",
      lead: "Release Manager",
      sponsor: "VP Engineering",
    });
    expect(result.lines.slice(2, 6).map((line) => line.kind)).toEqual(["meta", "meta", "meta", "meta"]);
  });

  it("reports tables, prose, plain lists and empty sections for what they are", () => {
    expect(result.lines).toHaveLength(107);
    expect(result.lines[7]).toMatchObject({ kind: "section", note: 'section "Roles" (no items)' });
    // The Roles table lists the launch's functions.
    expect(result.lines[11]).toMatchObject({ kind: "meta", note: 'function "Release Manager"' });
    expect(result.plan.functions).toEqual([
      "Release Manager",
      "VP Engineering",
      "SRE on call",
      "DBA",
      "QA Lead",
      "Support Lead",
    ]);
    expect(result.lines[47]).toMatchObject({ kind: "ignored", note: "code fence" });
    expect(result.lines[59]).toMatchObject({ kind: "ignored", note: expect.stringContaining("without a checkbox") });
    // A plain bullet under "Success criteria" becomes a metric rather than being ignored.
    expect(result.lines[78]).toMatchObject({ kind: "meta", note: 'success criterion "Error rate < 0.1 %"' });
    // "Every 20 minutes from 02:00 to 04:00" under "## Checkpoints" is the checkpoint schedule.
    expect(result.lines[86]).toMatchObject({ kind: "meta", note: "checkpoint schedule: every 20 min" });
    expect(result.plan.checkpoints).toEqual({ everyMinutes: 20, fromOffsetMinutes: 0, untilOffsetMinutes: 120 });
    expect(result.plan.window).toEqual({ startOffsetMinutes: -240, endOffsetMinutes: 120 });
    // The communications table: four messages relative to the go-live (Sat 02:00), none of them a step.
    expect(result.plan.messages?.map((m) => [m.offsetMinutes, m.audience, m.channel])).toEqual([
      [-480, "Merchants", "Email"],
      [-240, "Internal", "Chat #payments-cutover"],
      [0, "Internal", "Chat #payments-cutover"],
      [120, "Everyone", "Status page"],
    ]);
    expect(result.lines[1]).toEqual({ line: 2, text: "", kind: "blank" });
    // Lines 60–62 (the numbered deploy steps) only: the five success-criteria bullets became metrics.
    expect(result.warnings).toEqual([expect.stringContaining("3 list lines without a checkbox")]);
  });
});

describe("payments-cutover-weekend.md: the schedule", () => {
  const markdown = read("payments-cutover-weekend.md");
  const result = parsePlanMarkdown(markdown);
  const steps = result.plan.steps ?? [];

  it("makes the schedule table's ten rows the steps, in table order, with owners and the Schedule phase", () => {
    expect(steps.map((step) => [step.title, step.owner])).toEqual([
      ["Bridge call opens, roll call", "Release Manager"],
      ["Go / no-go #1: start the change", "VP Engineering"],
      ["Freeze merchant onboarding, drain job queues", "SRE on call"],
      ["Schema migration and backfill", "DBA"],
      ["Deploy v3 to blue pool", "SRE on call"],
      ["Smoke tests on blue pool", "QA Lead"],
      ["Go / no-go #2: switch traffic", "VP Engineering"],
      ["Switch 10% of traffic to blue", "SRE on call"],
      ["Ramp to 100% in four steps", "SRE on call"],
      ["Hypercare and checkpoint reports", "Release Manager"],
    ]);
    expect(new Set(steps.map((step) => step.phase))).toEqual(new Set(["Schedule"]));
  });

  it("times the steps from the 02:00 go-live across midnight, with their durations", () => {
    expect(steps.map((step) => step.startOffsetMinutes)).toEqual([-240, -220, -210, -180, -90, -45, -15, 0, 10, 60]);
    expect(steps.map((step) => step.durationMinutes)).toEqual([20, 10, 30, 90, 45, 30, 15, 10, 50, 60]);
    expect(steps.flatMap((step, index) => (step.goLive ? [index] : []))).toEqual([7]);
    expect(steps.filter((step) => step.milestone).map((step) => step.title)).toEqual([
      "Go / no-go #1: start the change",
      "Go / no-go #2: switch traffic",
    ]);
  });

  it("chains each step after the one before", () => {
    expect(steps.map((step) => step.after)).toEqual([undefined, ...Array.from({ length: 9 }, (_, index) => [index])]);
  });

  it("takes the timed headings for the table's rows instead of adding steps", () => {
    expect(result.lines[45]).toMatchObject({
      kind: "section",
      note: expect.stringContaining('same step as line 36 ("Schema migration and backfill")'),
    });
    expect(result.lines[57]).toMatchObject({
      kind: "section",
      note: expect.stringContaining('same step as line 37 ("Deploy v3 to blue pool")'),
    });
    expect(result.lines[67]).toMatchObject({
      kind: "section",
      note: expect.stringContaining("spans the steps of lines 40–41"),
    });
  });

  it("links the migration's six items and the deploy's three to their steps, and nothing else", () => {
    const linked = result.plan.sections.map((section) => [
      section.title,
      flattenPlanItems(section.items).map((item) => item.step),
    ]);
    expect(linked).toEqual([
      ["Readiness (T-24h)", Array(7).fill(undefined)],
      ["23:00 – 00:30 · Schema migration and backfill (90 min)", Array(6).fill(3)],
      ["00:30 – 01:15 · Deploy v3 to blue pool (45 min)", Array(3).fill(4)],
      ["Rollback", Array(5).fill(undefined)],
    ]);
  });

  it("reports the schedule rows as steps", () => {
    expect(result.lines.filter((line) => line.kind === "step").map((line) => line.line)).toEqual([
      33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
    ]);
    expect(result.lines[36]!.note).toBe(
      'step 00:30–01:15 "Deploy v3 to blue pool" (45 min, T-90 min), owner SRE on call',
    );
    expect(result.lines[39]!.note).toBe(
      'step 02:00–02:10 "Switch 10% of traffic to blue" (10 min, T+0, go-live), owner SRE on call',
    );
    expect(result.lines[30]).toMatchObject({ kind: "meta", note: "schedule table header" });
  });
});

describe("production-deployment-checklist.md", () => {
  const markdown = read("production-deployment-checklist.md");
  const result = parsePlanMarkdown(markdown);
  const summaryBlock = [202, 203, 204, 205, 206];

  it("has one section per ### heading with its item count", () => {
    expect(result.title).toBe("Production Deployment Checklist - Phase 4");
    expect(result.plan.sections.map((section) => [section.title, section.items.length])).toEqual([
      ["Infrastructure Setup", 10],
      ["Security Configuration", 8],
      ["Application Configuration", 8],
      ["Containerization", 6],
      ["CI/CD Pipeline", 8],
      ["Database Migration", 6],
      ["Monitoring & Alerting", 8],
      ["Testing & Validation", 8],
      ["Documentation & Training", 8],
      ["Final Validation", 8],
      ["Communication", 8],
      ["Launch", 8],
      ["First 24 Hours", 8],
      ["First Week", 8],
      ["First Month", 8],
      ["Rollback Plan", 7],
      ["Incident Response", 7],
    ]);
    expect(total(result.plan)).toBe(132);
    expect(result.plan.sections[3]!.items[0]!.title).toBe("Docker images built and optimized");
  });

  it("turns every checkbox line except the completion summary into one item of the nearest heading", () => {
    const lines = rawLines(markdown);
    const checkboxLines = lines.flatMap((text, index) => (CHECKBOX_LINE.test(text) ? [index + 1] : []));
    expect(checkboxLines).toHaveLength(137);
    const work = checkboxLines.filter((line) => !summaryBlock.includes(line));
    expect(work).toHaveLength(132);
    let heading = "";
    lines.forEach((text, index) => {
      heading = /^#+\s+(.*)$/.exec(text)?.[1] ?? heading;
      if (work.includes(index + 1)) {
        expect(result.lines[index]).toEqual({ line: index + 1, text, kind: "item", note: `item in "${heading}"` });
      }
    });
    expect(result.lines.filter((line) => line.kind === "item")).toHaveLength(132);
  });

  it("has no schedule, so no steps", () => {
    expect(result.plan.steps).toBeUndefined();
  });

  it("reports the completion summary as ignored, not as items", () => {
    for (const line of [...summaryBlock, 208, 209]) {
      expect(result.lines[line - 1]).toMatchObject({
        kind: "ignored",
        note: expect.stringContaining(COMPLETION_SUMMARY_NOTE),
      });
    }
    const titles = flattenPlanItems(result.plan.sections.flatMap((section) => section.items)).map((item) => item.title);
    expect(titles.filter((title) => /items completed|Overall Progress/.test(title))).toEqual([]);
  });

  it("repairs the garbled emoji and drops them from section titles", () => {
    expect(result.lines[2]).toMatchObject({
      kind: "section",
      note: 'section "Pre-Deployment Checklist" (no items); garbled characters repaired',
    });
    expect(result.lines[199]!.note).toBe('section "Completion Status" (no items); garbled characters repaired');
    expect(result.warnings).toEqual([expect.stringContaining("lines 3, 40, 71, 106, 141, 176, 200, 209")]);
  });
});

describe("launch-activities-tasks.md (no checkboxes: task headings with bullets)", () => {
  const markdown = read("launch-activities-tasks.md");
  const result = parsePlanMarkdown(markdown);

  it("makes each task heading a section and its bullets the items", () => {
    expect(result.title).toBe("Technical Tasks for US 6.2: Launch Activities");
    expect(result.plan.sections.map((section) => [section.title, section.items.length])).toEqual([
      ["Task 6.2.1: Create Pre-Launch Checklist", 4],
      ["Task 6.2.2: Verify Production Environment", 5],
      ["Task 6.2.3: Prepare Initial Data", 4],
      ["Task 6.2.4: Create Rollout Plan", 5],
      ["Task 6.2.5: Set Up Production Monitoring", 5],
      ["Task 6.2.6: Execute Database Backup Procedures", 4],
      ["Task 6.2.7: Conduct Final Pre-Launch Review", 4],
      ["Task 6.2.8: Execute Staged Rollout", 4],
      ["Task 6.2.9: Implement Post-Launch Support", 4],
      ["Task 6.2.10: Monitor Initial Usage", 4],
      ["Task 6.2.11: Address Immediate Post-Launch Issues", 4],
      ["Task 6.2.12: Finalize System Documentation", 4],
      ["Task 6.2.13: Create Post-Launch Report", 4],
      ["Definition of Done", 8],
    ]);
    expect(total(result.plan)).toBe(63);
    expect(result.plan.sections[0]!.items[0]).toEqual({
      title: "Compile comprehensive checklist of all launch requirements",
      status: "todo",
    });
    expect(result.warnings).toContain(
      "This document has no checkboxes, so the list lines under its headings became the items.",
    );
  });

  it("has no schedule, so no steps", () => {
    expect(result.plan.steps).toBeUndefined();
  });

  it("reports the estimated-time lines instead of making them items", () => {
    const estimates = rawLines(markdown).flatMap((text, index) =>
      text.startsWith("- **Estimated time**") ? [index + 1] : [],
    );
    expect(estimates).toHaveLength(13);
    for (const line of estimates) {
      expect(result.lines[line - 1]).toMatchObject({
        kind: "ignored",
        note: expect.stringMatching(/^field "Estimated time: \d hours", not an item$/),
      });
    }
    expect(reportOf(markdown, 3)).toMatchObject({
      kind: "section",
      note: 'section "Pre-Launch Preparation Tasks" (no items)',
    });
  });
});

describe("launch-execution-plan.md (no checkboxes: numbered phases with bold labels)", () => {
  const markdown = read("launch-execution-plan.md");
  const result = parsePlanMarkdown(markdown);

  it("makes each bold-labelled phase and standard a section of its bullets", () => {
    expect(result.title).toBe("Launch Execution Plan");
    expect(result.plan.sections.map((section) => [section.title, section.items.length])).toEqual([
      ["Pre-Deployment Checks", 2],
      ["Deployment Preparation", 2],
      ["Deployment Execution", 2],
      ["Post-Deployment Verification", 2],
      ["Deployment Criteria", 2],
      ["Rollback Procedures", 2],
    ]);
    expect(total(result.plan)).toBe(12);
    expect(result.plan.sections[2]!.items[1]!.title).toBe(
      "Monitor deployment progress and address any issues promptly.",
    );
  });

  it("has no schedule, so no steps", () => {
    expect(result.plan.steps).toBeUndefined();
  });

  it("accounts for the prose, the labels and the rule", () => {
    expect(result.lines).toHaveLength(37);
    expect(result.lines[3]).toMatchObject({ kind: "ignored", note: "prose" });
    expect(result.lines[8]).toMatchObject({ kind: "section", note: 'section "Deployment Phases" (no items)' });
    expect(result.lines[9]).toMatchObject({
      kind: "section",
      note: 'section "Pre-Deployment Checks" (bold label under "Deployment Phases")',
    });
    expect(result.lines[29]).toMatchObject({
      kind: "section",
      note: 'section "Rollback Procedures" (bold label under "Success Standards")',
    });
    expect(result.lines[12]).toMatchObject({ kind: "blank" });
    expect(result.lines[35]).toMatchObject({ kind: "ignored", note: "horizontal rule" });
    expect(result.lines.filter((line) => line.kind === "item").map((line) => line.line)).toEqual([
      11, 12, 15, 16, 19, 20, 23, 24, 28, 29, 31, 32,
    ]);
  });
});

describe("the samples state no severity levels, rollout stages or extra checkpoints, so none are invented", () => {
  for (const file of [
    "launch-activities-tasks.md",
    "launch-execution-plan.md",
    "payments-cutover-weekend.md",
    "production-deployment-checklist.md",
  ]) {
    it(file, () => {
      const { plan } = parsePlanMarkdown(read(file));
      expect(plan.severityLevels).toBeUndefined();
      expect(plan.extraCheckpoints).toBeUndefined();
      expect((plan.steps ?? []).filter((step) => step.phase === "Rollout")).toEqual([]);
    });
  }
});
