import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import * as api from "@/lib/openapi/api-schemas";
import * as checklists from "@/lib/checklists/schemas";
import * as launches from "@/lib/launches/schemas";
import * as templates from "@/lib/templates/schemas";
import * as audit from "@/lib/audit/schemas";
import * as timeline from "@/lib/timeline/schemas";
import * as gates from "@/lib/gates/schemas";
import * as checkpoints from "@/lib/checkpoints/schemas";
import * as incidents from "@/lib/incidents/schemas";
import * as comms from "@/lib/comms/schemas";
import * as outbound from "@/lib/outbound/schemas";
import * as statusPage from "@/lib/status-page/schemas";
import * as probes from "@/lib/probes/schemas";
import { channelData, probeData, statusPageData } from "@/lib/audit/event-types";
import { createAccountInput } from "@/lib/accounts/schemas";
import { importMarkdownInput, importCsvInput, previewMarkdownInput } from "@/lib/launches/import-schemas";

type Endpoint = {
  method: RouteConfig["method"];
  path: string;
  summary: string;
  params?: string[];
  query?: z.ZodObject;
  body?: z.ZodType;
  status?: number;
  response?: z.ZodType;
  contentType?: string;
};

const channelBody = channelData.meta({ id: "Channel" });
const channelSecretBody = z.object({ channel: channelBody, secret: z.string().nullable().describe("A webhook's signing secret: shown here once, never again.") });

const statusPageSettingsBody = statusPageData.extend({ url: z.string().describe("The public link (contains the token).") }).meta({ id: "StatusPageSettings" });

const probeBody = probeData.meta({ id: "Probe" });

// Every HTTP door, described with the zod schemas the route handlers parse with.
const endpoints: Endpoint[] = [
  { method: "get", path: "/api/health", summary: "Health of the app and its database", response: z.object({ status: z.string(), db: z.string() }) },
  { method: "get", path: "/api/launches", summary: "Launches you are a member of", response: z.object({ launches: z.array(api.launchSummaryBody) }) },
  { method: "post", path: "/api/launches", summary: "Create a launch (optionally with a plan)", body: launches.createLaunchInput, status: 201, response: api.createdBody },
  { method: "post", path: "/api/launches/import", summary: "Create a launch from a Markdown plan", body: importMarkdownInput, status: 201, response: api.createdBody },
  { method: "post", path: "/api/launches/import-csv", summary: "Create a launch from a CSV plan", body: importCsvInput, status: 201, response: api.createdBody },
  { method: "post", path: "/api/import/preview", summary: "Preview what a Markdown plan becomes (nothing is created)", body: previewMarkdownInput, response: z.record(z.string(), z.unknown()) },
  { method: "get", path: "/api/launches/{launchId}", summary: "The launch snapshot", params: ["launchId"], response: api.snapshotBody },
  { method: "patch", path: "/api/launches/{launchId}", summary: "Edit, archive or unarchive a launch (lead)", params: ["launchId"], body: launches.updateLaunchInput, response: api.launchFieldsBody },
  { method: "post", path: "/api/launches/{launchId}/status", summary: "Move the launch along its lifecycle (lead)", params: ["launchId"], body: launches.changeLaunchStatusInput, response: api.launchFieldsBody },
  { method: "post", path: "/api/launches/{launchId}/clone", summary: "Clone a launch, e.g. a rehearsal into the real one (lead)", params: ["launchId"], body: launches.cloneLaunchInput, status: 201, response: api.createdBody },
  { method: "get", path: "/api/launches/{launchId}/export.csv", summary: "The plan as CSV", params: ["launchId"], contentType: "text/csv", response: z.string() },
  { method: "post", path: "/api/launches/{launchId}/template", summary: "Save the launch's plan as a template (lead)", params: ["launchId"], body: templates.saveTemplateInput, status: 201, response: api.createdBody },
  { method: "get", path: "/api/launches/{launchId}/events", summary: "Events after a sequence number, in order (catch-up)", params: ["launchId"], query: audit.listEventsQuery, response: z.object({ events: z.array(api.eventBody), seq: z.number().int(), hasMore: z.boolean() }) },
  { method: "get", path: "/api/launches/{launchId}/activity", summary: "Activity feed, newest first, filterable", params: ["launchId"], query: audit.activityQuery, response: z.object({ events: z.array(api.eventBody) }) },
  { method: "post", path: "/api/launches/{launchId}/members", summary: "Add a person to the team (lead)", params: ["launchId"], body: launches.addMemberInput, status: 201, response: api.memberBody },
  { method: "patch", path: "/api/launches/{launchId}/members/{userId}", summary: "Change a member's role or function (lead)", params: ["launchId", "userId"], body: launches.updateMemberInput, response: api.memberBody },
  { method: "delete", path: "/api/launches/{launchId}/members/{userId}", summary: "Remove a member; their live connections stop receiving events (lead)", params: ["launchId", "userId"], response: api.memberBody },
  { method: "post", path: "/api/launches/{launchId}/sections", summary: "Add a section (lead)", params: ["launchId"], body: checklists.createSectionInput, status: 201, response: api.sectionBody },
  { method: "patch", path: "/api/launches/{launchId}/sections/{sectionId}", summary: "Rename a section (lead)", params: ["launchId", "sectionId"], body: checklists.updateSectionInput, response: api.sectionBody },
  { method: "delete", path: "/api/launches/{launchId}/sections/{sectionId}", summary: "Delete a section (restorable) (lead)", params: ["launchId", "sectionId"], response: api.sectionBody },
  { method: "post", path: "/api/launches/{launchId}/sections/{sectionId}/move", summary: "Reorder a section (lead)", params: ["launchId", "sectionId"], body: checklists.moveSectionInput, response: z.array(api.sectionBody) },
  { method: "post", path: "/api/launches/{launchId}/sections/{sectionId}/restore", summary: "Restore a deleted section (lead)", params: ["launchId", "sectionId"], response: api.sectionBody },
  { method: "post", path: "/api/launches/{launchId}/items", summary: "Add an item or sub-item (lead)", params: ["launchId"], body: checklists.createItemInput, status: 201, response: api.itemBody },
  { method: "patch", path: "/api/launches/{launchId}/items/{itemId}", summary: "Change an item: plan fields (lead) or progress (lead, owner, or any member if allowed); send `version` to be protected from overwriting someone else's change (409)", params: ["launchId", "itemId"], body: checklists.updateItemInput, response: api.itemBody },
  { method: "delete", path: "/api/launches/{launchId}/items/{itemId}", summary: "Delete an item and its sub-items (restorable) (lead)", params: ["launchId", "itemId"], response: z.object({ deleted: z.array(z.string()) }) },
  { method: "post", path: "/api/launches/{launchId}/items/{itemId}/move", summary: "Reorder or move an item (lead)", params: ["launchId", "itemId"], body: checklists.moveItemInput, response: api.itemBody },
  { method: "post", path: "/api/launches/{launchId}/items/{itemId}/restore", summary: "Restore a deleted item (lead)", params: ["launchId", "itemId"], response: api.itemBody },
  { method: "get", path: "/api/launches/{launchId}/deleted", summary: "Deleted items and sections, for restoring", params: ["launchId"], response: z.record(z.string(), z.unknown()) },
  { method: "post", path: "/api/launches/{launchId}/metrics/push", summary: "Push metric values from a monitoring system. Authorization: Bearer <the launch's metrics token> (not a session); 401 for a wrong token, 422 for a malformed body, nothing stored", params: ["launchId"], body: checkpoints.pushMetricsInput, status: 201, response: z.object({ stored: z.number().int() }) },
  { method: "post", path: "/api/launches/{launchId}/metrics-token", summary: "Create or replace the metrics push token; returned once (lead)", params: ["launchId"], status: 201, response: z.object({ token: z.string() }) },
  { method: "post", path: "/api/launches/{launchId}/metrics", summary: "Add (or, with id, change) a success criterion (lead)", params: ["launchId"], body: checkpoints.saveMetricInput, status: 201, response: z.record(z.string(), z.unknown()) },
  { method: "delete", path: "/api/launches/{launchId}/metrics/{metricId}", summary: "Retire a success criterion (lead)", params: ["launchId", "metricId"], response: z.record(z.string(), z.unknown()) },
  { method: "post", path: "/api/launches/{launchId}/triggers", summary: "Add (or, with id, change) a rollback trigger (lead)", params: ["launchId"], body: checkpoints.saveTriggerInput, status: 201, response: z.record(z.string(), z.unknown()) },
  { method: "delete", path: "/api/launches/{launchId}/triggers/{triggerId}", summary: "Remove a rollback trigger (lead)", params: ["launchId", "triggerId"], response: z.record(z.string(), z.unknown()) },
  { method: "post", path: "/api/launches/{launchId}/checkpoints", summary: "Submit a checkpoint report; `amends: N` files a new version of checkpoint N (lead, member)", params: ["launchId"], body: checkpoints.submitCheckpointInput, status: 201, response: z.record(z.string(), z.unknown()) },
  { method: "post", path: "/api/launches/{launchId}/incidents", summary: "Log an incident (lead, member)", params: ["launchId"], body: incidents.openIncidentInput, status: 201, response: z.record(z.string(), z.unknown()) },
  { method: "patch", path: "/api/launches/{launchId}/incidents/{incidentId}", summary: "Update an incident; resolving stamps the time (lead, member)", params: ["launchId", "incidentId"], body: incidents.updateIncidentInput, response: z.record(z.string(), z.unknown()) },
  { method: "post", path: "/api/launches/{launchId}/communications", summary: "Plan (or, with id, edit) a scheduled message (lead)", params: ["launchId"], body: comms.saveCommunicationInput, status: 201, response: z.record(z.string(), z.unknown()) },
  { method: "post", path: "/api/launches/{launchId}/communications/{messageId}/sent", summary: "Mark a message sent (lead, member)", params: ["launchId", "messageId"], response: z.record(z.string(), z.unknown()) },
  { method: "get", path: "/api/launches/{launchId}/channels", summary: "Outbound channels (webhook, Slack, Teams, email) with their latest deliveries; secrets are never returned (lead)", params: ["launchId"], response: z.object({ channels: z.array(channelBody.extend({ deliveries: z.array(outbound.deliveryBody) })) }) },
  { method: "post", path: "/api/launches/{launchId}/channels", summary: "Add (or, with id, change) an outbound channel. A new webhook's signing secret is in this answer only. Private/loopback URLs → 422 unless the server allows them (lead)", params: ["launchId"], body: outbound.saveChannelInput, status: 201, response: channelSecretBody },
  { method: "delete", path: "/api/launches/{launchId}/channels/{channelId}", summary: "Remove a channel; its pending deliveries stop (lead)", params: ["launchId", "channelId"], response: channelBody },
  { method: "post", path: "/api/launches/{launchId}/channels/{channelId}/secret", summary: "Replace a webhook's signing secret; the new one is returned once (lead)", params: ["launchId", "channelId"], status: 201, response: channelSecretBody },
  { method: "post", path: "/api/launches/{launchId}/channels/{channelId}/test", summary: "Queue a test message to the channel; the delivery log shows the outcome (lead)", params: ["launchId", "channelId"], status: 202, response: outbound.deliveryBody },
  { method: "get", path: "/api/launches/{launchId}/channels/{channelId}/deliveries", summary: "The channel's delivery log, newest first: status, attempts, last error, response code (lead)", params: ["launchId", "channelId"], query: outbound.listDeliveriesQuery, response: z.object({ deliveries: z.array(outbound.deliveryBody) }) },
  { method: "post", path: "/api/launches/{launchId}/channels/{channelId}/deliveries/{deliveryId}/redeliver", summary: "Send a finished (delivered or failed) delivery's event again, as a new delivery; one still being tried → 409 (lead)", params: ["launchId", "channelId", "deliveryId"], status: 202, response: outbound.deliveryBody },
  { method: "get", path: "/api/launches/{launchId}/status-page", summary: "The public status page's settings and link; null before it was first turned on (lead)", params: ["launchId"], response: z.object({ statusPage: statusPageSettingsBody.nullable() }) },
  { method: "put", path: "/api/launches/{launchId}/status-page", summary: "Turn the public status page on or off and choose what it shows; the first save creates its link (lead)", params: ["launchId"], body: statusPage.saveStatusPageInput, response: statusPageSettingsBody },
  { method: "post", path: "/api/launches/{launchId}/status-page/token", summary: "Give the status page a new link; the old one stops working at once (lead)", params: ["launchId"], status: 201, response: statusPageSettingsBody },
  { method: "get", path: "/api/status/{token}", summary: "A launch's public status (no sign-in; only what the lead marks public; cacheable for 5 s). Live: socket.io namespace /status, emit `status:join` { token }, receive `status:update`", params: ["token"], response: statusPage.publicStatusBody },
  { method: "put", path: "/api/launches/{launchId}/probe-hosts", summary: "The hosts this launch's health probes may call (lead)", params: ["launchId"], body: probes.setProbeHostsInput, response: z.object({ hosts: z.array(z.string()) }) },
  { method: "get", path: "/api/launches/{launchId}/probes", summary: "Probe allow-list and probes with their last result (lead)", params: ["launchId"], response: z.object({ hosts: z.array(z.string()), probes: z.array(probeBody.extend({ lastRunAt: z.string().nullable(), lastOk: z.boolean().nullable(), lastStatus: z.number().int().nullable(), lastError: z.string() })) }) },
  { method: "post", path: "/api/launches/{launchId}/probes", summary: "Add an HTTP health probe to a checklist item; runs while in progress or monitoring, a pass ticks the item. A host not on the allow-list → 422 (lead)", params: ["launchId"], body: probes.saveProbeInput, status: 201, response: probeBody },
  { method: "get", path: "/api/time", summary: "The server's clock (for clock-offset correction)", response: z.object({ now: z.string() }) },
  { method: "get", path: "/api/launches/{launchId}/timeline", summary: "Timeline steps with the forecast (variance, critical path, forecast go-live)", params: ["launchId"], response: z.object({ timezone: z.string(), goLiveAt: z.string().nullable(), steps: z.array(api.stepBody), forecast: z.record(z.string(), z.unknown()) }) },
  { method: "post", path: "/api/launches/{launchId}/steps", summary: "Add a timeline step (lead)", params: ["launchId"], body: timeline.createStepInput, status: 201, response: api.stepBody },
  { method: "patch", path: "/api/launches/{launchId}/steps/{stepId}", summary: "Edit a step's plan: time, duration, predecessors (a cycle is refused, naming the steps) (lead)", params: ["launchId", "stepId"], body: timeline.updateStepInput, response: api.stepBody },
  { method: "delete", path: "/api/launches/{launchId}/steps/{stepId}", summary: "Remove a step; its successors then wait for its predecessors (lead)", params: ["launchId", "stepId"], response: z.object({ deleted: z.string() }) },
  ...timeline.stepActions.map((action): Endpoint => ({
    method: "post",
    path: `/api/launches/{launchId}/steps/{stepId}/${action}`,
    summary: `${action[0]!.toUpperCase()}${action.slice(1)} a step, stamped with the server's clock (lead, or the step's owner${action === "reopen" ? "; reopen: lead" : ""})${action === "complete" ? ". With required linked items open: 409 unless confirmOpenItems is true (recorded)" : ""}`,
    params: ["launchId", "stepId"],
    body: timeline.runStepInput,
    response: api.stepBody,
  })),
  { method: "post", path: "/api/launches/{launchId}/steps/{stepId}/correct", summary: "Correct a step's actual start / end with a reason (lead)", params: ["launchId", "stepId"], body: timeline.correctStepInput, response: api.stepBody },
  { method: "post", path: "/api/launches/{launchId}/gates", summary: "Add a go / no-go gate with criteria (lead)", params: ["launchId"], body: gates.createGateInput, status: 201, response: api.gateBody },
  { method: "patch", path: "/api/launches/{launchId}/gates/{gateId}", summary: "Edit a gate (lead)", params: ["launchId", "gateId"], body: gates.updateGateInput, response: api.gateBody },
  { method: "delete", path: "/api/launches/{launchId}/gates/{gateId}", summary: "Remove a gate with nothing on record (lead)", params: ["launchId", "gateId"], response: z.object({ deleted: z.string() }) },
  { method: "post", path: "/api/launches/{launchId}/gates/{gateId}/open", summary: "Open the gate for sign-off: a new round (lead); requested signers are notified", params: ["launchId", "gateId"], response: api.gateBody },
  { method: "post", path: "/api/launches/{launchId}/gates/{gateId}/sign", summary: "Sign GO or NO-GO (required signers only: 403 otherwise; once per round: 409)", params: ["launchId", "gateId"], body: gates.signOffInput, response: api.gateBody },
  { method: "post", path: "/api/launches/{launchId}/gates/{gateId}/decide", summary: "The sponsor's decision: GO, NO-GO or HOLD. GO with unmet criteria needs override + overrideReason; a decided round → 409", params: ["launchId", "gateId"], body: gates.decideGateInput, response: api.gateBody },
  { method: "post", path: "/api/launches/{launchId}/acks", summary: "Ask the whole team to acknowledge a message (lead)", params: ["launchId"], body: gates.requestAckInput, status: 201, response: api.ackBody },
  { method: "post", path: "/api/launches/{launchId}/acks/{requestId}/acknowledge", summary: "Acknowledge a message (anyone on the team)", params: ["launchId", "requestId"], response: api.ackBody },
  { method: "get", path: "/api/templates", summary: "Built-in and saved templates", response: z.object({ templates: z.array(z.record(z.string(), z.unknown())) }) },
  { method: "post", path: "/api/templates/{templateId}/launch", summary: "Create a launch from a template (dates shift to its go-live)", params: ["templateId"], body: templates.launchFromTemplateInput, status: 201, response: api.createdBody },
  { method: "get", path: "/api/accounts", summary: "All accounts (instance admin)", response: z.object({ accounts: z.array(z.record(z.string(), z.unknown())) }) },
  { method: "post", path: "/api/accounts", summary: "Create an account (instance admin)", body: createAccountInput, status: 201, response: z.record(z.string(), z.unknown()) },
];

/** Doors open without a session: health checks, the server clock, the token-authenticated metrics push, public status pages. */
const PUBLIC_PATHS = ["/api/health", "/api/time", "/api/launches/{launchId}/metrics/push", "/api/status/{token}"];

const errorResponses = {
  401: "Not signed in",
  403: "Not allowed for your role",
  404: "Unknown id",
  409: "Conflict with the current state",
  422: "Invalid input",
} as const;

export function buildOpenApiDocument() {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "session", { type: "apiKey", in: "cookie", name: "next-auth.session-token" });
  for (const endpoint of endpoints) {
    registry.registerPath({
      method: endpoint.method,
      path: endpoint.path,
      summary: endpoint.summary,
      security: PUBLIC_PATHS.includes(endpoint.path) ? [] : [{ session: [] }],
      request: {
        ...(endpoint.params && { params: z.object(Object.fromEntries(endpoint.params.map((name) => [name, z.string()]))) }),
        ...(endpoint.query && { query: endpoint.query }),
        ...(endpoint.body && { body: { content: { "application/json": { schema: endpoint.body } }, required: true } }),
      },
      responses: {
        [endpoint.status ?? 200]: {
          description: "Success",
          content: { [endpoint.contentType ?? "application/json"]: { schema: endpoint.response ?? z.object({}) } },
        },
        ...Object.fromEntries(
          Object.entries(errorResponses).map(([status, description]) => [status, { description, content: { "application/json": { schema: api.errorBody } } }]),
        ),
      },
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Launch Control API",
      version: "1.0.0",
      description:
        "The JSON API the Launch Control UI uses. Authenticate with the session cookie from /api/auth (next-auth). " +
        "Live updates: socket.io on the same origin, event `launch:event` after `launch:join`.",
    },
  });
}
