// Two socket.io servers with the PostgreSQL adapter on the test database stand for two instances:
// changes are made "on A" (publish goes to A's server) and watched on both.
import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { io as connect, type Socket } from "socket.io-client";
import { attachSocketServer, closeSocketServer } from "@/lib/realtime/socket-server";
import { setRealtimeServer, type RealtimeServer } from "@/lib/realtime/publish";
import type { ClientToServerEvents, JoinAck, ServerToClientEvents } from "@/lib/realtime/envelope";
import type { Actor } from "@/lib/auth/actor";
import { updateItem } from "@/lib/checklists/update-item";
import { removeMember } from "@/lib/team/remove-member";
import { disconnectUser } from "@/lib/realtime/disconnect-user";
import { createLaunchWithTeam } from "@/test/factories";

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
const SECRET = "cluster-test-secret";
const instances: { http: HttpServer; io: RealtimeServer; url: string }[] = [];
const clients: Client[] = [];

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = SECRET;
  for (let i = 0; i < 2; i++) {
    const http = createServer();
    const io = attachSocketServer(http, { clusterDatabaseUrl: process.env.DATABASE_URL, log: () => {} });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    instances.push({ http, io, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` });
  }
  // attachSocketServer registers the last one; the writes in these tests are made on A.
  setRealtimeServer(instances[0]!.io);
  // Let the adapters' first heartbeats find each other.
  await new Promise((resolve) => setTimeout(resolve, 500));
});

afterAll(async () => {
  clients.forEach((client) => client.disconnect());
  setRealtimeServer(undefined);
  for (const instance of instances) await closeSocketServer(instance.io);
});

async function follow(instance: number, actor: Actor, launchId: string) {
  const cookie = `next-auth.session-token=${await encode({ token: { sub: actor.id, name: actor.name, email: actor.email }, secret: SECRET })}`;
  const client: Client = connect(instances[instance]!.url, {
    extraHeaders: { cookie },
    transports: ["websocket"],
    reconnection: false,
  });
  clients.push(client);
  const seen: { seq: number; type: string }[] = [];
  client.on("launch:event", (event) => seen.push({ seq: event.seq, type: event.type }));
  await new Promise<void>((resolve, reject) => client.once("connect", resolve).once("connect_error", reject));
  const ack = await new Promise<JoinAck>((resolve) => client.emit("launch:join", { launchId }, resolve));
  expect(ack.ok).toBe(true);
  return seen;
}

describe("two instances on one database", () => {
  it("delivers every change made on A to watchers on both, in seq order", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    const onA = await follow(0, team.sponsor, launchId);
    const onB = await follow(1, team.viewer, launchId);
    for (let i = 0; i < 20; i++) {
      await updateItem({ actor: team.lead, launchId, itemId: items[0]!.id, status: i % 2 ? "todo" : "done" });
    }
    const expected = Array.from({ length: 20 }, (_, i) => i + 2);
    await expect.poll(() => onB.map((event) => event.seq)).toEqual(expected);
    expect(onA.map((event) => event.seq)).toEqual(expected);
  });

  it("lets a removed member hear their removal, then nothing more, on either instance", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    const memberOnA = await follow(0, team.member, launchId);
    const memberOnB = await follow(1, team.member, launchId);
    const viewerOnB = await follow(1, team.viewer, launchId);
    await removeMember({ actor: team.lead, launchId, userId: team.member.id });
    await updateItem({ actor: team.lead, launchId, itemId: items[0]!.id, status: "done" });
    await expect.poll(() => viewerOnB.map((event) => event.type)).toEqual(["member.removed", "item.updated"]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(memberOnA.map((event) => event.type)).toEqual(["member.removed"]);
    expect(memberOnB.map((event) => event.type)).toEqual(["member.removed"]);
  });

  it("tells the other instance to forget a deactivated account's cached state at once", async () => {
    const { team } = await createLaunchWithTeam();
    const heardOnB: string[] = [];
    instances[1]!.io.on("account:changed", (userId) => heardOnB.push(userId));
    disconnectUser(team.member.id);
    await expect.poll(() => heardOnB).toEqual([team.member.id]);
  });
});
