import { describe, expect, it } from "vitest";
import { tickItem } from "@/lib/checklists/tick-item";
import { updateItem } from "@/lib/checklists/update-item";
import { createItem } from "@/lib/checklists/create-item";
import { itemView, itemViewSelect } from "@/lib/checklists/item-view";
import { saveChannel } from "@/lib/outbound/save-channel";
import { getDb, getPool } from "@/lib/db";
import { createLaunchWithTeam } from "@/test/factories";

const db = () => getDb();
const storedItem = async (id: string) =>
  itemView(await db().checklistItem.findUniqueOrThrow({ where: { id }, select: itemViewSelect }));
const events = (launchId: string) => db().auditEvent.findMany({ where: { launchId }, orderBy: { seq: "asc" } });

describe("a tick on the short path", () => {
  it("stores, records and answers exactly what the general path would", async () => {
    const w = await createLaunchWithTeam();
    const item = w.items[0]!;
    const before = (await db().launch.findUniqueOrThrow({ where: { id: w.launchId } })).seq;
    const answer = await tickItem(w.team.member, w.launchId, item.id, { status: "done", version: item.version });
    expect(answer).toBeDefined();
    // The answer is the stored row as every reader sees it (timestamps included, read back by Prisma).
    expect(answer).toEqual(await storedItem(item.id));
    expect(answer).toMatchObject({ status: "done", version: item.version + 1, updatedBy: { id: w.team.member.id } });
    const [event] = (await events(w.launchId)).filter((e) => e.type === "item.updated");
    expect(event).toMatchObject({ seq: before + 1, actorId: w.team.member.id });
    expect(event!.data).toEqual({
      sectionId: item.sectionId,
      item: answer,
      changes: { status: { from: "todo", to: "done" } },
      parents: [],
    });
    expect((await db().launch.findUniqueOrThrow({ where: { id: w.launchId } })).seq).toBe(before + 1);

    // Blocked needs a reason; leaving blocked drops it — the same rules as updateItem.
    const blocked = await tickItem(w.team.lead, w.launchId, item.id, { status: "blocked", statusReason: "No DBA" });
    expect(blocked).toMatchObject({ status: "blocked", statusReason: "No DBA", version: item.version + 2 });
    expect(await tickItem(w.team.lead, w.launchId, item.id, { status: "todo" })).toMatchObject({ statusReason: "" });
  });

  it("answers a tick that changes nothing with the item as it is, and records nothing", async () => {
    const w = await createLaunchWithTeam();
    const done = w.items.find((i) => i.status === "done")!;
    const count = (await events(w.launchId)).length;
    expect(await tickItem(w.team.lead, w.launchId, done.id, { status: "done" })).toEqual(await storedItem(done.id));
    expect((await events(w.launchId)).length).toBe(count);
  });

  it("hands every unusual case to updateItem having changed nothing, and updateItem decides it", async () => {
    const w = await createLaunchWithTeam({ membersUpdateAnyItem: false });
    const item = w.items[0]!;
    // The first item gets a sub-item: its own status then follows its children.
    await createItem({
      actor: w.team.lead,
      launchId: w.launchId,
      sectionId: item.sectionId,
      parentId: item.id,
      title: "Sub-check",
    });
    const count = (await events(w.launchId)).length;
    const unusual = [
      { who: w.team.lead, itemId: item.id, tick: { status: "done" as const }, general: /has sub-items/ },
      {
        who: w.team.lead,
        itemId: w.items[2]!.id,
        tick: { status: "done" as const, version: 99 },
        general: /changed .* first/,
      },
      { who: w.team.member, itemId: w.items[2]!.id, tick: { status: "done" as const }, general: /not assigned to you/ },
      { who: w.team.lead, itemId: w.items[2]!.id, tick: { status: "blocked" as const }, general: /Say why/ },
      { who: w.outsider, itemId: w.items[2]!.id, tick: { status: "done" as const }, general: /not a member/ },
      {
        who: w.team.lead,
        itemId: "no-such-item",
        tick: { status: "done" as const },
        general: /not found|no longer exists|does not exist/i,
      },
    ];
    for (const { who, itemId, tick } of unusual) {
      expect(await tickItem(who, w.launchId, itemId, tick), `${who.name} ${JSON.stringify(tick)}`).toBeUndefined();
    }
    expect((await events(w.launchId)).length).toBe(count);
    for (const { who, itemId, tick, general } of unusual) {
      const outcome = updateItem({ actor: who, launchId: w.launchId, itemId, ...tick });
      await expect(outcome).rejects.toThrow(general);
    }
  });

  it("moves the parents with a sub-item, in the same event, as the general path does", async () => {
    const w = await createLaunchWithTeam();
    const top = w.items[0]!;
    const middle = await createItem({
      actor: w.team.lead,
      launchId: w.launchId,
      sectionId: top.sectionId,
      parentId: top.id,
      title: "Replica",
    });
    const [a, b] = await Promise.all(
      ["Lag < 1 s", "Failover tested"].map((title) =>
        createItem({ actor: w.team.lead, launchId: w.launchId, sectionId: top.sectionId, parentId: middle.id, title }),
      ),
    );
    const first = await tickItem(w.team.lead, w.launchId, a!.id, { status: "done" });
    expect(first).toMatchObject({ status: "done" });
    let event = (await events(w.launchId)).at(-1)!;
    // Both ancestors go from to do to in progress, nearest first, exactly as stored.
    expect((event.data as { parents: unknown[] }).parents).toEqual([
      await storedItem(middle.id),
      await storedItem(top.id),
    ]);
    expect((await storedItem(top.id)).status).toBe("in_progress");

    await tickItem(w.team.lead, w.launchId, b!.id, { status: "not_applicable", statusReason: "Single node" });
    event = (await events(w.launchId)).at(-1)!;
    expect((event.data as { parents: { id: string; status: string }[] }).parents.map((p) => [p.id, p.status])).toEqual([
      [middle.id, "done"],
      [top.id, "done"],
    ]);
    // Reopening one child moves both back to in progress (the other is not applicable, so started).
    await tickItem(w.team.lead, w.launchId, a!.id, { status: "todo" });
    expect((await storedItem(middle.id)).status).toBe("in_progress");
    expect((await storedItem(top.id)).status).toBe("in_progress");
  });

  it("leaves a launch with outbound channels to the general path, which writes the outbox", async () => {
    const w = await createLaunchWithTeam();
    await saveChannel({
      actor: w.team.lead,
      launchId: w.launchId,
      kind: "webhook",
      name: "Ops hook",
      url: "https://hooks.example.com/x",
    });
    expect(await tickItem(w.team.lead, w.launchId, w.items[0]!.id, { status: "done" })).toBeUndefined();
    await updateItem({ actor: w.team.lead, launchId: w.launchId, itemId: w.items[0]!.id, status: "done" });
    expect(await db().outboundDelivery.count({ where: { channel: { launchId: w.launchId } } })).toBeGreaterThan(0);
  });

  it("survives a connection that lost its prepared statements: the tick goes the general way, the next one is short again", async () => {
    const w = await createLaunchWithTeam();
    const [first, second] = w.items.filter((i) => i.status !== "done");
    expect(await tickItem(w.team.lead, w.launchId, first!.id, { status: "done" })).toBeDefined();
    // The pool hands out the connection released last: the one the tick prepared its statements on.
    const client = await getPool().connect();
    await client.query("DEALLOCATE ALL");
    client.release();
    await expect(
      updateItem({ actor: w.team.lead, launchId: w.launchId, itemId: second!.id, status: "done" }),
    ).resolves.toMatchObject({
      status: "done",
    });
    expect(await tickItem(w.team.lead, w.launchId, first!.id, { status: "todo" })).toMatchObject({ status: "todo" });
  });

  it("numbers concurrent ticks of one launch 1, 2, 3… without gaps, each item right", async () => {
    const w = await createLaunchWithTeam();
    const before = (await db().launch.findUniqueOrThrow({ where: { id: w.launchId } })).seq;
    const todo = w.items.filter((i) => i.status !== "done");
    const rounds = 10;
    await Promise.all(
      Array.from({ length: rounds }, (_, n) =>
        updateItem({
          actor: w.team.lead,
          launchId: w.launchId,
          itemId: todo[n % todo.length]!.id,
          status: n % 2 ? "todo" : "done",
        }),
      ),
    );
    const seqs = (await events(w.launchId)).map((e) => e.seq).filter((seq) => seq > before);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, n) => before + 1 + n));
    expect((await db().launch.findUniqueOrThrow({ where: { id: w.launchId } })).seq).toBe(before + seqs.length);
  });
});
