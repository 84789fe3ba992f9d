import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { saveMetric } from "@/lib/checkpoints/save-metric";
import { saveTrigger } from "@/lib/checkpoints/save-trigger";
import { submitCheckpoint } from "@/lib/checkpoints/submit-checkpoint";
import { rotateMetricsToken } from "@/lib/checkpoints/rotate-metrics-token";
import { pushMetrics } from "@/lib/checkpoints/push-metrics";
import { openIncident } from "@/lib/incidents/open-incident";
import { updateIncident } from "@/lib/incidents/update-incident";
import { saveCommunication } from "@/lib/comms/save-communication";
import { markSent } from "@/lib/comms/mark-sent";
import { getLaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { prefillValues, rollbackAlarms } from "@/lib/checkpoints/evaluate";
import { createLaunchWithTeam } from "@/test/factories";

async function monitoredLaunch() {
  const setup = await createLaunchWithTeam();
  const { launchId, team } = setup;
  const p95 = await saveMetric({
    actor: team.lead,
    launchId,
    key: "p95_ms",
    name: "p95 latency",
    unit: "ms",
    comparator: "lt",
    threshold: 500,
    warnThreshold: 400,
  });
  const errors = await saveMetric({
    actor: team.lead,
    launchId,
    key: "error_rate",
    name: "Error rate",
    unit: "%",
    comparator: "lt",
    threshold: 0.1,
  });
  return { ...setup, p95, errors };
}

describe("checkpoints", () => {
  it("submits numbered reports; an amendment is a new version and the old one stays", async () => {
    const { launchId, team, p95, errors } = await monitoredLaunch();
    const first = await submitCheckpoint({
      actor: team.lead,
      launchId,
      assessment: "green",
      decision: "continue",
      values: [
        { metricId: p95.id, value: 250 },
        { metricId: errors.id, value: 0 },
      ],
      standup: [{ function: "DBA", status: "Replication lag 0.4 s" }],
    });
    expect(first).toMatchObject({ number: 1, version: 1, author: { name: "Lead" } });
    const second = await submitCheckpoint({
      actor: team.member,
      launchId,
      assessment: "amber",
      decision: "hold",
      values: [{ metricId: errors.id, value: 0.4 }],
    });
    expect(second.number).toBe(2);
    const amended = await submitCheckpoint({
      actor: team.lead,
      launchId,
      amends: 2,
      assessment: "green",
      decision: "continue",
      values: [{ metricId: errors.id, value: 0.05 }],
      notes: "Error spike was a test client",
    });
    expect(amended).toMatchObject({ number: 2, version: 2 });
    const snapshot = await getLaunchSnapshot({ actor: team.viewer, launchId });
    expect(snapshot.checkpoints.map((c) => [c.number, c.version])).toEqual([
      [1, 1],
      [2, 1],
      [2, 2],
    ]);
    await expect(
      submitCheckpoint({ actor: team.lead, launchId, number: 1, assessment: "green", decision: "continue" }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      submitCheckpoint({ actor: team.viewer, launchId, assessment: "green", decision: "continue" }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("raises the rollback alarm after two failing checkpoints in a row", async () => {
    const { launchId, team, errors } = await monitoredLaunch();
    for (const value of [0.5, 0.7]) {
      await submitCheckpoint({
        actor: team.lead,
        launchId,
        assessment: "red",
        decision: "hold",
        values: [{ metricId: errors.id, value }],
      });
    }
    const snapshot = await getLaunchSnapshot({ actor: team.lead, launchId });
    expect(rollbackAlarms(snapshot).map((alarm) => alarm.message)).toEqual([
      "Error rate failed 2 checkpoints in a row (Error rate < 0.1 %)",
    ]);
  });

  it("accepts pushed metrics only with the launch's token; a bad token or body stores nothing", async () => {
    const { launchId, team, p95 } = await monitoredLaunch();
    await expect(
      pushMetrics({ launchId, token: "lc_nope", values: [{ metric: "p95_ms", value: 250 }] }),
    ).rejects.toMatchObject({ code: "unauthenticated" });
    const { token } = await rotateMetricsToken({ actor: team.lead, launchId });
    await expect(
      pushMetrics({ launchId, token: "lc_wrong", values: [{ metric: "p95_ms", value: 250 }] }),
    ).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(
      pushMetrics({
        launchId,
        token,
        values: [
          { metric: "p95_ms", value: 250 },
          { metric: "cpu", value: 3 },
        ],
      }),
    ).rejects.toMatchObject({ code: "invalid" });
    expect(await getDb().metricSample.count({ where: { launchId } })).toBe(0);

    expect(await pushMetrics({ launchId, token, values: [{ metric: "p95_ms", value: 250 }] })).toEqual({ stored: 1 });
    const snapshot = await getLaunchSnapshot({ actor: team.lead, launchId });
    expect(prefillValues(snapshot.metrics, snapshot.checkpoints, snapshot.samples)).toEqual({ [p95.id]: 250 });
    expect(snapshot.hasMetricsToken).toBe(true);
    const stored = await getDb().launch.findUniqueOrThrow({ where: { id: launchId } });
    expect(stored.metricsTokenHash).not.toContain(token);
  });

  it("logs incidents (critical raises the alarm until resolved) and stamps resolution time", async () => {
    const { launchId, team } = await monitoredLaunch();
    await saveTrigger({ actor: team.lead, launchId, kind: "critical_incident", description: "Any critical incident" });
    const incident = await openIncident({
      actor: team.member,
      launchId,
      title: "Card declines spike",
      severity: "critical",
      ownerId: team.member.id,
    });
    expect(rollbackAlarms(await getLaunchSnapshot({ actor: team.lead, launchId }))).toHaveLength(1);
    const resolved = await updateIncident({
      actor: team.lead,
      launchId,
      incidentId: incident.id,
      status: "resolved",
      version: 1,
    });
    expect(resolved.resolvedAt).not.toBeNull();
    expect(rollbackAlarms(await getLaunchSnapshot({ actor: team.lead, launchId }))).toHaveLength(0);
    await expect(
      updateIncident({ actor: team.member, launchId, incidentId: incident.id, notes: "stale", version: 1 }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("plans messages and marks them sent once, by whom", async () => {
    const { launchId, team } = await monitoredLaunch();
    const message = await saveCommunication({
      actor: team.lead,
      launchId,
      dueAt: "2026-11-28T02:00:00Z",
      audience: "Internal",
      channel: "Chat",
      text: "Traffic switch started for {launch}",
    });
    const sent = await markSent({ actor: team.member, launchId, messageId: message.id });
    expect(sent).toMatchObject({ sentBy: { name: "Member" } });
    await expect(markSent({ actor: team.lead, launchId, messageId: message.id })).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(
      saveCommunication({
        actor: team.member,
        launchId,
        dueAt: "2026-11-28T02:00:00Z",
        audience: "x",
        channel: "y",
        text: "z",
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});
