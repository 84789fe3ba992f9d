import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exportLaunchJson } from "@/lib/launches/export-launch-json";
import { exportLaunchMarkdown } from "@/lib/launches/export-launch-markdown";
import { importLaunchFromJson, importLaunchFromMarkdown } from "@/lib/launches/import-launch";
import { importJsonInput } from "@/lib/launches/import-schemas";
import { generatePlanMarkdown } from "@/test/generate-plan-markdown";
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
