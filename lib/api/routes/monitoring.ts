import { z } from "zod";
import { defineRoute } from "@/lib/api/define-route";
import * as api from "@/lib/openapi/api-schemas";
import * as checkpoints from "@/lib/checkpoints/schemas";

const tag = "Monitoring";
const launchPath = "/api/launches/{launchId}";

export const pushMetricsRoute = defineRoute({
  method: "POST",
  path: `${launchPath}/metrics/push`,
  operationId: "pushMetrics",
  tag,
  auth: "token",
  summary: "Push metric values from a monitoring system",
  description:
    "Authenticated by the launch's metrics token (`Authorization: Bearer <token>`), not a session. " +
    "A wrong token answers 401, a malformed body 422; either way nothing is stored.",
  body: checkpoints.pushMetricsInput,
  status: 201,
  response: z.object({ stored: z.number().int() }),
  errors: ["rate_limited"],
});

export const rotateMetricsTokenRoute = defineRoute({
  method: "POST",
  path: `${launchPath}/metrics-token`,
  operationId: "rotateMetricsToken",
  tag,
  summary: "Create or replace the metrics push token; returned once (lead)",
  status: 201,
  response: z.object({ token: z.string() }),
});

export const saveMetricRoute = defineRoute({
  method: "POST",
  path: `${launchPath}/metrics`,
  operationId: "saveMetric",
  tag,
  summary: "Add (201) or, with `id`, change (200) a success criterion (lead)",
  description:
    "Editing (with `id`) replaces the record's fields and requires the `version` you last read (422 without it; 409 with the `current` state when stale); the answer carries the new version. Adding needs no version.",
  body: checkpoints.saveMetricInput,
  status: "upsert",
  response: api.metricBody,
  errors: ["conflict"],
});

export const deleteMetricRoute = defineRoute({
  method: "DELETE",
  path: `${launchPath}/metrics/{metricId}`,
  operationId: "deleteMetric",
  tag,
  summary: "Retire a success criterion (lead)",
  response: api.metricBody,
});

export const saveTriggerRoute = defineRoute({
  method: "POST",
  path: `${launchPath}/triggers`,
  operationId: "saveTrigger",
  tag,
  summary: "Add (201) or, with `id`, change (200) a rollback trigger (lead)",
  description:
    "Editing (with `id`) replaces the record's fields and requires the `version` you last read (422 without it; 409 with the `current` state when stale); the answer carries the new version. Adding needs no version.",
  body: checkpoints.saveTriggerInput,
  status: "upsert",
  response: api.triggerBody,
  errors: ["conflict"],
});

export const deleteTriggerRoute = defineRoute({
  method: "DELETE",
  path: `${launchPath}/triggers/{triggerId}`,
  operationId: "deleteTrigger",
  tag,
  summary: "Remove a rollback trigger (lead)",
  response: api.triggerBody,
});

export const submitCheckpointRoute = defineRoute({
  method: "POST",
  path: `${launchPath}/checkpoints`,
  operationId: "submitCheckpoint",
  tag,
  summary: "Submit a checkpoint report (lead, member)",
  description: "`amends: N` files a new version of checkpoint N; earlier versions stay on record.",
  body: checkpoints.submitCheckpointInput,
  status: 201,
  response: api.checkpointBody,
  errors: ["conflict"],
});
