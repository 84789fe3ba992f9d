import { afterEach, describe, expect, it, vi } from "vitest";
import { callApi, findRoute, apiRequest, routeUrl } from "@/lib/api/client";
import { importMarkdownRoute } from "@/lib/api/routes/launches";
import { updateItemRoute } from "@/lib/api/routes/checklist";
import { listActivityRoute } from "@/lib/api/routes/activity";
import { correctStepRoute, runStepRoutes } from "@/lib/api/routes/timeline";
import { exportPlanCsvRoute } from "@/lib/api/routes/reports";

// The browser's fetch is stood in for by answers we write, to see how the client treats each kind; the
// server side of these doors is tested against the real database in contract.test.ts.
function answerWith(status: number, body: unknown, contentType = "application/json") {
  const fetch = vi.fn(
    async () =>
      new Response(typeof body === "string" ? body : JSON.stringify(body), {
        status,
        headers: { "content-type": contentType },
      }),
  );
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("API client", () => {
  it("builds URLs from the definition: ids encoded, empty query values left out", () => {
    expect(routeUrl(updateItemRoute, { launchId: "l 1", itemId: "i/2" })).toBe("/api/launches/l%201/items/i%2F2");
    expect(routeUrl(listActivityRoute, { launchId: "l1" }, { limit: 20, type: undefined, actorId: "" })).toBe(
      "/api/launches/l1/activity?limit=20",
    );
  });

  it("finds the definition a URL leads to", () => {
    expect(findRoute("POST", "/api/launches/import")).toBe(importMarkdownRoute);
    expect(findRoute("PATCH", "/api/launches/l1/items/i1?x=1")).toBe(updateItemRoute);
    expect(findRoute("POST", "/api/launches/l1/steps/s1/correct")).toBe(correctStepRoute);
    expect(findRoute("POST", "/api/launches/l1/steps/s1/skip")).toBe(runStepRoutes.skip);
    expect(findRoute("GET", "/api/nowhere")).toBeUndefined();
  });

  it("sends the body as JSON and reports an answer that does not match the definition", async () => {
    const fetch = answerWith(200, { id: "i1", title: "Only two fields" });
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const answer = await callApi(updateItemRoute, {
      params: { launchId: "l1", itemId: "i1" },
      body: { status: "done" },
    });
    expect(fetch).toHaveBeenCalledWith(
      "/api/launches/l1/items/i1",
      expect.objectContaining({ method: "PATCH", body: '{"status":"done"}' }),
    );
    expect(answer).toEqual({ ok: true, status: 200, body: { id: "i1", title: "Only two fields" }, seq: null });
    expect(errors).toHaveBeenCalledWith(
      expect.stringContaining("PATCH /api/launches/{launchId}/items/{itemId} (updateItem) answered a body"),
    );
  });

  it("checks answers to URL-built requests too, and stays quiet when they match", async () => {
    answerWith(201, { id: "launch-1" });
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await apiRequest("POST", "/api/launches/import", { markdown: "# x" })).toMatchObject({
      ok: true,
      status: 201,
    });
    expect(errors).not.toHaveBeenCalled();
  });

  it("returns the server's own message and field errors on a refusal", async () => {
    answerWith(422, {
      error: "Invalid input. title: Give the item a title.",
      code: "invalid",
      fields: { title: ["Give the item a title."] },
    });
    const answer = await apiRequest("POST", "/api/launches/l1/items", { title: "" });
    expect(answer).toMatchObject({
      ok: false,
      status: 422,
      error: "Invalid input. title: Give the item a title.",
      body: { fields: { title: ["Give the item a title."] } },
    });
  });

  it("words a refusal without a message and a lost connection", async () => {
    answerWith(502, "<html>Bad gateway</html>", "text/html");
    expect(await apiRequest("GET", "/api/launches")).toMatchObject({
      ok: false,
      status: 502,
      error: "The server answered 502; try again.",
    });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    expect(await apiRequest("GET", "/api/launches")).toMatchObject({
      ok: false,
      status: 0,
      error: expect.stringContaining("No connection"),
    });
  });

  it("reports a success whose body was cut off (the server stopping mid-answer) as a failure, not an empty success", async () => {
    // A body stream that breaks after the headers, as a connection closed mid-answer does.
    const broken = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"events":['));
        controller.error(new TypeError("network error"));
      },
    });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(broken, { status: 200, headers: { "content-type": "application/json" } })),
    );
    expect(await apiRequest("GET", "/api/launches/l1/activity?limit=2")).toMatchObject({
      ok: false,
      status: 0,
      error: expect.stringContaining("cut off"),
    });
    answerWith(200, '{"events":[', "application/json");
    expect(await apiRequest("GET", "/api/launches/l1/activity?limit=2")).toMatchObject({ ok: false, status: 0 });
    answerWith(200, "", "application/json");
    expect(await apiRequest("POST", "/api/launches/l1/items/i1/restore")).toMatchObject({ ok: true, body: {} });
  });

  it("reads downloads as text", async () => {
    answerWith(200, "title,status\nBackups,done\n", "text/csv");
    expect(await callApi(exportPlanCsvRoute, { params: { launchId: "l1" } })).toEqual({
      ok: true,
      status: 200,
      body: "title,status\nBackups,done\n",
      seq: null,
    });
  });
});
