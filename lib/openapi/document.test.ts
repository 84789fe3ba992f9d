import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allRoutes } from "@/lib/api/routes";
import { buildOpenApiDocument } from "@/lib/openapi/document";

type Operation = {
  operationId?: string;
  tags?: string[];
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
};
type Document = {
  openapi: string;
  servers?: { url: string }[];
  paths: Record<
    string,
    Record<
      string,
      Operation & { requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> } }
    >
  >;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
};

const document = buildOpenApiDocument() as unknown as Document;
const appDir = path.resolve(__dirname, "../../app");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/** Every app/api route file with the HTTP methods it exports, read from its source. */
function routeFiles() {
  const files = readdirSync(path.join(appDir, "api"), { recursive: true, encoding: "utf8" }).filter(
    (file) => path.basename(file) === "route.ts",
  );
  return files.map((file) => {
    const source = readFileSync(path.join(appDir, "api", file), "utf8");
    const methods = new Set<string>();
    for (const match of source.matchAll(/export\s+(?:const|async\s+function|function)\s+([A-Z]+)\b/g))
      methods.add(match[1]!);
    for (const match of source.matchAll(/export\s*\{([^}]*)\}/g))
      for (const alias of match[1]!.matchAll(/as\s+([A-Z]+)/g)) methods.add(alias[1]!);
    const url = "/api/" + path.dirname(file).split(path.sep).join("/");
    return { file: `app/api/${file}`, url, methods: [...methods].filter((method) => METHODS.includes(method)) };
  });
}

/** A route file's URL as a pattern over documented paths: `[id]` is one segment, `[...rest]` one or more. */
function urlPattern(url: string): RegExp {
  const segments = url.split("/").map((segment) => {
    if (/^\[\.\.\.\w+\]$/.test(segment)) return "[^/]+(?:/[^/]+)*";
    if (/^\[\w+\]$/.test(segment)) return "[^/]+";
    return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  });
  return new RegExp(`^${segments.join("/")}$`);
}

// A documented path is served by the most specific route file: a static segment beats a dynamic one,
// as Next's router does (steps/{stepId}/correct is the correct/ folder, not [action]).
function servingFile(documentedPath: string, files: ReturnType<typeof routeFiles>) {
  const matching = files.filter((file) => urlPattern(file.url).test(documentedPath));
  const dynamicCount = (url: string) => (url.match(/\[/g) ?? []).length;
  return matching.sort((a, b) => dynamicCount(a.url) - dynamicCount(b.url))[0];
}

describe("OpenAPI document", () => {
  const files = routeFiles();

  it("finds the route files (a guard against the listing itself breaking)", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.find((file) => file.url === "/api/launches/[launchId]/items/[itemId]")?.methods.sort()).toEqual([
      "DELETE",
      "PATCH",
    ]);
    expect(files.find((file) => file.url === "/api/auth/[...nextauth]")?.methods.sort()).toEqual(["GET", "POST"]);
  });

  it("describes every method of every app/api route file", () => {
    const missing: string[] = [];
    for (const file of files) {
      for (const method of file.methods) {
        const documented = Object.entries(document.paths).some(
          ([documentedPath, operations]) =>
            operations[method.toLowerCase()] && servingFile(documentedPath, files) === file,
        );
        if (!documented) missing.push(`${method} ${file.file}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("describes no door that does not exist", () => {
    const phantom: string[] = [];
    for (const [documentedPath, operations] of Object.entries(document.paths)) {
      const file = servingFile(documentedPath, files);
      for (const method of Object.keys(operations))
        if (!file?.methods.includes(method.toUpperCase())) phantom.push(`${method} ${documentedPath}`);
    }
    expect(phantom).toEqual([]);
  });

  it("gives every operation a unique operationId, a tag, a typed success answer and error answers", () => {
    const ids = new Set<string>();
    for (const [documentedPath, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const where = `${method} ${documentedPath}`;
        expect(operation.operationId, where).toMatch(/^[a-z][A-Za-z]+$/);
        expect(ids.has(operation.operationId!), `${where} repeats ${operation.operationId}`).toBe(false);
        ids.add(operation.operationId!);
        expect(operation.tags?.length, where).toBe(1);
        const success = Object.entries(operation.responses).filter(([status]) => status.startsWith("2"));
        expect(success.length, where).toBeGreaterThan(0);
        for (const [, response] of success) expect(Object.keys(response.content ?? {}).length, where).toBe(1);
        expect(operation.responses["500"], where).toBeDefined();
      }
    }
    expect(ids.size).toBe(allRoutes.length);
  });

  it("describes downloads with their media types and has a server entry", () => {
    const csv = document.paths["/api/launches/{launchId}/report/incidents.csv"]!.get!.responses["200"]!.content!;
    expect(Object.keys(csv)).toEqual(["text/csv"]);
    const markdown = document.paths["/api/launches/{launchId}/report/markdown"]!.get!.responses["200"]!.content!;
    expect(Object.keys(markdown)).toEqual(["text/markdown"]);
    expect(document.servers?.length).toBe(1);
  });

  it("takes request bodies from the shared zod schemas", () => {
    expect(document.openapi).toBe("3.1.0");
    const patchItem =
      document.paths["/api/launches/{launchId}/items/{itemId}"]!.patch!.requestBody!.content["application/json"]!
        .schema;
    expect(Object.keys(patchItem.properties ?? {})).toEqual(
      expect.arrayContaining([
        "status",
        "statusReason",
        "evidence",
        "version",
        "title",
        "ownerId",
        "dueAt",
        "required",
      ]),
    );
    const importBody = document.paths["/api/launches/import"]!.post!.requestBody!.content["application/json"]!.schema;
    expect(Object.keys(importBody.properties ?? {})).toEqual(expect.arrayContaining(["markdown", "name"]));
    expect(Object.keys(document.components.schemas.LaunchSnapshot?.properties ?? {})).toEqual(
      expect.arrayContaining(["seq", "sections", "members"]),
    );
  });

  it("documents the step start guard rails: force with a reason, and the 409 naming the predecessors", () => {
    const start = (
      document.paths["/api/launches/{launchId}/steps/{stepId}/start"] as unknown as Record<
        string,
        {
          requestBody: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> };
          responses: Record<string, { description: string; content: Record<string, { schema: { $ref?: string } }> }>;
        }
      >
    ).post!;
    expect(Object.keys(start.requestBody.content["application/json"]!.schema.properties ?? {})).toEqual(
      expect.arrayContaining(["force", "reason", "confirmPointOfNoReturn"]),
    );
    expect(start.responses["409"]!.description).toContain("predecessors");
    expect(start.responses["409"]!.content["application/json"]!.schema.$ref).toBe("#/components/schemas/StepConflict");
    expect(Object.keys(document.components.schemas.StepConflict?.properties ?? {})).toEqual(
      expect.arrayContaining(["error", "predecessors"]),
    );
    expect(document.paths["/api/launches/{launchId}/rehearsals"]).toBeDefined();
  });
});
