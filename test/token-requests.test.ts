// API tokens through the real route handlers (handleRoute, the same code Next runs), on the real
// database: a token acts as its owner, narrowed by its scope; the role × action table holds for tokens too.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { createLaunchWithTeam, createUser } from "@/test/factories";
import { createToken } from "@/lib/tokens/create-token";
import { revokeToken } from "@/lib/tokens/revoke-token";
import { setAccountActive } from "@/lib/accounts/set-account-active";
import { createGate } from "@/lib/gates/create-gate";
import { openGateRound } from "@/lib/gates/open-gate-round";
import * as launchRoute from "@/app/api/launches/[launchId]/route";
import * as itemRoute from "@/app/api/launches/[launchId]/items/[itemId]/route";
import * as incidentsRoute from "@/app/api/launches/[launchId]/incidents/route";
import * as decideRoute from "@/app/api/launches/[launchId]/gates/[gateId]/decide/route";
import * as tokensRoute from "@/app/api/tokens/route";
import * as activityRoute from "@/app/api/launches/[launchId]/activity/route";
import { updateItem } from "@/lib/checklists/update-item";

const origin = { ip: "203.0.113.9", userAgent: "vitest" };
type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;

async function call<P>(
  handler: Handler<P>,
  params: P,
  secret: string,
  method = "GET",
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const request = new NextRequest("http://localhost:3000/api/test", {
    method,
    headers: {
      authorization: `Bearer ${secret}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const tokenFor = async (actor: Actor, scope: "read" | "write" = "write") =>
  (await createToken({ actor, origin, name: `${scope} token`, scope })).secret;

describe("API tokens", () => {
  it("a read token reads but cannot write (403, nothing changed); a write token writes", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    const item = { launchId, itemId: items[0]!.id };
    const read = await tokenFor(team.member, "read");
    expect((await call(launchRoute.GET, { launchId }, read)).status).toBe(200);
    const refused = await call(itemRoute.PATCH, item, read, "PATCH", { status: "done" });
    expect(refused).toMatchObject({ status: 403, body: { error: expect.stringMatching(/read-only/) } });
    expect((await getDb().checklistItem.findUniqueOrThrow({ where: { id: item.itemId } })).status).toBe("todo");

    // Another origin does not matter: a Bearer token is no ambient credential a page could borrow.
    const write = await tokenFor(team.member);
    const ticked = await call(
      itemRoute.PATCH,
      item,
      write,
      "PATCH",
      { status: "done" },
      { origin: "http://evil.example" },
    );
    expect(ticked).toMatchObject({ status: 200, body: { status: "done" } });
  });

  it("names the token on the audit event of a change made with it, and the activity feed says so", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    const token = await createToken({ actor: team.member, origin, name: "CI deploy bot", scope: "write" });
    const byToken = await call(itemRoute.PATCH, { launchId, itemId: items[0]!.id }, token.secret, "PATCH", {
      status: "done",
    });
    expect(byToken.status).toBe(200);
    // The same person in the browser: no token on that event.
    await updateItem({ actor: team.member, launchId, itemId: items[2]!.id, status: "done" });

    const events = await getDb().auditEvent.findMany({
      where: { launchId, type: "item.updated" },
      orderBy: { seq: "asc" },
    });
    expect(events.map((e) => e.tokenId)).toEqual([token.id, null]);
    const feed = await call(activityRoute.GET, { launchId }, token.secret);
    const entries = feed.body.events as { seq: number; token?: { id: string; name: string } }[];
    expect(entries.find((e) => e.seq === events[0]!.seq)?.token).toEqual({ id: token.id, name: "CI deploy bot" });
    expect(entries.find((e) => e.seq === events[1]!.seq)).not.toHaveProperty("token");
    expect(JSON.stringify(feed.body)).not.toContain(token.secret);
  });

  it("is refused with 401 once revoked, expired, or its owner deactivated; records last use", async () => {
    const { launchId, team } = await createLaunchWithTeam();
    const [admin, unknown] = [await createUser("Admin"), "lcu_not-a-real-token"];
    await getDb().user.update({ where: { id: admin.id }, data: { isAdmin: true } });
    const created = await createToken({
      actor: team.viewer,
      origin,
      name: "Dashboard",
      scope: "read",
      expiresInDays: 30,
    });
    expect((await call(launchRoute.GET, { launchId }, created.secret)).status).toBe(200);
    const stored = await getDb().apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.lastUsedAt).not.toBeNull();
    expect(stored.tokenHash).not.toContain(created.secret.slice(4));
    expect((await call(launchRoute.GET, { launchId }, unknown)).status).toBe(401);

    await setAccountActive({ actor: { ...admin, isAdmin: true }, origin, userId: team.viewer.id, active: false });
    expect(await call(launchRoute.GET, { launchId }, created.secret)).toMatchObject({
      status: 401,
      body: { error: expect.stringMatching(/deactivated/) },
    });
    await setAccountActive({ actor: { ...admin, isAdmin: true }, origin, userId: team.viewer.id, active: true });

    await getDb().apiToken.update({ where: { id: created.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await call(launchRoute.GET, { launchId }, created.secret)).toMatchObject({
      status: 401,
      body: { error: expect.stringMatching(/expired/) },
    });

    const other = await createToken({ actor: team.viewer, origin, name: "Other", scope: "read" });
    await revokeToken({ actor: team.viewer, origin, tokenId: other.id });
    expect(await call(launchRoute.GET, { launchId }, other.secret)).toMatchObject({
      status: 401,
      body: { error: expect.stringMatching(/revoked/) },
    });
    const events = await getDb().accountEvent.findMany({ where: { userId: team.viewer.id }, orderBy: { at: "asc" } });
    expect(events.map((event) => event.type)).toEqual(
      expect.arrayContaining(["token.created", "account.deactivated", "account.reactivated", "token.revoked"]),
    );
    expect(events[0]).toMatchObject({ ip: "203.0.113.9", userAgent: "vitest" });
  });

  it("cannot mint more tokens or see other people's", async () => {
    const { team } = await createLaunchWithTeam();
    const write = await tokenFor(team.lead);
    expect((await call(tokensRoute.POST, {}, write, "POST", { name: "More", scope: "write" })).status).toBe(403);
    await expect(
      createToken({ actor: team.lead, origin, name: "Theirs", scope: "read", userId: team.member.id }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("role × action with tokens", () => {
  const roles: Role[] = ["lead", "sponsor", "member", "viewer"];
  const actions: [string, Role[], (w: Awaited<ReturnType<typeof world>>, secret: string) => ReturnType<typeof call>][] =
    [
      [
        "tick an item",
        ["lead", "member"],
        (w, secret) =>
          call(itemRoute.PATCH, { launchId: w.launchId, itemId: w.items[0]!.id }, secret, "PATCH", { status: "done" }),
      ],
      [
        "log an incident",
        ["lead", "member"],
        (w, secret) =>
          call(incidentsRoute.POST, { launchId: w.launchId }, secret, "POST", { title: "Errors", severity: "low" }),
      ],
      [
        "decide a gate",
        ["sponsor"],
        (w, secret) =>
          call(decideRoute.POST, { launchId: w.launchId, gateId: w.gateId }, secret, "POST", { decision: "hold" }),
      ],
      [
        "edit the launch",
        ["lead"],
        (w, secret) =>
          call(launchRoute.PATCH, { launchId: w.launchId }, secret, "PATCH", { name: "Renamed", version: 1 }),
      ],
    ];

  async function world() {
    const setup = await createLaunchWithTeam();
    const gate = await createGate({ actor: setup.team.lead, launchId: setup.launchId, title: "Go / no-go" });
    await openGateRound({ actor: setup.team.lead, launchId: setup.launchId, gateId: gate.id });
    return { ...setup, gateId: gate.id };
  }

  it.each(actions)(
    "%s with a write token: allowed for %j only, 403 for the rest and for outsiders",
    async (_name, allowed, attempt) => {
      for (const role of [...roles, "outsider" as const]) {
        const w = await world();
        const actor = role === "outsider" ? w.outsider : w.team[role];
        const { status } = await attempt(w, await tokenFor(actor));
        const outcome = status < 300 ? "allowed" : status === 403 ? "denied" : `failed ${status}`;
        expect(`${role}: ${outcome}`).toBe(`${role}: ${allowed.includes(role as Role) ? "allowed" : "denied"}`);
      }
    },
  );
});
