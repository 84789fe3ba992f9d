import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createItem } from "@/lib/checklists/create-item";
import { moveItem } from "@/lib/checklists/move-item";
import { deleteItem } from "@/lib/checklists/delete-item";
import { restoreItem } from "@/lib/checklists/restore-item";
import { updateItem } from "@/lib/checklists/update-item";
import { createSection } from "@/lib/checklists/create-section";
import { moveSection } from "@/lib/checklists/move-section";
import { deleteSection } from "@/lib/checklists/delete-section";
import { restoreSection } from "@/lib/checklists/restore-section";
import { renameSection } from "@/lib/checklists/rename-section";
import { listDeleted } from "@/lib/checklists/list-deleted-items";
import { getLaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { createLaunchWithTeam } from "@/test/factories";

const titlesOf = async (launchId: string, actor: Parameters<typeof getLaunchSnapshot>[0]["actor"]) =>
  (await getLaunchSnapshot({ actor, launchId })).sections.map((section) => [
    section.title,
    section.items.map((item) => item.title),
  ]);

describe("editing the plan", () => {
  it("adds items at a position and nests sub-items; a parent follows its children", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    const sectionId = items[0]!.sectionId;
    const first = await createItem({
      actor: team.lead,
      launchId,
      sectionId,
      title: "Freeze deploys",
      position: 0,
      required: true,
    });
    expect(first).toMatchObject({ required: true, status: "todo" });
    expect(await titlesOf(launchId, team.lead)).toEqual([
      ["Readiness", ["Freeze deploys", "Backups verified", "Change approved"]],
      ["Go-live", ["Traffic switched"]],
    ]);

    const child = await createItem({
      actor: team.lead,
      launchId,
      sectionId,
      parentId: first.id,
      title: "Announce freeze",
    });
    await updateItem({ actor: team.lead, launchId, itemId: child.id, status: "done" });
    const parent = await getDb().checklistItem.findUniqueOrThrow({ where: { id: first.id } });
    expect(parent.status).toBe("done");

    await createItem({ actor: team.lead, launchId, sectionId, parentId: first.id, title: "Pause pipelines" });
    expect((await getDb().checklistItem.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("in_progress");
    await expect(updateItem({ actor: team.lead, launchId, itemId: first.id, status: "done" })).rejects.toMatchObject({
      code: "invalid",
    });
  });

  it("refuses plan edits from anyone but the lead", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    for (const actor of [team.member, team.sponsor, team.viewer]) {
      await expect(
        createItem({ actor, launchId, sectionId: items[0]!.sectionId, title: "Sneaky" }),
      ).rejects.toMatchObject({ code: "forbidden" });
      await expect(deleteItem({ actor, launchId, itemId: items[0]!.id })).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await getDb().checklistItem.count({ where: { launchId } })).toBe(3);
  });

  it("reorders within a section and moves items (with sub-items) between sections", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    const [backups, approved, traffic] = items;
    await moveItem({
      actor: team.lead,
      launchId,
      itemId: approved!.id,
      sectionId: approved!.sectionId,
      parentId: null,
      position: 0,
    });
    expect(await titlesOf(launchId, team.lead)).toEqual([
      ["Readiness", ["Change approved", "Backups verified"]],
      ["Go-live", ["Traffic switched"]],
    ]);
    const sub = await createItem({
      actor: team.lead,
      launchId,
      sectionId: backups!.sectionId,
      parentId: backups!.id,
      title: "Restore tested",
    });
    await moveItem({
      actor: team.lead,
      launchId,
      itemId: backups!.id,
      sectionId: traffic!.sectionId,
      parentId: null,
      position: 1,
    });
    expect(await titlesOf(launchId, team.lead)).toEqual([
      ["Readiness", ["Change approved"]],
      ["Go-live", ["Traffic switched", "Backups verified", "Restore tested"]],
    ]);
    expect((await getDb().checklistItem.findUniqueOrThrow({ where: { id: sub.id } })).sectionId).toBe(
      traffic!.sectionId,
    );
    await expect(
      moveItem({
        actor: team.lead,
        launchId,
        itemId: backups!.id,
        sectionId: traffic!.sectionId,
        parentId: sub.id,
        position: 0,
      }),
    ).rejects.toMatchObject({ code: "invalid" });
  });

  it("deletes and restores items with their sub-items, recorded in the audit log", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    const sub = await createItem({
      actor: team.lead,
      launchId,
      sectionId: items[0]!.sectionId,
      parentId: items[0]!.id,
      title: "Restore tested",
    });
    const { deleted } = await deleteItem({ actor: team.lead, launchId, itemId: items[0]!.id });
    expect(deleted.sort()).toEqual([items[0]!.id, sub.id].sort());
    expect((await titlesOf(launchId, team.lead))[0]).toEqual(["Readiness", ["Change approved"]]);
    expect((await listDeleted({ actor: team.lead, launchId })).items.map((item) => item.title)).toEqual([
      "Backups verified",
    ]);
    await expect(
      updateItem({ actor: team.lead, launchId, itemId: items[0]!.id, status: "done" }),
    ).rejects.toMatchObject({ code: "not_found" });

    const restored = await restoreItem({ actor: team.lead, launchId, itemId: items[0]!.id });
    expect(restored.title).toBe("Backups verified");
    expect((await titlesOf(launchId, team.lead))[0]).toEqual([
      "Readiness",
      ["Change approved", "Backups verified", "Restore tested"],
    ]);
    const types = (await getDb().auditEvent.findMany({ where: { launchId }, orderBy: { seq: "asc" } })).map(
      (e) => e.type,
    );
    expect(types).toEqual(["launch.created", "item.created", "item.deleted", "item.restored"]);
  });

  it("adds, renames, reorders, deletes and restores sections", async () => {
    const { launchId, team } = await createLaunchWithTeam();
    const rollback = await createSection({ actor: team.lead, launchId, title: "Rollback" });
    await renameSection({
      actor: team.lead,
      launchId,
      sectionId: rollback.id,
      title: "Rollback plan",
      version: rollback.version,
    });
    await moveSection({ actor: team.lead, launchId, sectionId: rollback.id, position: 0 });
    expect((await titlesOf(launchId, team.lead)).map(([title]) => title)).toEqual([
      "Rollback plan",
      "Readiness",
      "Go-live",
    ]);
    const readiness = (await getLaunchSnapshot({ actor: team.lead, launchId })).sections[1]!;
    await deleteSection({ actor: team.lead, launchId, sectionId: readiness.id });
    expect((await titlesOf(launchId, team.lead)).map(([title]) => title)).toEqual(["Rollback plan", "Go-live"]);
    await restoreSection({ actor: team.lead, launchId, sectionId: readiness.id });
    expect(await titlesOf(launchId, team.lead)).toEqual([
      ["Rollback plan", []],
      ["Go-live", ["Traffic switched"]],
      ["Readiness", ["Backups verified", "Change approved"]],
    ]);
  });
});
