import { describe, expect, it } from "vitest";
import type { AnyRoute } from "@/lib/api/define-route";
import { parseRouteInput } from "@/lib/api/serve";
import * as checklistRoutes from "@/lib/api/routes/checklist";
import * as launchRoutes from "@/lib/api/routes/launches";
import * as timelineRoutes from "@/lib/api/routes/timeline";
import * as gateRoutes from "@/lib/api/routes/gates";
import * as monitoringRoutes from "@/lib/api/routes/monitoring";
import * as incidentRoutes from "@/lib/api/routes/incidents";
import * as activityRoutes from "@/lib/api/routes/activity";
import { listTemplatesRoute } from "@/lib/api/routes/templates";
import { healthRoute } from "@/lib/api/routes/system";
import { getLaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { listLaunches } from "@/lib/launches/list-launches";
import { updateItem } from "@/lib/checklists/update-item";
import { createItem } from "@/lib/checklists/create-item";
import { createSection } from "@/lib/checklists/create-section";
import { moveSection } from "@/lib/checklists/move-section";
import { deleteItem } from "@/lib/checklists/delete-item";
import { restoreItem } from "@/lib/checklists/restore-item";
import { deleteSection } from "@/lib/checklists/delete-section";
import { restoreSection } from "@/lib/checklists/restore-section";
import { listDeleted } from "@/lib/checklists/list-deleted-items";
import { createStep } from "@/lib/timeline/create-step";
import { runStep } from "@/lib/timeline/run-step";
import { getTimeline } from "@/lib/timeline/get-timeline";
import { createGate } from "@/lib/gates/create-gate";
import { requestAck } from "@/lib/gates/request-ack";
import { acknowledge } from "@/lib/gates/acknowledge";
import { saveMetric } from "@/lib/checkpoints/save-metric";
import { saveTrigger } from "@/lib/checkpoints/save-trigger";
import { submitCheckpoint } from "@/lib/checkpoints/submit-checkpoint";
import { rotateMetricsToken } from "@/lib/checkpoints/rotate-metrics-token";
import { pushMetrics } from "@/lib/checkpoints/push-metrics";
import { openIncident } from "@/lib/incidents/open-incident";
import { saveCommunication } from "@/lib/comms/save-communication";
import { markSent } from "@/lib/comms/mark-sent";
import { listActivity } from "@/lib/audit/list-activity";
import { listEvents } from "@/lib/audit/list-events";
import { listTemplates } from "@/lib/templates/list-templates";
import { previewMarkdownImport } from "@/lib/launches/preview-markdown-import";
import { checkHealth } from "@/lib/health/check-health";
import * as integrationRoutes from "@/lib/api/routes/integrations";
import * as tokenRoutes from "@/lib/api/routes/tokens";
import * as accountRoutes from "@/lib/api/routes/accounts";
import { listChannels } from "@/lib/outbound/list-channels";
import { saveChannel } from "@/lib/outbound/save-channel";
import { rotateChannelSecret } from "@/lib/outbound/rotate-channel-secret";
import { sendTest } from "@/lib/outbound/send-test";
import { listDeliveries } from "@/lib/outbound/list-deliveries";
import { deleteChannel } from "@/lib/outbound/delete-channel";
import { getStatusPageSettings } from "@/lib/status-page/get-status-page-settings";
import { saveStatusPage } from "@/lib/status-page/save-status-page";
import { rotateStatusToken } from "@/lib/status-page/rotate-status-token";
import { getPublicStatus } from "@/lib/status-page/get-public-status";
import { setProbeHosts } from "@/lib/probes/set-probe-hosts";
import { saveProbe } from "@/lib/probes/save-probe";
import { listProbes } from "@/lib/probes/list-probes";
import { listTokens } from "@/lib/tokens/list-tokens";
import { createToken } from "@/lib/tokens/create-token";
import { revokeToken } from "@/lib/tokens/revoke-token";
import { createServiceAccount } from "@/lib/accounts/create-service-account";
import { setAccountActive } from "@/lib/accounts/set-account-active";
import { getInstanceSettings, updateInstanceSettings } from "@/lib/accounts/instance-settings";
import { getDb } from "@/lib/db";
import { createLaunchWithTeam, createUser } from "@/test/factories";

/**
 * Each answer goes through what a door does — the definition's schemas parse the input, the operation runs
 * against the real database, the result is sent as JSON — and must match the definition's response schema,
 * so the document and the typed client describe what the server really sends.
 */
async function answer(
  route: AnyRoute,
  operation: (input: never) => unknown,
  raw: { params?: Record<string, string>; query?: Record<string, string>; body?: unknown },
  extra = {},
) {
  const input = { ...parseRouteInput(route, raw), ...extra };
  const sent: unknown = JSON.parse(JSON.stringify(await operation(input as never)));
  const check = route.response.safeParse(sent);
  expect(
    check.success ? [] : check.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    route.operationId,
  ).toEqual([]);
  return sent as Record<string, unknown> & { id: string };
}

describe("route definitions describe what the server sends", () => {
  it("for the launch, its checklist, timeline, gates, hypercare and activity", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    const lead = { actor: team.lead };
    const at = (extra: Record<string, string> = {}) => ({ launchId, ...extra });

    await answer(launchRoutes.getLaunchRoute, getLaunchSnapshot, { params: at() }, lead);
    await answer(
      launchRoutes.listLaunchesRoute,
      async (input: { actor: never }) => ({ launches: await listLaunches(input) }),
      {},
      lead,
    );
    await answer(
      launchRoutes.previewImportRoute,
      ({ markdown }: { markdown: string }) => previewMarkdownImport(markdown),
      {
        body: { markdown: "# Cut-over\n\n## Readiness\n- [ ] Backups verified\n- [x] Change approved\n\nstray line" },
      },
    );

    const item = items[0]!;
    await answer(
      checklistRoutes.updateItemRoute,
      updateItem,
      {
        params: at({ itemId: item.id }),
        body: { status: "blocked", statusReason: "Waiting on DBA", version: item.version },
      },
      lead,
    );
    const added = await answer(
      checklistRoutes.createItemRoute,
      createItem,
      { params: at(), body: { sectionId: item.sectionId, title: "Smoke test" } },
      lead,
    );
    await answer(checklistRoutes.deleteItemRoute, deleteItem, { params: at({ itemId: added.id }) }, lead);
    await answer(checklistRoutes.restoreItemRoute, restoreItem, { params: at({ itemId: added.id }) }, lead);
    const section = await answer(
      checklistRoutes.createSectionRoute,
      createSection,
      { params: at(), body: { title: "Aftercare" } },
      lead,
    );
    await answer(
      checklistRoutes.moveSectionRoute,
      moveSection,
      { params: at({ sectionId: section.id }), body: { position: 0 } },
      lead,
    );
    await answer(checklistRoutes.deleteSectionRoute, deleteSection, { params: at({ sectionId: section.id }) }, lead);
    await answer(checklistRoutes.listDeletedRoute, listDeleted, { params: at() }, lead);
    await answer(checklistRoutes.restoreSectionRoute, restoreSection, { params: at({ sectionId: section.id }) }, lead);

    const step = await answer(
      timelineRoutes.createStepRoute,
      createStep,
      { params: at(), body: { title: "Freeze writes", plannedStart: "2026-12-01T20:00:00Z", plannedMinutes: 30 } },
      lead,
    );
    await answer(
      timelineRoutes.runStepRoutes.start,
      (input: Parameters<typeof runStep>[0]) => runStep({ ...input, action: "start" }),
      { params: at({ stepId: step.id }) },
      lead,
    );
    await answer(timelineRoutes.getTimelineRoute, getTimeline, { params: at() }, lead);

    await answer(
      gateRoutes.createGateRoute,
      createGate,
      { params: at(), body: { title: "Final sign-off", criteria: { itemIds: [item.id] } } },
      lead,
    );
    const ack = await answer(
      gateRoutes.requestAckRoute,
      requestAck,
      { params: at(), body: { message: "Freeze starts at 20:00" } },
      lead,
    );
    await answer(
      gateRoutes.acknowledgeRoute,
      acknowledge,
      { params: at({ requestId: ack.id }) },
      { actor: team.member },
    );

    const metric = await answer(
      monitoringRoutes.saveMetricRoute,
      saveMetric,
      { params: at(), body: { key: "p95_ms", name: "p95 latency", comparator: "lt", threshold: 300 } },
      lead,
    );
    await answer(
      monitoringRoutes.saveTriggerRoute,
      saveTrigger,
      { params: at(), body: { kind: "metric", metricId: metric.id, comparator: "gt", threshold: 900 } },
      lead,
    );
    const { token } = await answer(
      monitoringRoutes.rotateMetricsTokenRoute,
      rotateMetricsToken,
      { params: at() },
      lead,
    );
    await answer(
      monitoringRoutes.pushMetricsRoute,
      pushMetrics,
      { params: at(), body: { values: [{ metric: "p95_ms", value: 250 }] } },
      { token },
    );
    await answer(
      monitoringRoutes.submitCheckpointRoute,
      submitCheckpoint,
      {
        params: at(),
        body: { assessment: "green", decision: "continue", values: [{ metricId: metric.id, value: 250 }] },
      },
      lead,
    );
    await answer(
      incidentRoutes.openIncidentRoute,
      openIncident,
      { params: at(), body: { title: "Login errors", severity: "high" } },
      lead,
    );
    const message = await answer(
      incidentRoutes.saveCommunicationRoute,
      saveCommunication,
      {
        params: at(),
        body: { dueAt: "2026-12-01T19:00:00Z", audience: "Support", channel: "email", text: "Freeze tonight" },
      },
      lead,
    );
    await answer(incidentRoutes.markSentRoute, markSent, { params: at({ messageId: message.id }) }, lead);

    await answer(activityRoutes.listActivityRoute, listActivity, { params: at(), query: { limit: "50" } }, lead);
    await answer(activityRoutes.listEventsRoute, listEvents, { params: at(), query: { after: "0" } }, lead);
    await answer(listTemplatesRoute, async () => ({ templates: await listTemplates() }), {});
    await answer(healthRoute, checkHealth, {});
  });

  it("for integrations (channels, status page, probes), tokens and accounts", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    const lead = { actor: team.lead };
    const at = (extra: Record<string, string> = {}) => ({ launchId, ...extra });

    const saved = await answer(
      integrationRoutes.saveChannelRoute,
      saveChannel,
      { params: at(), body: { kind: "webhook", name: "Deploy bot", url: "https://hooks.example.com/launch" } },
      lead,
    );
    const channelId = (saved.channel as { id: string }).id;
    await answer(integrationRoutes.rotateChannelSecretRoute, rotateChannelSecret, { params: at({ channelId }) }, lead);
    await answer(integrationRoutes.sendTestRoute, sendTest, { params: at({ channelId }) }, lead);
    await answer(
      integrationRoutes.listChannelsRoute,
      async (input: Parameters<typeof listChannels>[0]) => ({ channels: await listChannels(input) }),
      { params: at() },
      lead,
    );
    await answer(
      integrationRoutes.listDeliveriesRoute,
      async (input: Parameters<typeof listDeliveries>[0]) => ({ deliveries: await listDeliveries(input) }),
      { params: at({ channelId }), query: {} },
      lead,
    );
    await answer(integrationRoutes.deleteChannelRoute, deleteChannel, { params: at({ channelId }) }, lead);

    await answer(
      integrationRoutes.getStatusPageRoute,
      async (input: Parameters<typeof getStatusPageSettings>[0]) => ({
        statusPage: await getStatusPageSettings(input),
      }),
      { params: at() },
      lead,
    );
    await answer(
      integrationRoutes.saveStatusPageRoute,
      saveStatusPage,
      { params: at(), body: { enabled: true, headline: "Cut-over tonight" } },
      lead,
    );
    const page = await answer(integrationRoutes.rotateStatusTokenRoute, rotateStatusToken, { params: at() }, lead);
    const token = String(page.url).split("/").pop()!;
    await answer(integrationRoutes.publicStatusRoute, ({ token }: { token: string }) => getPublicStatus(token), {
      params: { token },
    });

    await answer(
      integrationRoutes.setProbeHostsRoute,
      setProbeHosts,
      { params: at(), body: { hosts: ["status.example.com"] } },
      lead,
    );
    await answer(
      integrationRoutes.saveProbeRoute,
      saveProbe,
      { params: at(), body: { itemId: items[0]!.id, url: "https://status.example.com/health" } },
      lead,
    );
    await answer(integrationRoutes.listProbesRoute, listProbes, { params: at() }, lead);

    const origin = { origin: { ip: "127.0.0.1", userAgent: "test" } };
    const created = await answer(
      tokenRoutes.createTokenRoute,
      createToken,
      { body: { name: "Deploy pipeline", scope: "read" } },
      { ...lead, ...origin },
    );
    await answer(
      tokenRoutes.listTokensRoute,
      async (input: Parameters<typeof listTokens>[0]) => ({ tokens: await listTokens(input) }),
      { query: {} },
      lead,
    );
    await answer(
      tokenRoutes.revokeTokenRoute,
      revokeToken,
      { params: { tokenId: created.id } },
      { ...lead, ...origin },
    );

    const admin = await createUser("Admin");
    await getDb().user.update({ where: { id: admin.id }, data: { isAdmin: true } });
    const service = await answer(
      tokenRoutes.createServiceAccountRoute,
      createServiceAccount,
      { body: { name: "CI pipeline" } },
      { actor: admin },
    );
    await answer(
      accountRoutes.setAccountActiveRoute,
      setAccountActive,
      { params: { userId: service.id }, body: { active: true } },
      { actor: admin, ...origin },
    );
    await answer(accountRoutes.getSettingsRoute, () => getInstanceSettings(), {});
    await answer(
      accountRoutes.updateSettingsRoute,
      updateInstanceSettings,
      { body: { passwordSignIn: true } },
      { actor: admin },
    );
  });

  it("refuses an answer the definition does not describe (the check itself can fail)", () => {
    expect(checklistRoutes.updateItemRoute.response.safeParse({ id: "x", title: "No status or version" }).success).toBe(
      false,
    );
  });
});
