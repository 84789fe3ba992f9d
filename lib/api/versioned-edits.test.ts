import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { PATCH as launchDoor } from "@/app/api/launches/[launchId]/route";
import { PATCH as memberDoor } from "@/app/api/launches/[launchId]/members/[userId]/route";
import { PATCH as sectionDoor } from "@/app/api/launches/[launchId]/sections/[sectionId]/route";
import { PATCH as gateDoor } from "@/app/api/launches/[launchId]/gates/[gateId]/route";
import { POST as metricDoor } from "@/app/api/launches/[launchId]/metrics/route";
import { POST as triggerDoor } from "@/app/api/launches/[launchId]/triggers/route";
import { POST as messageDoor } from "@/app/api/launches/[launchId]/communications/route";
import { POST as channelDoor } from "@/app/api/launches/[launchId]/channels/route";
import { PUT as statusPageDoor } from "@/app/api/launches/[launchId]/status-page/route";
import { createGate } from "@/lib/gates/create-gate";
import { saveMetric } from "@/lib/checkpoints/save-metric";
import { saveTrigger } from "@/lib/checkpoints/save-trigger";
import { saveCommunication } from "@/lib/comms/save-communication";
import { saveChannel } from "@/lib/outbound/save-channel";
import { saveStatusPage } from "@/lib/status-page/save-status-page";
import { createToken } from "@/lib/tokens/create-token";
import { getDb } from "@/lib/db";
import { createLaunchWithTeam } from "@/test/factories";

type Door = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type World = Awaited<ReturnType<typeof createLaunchWithTeam>>;
type Answer = Record<string, unknown>;

/**
 * One editable entity: the real door (built by serve() from its definition), the edit it makes, and
 * how to read back what is stored, so a refused edit can be shown to have changed nothing.
 */
type Case = {
  name: string;
  door: Door;
  method: "PATCH" | "POST" | "PUT";
  setup: (w: World) => Promise<{ path: string; params: Record<string, string>; base: Answer }>;
  /** Two different values of the edited field, and where the answer keeps the entity. */
  edit: (value: string) => Answer;
  stored: (w: World, params: Record<string, string>) => Promise<string>;
  entity?: (body: Answer) => Answer;
};

const db = () => getDb();
const launchPath = (w: World) => `/api/launches/${w.launchId}`;

const cases: Case[] = [
  {
    name: "launch",
    door: launchDoor as Door,
    method: "PATCH",
    setup: async (w) => ({ path: launchPath(w), params: { launchId: w.launchId }, base: {} }),
    edit: (value) => ({ description: value }),
    stored: async (w) => (await db().launch.findUniqueOrThrow({ where: { id: w.launchId } })).description,
  },
  {
    name: "member",
    door: memberDoor as Door,
    method: "PATCH",
    setup: async (w) => ({
      path: `${launchPath(w)}/members/${w.team.member.id}`,
      params: { launchId: w.launchId, userId: w.team.member.id },
      base: {},
    }),
    edit: (value) => ({ function: value }),
    stored: async (w) =>
      (
        await db().membership.findUniqueOrThrow({
          where: { launchId_userId: { launchId: w.launchId, userId: w.team.member.id } },
        })
      ).function,
  },
  {
    name: "checklist section",
    door: sectionDoor as Door,
    method: "PATCH",
    setup: async (w) => {
      const section = await db().checklistSection.findFirstOrThrow({ where: { launchId: w.launchId } });
      return {
        path: `${launchPath(w)}/sections/${section.id}`,
        params: { launchId: w.launchId, sectionId: section.id },
        base: {},
      };
    },
    edit: (value) => ({ title: value }),
    stored: async (_w, params) =>
      (await db().checklistSection.findUniqueOrThrow({ where: { id: params.sectionId } })).title,
  },
  {
    name: "gate",
    door: gateDoor as Door,
    method: "PATCH",
    setup: async (w) => {
      const gate = await createGate({ actor: w.team.lead, launchId: w.launchId, title: "Go / no-go" });
      return { path: `${launchPath(w)}/gates/${gate.id}`, params: { launchId: w.launchId, gateId: gate.id }, base: {} };
    },
    edit: (value) => ({ title: value }),
    stored: async (_w, params) => (await db().gate.findUniqueOrThrow({ where: { id: params.gateId } })).title,
  },
  {
    name: "metric",
    door: metricDoor as Door,
    method: "POST",
    setup: async (w) => {
      const input = { key: "p95_ms", name: "p95", comparator: "lt", threshold: 500 } as const;
      const metric = await saveMetric({ actor: w.team.lead, launchId: w.launchId, ...input });
      return { path: `${launchPath(w)}/metrics`, params: { launchId: w.launchId }, base: { ...input, id: metric.id } };
    },
    edit: (value) => ({ name: value }),
    stored: async (w) => (await db().metric.findFirstOrThrow({ where: { launchId: w.launchId } })).name,
  },
  {
    name: "rollback trigger",
    door: triggerDoor as Door,
    method: "POST",
    setup: async (w) => {
      const trigger = await saveTrigger({ actor: w.team.lead, launchId: w.launchId, kind: "critical_incident" });
      return {
        path: `${launchPath(w)}/triggers`,
        params: { launchId: w.launchId },
        base: { id: trigger.id, kind: "critical_incident" },
      };
    },
    edit: (value) => ({ description: value }),
    stored: async (w) => (await db().rollbackTrigger.findFirstOrThrow({ where: { launchId: w.launchId } })).description,
  },
  {
    name: "planned message",
    door: messageDoor as Door,
    method: "POST",
    setup: async (w) => {
      const input = { dueAt: "2026-11-28T08:00:00Z", audience: "Stakeholders", channel: "Email", text: "Live" };
      const message = await saveCommunication({ actor: w.team.lead, launchId: w.launchId, ...input });
      return {
        path: `${launchPath(w)}/communications`,
        params: { launchId: w.launchId },
        base: { ...input, id: message.id },
      };
    },
    edit: (value) => ({ text: value }),
    stored: async (w) => (await db().communication.findFirstOrThrow({ where: { launchId: w.launchId } })).text,
  },
  {
    name: "outbound channel",
    door: channelDoor as Door,
    method: "POST",
    setup: async (w) => {
      const input = { kind: "email", name: "CAB", emailTo: "cab@example.com" } as const;
      const { channel } = await saveChannel({ actor: w.team.lead, launchId: w.launchId, ...input });
      return {
        path: `${launchPath(w)}/channels`,
        params: { launchId: w.launchId },
        base: { ...input, id: channel.id },
      };
    },
    edit: (value) => ({ name: value }),
    stored: async (w) => (await db().outboundChannel.findFirstOrThrow({ where: { launchId: w.launchId } })).name,
    entity: (body) => body.channel as Answer,
  },
  {
    name: "status page settings",
    door: statusPageDoor as Door,
    method: "PUT",
    setup: async (w) => {
      await saveStatusPage({ actor: w.team.lead, launchId: w.launchId, enabled: true });
      return { path: `${launchPath(w)}/status-page`, params: { launchId: w.launchId }, base: {} };
    },
    edit: (value) => ({ headline: value }),
    stored: async (w) => (await db().statusPage.findUniqueOrThrow({ where: { launchId: w.launchId } })).headline,
  },
];

async function bearer(w: World) {
  const origin = { ip: "127.0.0.1", userAgent: "test" };
  const { secret } = await createToken({ actor: w.team.lead, origin, name: "versions", scope: "write" });
  return secret;
}

describe("field edits name the version they are based on", () => {
  it.each(cases)(
    "$name: 422 without version, 200 and version+1 with it, 409 with the current state when stale",
    async (c) => {
      const w = await createLaunchWithTeam();
      const token = await bearer(w);
      const { path, params, base } = await c.setup(w);
      const send = async (body: Answer) => {
        const response = await c.door(
          new NextRequest(new URL(path, "http://localhost"), {
            method: c.method,
            headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
            body: JSON.stringify(body),
          }),
          { params: Promise.resolve(params) },
        );
        return { status: response.status, body: (await response.json()) as Answer };
      };
      const entityOf = c.entity ?? ((body: Answer) => body);
      const before = await c.stored(w, params);

      const missing = await send({ ...base, ...c.edit("First edit") });
      expect(missing.status, JSON.stringify(missing.body)).toBe(422);
      expect(missing.body).toMatchObject({
        code: "invalid",
        fields: { version: [expect.stringContaining("version")] },
      });
      expect(await c.stored(w, params)).toBe(before);

      const saved = await send({ ...base, ...c.edit("First edit"), version: 1 });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      expect(entityOf(saved.body).version).toBe(2);
      expect(await c.stored(w, params)).toBe("First edit");

      const stale = await send({ ...base, ...c.edit("Stale edit"), version: 1 });
      expect(stale.status, JSON.stringify(stale.body)).toBe(409);
      expect(stale.body).toMatchObject({ code: "conflict", current: { version: 2 } });
      expect(JSON.stringify(stale.body.current)).toContain("First edit");
      expect(await c.stored(w, params)).toBe("First edit");
    },
  );
});

describe("transitions need no version", () => {
  it("turns the status page off and archives a launch (twice: idempotent) without one", async () => {
    const w = await createLaunchWithTeam();
    const token = await bearer(w);
    const send = async (door: Door, method: string, path: string, body: Answer) => {
      const response = await door(
        new NextRequest(new URL(path, "http://localhost"), {
          method,
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify(body),
        }),
        { params: Promise.resolve({ launchId: w.launchId }) },
      );
      return { status: response.status, body: (await response.json()) as Answer };
    };
    await saveStatusPage({ actor: w.team.lead, launchId: w.launchId, enabled: true });
    const off = await send(statusPageDoor as Door, "PUT", `${launchPath(w)}/status-page`, { enabled: false });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    expect(off.body).toMatchObject({ enabled: false });
    for (let round = 0; round < 2; round++) {
      const archived = await send(launchDoor as Door, "PATCH", launchPath(w), { archived: true });
      expect(archived.status, JSON.stringify(archived.body)).toBe(200);
      expect(archived.body.archivedAt).toEqual(expect.any(String));
    }
  });
});
