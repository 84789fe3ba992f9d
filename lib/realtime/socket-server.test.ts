import { describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { io as connect } from "socket.io-client";
import type { JoinAck, LaunchEvent } from "@/lib/realtime/envelope";
import type { Actor } from "@/lib/auth/actor";
import { updateItem } from "@/lib/checklists/update-item";
import { removeMember } from "@/lib/team/remove-member";
import { createLaunchWithTeam, createUser } from "@/test/factories";
import { serveSocketsForTests, type TestClient } from "@/test/socket-server-harness";
import { applyPresenceDelta } from "@/lib/realtime/presence-delta";
import { disconnectSession } from "@/lib/realtime/disconnect-session";
import { setAccountActive } from "@/lib/accounts/set-account-active";
import { getDb } from "@/lib/db";

type Client = TestClient;
const SECRET = "socket-test-secret";
const server = serveSocketsForTests(SECRET);

async function clientFor(
  actor: Actor | null,
  options: { sessionId?: string; headers?: Record<string, string> } | string = {},
): Promise<Client> {
  const { sessionId, headers = {} } = typeof options === "string" ? { sessionId: options } : options;
  const cookie = actor
    ? `next-auth.session-token=${await encode({ token: { sub: actor.id, name: actor.name, email: actor.email, sid: sessionId }, secret: SECRET })}`
    : "";
  const client: Client = connect(server.url, {
    extraHeaders: { cookie, ...headers },
    transports: ["websocket"],
    reconnection: false,
  });
  server.clients.push(client);
  return client;
}

const connected = (client: Client) =>
  new Promise<void>((resolve, reject) => {
    client.once("connect", () => resolve());
    client.once("connect_error", reject);
  });
const join = (client: Client, launchId: unknown) =>
  new Promise<JoinAck>((resolve) => client.emit("launch:join", { launchId } as { launchId: string }, resolve));

describe("socket server", () => {
  it("refuses a handshake without a session", async () => {
    const client = await clientFor(null);
    await expect(connected(client)).rejects.toThrow(/Sign in first/);
  });

  it("refuses a WebSocket handshake from another origin, even with a valid session cookie", async () => {
    const { team } = await createLaunchWithTeam();
    const otherPort = `http://127.0.0.1:${Number(new URL(server.url).port) + 1}`;
    await expect(connected(await clientFor(team.lead, { headers: { origin: otherPort } }))).rejects.toThrow();
    await expect(connected(await clientFor(team.lead, { headers: { origin: "null" } }))).rejects.toThrow();
    await connected(await clientFor(team.lead, { headers: { origin: server.url } }));
  });

  it("lets members join with the current seq and refuses outsiders", async () => {
    const { launchId, team, outsider } = await createLaunchWithTeam();
    const viewer = await clientFor(team.viewer);
    await connected(viewer);
    expect(await join(viewer, launchId)).toEqual({ ok: true, seq: 1 });

    const stranger = await clientFor(outsider);
    await connected(stranger);
    expect(await join(stranger, launchId)).toMatchObject({ ok: false, error: expect.stringMatching(/not a member/) });
    expect(await join(stranger, 42)).toMatchObject({ ok: false });
  });

  it("sends exactly one envelope per committed change, only to joined members", async () => {
    const { launchId, team, outsider, items } = await createLaunchWithTeam();
    const sponsor = await clientFor(team.sponsor);
    const stranger = await clientFor(outsider);
    await Promise.all([connected(sponsor), connected(stranger)]);
    await join(sponsor, launchId);
    await join(stranger, launchId);
    const received: LaunchEvent[] = [];
    const leaked: LaunchEvent[] = [];
    sponsor.on("launch:event", (event) => received.push(event));
    stranger.on("launch:event", (event) => leaked.push(event));

    await updateItem({ actor: team.lead, launchId, itemId: items[0]!.id, status: "done" });
    await updateItem({ actor: team.lead, launchId, itemId: items[0]!.id, status: "done" }); // no-op: no event
    await expect.poll(() => received.length).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(received).toHaveLength(1);
    expect(leaked).toHaveLength(0);
    expect(received[0]).toMatchObject({
      launchId,
      seq: 2,
      type: "item.updated",
      actor: { id: team.lead.id, name: "Lead" },
      data: { item: { id: items[0]!.id, status: "done", version: 2 } },
    });
    expect(Date.parse(received[0]!.at)).not.toBeNaN();
  });
});

describe("presence", () => {
  it("tells everyone in the launch who has it open, and who left", async () => {
    const { launchId, team } = await createLaunchWithTeam();
    const lead = await clientFor(team.lead);
    const sponsor = await clientFor(team.sponsor);
    await Promise.all([connected(lead), connected(sponsor)]);
    let leadSees: { id: string; name: string }[] = [];
    let fullLists = 0;
    lead.on("launch:presence", (presence) => {
      fullLists++;
      leadSees = presence.people;
    });
    lead.on("launch:presence-delta", (delta) => (leadSees = applyPresenceDelta(leadSees, delta)));
    const sponsorLists: string[][] = [];
    sponsor.on("launch:presence", (presence) => sponsorLists.push(presence.people.map((p) => p.name)));
    await join(lead, launchId);
    await join(sponsor, launchId);
    await expect.poll(() => leadSees.map((p) => p.name)).toEqual(["Lead", "Sponsor"]);
    // The newcomer gets the whole list; the one already there only the change.
    expect(sponsorLists).toEqual([["Lead", "Sponsor"]]);
    expect(fullLists).toBe(1);
    sponsor.disconnect();
    await expect.poll(() => leadSees.map((p) => p.name)).toEqual(["Lead"]);
  });

  it("keeps a person listed while another of their tabs is still open", async () => {
    const { launchId, team } = await createLaunchWithTeam();
    const lead = await clientFor(team.lead);
    const [tab1, tab2] = [await clientFor(team.sponsor), await clientFor(team.sponsor)];
    await Promise.all([connected(lead), connected(tab1), connected(tab2)]);
    const deltas: { joined: string[]; left: string[] }[] = [];
    lead.on("launch:presence-delta", (delta) =>
      deltas.push({ joined: delta.joined.map((p) => p.name), left: delta.left }),
    );
    await join(lead, launchId);
    await join(tab1, launchId);
    await join(tab2, launchId);
    await expect.poll(() => deltas.some((delta) => delta.joined.includes("Sponsor"))).toBe(true);
    deltas.length = 0;
    tab1.disconnect();
    await expect.poll(() => deltas.length).toBeGreaterThan(0);
    expect(deltas.flatMap((delta) => delta.left)).toEqual([]);
    tab2.disconnect();
    await expect.poll(() => deltas.flatMap((delta) => delta.left)).toEqual([team.sponsor.id]);
  });
});

describe("signing out", () => {
  it("closes the connections of that browser session only", async () => {
    const { team } = await createLaunchWithTeam();
    const laptop = await clientFor(team.member, "session-laptop");
    const phone = await clientFor(team.member, "session-phone");
    await Promise.all([connected(laptop), connected(phone)]);
    const closed = new Promise<string>((resolve) => laptop.once("disconnect", resolve));
    disconnectSession({ userId: team.member.id, sessionId: "session-laptop" });
    expect(await closed).toBe("io server disconnect");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(phone.connected).toBe(true);
  });
});

describe("revoking membership", () => {
  it("stops a removed member's open socket from receiving the launch's events at once", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    const member = await clientFor(team.member);
    const viewer = await clientFor(team.viewer);
    await Promise.all([connected(member), connected(viewer)]);
    expect(await join(member, launchId)).toMatchObject({ ok: true });
    expect(await join(viewer, launchId)).toMatchObject({ ok: true });
    const memberSaw: string[] = [];
    const viewerSaw: string[] = [];
    member.on("launch:event", (event) => memberSaw.push(event.type));
    viewer.on("launch:event", (event) => viewerSaw.push(event.type));

    await removeMember({ actor: team.lead, launchId, userId: team.member.id });
    await updateItem({ actor: team.lead, launchId, itemId: items[0]!.id, status: "done" });
    await expect.poll(() => viewerSaw).toEqual(["member.removed", "item.updated"]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(memberSaw).toEqual(["member.removed"]);
    // Joining again is refused too.
    expect(await join(member, launchId)).toMatchObject({ ok: false });
  });
});

describe("deactivating an account", () => {
  it("disconnects its open sockets within a second and refuses new ones", async () => {
    const { launchId, team } = await createLaunchWithTeam();
    const admin = await createUser("Admin");
    await getDb().user.update({ where: { id: admin.id }, data: { isAdmin: true } });
    const member = await clientFor(team.member);
    await connected(member);
    expect(await join(member, launchId)).toMatchObject({ ok: true });
    const disconnected = new Promise<number>((resolve) => member.once("disconnect", () => resolve(Date.now())));

    const start = Date.now();
    await setAccountActive({
      actor: { ...admin, isAdmin: true },
      origin: { ip: "test", userAgent: "" },
      userId: team.member.id,
      active: false,
    });
    expect((await disconnected) - start).toBeLessThan(1000);
    await expect(connected(await clientFor(team.member))).rejects.toThrow(/deactivated/);
  });
});
