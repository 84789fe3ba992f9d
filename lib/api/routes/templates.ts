import { z } from "zod";
import { defineRoute } from "@/lib/api/define-route";
import * as api from "@/lib/openapi/api-schemas";
import { launchFromTemplateInput } from "@/lib/templates/schemas";

export const listTemplatesRoute = defineRoute({
  method: "GET",
  path: "/api/templates",
  operationId: "listTemplates",
  tag: "Templates",
  summary: "Built-in and saved templates",
  response: z.object({ templates: z.array(api.templateSummaryBody) }),
});

export const launchFromTemplateRoute = defineRoute({
  method: "POST",
  path: "/api/templates/{templateId}/launch",
  operationId: "launchFromTemplate",
  tag: "Templates",
  summary: "Create a launch from a template (dates shift to its go-live)",
  body: launchFromTemplateInput,
  status: 201,
  response: api.createdBody,
});
