import { z } from "zod";
import { defineRoute } from "@/lib/api/define-route";
import * as api from "@/lib/openapi/api-schemas";
import { activityQuery, listEventsQuery } from "@/lib/audit/schemas";

export const listEventsRoute = defineRoute({
  method: "GET",
  path: "/api/launches/{launchId}/events",
  operationId: "listEvents",
  tag: "Activity",
  summary: "Events after a sequence number, in order (catch-up)",
  query: listEventsQuery,
  response: z.object({ events: z.array(api.eventBody), seq: z.number().int(), hasMore: z.boolean() }),
});

export const listActivityRoute = defineRoute({
  method: "GET",
  path: "/api/launches/{launchId}/activity",
  operationId: "listActivity",
  tag: "Activity",
  summary: "Activity feed, newest first, filterable",
  query: activityQuery,
  response: z.object({ events: z.array(api.eventBody) }),
});
