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
});
