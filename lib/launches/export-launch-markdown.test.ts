import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exportLaunchJson } from "@/lib/launches/export-launch-json";
import { exportLaunchMarkdown } from "@/lib/launches/export-launch-markdown";
import { importLaunchFromJson, importLaunchFromMarkdown } from "@/lib/launches/import-launch";
import { importJsonInput } from "@/lib/launches/import-schemas";
import { generatePlanMarkdown } from "@/test/generate-plan-markdown";
import { createLaunch } from "@/lib/launches/create-launch";
import type { Plan } from "@/lib/plans/plan";
import { createUser } from "@/test/factories";

// The samples people start from (lib/templates/builtin holds the same files as the shared samples) and
// the importer's own fixtures.
const samples = [
  ...readdirSync("lib/templates/builtin")
    .filter((file) => file.endsWith(".md"))
    .map((file) => `lib/templates/builtin/${file}`),
  ...readdirSync("lib/import/fixtures")
    .filter((file) => file.endsWith(".md"))
    .map((file) => `lib/import/fixtures/${file}`),
];
const GO_LIVE = "2026-12-05T12:00:00.000Z";
const generated = [
  { sections: 1, items: 1, phases: 1, steps: 1, seed: 1 },
  { sections: 3, items: 4, phases: 2, steps: 3, seed: 2 },
  { sections: 6, items: 8, phases: 3, steps: 5, seed: 3 },
];

async function roundTrip(markdown: string, goLiveAt?: string) {
  const actor = await createUser("Exporter");
  const first = await importLaunchFromMarkdown({ actor, markdown, ...(goLiveAt && { goLiveAt }) });
  const exported = await exportLaunchMarkdown({ actor, launchId: first.id });
  const second = await importLaunchFromMarkdown({ actor, markdown: exported.markdown });
  const again = await exportLaunchMarkdown({ actor, launchId: second.id });
  const json = async (launchId: string) => (await exportLaunchJson({ actor, launchId })).document;
  return { exported, again, firstJson: await json(first.id), secondJson: await json(second.id) };
}

describe("Markdown export round trip", () => {
  it.each(samples)("import → export → import → export of %s gives identical text", async (path) => {
    const { exported, again } = await roundTrip(readFileSync(path, "utf8"));
    expect(again.markdown).toBe(exported.markdown);
    expect(exported.markdown).not.toMatch(/\bc[a-z0-9]{24}\b|exported at/i);
  });

  it.each(samples)("the re-imported launch equals the first one (%s)", async (path) => {
    const { firstJson, secondJson } = await roundTrip(readFileSync(path, "utf8"));
    expect(secondJson).toEqual(firstJson);
  });

  it("keeps a dated launch's window, checkpoints and messages (payments runbook, go-live Saturday 02:00 Berlin)", async () => {
    const markdown = readFileSync("lib/templates/builtin/payments-cutover-weekend.md", "utf8");
    const { exported, again, firstJson, secondJson } = await roundTrip(markdown, "2026-12-05T01:00:00.000Z");
    expect(exported.markdown).toContain("**Go-live**: 2026-12-05 02:00");
    // The times say every predecessor and flag of an imported schedule: no After / Kind columns.
    expect(exported.markdown).toContain("| Start | End | Step | Owner |");
    expect(again.markdown).toBe(exported.markdown);
    expect(secondJson).toEqual(firstJson);
    expect(firstJson.plan.window).toEqual({ startOffsetMinutes: -240, endOffsetMinutes: 120 });
    expect(firstJson.plan.gates).toHaveLength(2);
    expect(firstJson.plan.messages?.length).toBeGreaterThan(0);
  });

  it.each(generated)("a generated plan survives the round trip (%o)", async (shape) => {
    const { exported, again, firstJson, secondJson } = await roundTrip(generatePlanMarkdown(shape));
    expect(again.markdown).toBe(exported.markdown);
    expect(secondJson).toEqual(firstJson);
    expect(firstJson.plan.sections).toHaveLength(shape.sections);
    expect(firstJson.plan.steps).toHaveLength(shape.phases * shape.steps);
    expect(firstJson.plan.metrics?.length).toBeGreaterThan(0);
    expect(firstJson.plan.triggers?.length).toBeGreaterThan(0);
    expect(firstJson.plan.messages?.length).toBeGreaterThan(0);
    expect(firstJson.plan.window).toBeDefined();
    expect(firstJson.plan.checkpoints).toBeDefined();
    expect(firstJson.description).toMatch(/^Moves service/);
    expect(firstJson.plan.gates?.[0]).toMatchObject({ step: 0, signoffs: [{ by: "function", value: "QA" }] });
  });

  it("exports an unchanged launch byte for byte the same", async () => {
    const actor = await createUser("Exporter");
    const markdown = readFileSync("lib/templates/builtin/payments-cutover-weekend.md", "utf8");
    const { id } = await importLaunchFromMarkdown({ actor, markdown, goLiveAt: GO_LIVE });
    const [one, two] = [
      await exportLaunchMarkdown({ actor, launchId: id }),
      await exportLaunchMarkdown({ actor, launchId: id }),
    ];
    expect(two.markdown).toBe(one.markdown);
    expect(one.filename).toMatch(/\.md$/);
  });
});

describe("JSON export round trip", () => {
  it.each(samples)("export → import → export of %s gives identical JSON", async (path) => {
    const actor = await createUser("Exporter");
    const markdown = readFileSync(path, "utf8");
    const { id } = await importLaunchFromMarkdown({ actor, markdown, goLiveAt: GO_LIVE });
    const first = await exportLaunchJson({ actor, launchId: id });
    const again = await importLaunchFromJson({
      actor,
      ...importJsonInput.parse(JSON.parse(JSON.stringify(first.document))),
    });
    const second = await exportLaunchJson({ actor, launchId: again.id });
    expect(JSON.stringify(second.document, null, 2)).toBe(JSON.stringify(first.document, null, 2));
  });
});

describe("Markdown export of a launch built by hand", () => {
  it("keeps what its plan says through export and import", async () => {
    const actor = await createUser("Exporter");
    const { id } = await createLaunch({
      actor,
      name: "Hand-built launch",
      description: "Built in the app, not imported.",
      timezone: "America/New_York",
      goLiveAt: "2026-12-05T14:00:00.000Z",
      plan: handBuiltPlan,
    });
    const first = await exportLaunchMarkdown({ actor, launchId: id });
    const second = await importLaunchFromMarkdown({ actor, markdown: first.markdown });
    const again = await exportLaunchMarkdown({ actor, launchId: second.id });
    expect(again.markdown).toBe(first.markdown);
    const [before, after] = [
      (await exportLaunchJson({ actor, launchId: id })).document,
      (await exportLaunchJson({ actor, launchId: second.id })).document,
    ];
    expect(after).toEqual(before);
    expect(first.markdown).toContain("**Go-live**: 2026-12-05 09:00");
    // Command lines stay as stored (the importer keeps a block's lines as written); the fences follow the item.
    expect(first.markdown).toContain("  ```sql\nselect count(*) from ledger;\n  ```");
    expect(first.markdown).toContain("| 2 | 08:15 | 08:30 | Go / no-go | VP Engineering | — | step |");
    expect(first.markdown).toContain("Additional checkpoints at: 09:45, 11:30");
    expect(first.markdown).toContain("- Critical customer complaint (judged by the team)");
    expect(first.markdown).toContain("| SEV1 – Critical | Payments down \\| all regions | Immediate |");
    expect(first.markdown).toContain("### Canary (Day 2)\n- 5% of users\n- Watch for 24 h");
    expect(first.markdown).not.toMatch(/\| Canary \|/);
    expect(after.plan.severityLevels).toHaveLength(3);
    expect(after.plan.extraCheckpoints).toEqual([45, 150]);
  });

  it("keeps a rollout step the stage phrasing cannot say in the schedule table", async () => {
    const actor = await createUser("Exporter");
    const steps = [
      { title: "Switch traffic", startOffsetMinutes: 0, durationMinutes: 10 },
      // Notes the importer would never write for a stage: as a stage it would not read back the same.
      { title: "Canary", phase: "Rollout", startOffsetMinutes: 30, durationMinutes: 60, notes: "Ask SRE first" },
    ];
    const { id } = await createLaunch({
      actor,
      name: "Rollout in the schedule",
      timezone: "UTC",
      goLiveAt: GO_LIVE,
      plan: { sections: [{ title: "Checks", items: [{ title: "Smoke test" }] }], steps },
    });
    const { markdown } = await exportLaunchMarkdown({ actor, launchId: id });
    expect(markdown).toMatch(/## Rollout\n\n.*\n.*\n.*\| 12:30 \| 13:30 \| Canary \|/);
    expect(markdown).not.toContain("## Staged rollout");
  });
});

const handBuiltPlan: Plan = {
  steps: [
    { title: "Open the bridge", startOffsetMinutes: -60, durationMinutes: 15, owner: "Release Manager" },
    { title: "Go / no-go", startOffsetMinutes: -45, durationMinutes: 15, owner: "VP Engineering" },
    { title: "Deploy", phase: "Cutover", startOffsetMinutes: -30, durationMinutes: 30, owner: "SRE" },
    { title: "Switch traffic", phase: "Cutover", startOffsetMinutes: 0, durationMinutes: 10, owner: "SRE" },
    { title: "Watch dashboards", phase: "Hypercare", startOffsetMinutes: 10, durationMinutes: 110 },
    // A stage in the words the importer keeps: its audience, its day and its lines.
    {
      title: "Canary",
      phase: "Rollout",
      startOffsetMinutes: 1440,
      durationMinutes: 1440,
      notes: "Audience: 5% of users\n(Day 2)\n- 5% of users\n- Watch for 24 h",
    },
  ],
  sections: [
    {
      title: "Before the bridge",
      items: [
        { title: "Backups verified", status: "done", required: true, owner: "DBA", evidence: "Snapshot s-42" },
        {
          title: "Ledger counted",
          details: "Count before and after.\n```sql\nselect count(*) from ledger;\n```",
          howToVerify: "Counts match",
          children: [{ title: "Staging counted", status: "done" }],
        },
      ],
    },
    { title: "Decision", items: [{ title: "Sponsor sign-off", step: 1 }] },
  ],
  metrics: [
    { key: "error_rate", name: "Error rate", unit: "%", comparator: "lt", threshold: 0.5 },
    { key: "p95_latency", name: "P95 latency", unit: "ms", comparator: "lte", threshold: 350 },
    { key: "orders", name: "Orders", unit: "orders/min", comparator: "gte", threshold: 40 },
  ],
  triggers: [
    { kind: "metric", metric: "error_rate", comparator: "gt", threshold: 2, description: "Error rate above 2%" },
    { kind: "critical_incident", description: "Any critical incident" },
    // Its words alone read as a critical incident: the export must say the team judges it.
    { kind: "manual", description: "Critical customer complaint" },
  ],
  window: { startOffsetMinutes: -90, endOffsetMinutes: 120 },
  checkpoints: { everyMinutes: 30, fromOffsetMinutes: 30, untilOffsetMinutes: 120 },
  extraCheckpoints: [45, 150],
  severityLevels: [
    {
      key: "SEV1",
      label: "Critical",
      meaning: "Payments down | all regions",
      responseMinutes: 0,
      severity: "critical",
    },
    { key: "SEV2", label: "", meaning: "Checkout degraded", responseMinutes: 90, severity: "high" },
    { key: "SEV3", label: "Minor", meaning: "", responseMinutes: null, severity: "low" },
  ],
  messages: [{ offsetMinutes: -120, audience: "Customers", channel: "Email", text: "Maintenance tonight." }],
  gates: [{ title: "Go / no-go", step: 1, signoffs: [{ by: "role", value: "sponsor" }] }],
};
