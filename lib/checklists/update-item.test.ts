import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { updateItem } from "@/lib/checklists/update-item";
import { createLaunchWithTeam } from "@/test/factories";
import { AppError } from "@/lib/errors";

const eventsOf = (launchId: string) => getDb().auditEvent.findMany({ where: { launchId }, orderBy: { seq: "asc" } });

async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

describe("updateItem", () => {
  it("ticks an item and appends the next audit event in the same change", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    const item = await updateItem({ actor: team.lead, launchId, itemId: items[0]!.id, status: "done" });
    expect(item).toMatchObject({ status: "done", version: 2, updatedBy: { id: team.lead.id, name: "Lead" } });

    const events = await eventsOf(launchId);
    expect(events.map((event) => [event.seq, event.type])).toEqual([
      [1, "launch.created"],
      [2, "item.updated"],
    ]);
    expect(events[1]!.data).toMatchObject({
      item: { id: items[0]!.id, status: "done" },
      changes: { status: { from: "todo", to: "done" } },
    });
    expect((await getDb().launch.findUniqueOrThrow({ where: { id: launchId } })).seq).toBe(2);
  });

  it("answers and announces the item with its owner as stored, when the owner is set, kept and cleared", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    const stored = async () =>
      getDb().checklistItem.findUniqueOrThrow({
        where: { id: items[0]!.id },
        select: { owner: { select: { id: true, name: true } } },
      });
    const assigned = await updateItem({ actor: team.lead, launchId, itemId: items[0]!.id, ownerId: team.member.id });
    expect(assigned.owner).toEqual((await stored()).owner);
    expect(assigned.owner?.id).toBe(team.member.id);
    const kept = await updateItem({ actor: team.lead, launchId, itemId: items[0]!.id, title: "Renamed" });
    expect(kept.owner).toEqual((await stored()).owner);
    const cleared = await updateItem({ actor: team.lead, launchId, itemId: items[0]!.id, ownerId: null });
    expect(cleared.owner).toBeNull();
    expect((await stored()).owner).toBeNull();
    const events = await eventsOf(launchId);
    expect((events.at(-1)!.data as { item: { owner: unknown } }).item.owner).toBeNull();
    expect((events.at(-2)!.data as { item: { owner: { id: string } } }).item.owner.id).toBe(team.member.id);
  });

  it("records nothing when the item already has that status", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    const item = await updateItem({ actor: team.member, launchId, itemId: items[1]!.id, status: "done", version: 1 });
    expect(item.version).toBe(1);
    expect(await eventsOf(launchId)).toHaveLength(1);
  });

  it("refuses viewers, sponsors and outsiders and changes nothing", async () => {
    const { launchId, team, outsider, items } = await createLaunchWithTeam();
    for (const actor of [team.viewer, team.sponsor, outsider]) {
      const error = await expectAppError(
        updateItem({ actor, launchId, itemId: items[0]!.id, status: "done" }),
        "forbidden",
      );
      expect(error.status).toBe(403);
    }
    expect((await getDb().checklistItem.findUniqueOrThrow({ where: { id: items[0]!.id } })).status).toBe("todo");
    expect(await eventsOf(launchId)).toHaveLength(1);
  });

  it("lets a member update only their own items unless the lead allows any", async () => {
    const { launchId, team, items } = await createLaunchWithTeam({ membersUpdateAnyItem: false });
    await expectAppError(
      updateItem({ actor: team.member, launchId, itemId: items[0]!.id, status: "done" }),
      "forbidden",
    );
    await updateItem({ actor: team.lead, launchId, itemId: items[0]!.id, ownerId: team.member.id });
    const item = await updateItem({ actor: team.member, launchId, itemId: items[0]!.id, status: "done" });
    expect(item).toMatchObject({ status: "done", owner: { id: team.member.id } });
    // Members do the work; the plan itself stays the lead's.
    await expectAppError(
      updateItem({ actor: team.member, launchId, itemId: items[0]!.id, title: "Renamed" }),
      "forbidden",
    );
  });

  it("needs a reason for blocked and not applicable, and drops it when the item moves on", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    const itemId = items[0]!.id;
    const error = await expectAppError(
      updateItem({ actor: team.lead, launchId, itemId, status: "blocked" }),
      "invalid",
    );
    expect(error.message).toMatch(/Say why/);
    const blocked = await updateItem({
      actor: team.lead,
      launchId,
      itemId,
      status: "blocked",
      statusReason: "Vendor unreachable",
    });
    expect(blocked).toMatchObject({ status: "blocked", statusReason: "Vendor unreachable" });
    const done = await updateItem({
      actor: team.member,
      launchId,
      itemId,
      status: "done",
      evidence: "https://ci.example/run/42",
    });
    expect(done).toMatchObject({ status: "done", statusReason: "", evidence: "https://ci.example/run/42" });
  });

  it("refuses an owner who is not on the launch", async () => {
    const { launchId, team, outsider, items } = await createLaunchWithTeam();
    await expectAppError(
      updateItem({ actor: team.lead, launchId, itemId: items[0]!.id, ownerId: outsider.id }),
      "invalid",
    );
  });

  it("answers 404 for an unknown item or an item of another launch", async () => {
    const first = await createLaunchWithTeam();
    const second = await createLaunchWithTeam();
    await expectAppError(
      updateItem({ actor: first.team.lead, launchId: first.launchId, itemId: "nope", status: "done" }),
      "not_found",
    );
    await expectAppError(
      updateItem({ actor: first.team.lead, launchId: first.launchId, itemId: second.items[0]!.id, status: "done" }),
      "not_found",
    );
    await expectAppError(
      updateItem({ actor: first.team.lead, launchId: "nope", itemId: first.items[0]!.id, status: "done" }),
      "not_found",
    );
  });

  it("refuses a write based on an old version with the current state (409)", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    await updateItem({ actor: team.lead, launchId, itemId: items[0]!.id, status: "done", version: 1 });
    const error = await expectAppError(
      updateItem({ actor: team.member, launchId, itemId: items[0]!.id, status: "todo", version: 1 }),
      "conflict",
    );
    expect(error.details?.current).toMatchObject({ status: "done", version: 2 });
    expect((await getDb().checklistItem.findUniqueOrThrow({ where: { id: items[0]!.id } })).status).toBe("done");
  });

  it("numbers concurrent changes 1, 2, 3... without gaps or repeats", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    const writes = [];
    for (let round = 0; round < 5; round++) {
      for (const item of items) {
        writes.push(
          updateItem({ actor: team.lead, launchId, itemId: item.id, status: round % 2 === 0 ? "todo" : "done" }),
        );
        writes.push(
          updateItem({ actor: team.member, launchId, itemId: item.id, status: round % 2 === 0 ? "done" : "todo" }),
        );
      }
    }
    await Promise.all(writes);
    const seqs = (await eventsOf(launchId)).map((event) => event.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, index) => index + 1));
    expect(seqs.length).toBeGreaterThan(items.length);
  });
});
