import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { importLaunchFromCsv, importLaunchFromMarkdown } from "@/lib/launches/import-launch";
import { exportLaunchCsv } from "@/lib/launches/export-launch-csv";
import { getLaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { saveTemplate } from "@/lib/templates/save-template";
import { listTemplates } from "@/lib/templates/list-templates";
import { launchFromTemplate } from "@/lib/templates/launch-from-template";
import { updateItem } from "@/lib/checklists/update-item";
import { updateLaunch } from "@/lib/launches/update-launch";
import { createUser } from "@/test/factories";

const samples = readdirSync("lib/templates/builtin").filter((file) => file.endsWith(".md"));
const launchCount = () => getDb().launch.count();

describe("importing plans", () => {
  it.each(samples)("creates a launch from %s with every item of its plan", async (file) => {
    const actor = await createUser("Importer");
    const markdown = readFileSync(`lib/templates/builtin/${file}`, "utf8");
    const { id } = await importLaunchFromMarkdown({ actor, markdown });
    const snapshot = await getLaunchSnapshot({ actor, launchId: id });
    expect(snapshot.myRole).toBe("lead");
    expect(snapshot.sections.length).toBeGreaterThan(0);
    const boxes = markdown.split("\n").filter((line) => /\[[ xX]\]/.test(line) && !/items completed/.test(line)).length;
    const items = snapshot.sections.reduce((sum, section) => sum + section.items.length, 0);
    if (boxes > 0) expect(items).toBe(boxes);
    else expect(items).toBeGreaterThan(5);
  });

  it("takes the payments runbook's system and time zone, and keeps checked boxes done", async () => {
    const actor = await createUser("Importer");
    const { id } = await importLaunchFromMarkdown({
      actor,
      markdown: readFileSync("lib/templates/builtin/payments-cutover-weekend.md", "utf8"),
      name: "Payments",
    });
    const snapshot = await getLaunchSnapshot({ actor, launchId: id });
    expect(snapshot).toMatchObject({
      name: "Payments",
      system: "Payments API v3 (replaces v2)",
      timezone: "Europe/Berlin",
    });
    const readiness = snapshot.sections.find((section) => section.title.startsWith("Readiness"))!;
    expect(readiness.items.filter((item) => item.status === "done").map((item) => item.title)).toEqual([
      "Change request approved by change advisory board",
      "Rollback rehearsed on staging (took 38 min)",
    ]);
    const vendors = readiness.items.find((item) => item.title === "Vendor on-call contacts confirmed")!;
    expect(readiness.items.filter((item) => item.parentId === vendors.id).map((item) => item.title)).toEqual([
      "Card processor",
      "Fraud scoring provider",
    ]);
  });

  it("refuses empty, binary, oversized and prose-only documents and creates nothing", async () => {
    const actor = await createUser("Importer");
    const before = await launchCount();
    const bad = [
      "",
      "   \n",
      "\u0000\u0001binary\u0000",
      `# Big\n- [ ] x\n${"a".repeat(1_050_000)}`,
      "# Notes\n\nJust some prose about the launch.\n",
    ];
    for (const markdown of bad) {
      await expect(importLaunchFromMarkdown({ actor, markdown, name: "Bad" })).rejects.toMatchObject({
        code: "invalid",
        message: expect.any(String),
      });
    }
    expect(await launchCount()).toBe(before);
  });

  it("round-trips a plan through CSV, refusing bad rows without creating anything", async () => {
    const actor = await createUser("Importer");
    const { id } = await importLaunchFromMarkdown({
      actor,
      markdown: readFileSync("lib/templates/builtin/payments-cutover-weekend.md", "utf8"),
    });
    const launch = await getLaunchSnapshot({ actor, launchId: id });
    await updateItem({
      actor,
      launchId: id,
      itemId: launch.sections[0]!.items[2]!.id,
      status: "blocked",
      statusReason: "QA lead out sick",
      required: true,
    });
    const { csv } = await exportLaunchCsv({ actor, launchId: id });
    const copy = await importLaunchFromCsv({ actor, csv, name: "From CSV" });
    const strip = (s: typeof launch) =>
      s.sections.map((section) => [
        section.title,
        section.items.map((item) => [
          item.title,
          item.status,
          item.statusReason,
          item.required,
          item.parentId ? "child" : "top",
        ]),
      ]);
    expect(strip(await getLaunchSnapshot({ actor, launchId: copy.id }))).toEqual(
      strip(await getLaunchSnapshot({ actor, launchId: id })),
    );

    const before = await launchCount();
    await expect(
      importLaunchFromCsv({ actor, csv: `${csv}\nReadiness,,,,maybe,exploded`, name: "Broken" }),
    ).rejects.toMatchObject({ code: "invalid" });
    expect(await launchCount()).toBe(before);
  });

  it("saves a launch as a template and creates a launch from it with dates shifted", async () => {
    const actor = await createUser("Planner");
    const { id } = await importLaunchFromMarkdown({
      actor,
      markdown: "# Small\n## Prep\n- [x] Backup\n- [ ] Freeze",
      goLiveAt: "2026-12-01T10:00:00Z",
    });
    const snapshot = await getLaunchSnapshot({ actor, launchId: id });
    await updateItem({
      actor,
      launchId: id,
      itemId: snapshot.sections[0]!.items[1]!.id,
      dueAt: "2026-12-01T09:30:00Z",
    });
    await updateLaunch({ actor, launchId: id, name: "Small v1" });
    const template = await saveTemplate({ actor, launchId: id, name: "Small go-live" });
    const listed = await listTemplates();
    expect(listed.filter((t) => t.builtin)).toHaveLength(samples.length);
    expect(listed.find((t) => t.id === template.id)).toMatchObject({ name: "Small go-live", sections: 1, items: 2 });

    const next = await launchFromTemplate({
      actor,
      templateId: template.id,
      name: "Small v2",
      goLiveAt: "2026-12-08T10:00:00Z",
      timezone: "UTC",
      isRehearsal: false,
    });
    const items = (await getLaunchSnapshot({ actor, launchId: next.id })).sections[0]!.items;
    expect(items.map((item) => [item.title, item.status, item.dueAt])).toEqual([
      ["Backup", "todo", null],
      ["Freeze", "todo", "2026-12-08T09:30:00.000Z"],
    ]);
    const fromBuiltin = await launchFromTemplate({
      actor,
      templateId: listed[0]!.id,
      name: "From sample",
      goLiveAt: null,
      timezone: "UTC",
      isRehearsal: true,
    });
    expect((await getLaunchSnapshot({ actor, launchId: fromBuiltin.id })).isRehearsal).toBe(true);
  });
});
