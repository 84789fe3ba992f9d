import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/openapi/document";

describe("OpenAPI document", () => {
  const document = buildOpenApiDocument() as unknown as {
    openapi: string;
    paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown>; $ref?: string } }> } }>>;
    components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
  };

  it("is OpenAPI 3.1 and describes every door, including import", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/api/launches/import", "/api/launches/{launchId}", "/api/launches/{launchId}/items/{itemId}", "/api/health"]),
    );
  });

  it("takes request bodies from the shared zod schemas", () => {
    const patchItem = document.paths["/api/launches/{launchId}/items/{itemId}"]!.patch!.requestBody!.content["application/json"]!.schema;
    expect(Object.keys(patchItem.properties ?? {})).toEqual(
      expect.arrayContaining(["status", "statusReason", "evidence", "version", "title", "ownerId", "dueAt", "required"]),
    );
    const importBody = document.paths["/api/launches/import"]!.post!.requestBody!.content["application/json"]!.schema;
    expect(Object.keys(importBody.properties ?? {})).toEqual(expect.arrayContaining(["markdown", "name"]));
    expect(Object.keys(document.components.schemas.LaunchSnapshot?.properties ?? {})).toEqual(expect.arrayContaining(["seq", "sections", "members"]));
  });

  it("documents the step start guard rails: force with a reason, and the 409 naming the predecessors", () => {
    const start = (document.paths["/api/launches/{launchId}/steps/{stepId}/start"] as unknown as Record<string, { requestBody: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> }; responses: Record<string, { description: string; content: Record<string, { schema: { $ref?: string } }> }> }>).post!;
    expect(Object.keys(start.requestBody.content["application/json"]!.schema.properties ?? {})).toEqual(expect.arrayContaining(["force", "reason", "confirmPointOfNoReturn"]));
    expect(start.responses["409"]!.description).toContain("predecessors");
    expect(start.responses["409"]!.content["application/json"]!.schema.$ref).toBe("#/components/schemas/StepConflict");
    expect(Object.keys(document.components.schemas.StepConflict?.properties ?? {})).toEqual(expect.arrayContaining(["error", "predecessors"]));
    expect(document.paths["/api/launches/{launchId}/rehearsals"]).toBeDefined();
  });
});
