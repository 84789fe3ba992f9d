import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { setItemStatus } from "@/lib/checklists/set-item-status";
import { createLaunchWithTeam } from "@/test/factories";
import { AppError } from "@/lib/errors";

const eventsOf = (launchId: string) =>
  getDb().auditEvent.findMany({ where: { launchId }, orderBy: { seq: "asc" } });

async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

describe("setItemStatus", () => {
  it("ticks an item and appends the next audit event in the same change", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    const item = await setItemStatus({ actor: team.lead, launchId, itemId: items[0]!.id, status: "done" });
    expect(item).toMatchObject({ status: "done", version: 2, updatedBy: { id: team.lead.id, name: "Lead" } });

    const events = await eventsOf(launchId);
    expect(events.map((event) => [event.seq, event.type])).toEqual([[1, "launch.created"], [2, "item.updated"]]);
    expect(events[1]!.data).toMatchObject({ item: { id: items[0]!.id, status: "done" }, changes: { status: { from: "todo", to: "done" } } });
    expect((await getDb().launch.findUniqueOrThrow({ where: { id: launchId } })).seq).toBe(2);
  });

  it("records nothing when the item already has that status", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    const item = await setItemStatus({ actor: team.member, launchId, itemId: items[1]!.id, status: "done", version: 1 });
    expect(item.version).toBe(1);
    expect(await eventsOf(launchId)).toHaveLength(1);
  });

  it("refuses viewers, sponsors and outsiders and changes nothing", async () => {
    const { launchId, team, outsider, items } = await createLaunchWithTeam();
    for (const actor of [team.viewer, team.sponsor, outsider]) {
      const error = await expectAppError(setItemStatus({ actor, launchId, itemId: items[0]!.id, status: "done" }), "forbidden");
      expect(error.status).toBe(403);
    }
    expect((await getDb().checklistItem.findUniqueOrThrow({ where: { id: items[0]!.id } })).status).toBe("todo");
    expect(await eventsOf(launchId)).toHaveLength(1);
  });

  it("answers 404 for an unknown item or an item of another launch", async () => {
    const first = await createLaunchWithTeam();
    const second = await createLaunchWithTeam();
    await expectAppError(setItemStatus({ actor: first.team.lead, launchId: first.launchId, itemId: "nope", status: "done" }), "not_found");
    await expectAppError(
      setItemStatus({ actor: first.team.lead, launchId: first.launchId, itemId: second.items[0]!.id, status: "done" }),
      "not_found",
    );
    await expectAppError(setItemStatus({ actor: first.team.lead, launchId: "nope", itemId: first.items[0]!.id, status: "done" }), "not_found");
  });

  it("refuses a write based on an old version with the current state (409)", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    await setItemStatus({ actor: team.lead, launchId, itemId: items[0]!.id, status: "done", version: 1 });
    const error = await expectAppError(
      setItemStatus({ actor: team.member, launchId, itemId: items[0]!.id, status: "todo", version: 1 }),
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
        writes.push(setItemStatus({ actor: team.lead, launchId, itemId: item.id, status: round % 2 === 0 ? "todo" : "done" }));
        writes.push(setItemStatus({ actor: team.member, launchId, itemId: item.id, status: round % 2 === 0 ? "done" : "todo" }));
      }
    }
    await Promise.all(writes);
    const seqs = (await eventsOf(launchId)).map((event) => event.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, index) => index + 1));
    expect(seqs.length).toBeGreaterThan(items.length);
  });
});
