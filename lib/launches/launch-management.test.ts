import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { updateLaunch } from "@/lib/launches/update-launch";
import { changeLaunchStatus } from "@/lib/launches/change-launch-status";
import { cloneLaunch } from "@/lib/launches/clone-launch";
import { getLaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { listLaunches } from "@/lib/launches/list-launches";
import { updateItem } from "@/lib/checklists/update-item";
import { addMember } from "@/lib/team/add-member";
import { updateMember } from "@/lib/team/update-member";
import { removeMember } from "@/lib/team/remove-member";
import { createLaunchWithTeam, createUser } from "@/test/factories";

describe("launch management", () => {
  it("edits fields, keeps the window in order, archives and unarchives", async () => {
    const { launchId, team } = await createLaunchWithTeam();
    const updated = await updateLaunch({
      actor: team.lead,
      launchId,
      name: "Payments v3",
      timezone: "Europe/Berlin",
      goLiveAt: "2026-11-28T02:00:00+01:00",
    });
    expect(updated).toMatchObject({
      name: "Payments v3",
      timezone: "Europe/Berlin",
      goLiveAt: "2026-11-28T01:00:00.000Z",
    });
    await expect(
      updateLaunch({
        actor: team.lead,
        launchId,
        windowStart: "2026-11-28T04:00:00Z",
        windowEnd: "2026-11-28T03:00:00Z",
      }),
    ).rejects.toMatchObject({ code: "invalid" });
    await expect(updateLaunch({ actor: team.member, launchId, name: "Mine now" })).rejects.toMatchObject({
      code: "forbidden",
    });

    await updateLaunch({ actor: team.lead, launchId, archived: true });
    await expect(changeLaunchStatus({ actor: team.lead, launchId, status: "ready" })).rejects.toMatchObject({
      code: "conflict",
    });
    const items = await getDb().checklistItem.findMany({ where: { launchId } });
    await expect(
      updateItem({ actor: team.lead, launchId, itemId: items[0]!.id, status: "done" }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect((await updateLaunch({ actor: team.lead, launchId, archived: false })).archivedAt).toBeNull();
  });

  it("moves along the lifecycle, recording who and when, and refuses skipping ahead", async () => {
    const { launchId, team } = await createLaunchWithTeam();
    await expect(changeLaunchStatus({ actor: team.lead, launchId, status: "completed" })).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/cannot become Completed; it can become: Ready, Aborted/),
    });
    await changeLaunchStatus({ actor: team.lead, launchId, status: "ready", note: "All green" });
    await changeLaunchStatus({ actor: team.lead, launchId, status: "in_progress" });
    const events = await getDb().auditEvent.findMany({
      where: { launchId, type: "launch.status_changed" },
      orderBy: { seq: "asc" },
    });
    expect(events.map((e) => [e.actorId, (e.data as { to: string }).to])).toEqual([
      [team.lead.id, "ready"],
      [team.lead.id, "in_progress"],
    ]);
    await expect(changeLaunchStatus({ actor: team.sponsor, launchId, status: "monitoring" })).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("clones a rehearsal into the real launch with progress reset and dates shifted", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    await updateLaunch({
      actor: team.lead,
      launchId,
      name: "Cutover rehearsal",
      isRehearsal: true,
      goLiveAt: "2026-11-21T01:00:00Z",
    });
    await updateItem({
      actor: team.lead,
      launchId,
      itemId: items[0]!.id,
      status: "done",
      dueAt: "2026-11-21T00:30:00Z",
      ownerId: team.member.id,
    });
    const { id } = await cloneLaunch({ actor: team.lead, launchId, goLiveAt: "2026-11-28T01:00:00Z" });
    const clone = await getLaunchSnapshot({ actor: team.member, launchId: id });
    expect(clone).toMatchObject({
      name: "Cutover",
      isRehearsal: false,
      clonedFromId: launchId,
      goLiveAt: "2026-11-28T01:00:00.000Z",
    });
    const first = clone.sections[0]!.items[0]!;
    expect(first).toMatchObject({
      title: "Backups verified",
      status: "todo",
      dueAt: "2026-11-28T00:30:00.000Z",
      owner: { id: team.member.id },
    });
    expect(clone.members.map((m) => m.role).sort()).toEqual(["lead", "member", "sponsor", "viewer"]);
    const listed = await listLaunches({ actor: team.lead });
    expect(listed.find((l) => l.id === launchId)?.isRehearsal).toBe(true);
  });

  it("manages the team: add by email with a function, change role, never lose the last lead, remove", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    const dba = await createUser("Dee DBA");
    const added = await addMember({ actor: team.lead, launchId, email: dba.email, role: "member", function: "DBA" });
    expect(added).toMatchObject({ name: "Dee DBA", role: "member", function: "DBA" });
    await expect(addMember({ actor: team.lead, launchId, email: dba.email, role: "viewer" })).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(
      addMember({ actor: team.lead, launchId, email: "nobody@nowhere.example", role: "viewer" }),
    ).rejects.toMatchObject({ code: "invalid" });
    await expect(addMember({ actor: team.member, launchId, email: dba.email, role: "lead" })).rejects.toMatchObject({
      code: "forbidden",
    });

    await expect(
      updateMember({ actor: team.lead, launchId, userId: team.lead.id, role: "member" }),
    ).rejects.toMatchObject({ code: "conflict" });
    await updateMember({ actor: team.lead, launchId, userId: dba.id, role: "lead" });
    await updateItem({ actor: team.lead, launchId, itemId: items[0]!.id, ownerId: dba.id });
    await removeMember({ actor: team.lead, launchId, userId: dba.id });
    await expect(getLaunchSnapshot({ actor: dba, launchId })).rejects.toMatchObject({ code: "forbidden" });
    expect((await getDb().checklistItem.findUniqueOrThrow({ where: { id: items[0]!.id } })).ownerId).toBeNull();
  });
});
