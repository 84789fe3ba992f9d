import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Server } from "socket.io";
import { io as connect, type Socket } from "socket.io-client";
import { setRealtimeServer, type RealtimeServer } from "@/lib/realtime/publish";
import { attachStatusNamespace } from "@/lib/status-page/status-namespace";
import { saveStatusPage } from "@/lib/status-page/save-status-page";
import { rotateStatusToken } from "@/lib/status-page/rotate-status-token";
import { getPublicStatus } from "@/lib/status-page/get-public-status";
import { openIncident } from "@/lib/incidents/open-incident";
import { changeLaunchStatus } from "@/lib/launches/change-launch-status";
import { saveCommunication } from "@/lib/comms/save-communication";
import { markSent } from "@/lib/comms/mark-sent";
import type { PublicStatus } from "@/lib/status-page/schemas";
import { createLaunchWithTeam } from "@/test/factories";
import { waitFor } from "@/test/http-receiver";

// A real socket.io server with only the public namespace: viewers have no session at all.
let httpServer: HttpServer;
let io: Server;
let url: string;
const clients: Socket[] = [];

beforeAll(async () => {
  httpServer = createServer();
  io = new Server(httpServer);
  attachStatusNamespace(io);
  setRealtimeServer(io as unknown as RealtimeServer);
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  clients.forEach((client) => client.disconnect());
  setRealtimeServer(undefined);
  await new Promise((resolve) => io.close(() => resolve(null)));
});

const tokenOf = (link: string) => link.split("/status/")[1]!;

async function viewer(token: string) {
  const socket = connect(`${url}/status`, { transports: ["websocket"], reconnection: false });
  clients.push(socket);
  const updates: PublicStatus[] = [];
  socket.on("status:update", (status: PublicStatus) => updates.push(status));
  const joined = await new Promise<{ ok: boolean; status?: PublicStatus; error?: string }>((resolve) =>
    socket.emit("status:join", { token }, resolve),
  );
  return { socket, updates, joined };
}

describe("public status page", () => {
  it("shows only what the lead marks public, to anyone with the link, and nothing without it", async () => {
    const { launchId, team } = await createLaunchWithTeam();
    await expect(getPublicStatus("x".repeat(32))).rejects.toMatchObject({ code: "not_found" });
    const settings = await saveStatusPage({
      actor: team.lead,
      launchId,
      headline: "Payments move tonight",
      showIncidents: false,
    });
    expect(settings.url).toMatch(/\/status\/[A-Za-z0-9_-]{32}$/);
    await openIncident({
      actor: team.member,
      launchId,
      title: "Card declines spike",
      severity: "high",
      ownerId: team.member.id,
      notes: "secret internal notes",
    });
    const message = await saveCommunication({
      actor: team.lead,
      launchId,
      dueAt: "2026-11-28T02:00:00Z",
      audience: "Customers",
      channel: "Status page",
      text: "Maintenance started",
    });
    await saveCommunication({
      actor: team.lead,
      launchId,
      dueAt: "2026-11-28T02:00:00Z",
      audience: "Internal",
      channel: "Chat",
      text: "internal only",
    });
    await markSent({ actor: team.lead, launchId, messageId: message.id });

    const status = await getPublicStatus(tokenOf(settings.url));
    expect(status).toMatchObject({
      headline: "Payments move tonight",
      status: "planning",
      incidents: null,
      messages: [{ text: "Maintenance started" }],
    });
    const text = JSON.stringify(status);
    for (const hidden of ["Card declines", "secret internal notes", "internal only", "Lead", "Member", team.lead.email])
      expect(text).not.toContain(hidden);

    await saveStatusPage({ actor: team.lead, launchId, showIncidents: true, version: settings.version });
    expect((await getPublicStatus(tokenOf(settings.url))).incidents).toEqual([
      expect.objectContaining({ title: "Card declines spike", severity: "high", status: "open" }),
    ]);
    await expect(saveStatusPage({ actor: team.member, launchId, enabled: true })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(saveStatusPage({ actor: team.lead, launchId, headline: "x".repeat(281) })).rejects.toThrow(/280/);
  });

  it("updates open pages live, and a rotated or disabled link stops working at once", async () => {
    const { launchId, team } = await createLaunchWithTeam();
    const settings = await saveStatusPage({ actor: team.lead, launchId });
    const token = tokenOf(settings.url);
    const watcher = await viewer(token);
    expect(watcher.joined).toMatchObject({ ok: true, status: { status: "planning" } });
    expect((await viewer("not-a-token")).joined).toMatchObject({ ok: false, error: "Status page was not found." });

    await changeLaunchStatus({ actor: team.lead, launchId, status: "ready" });
    const update = await waitFor(() => watcher.updates.find((s) => s.status === "ready"), { what: "the live update" });
    expect(update.name).toBeTruthy();

    const rotated = await rotateStatusToken({ actor: team.lead, launchId });
    await waitFor(() => !watcher.socket.connected, { what: "the old viewer to be dropped" });
    await expect(getPublicStatus(token)).rejects.toMatchObject({ code: "not_found" });
    const fresh = await viewer(tokenOf(rotated.url));
    expect(fresh.joined.ok).toBe(true);

    await saveStatusPage({ actor: team.lead, launchId, enabled: false });
    await waitFor(() => !fresh.socket.connected, { what: "viewers of a disabled page to be dropped" });
    await expect(getPublicStatus(tokenOf(rotated.url))).rejects.toMatchObject({ code: "not_found" });
  });
});
