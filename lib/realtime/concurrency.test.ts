import { describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { io as connect } from "socket.io-client";
import { getDb } from "@/lib/db";
import type { JoinAck, LaunchEvent } from "@/lib/realtime/envelope";
import type { Actor } from "@/lib/auth/actor";
import { createItem } from "@/lib/checklists/create-item";
import { moveItem } from "@/lib/checklists/move-item";
import { updateItem } from "@/lib/checklists/update-item";
import { AppError } from "@/lib/errors";
import { createLaunchWithTeam } from "@/test/factories";
import { serveSocketsForTests, type TestClient } from "@/test/socket-server-harness";

// Many people acting on one launch at the same moment, on the real database and real socket.io.
type Client = TestClient;
const SECRET = "concurrency-test-secret";
const server = serveSocketsForTests(SECRET);

async function joinedClient(
  actor: Actor,
  launchId: string,
): Promise<{ client: Client; ack: JoinAck; events: LaunchEvent[] }> {
  const cookie = `next-auth.session-token=${await encode({ token: { sub: actor.id, name: actor.name, email: actor.email }, secret: SECRET })}`;
  const client: Client = connect(server.url, {
    extraHeaders: { cookie },
    transports: ["websocket"],
    reconnection: false,
  });
  server.clients.push(client);
  const events: LaunchEvent[] = [];
  client.on("launch:event", (event) => events.push(event));
  await new Promise<void>((resolve, reject) => {
    client.once("connect", () => resolve());
    client.once("connect_error", reject);
  });
  const ack = await new Promise<JoinAck>((resolve) => client.emit("launch:join", { launchId }, resolve));
  return { client, ack, events };
}

/** Runs `work` and reports how it failed: a 5xx-class failure is anything that is not an AppError below 500. */
async function outcome(work: Promise<unknown>): Promise<"ok" | number> {
  try {
    await work;
    return "ok";
  } catch (error) {
    return error instanceof AppError ? error.status : 500;
  }
}

describe("one writer at a time per launch", () => {
  it("keeps a parent's status right when two of its sub-items are ticked at the same moment (20 rounds)", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    const sectionId = items[0]!.sectionId;
    for (let round = 0; round < 20; round++) {
      const parent = await createItem({ actor: team.lead, launchId, sectionId, title: `Parent ${round}` });
      const [a, b] = await Promise.all([
        createItem({ actor: team.lead, launchId, sectionId, parentId: parent.id, title: "A" }),
        createItem({ actor: team.lead, launchId, sectionId, parentId: parent.id, title: "B" }),
      ]);
      const results = await Promise.all(
        [a!, b!].map((child) =>
          outcome(updateItem({ actor: team.member, launchId, itemId: child.id, status: "done" })),
        ),
      );
      expect(results).toEqual(["ok", "ok"]);
      const stored = await getDb().checklistItem.findUniqueOrThrow({ where: { id: parent.id } });
      expect(stored.status, `round ${round}`).toBe("done");
    }
  });

  it("moves two items of one section at the same moment without a 5xx and keeps a consistent order (20 rounds)", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    const sectionId = items[0]!.sectionId;
    const extra = [];
    for (const title of ["C", "D", "E", "F"])
      extra.push(await createItem({ actor: team.lead, launchId, sectionId, title }));
    const ids = [items[0]!.id, items[1]!.id, ...extra.map((item) => item.id)];
    for (let round = 0; round < 20; round++) {
      const [first, second] = [ids[round % ids.length]!, ids[(round * 3 + 1) % ids.length]!];
      const results = await Promise.all([
        outcome(moveItem({ actor: team.lead, launchId, itemId: first, sectionId, parentId: null, position: 0 })),
        outcome(
          moveItem({
            actor: team.lead,
            launchId,
            itemId: second === first ? ids[(round + 2) % ids.length]! : second,
            sectionId,
            parentId: null,
            position: 4,
          }),
        ),
      ]);
      expect(
        results.filter((result) => result !== "ok" && result >= 500),
        `round ${round}: ${results.join(", ")}`,
      ).toEqual([]);
      const rows = await getDb().checklistItem.findMany({
        where: { sectionId, parentId: null, deletedAt: null },
        select: { id: true, position: true },
      });
      expect(rows.map((row) => row.id).sort()).toEqual([...ids].sort());
      expect(new Set(rows.map((row) => row.position)).size, "every item has its own position").toBe(rows.length);
    }
    // The item moved first in the last round is at the top.
    const last = await getDb().checklistItem.findMany({
      where: { sectionId, parentId: null, deletedAt: null },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    expect(last[0]!.id).toBe(ids[19 % ids.length]);
  });

  it("delivers every seq to every watcher in order while 8 people tick for 10 s", async () => {
    const { launchId, team } = await createLaunchWithTeam();
    const sectionId = (await getDb().checklistSection.findFirstOrThrow({ where: { launchId } })).id;
    const targets = [];
    for (let i = 0; i < 8; i++)
      targets.push(await createItem({ actor: team.lead, launchId, sectionId, title: `Writer ${i}` }));
    const watchers = await Promise.all(
      [team.viewer, team.sponsor, team.member].map((actor) => joinedClient(actor, launchId)),
    );
    const startSeq = (await getDb().launch.findUniqueOrThrow({ where: { id: launchId } })).seq;

    const until = Date.now() + 10_000;
    const failures: (number | "ok")[] = [];
    await Promise.all(
      targets.map(async (item) => {
        for (let i = 0; Date.now() < until; i++) {
          const result = await outcome(
            updateItem({ actor: team.lead, launchId, itemId: item.id, status: i % 2 === 0 ? "done" : "todo" }),
          );
          if (result !== "ok") failures.push(result);
        }
      }),
    );
    const endSeq = (await getDb().launch.findUniqueOrThrow({ where: { id: launchId } })).seq;
    expect(failures).toEqual([]);
    expect(endSeq - startSeq).toBeGreaterThan(50);
    const expected = Array.from({ length: endSeq - startSeq }, (_, i) => startSeq + 1 + i);
    for (const watcher of watchers) {
      await expect.poll(() => watcher.events.length, { timeout: 10_000 }).toBe(expected.length);
      expect(watcher.events.map((event) => event.seq)).toEqual(expected);
    }
  }, 60_000);

  it("gives a client joining during a burst every event after its ack seq", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    let stop = false;
    const burst = (async () => {
      for (let i = 0; !stop; i++)
        await updateItem({ actor: team.lead, launchId, itemId: items[0]!.id, status: i % 2 === 0 ? "done" : "todo" });
    })();
    const joiners = [];
    for (let i = 0; i < 5; i++) {
      await new Promise((resolve) => setTimeout(resolve, 40));
      joiners.push(await joinedClient(team.viewer, launchId));
    }
    stop = true;
    await burst;
    const endSeq = (await getDb().launch.findUniqueOrThrow({ where: { id: launchId } })).seq;
    for (const { ack, events } of joiners) {
      if (!ack.ok) throw new Error(ack.error);
      const expected = Array.from({ length: endSeq - ack.seq }, (_, i) => ack.seq + 1 + i);
      await expect
        .poll(() => events.filter((event) => event.seq > ack.seq).map((event) => event.seq))
        .toEqual(expected);
    }
  }, 30_000);
});

describe("the event a change records", () => {
  it("is stored exactly as it is sent (seq, time, data)", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    const watcher = await joinedClient(team.viewer, launchId);
    await updateItem({ actor: team.member, launchId, itemId: items[0]!.id, status: "done" });
    await expect.poll(() => watcher.events.length).toBe(1);
    const stored = await getDb().auditEvent.findFirstOrThrow({ where: { launchId, seq: watcher.events[0]!.seq } });
    expect(stored.at.toISOString()).toBe(watcher.events[0]!.at);
    expect(stored).toMatchObject({ type: "item.updated", actorId: team.member.id });
    expect(stored.data).toEqual(JSON.parse(JSON.stringify(watcher.events[0]!.data)));
  });
});
