import { z } from "zod";
import { defineRoute } from "@/lib/api/define-route";
import * as api from "@/lib/openapi/api-schemas";
import * as outbound from "@/lib/outbound/schemas";
import * as statusPage from "@/lib/status-page/schemas";
import * as probes from "@/lib/probes/schemas";

const tag = "Integrations";
const channelsPath = "/api/launches/{launchId}/channels";
const channelPath = `${channelsPath}/{channelId}`;

export const listChannelsRoute = defineRoute({
  method: "GET",
  path: channelsPath,
  operationId: "listChannels",
  tag,
  summary:
    "Outbound channels (webhook, Slack, Teams, email) with their latest deliveries; secrets are never returned (lead)",
  response: z.object({ channels: z.array(api.channelBody.extend({ deliveries: z.array(outbound.deliveryBody) })) }),
});

export const saveChannelRoute = defineRoute({
  method: "POST",
  path: channelsPath,
  operationId: "saveChannel",
  tag,
  summary:
    "Add (or, with id, change) an outbound channel. A new webhook's signing secret is in this answer only. Private/loopback URLs → 422 unless the server allows them (lead)",
  description:
    "Editing (with `id`) replaces the record's fields and requires the `version` you last read (422 without it; 409 with the `current` state when stale); the answer carries the new version. Adding needs no version.",
  body: outbound.saveChannelInput,
  status: "upsert",
  response: api.channelSecretBody,
  errors: ["conflict"],
});

export const deleteChannelRoute = defineRoute({
  method: "DELETE",
  path: channelPath,
  operationId: "deleteChannel",
  tag,
  summary: "Remove a channel; its pending deliveries stop (lead)",
  response: api.channelBody,
});

export const rotateChannelSecretRoute = defineRoute({
  method: "POST",
  path: `${channelPath}/secret`,
  operationId: "rotateChannelSecret",
  tag,
  summary: "Replace a webhook's signing secret; the new one is returned once (lead)",
  status: 201,
  response: api.channelSecretBody,
  errors: ["invalid"],
});

export const sendTestRoute = defineRoute({
  method: "POST",
  path: `${channelPath}/test`,
  operationId: "sendTestMessage",
  tag,
  summary: "Queue a test message to the channel; the delivery log shows the outcome (lead)",
  status: 202,
  response: outbound.deliveryBody,
});

export const listDeliveriesRoute = defineRoute({
  method: "GET",
  path: `${channelPath}/deliveries`,
  operationId: "listDeliveries",
  tag,
  summary: "The channel's delivery log, newest first: status, attempts, last error, response code (lead)",
  query: outbound.listDeliveriesQuery,
  response: z.object({ deliveries: z.array(outbound.deliveryBody) }),
});

export const redeliverRoute = defineRoute({
  method: "POST",
  path: `${channelPath}/deliveries/{deliveryId}/redeliver`,
  operationId: "redeliver",
  tag,
  summary:
    "Send a finished (delivered or failed) delivery's event again, as a new delivery; one still being tried → 409 (lead)",
  status: 202,
  response: outbound.deliveryBody,
  errors: ["conflict"],
});

export const getStatusPageRoute = defineRoute({
  method: "GET",
  path: "/api/launches/{launchId}/status-page",
  operationId: "getStatusPageSettings",
  tag,
  summary: "The public status page's settings and link; null before it was first turned on (lead)",
  response: z.object({ statusPage: api.statusPageSettingsBody.nullable() }),
});

export const saveStatusPageRoute = defineRoute({
  method: "PUT",
  path: "/api/launches/{launchId}/status-page",
  operationId: "saveStatusPage",
  tag,
  summary: "Turn the public status page on or off and choose what it shows; the first save creates its link (lead)",
  description:
    "Once the page exists, `version` is required when changing anything other than `enabled` (422 without it; 409 with the `current` settings when stale). Turning the page on or off alone needs no version.",
  body: statusPage.saveStatusPageInput,
  response: api.statusPageSettingsBody,
  errors: ["conflict"],
});

export const rotateStatusTokenRoute = defineRoute({
  method: "POST",
  path: "/api/launches/{launchId}/status-page/token",
  operationId: "rotateStatusToken",
  tag,
  summary: "Give the status page a new link; the old one stops working at once (lead)",
  status: 201,
  response: api.statusPageSettingsBody,
});

export const publicStatusRoute = defineRoute({
  method: "GET",
  path: "/api/status/{token}",
  operationId: "getPublicStatus",
  tag,
  auth: "public",
  summary:
    "A launch's public status (no sign-in; only what the lead marks public; cacheable for 5 s). Live: socket.io namespace /status, emit `status:join` { token }, receive `status:update`",
  response: statusPage.publicStatusBody,
  errors: ["unavailable"],
});

export const setProbeHostsRoute = defineRoute({
  method: "PUT",
  path: "/api/launches/{launchId}/probe-hosts",
  operationId: "setProbeHosts",
  tag,
  summary: "The hosts this launch's health probes may call (lead)",
  body: probes.setProbeHostsInput,
  response: z.object({ hosts: z.array(z.string()) }),
});

export const listProbesRoute = defineRoute({
  method: "GET",
  path: "/api/launches/{launchId}/probes",
  operationId: "listProbes",
  tag,
  summary: "Probe allow-list and probes with their last result (lead)",
  response: z.object({ hosts: z.array(z.string()), probes: z.array(api.probeWithResultBody) }),
});

export const saveProbeRoute = defineRoute({
  method: "POST",
  path: "/api/launches/{launchId}/probes",
  operationId: "saveProbe",
  tag,
  summary:
    "Add an HTTP health probe (status, body text, JSON-path value) to a checklist item or a validation step; runs while in progress or monitoring. A pass ticks the item or passes the step with the response as evidence; a failure fails the step. A host not on the allow-list → 422 (lead)",
  body: probes.saveProbeInput,
  status: 201,
  response: api.probeBody,
});
