import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { POST as pushMetricsDoor } from "@/app/api/launches/[launchId]/metrics/push/route";
import { GET as healthDoor } from "@/app/api/health/route";
import { GET as documentDoor } from "@/app/api/openapi.json/route";
import { saveMetric } from "@/lib/checkpoints/save-metric";
import { rotateMetricsToken } from "@/lib/checkpoints/rotate-metrics-token";
import { getDb } from "@/lib/db";
import { createLaunchWithTeam } from "@/test/factories";

// The real route handlers, built by serve() from their definitions, called as Next calls them. Doors
// that need a session are reached through the browser tests; these are the public and token doors.
const call = (
  door: typeof healthDoor,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
  params = {},
) => door(new NextRequest(new URL(url, "http://localhost"), init), { params: Promise.resolve(params) });

describe("serve()", () => {
  it("authenticates a token door, parses its body with the definition, and answers with its status", async () => {
    const { launchId, team } = await createLaunchWithTeam();
    await saveMetric({ actor: team.lead, launchId, key: "p95_ms", name: "p95", comparator: "lt", threshold: 300 });
    const { token } = await rotateMetricsToken({ actor: team.lead, launchId });
    const url = `/api/launches/${launchId}/metrics/push`;
    const push = (headers: Record<string, string>, body: string) =>
      call(
        pushMetricsDoor,
        url,
        { method: "POST", headers: { "content-type": "application/json", ...headers }, body },
        { launchId },
      );
    const good = JSON.stringify({ values: [{ metric: "p95_ms", value: 250 }] });

    const anonymous = await push({}, good);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({
      code: "unauthenticated",
      error: expect.stringContaining("Authorization: Bearer"),
    });
    expect((await push({ authorization: "Bearer wrong" }, good)).status).toBe(401);

    const notJson = await push({ authorization: `Bearer ${token}` }, "{values:");
    expect(notJson.status).toBe(422);
    expect(await notJson.json()).toMatchObject({ code: "invalid", error: "The request body is not valid JSON." });
    const invalid = await push({ authorization: `Bearer ${token}` }, JSON.stringify({ values: [] }));
    expect(await invalid.json()).toMatchObject({ code: "invalid", fields: { values: ["Send at least one value."] } });
    expect(await getDb().metricSample.count({ where: { launchId } })).toBe(0);

    const stored = await push({ authorization: `Bearer ${token}` }, good);
    expect(stored.status).toBe(201);
    expect(await stored.json()).toEqual({ stored: 1 });
  });

  it("refuses an empty path id with a 422 before any operation runs", async () => {
    const response = await call(
      pushMetricsDoor,
      "/api/launches//metrics/push",
      { method: "POST", headers: { authorization: "Bearer x", "content-type": "application/json" }, body: "{}" },
      { launchId: "" },
    );
    expect(response.status).toBe(422);
  });

  it("passes on a Response the operation builds (health) and serves the document", async () => {
    const health = await call(healthDoor, "/api/health");
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok", db: "ok" });
    const document = (await (await call(documentDoor, "/api/openapi.json")).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(document.paths)).toContain("/api/launches/{launchId}/metrics/push");
  });
});
