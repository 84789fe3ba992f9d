import { defineRoute } from "@/lib/api/define-route";
import * as api from "@/lib/openapi/api-schemas";
import { openIncidentInput, updateIncidentInput } from "@/lib/incidents/schemas";
import { saveCommunicationInput } from "@/lib/comms/schemas";

export const openIncidentRoute = defineRoute({
  method: "POST",
  path: "/api/launches/{launchId}/incidents",
  operationId: "openIncident",
  tag: "Incidents",
  summary: "Log an incident (lead, member)",
  body: openIncidentInput,
  status: 201,
  response: api.incidentBody,
});

export const updateIncidentRoute = defineRoute({
  method: "PATCH",
  path: "/api/launches/{launchId}/incidents/{incidentId}",
  operationId: "updateIncident",
  tag: "Incidents",
  summary: "Update an incident; resolving stamps the time (lead, member)",
  description:
    "`version` is required when changing any field other than `status` (422 without it; 409 with the current state when stale).",
  body: updateIncidentInput,
  response: api.incidentBody,
  errors: ["conflict"],
});

export const saveCommunicationRoute = defineRoute({
  method: "POST",
  path: "/api/launches/{launchId}/communications",
  operationId: "saveCommunication",
  tag: "Communications",
  summary:
    "Plan (201) or, with `id`, edit (200) a scheduled message (lead): at a time, relative to go-live, a step or a checkpoint, once or recurring",
  description:
    "Editing (with `id`) replaces the record's fields and requires the `version` you last read (422 without it; 409 with the `current` state when stale); the answer carries the new version. Adding needs no version.",
  body: saveCommunicationInput,
  status: "upsert",
  response: api.communicationBody,
  errors: ["conflict"],
});

export const markSentRoute = defineRoute({
  method: "POST",
  path: "/api/launches/{launchId}/communications/{messageId}/sent",
  operationId: "markCommunicationSent",
  tag: "Communications",
  summary: "Mark a message sent (lead, member)",
  response: api.communicationBody,
  errors: ["conflict"],
});
