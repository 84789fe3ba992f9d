import { test, expect } from "../support/fixtures";

type Operation = {
  summary?: string;
  requestBody?: { content: Record<string, { schema: unknown }> };
  security?: unknown[];
};
type OpenApiDocument = { openapi: string; info: { title: string }; paths: Record<string, Record<string, Operation>> };

const methods = ["get", "post", "patch", "put", "delete"] as const;

test("GET /api/openapi.json is an OpenAPI 3.1 document listing the import and item routes", async ({ request }) => {
  const response = await request.get("/api/openapi.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  const document = (await response.json()) as OpenApiDocument;

  expect(document.openapi).toMatch(/^3\.1\.\d+$/);
  expect(document.info.title).toBeTruthy();
  const operations = (path: string) =>
    Object.keys(document.paths[path] ?? {})
      .filter((key) => (methods as readonly string[]).includes(key))
      .sort();
  expect(operations("/api/launches/import")).toEqual(["post"]);
  expect(operations("/api/launches/import-csv")).toEqual(["post"]);
  expect(operations("/api/launches/{launchId}/items")).toEqual(["post"]);
  expect(operations("/api/launches/{launchId}/items/{itemId}")).toEqual(["delete", "patch"]);
  expect(operations("/api/launches/{launchId}/items/{itemId}/move")).toEqual(["post"]);
  expect(operations("/api/launches/{launchId}/items/{itemId}/restore")).toEqual(["post"]);

  // The import takes the document as `markdown`, and the item PATCH documents its conflict guard.
  const importBody = JSON.stringify(document.paths["/api/launches/import"]!.post!.requestBody);
  expect(importBody).toContain('"markdown"');
  const patchItem = JSON.stringify(document.paths["/api/launches/{launchId}/items/{itemId}"]!.patch);
  expect(patchItem).toContain('"version"');
  expect(patchItem).toContain('"status"');
});

test("every operation in the document is a real route: signed out, each answers 401 (public doors answer on their own terms), never 404", async ({
  request,
  launch,
}) => {
  const document = (await (await request.get("/api/openapi.json")).json()) as OpenApiDocument;
  const item = launch.items[0]!;
  const ids: Record<string, string> = {
    launchId: launch.id,
    itemId: item.id,
    sectionId: item.sectionId,
    userId: "someone",
    templateId: "some-template",
  };
  let checked = 0;
  for (const [path, entry] of Object.entries(document.paths)) {
    for (const method of methods) {
      const operation = entry[method];
      if (!operation) continue;
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? name);
      const response = await request.fetch(url, { method: method.toUpperCase(), maxRedirects: 0 });
      const isPublic = operation.security !== undefined && operation.security.length === 0;
      // Public doors (health, the clock, the token-authenticated metrics push) answer on their own
      // terms (200, or 401 for a missing token); every other door refuses a signed-out caller.
      // next-auth's own doors (sign-in, sign-out) redirect a bare request back to its forms.
      if (path.startsWith("/api/auth/"))
        expect([200, 302], `${method.toUpperCase()} ${path}`).toContain(response.status());
      else if (isPublic) {
        // A public door on an unknown id (the status page's token) answers our own 404 — the route exists.
        const ownNotFound = response.status() === 404 && (await response.json().catch(() => ({}))).code === "not_found";
        if (!ownNotFound) expect([200, 401], `${method.toUpperCase()} ${path}`).toContain(response.status());
      } else expect(response.status(), `${method.toUpperCase()} ${path}`).toBe(401);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(25);
});
