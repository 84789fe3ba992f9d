import { z } from "zod";
import { defineRoute } from "@/lib/api/define-route";
import * as api from "@/lib/openapi/api-schemas";

const tag = "System";

export const healthRoute = defineRoute({
  method: "GET",
  path: "/api/health",
  operationId: "checkHealth",
  tag,
  auth: "public",
  summary: "Health of the app and its database",
  description: "503 with the same body when the database does not answer within 2 s.",
  response: api.healthBody,
  errors: ["unavailable"],
});

export const serverTimeRoute = defineRoute({
  method: "GET",
  path: "/api/time",
  operationId: "getServerTime",
  tag,
  auth: "public",
  summary: "The server's clock (for clock-offset correction)",
  response: z.object({ now: z.string() }),
});

export const openApiRoute = defineRoute({
  method: "GET",
  path: "/api/openapi.json",
  operationId: "getOpenApiDocument",
  tag,
  auth: "public",
  summary: "This document (OpenAPI 3.1)",
  response: z.record(z.string(), z.unknown()),
});
