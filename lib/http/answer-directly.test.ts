import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { answerDirectly } from "@/lib/http/answer-directly";
import { directRoutes, matchDirectRoute } from "@/lib/http/direct-routes";
import { createStep } from "@/lib/timeline/create-step";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { createLaunchWithTeam } from "@/test/factories";

const SECRET = "direct-door-test-secret";

/** Every folder under `dir` that holds a route.ts, as app-relative paths (`app/api/…`). */
function routeFolders(dir: string): string[] {
  const here = existsSync(join(dir, "route.ts")) ? [dir] : [];
  const below = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => routeFolders(join(dir, entry.name)));
  return [...here, ...below];
}
let server: Server;
let base = "";

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = SECRET;
  // What server.ts does: the direct door first, anything else to Next (here: a plain 404).
  server = createServer((request, response) => {
    if (answerDirectly(request, response)) return;
    response.writeHead(404).end("not direct");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const cookieFor = async (actor: Actor) =>
  `next-auth.session-token=${await encode({ token: { sub: actor.id, name: actor.name, email: actor.email }, secret: SECRET })}`;

async function call(
  method: string,
  path: string,
  { cookie = "", body = "", headers = {} as Record<string, string> } = {},
) {
  const response = await fetch(base + path, {
    method,
    headers: { "content-type": "application/json", cookie, ...headers },
    body: body || undefined,
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: text.startsWith("{") ? JSON.parse(text) : null,
  };
}

describe("the direct door (hot writes answered without Next)", () => {
  it("serves exactly the handlers of the route files it names", async () => {
    for (const route of directRoutes) {
      const routeFile = (await import(`@/app${route.folder}/route`)) as Record<string, unknown>;
      expect(routeFile[route.method], route.folder).toBe(route.handler);
    }
  });

  it("never takes a path that another route file serves (Next prefers static folders to dynamic ones)", () => {
    const folders = routeFolders("app/api").map((folder) => folder.slice("app".length));
    for (const folder of folders) {
      // A concrete URL for the folder: every dynamic segment filled with a sample id.
      const path = folder.replace(/\[(?:\.\.\.)?(\w+)\]/g, "sample-$1");
      for (const method of ["GET", "POST", "PATCH", "PUT", "DELETE"]) {
        const match = matchDirectRoute(method, path);
        if (match) expect(match.route.folder, `${method} ${path}`).toBe(folder);
      }
    }
    expect(matchDirectRoute("POST", "/api/launches/l1/steps/s1/correct")).toBeNull();
  });

  it("matches only its own method and path shape, decoding ids as Next does", () => {
    expect(matchDirectRoute("PATCH", "/api/launches/l1/items/i%201")?.params).toEqual({
      launchId: "l1",
      itemId: "i 1",
    });
    expect(matchDirectRoute("DELETE", "/api/launches/l1/items/i1")).toBeNull();
    expect(matchDirectRoute("PATCH", "/api/launches/l1/items/i1/move")).toBeNull();
    expect(matchDirectRoute("PATCH", "/api/launches/l1/items/i1/")).toBeNull();
    expect(matchDirectRoute("PATCH", "/api/launches//items/i1")).toBeNull();
    expect(matchDirectRoute("PATCH", "/api/launches/l1/items/%E0%A4%A")).toBeNull();
    expect(matchDirectRoute("POST", "/api/launches/l1/steps/s1/start")?.params).toEqual({
      launchId: "l1",
      stepId: "s1",
      action: "start",
    });
  });

  it("ticks an item with the same answer, headers and event as Next's door", async () => {
    const w = await createLaunchWithTeam();
    const item = w.items[0]!;
    const answer = await call("PATCH", `/api/launches/${w.launchId}/items/${item.id}?source=test`, {
      cookie: await cookieFor(w.team.member),
      body: JSON.stringify({ status: "done" }),
    });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ id: item.id, status: "done", version: item.version + 1 });
    const event = await getDb().auditEvent.findFirst({ where: { launchId: w.launchId, type: "item.updated" } });
    expect(answer.headers.get("launch-seq")).toBe(String(event?.seq));
    expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
    expect(answer.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(answer.headers.get("cache-control")).toBe("no-store, no-transform");
    // A body that starts with a byte-order mark is read as fetch reads it (the mark dropped).
    const again = await call("PATCH", `/api/launches/${w.launchId}/items/${item.id}`, {
      cookie: await cookieFor(w.team.member),
      body: `\uFEFF${JSON.stringify({ status: "todo", version: item.version + 1 })}`,
    });
    expect(again.json).toMatchObject({ status: "todo", version: item.version + 2 });
  });

  it("refuses bad requests with the same clear errors, changing nothing", async () => {
    const w = await createLaunchWithTeam();
    const path = `/api/launches/${w.launchId}/items/${w.items[0]!.id}`;
    const cookie = await cookieFor(w.team.lead);
    const refusals = [
      { expect: 401, request: { body: JSON.stringify({ status: "done" }) } },
      {
        expect: 403,
        request: { cookie, body: JSON.stringify({ status: "done" }), headers: { origin: "http://evil.example" } },
      },
      { expect: 422, request: { cookie, body: "{not json" } },
      { expect: 422, request: { cookie, body: JSON.stringify({ status: "done", evidence: "a\u0000b" }) } },
      { expect: 422, request: { cookie, body: JSON.stringify({ title: "Renamed without a version" }) } },
      { expect: 413, request: { cookie, body: JSON.stringify({ evidence: "x".repeat(1_100_000) }) } },
    ];
    for (const refusal of refusals) {
      const answer = await call("PATCH", path, refusal.request);
      expect(answer.status, answer.text).toBe(refusal.expect);
      expect(typeof answer.json?.error, answer.text).toBe("string");
    }
    expect(
      await call("PATCH", `/api/launches/${w.launchId}/items/missing-item`, {
        cookie,
        body: JSON.stringify({ status: "done" }),
      }),
    ).toMatchObject({
      status: 404,
    });
    const stored = await getDb().checklistItem.findUniqueOrThrow({ where: { id: w.items[0]!.id } });
    expect(stored).toMatchObject({
      status: w.items[0]!.status,
      version: w.items[0]!.version,
      title: w.items[0]!.title,
    });
    expect(await getDb().auditEvent.count({ where: { launchId: w.launchId, type: "item.updated" } })).toBe(0);
  });

  it("starts and completes a step, and leaves every other path to Next", async () => {
    const w = await createLaunchWithTeam();
    const step = await createStep({ actor: w.team.lead, launchId: w.launchId, title: "Switch traffic" });
    const cookie = await cookieFor(w.team.lead);
    const stepPath = `/api/launches/${w.launchId}/steps/${step.id}`;
    expect((await call("POST", `${stepPath}/start`, { cookie })).json).toMatchObject({ status: "in_progress" });
    expect((await call("POST", `${stepPath}/complete`, { cookie })).json).toMatchObject({ status: "done" });
    expect((await call("POST", `${stepPath}/launch`, { cookie })).status).toBe(404);
    expect((await call("GET", `/api/launches/${w.launchId}/items/${w.items[0]!.id}`, { cookie })).text).toBe(
      "not direct",
    );
  });
});
