import { describe, expect, it } from "vitest";
import { createLaunchWithTeam } from "@/test/factories";
import { updateLaunch } from "@/lib/launches/update-launch";
import { updateMember } from "@/lib/team/update-member";
import { updateItem } from "@/lib/checklists/update-item";
import { createStep } from "@/lib/timeline/create-step";
import { runStep } from "@/lib/timeline/run-step";
import { createGate } from "@/lib/gates/create-gate";
import { openGateRound } from "@/lib/gates/open-gate-round";
import { signGate } from "@/lib/gates/sign-gate";
import { decideGate } from "@/lib/gates/decide-gate";
import { saveMetric } from "@/lib/checkpoints/save-metric";
import { submitCheckpoint } from "@/lib/checkpoints/submit-checkpoint";
import { openIncident } from "@/lib/incidents/open-incident";
import { updateIncident } from "@/lib/incidents/update-incident";
import { saveCommunication } from "@/lib/comms/save-communication";
import { markSent } from "@/lib/comms/mark-sent";
import { requestAuthStore } from "@/lib/auth/request-auth";
import { launchReport } from "@/lib/report/launch-report";
import { reportMarkdown } from "@/lib/report/report-markdown";
import { checkpointsCsv, incidentsCsv, timelineCsv } from "@/lib/report/report-csv";

// A scripted run through the day, through the real operations and database, then the report.
describe("the post-launch report after a day", () => {
  it("contains the timeline, checklist, gate decision, checkpoints, incident, messages and lessons", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    await updateLaunch({
      actor: team.lead,
      launchId,
      goLiveAt: new Date(Date.now() + 30 * 60_000).toISOString(),
      lessonsLearned: "Rehearse the backfill with production volumes.",
    });
    await updateMember({ actor: team.lead, launchId, userId: team.member.id, function: "QA" });
    const prep = await createStep({
      actor: team.lead,
      launchId,
      title: "Enable maintenance mode",
      plannedOffsetMinutes: -60,
      plannedMinutes: 15,
    });
    const deploy = await createStep({
      actor: team.lead,
      launchId,
      title: "Deploy v3",
      plannedOffsetMinutes: -45,
      plannedMinutes: 45,
      predecessorIds: [prep.id],
    });
    for (const step of [prep, deploy]) {
      await runStep({ actor: team.lead, launchId, stepId: step.id, action: "start" });
      await runStep({ actor: team.lead, launchId, stepId: step.id, action: "complete" });
    }
    for (const item of items) await updateItem({ actor: team.lead, launchId, itemId: item.id, status: "done" });
    const gate = await createGate({
      actor: team.lead,
      launchId,
      title: "Final sign-off",
      criteria: { signoffs: [{ by: "function", value: "QA", rule: "all" }] },
    });
    await openGateRound({ actor: team.lead, launchId, gateId: gate.id });
    // As the HTTP boundary does: each change runs with the origin of the request that made it.
    const fromQa = { ip: "198.51.100.7", userAgent: "Firefox/140 (QA laptop)" };
    const fromSponsor = { ip: "203.0.113.44", userAgent: "Safari/19 (sponsor phone)" };
    await requestAuthStore.run({ origin: fromQa }, () =>
      signGate({ actor: team.member, launchId, gateId: gate.id, verdict: "go", comment: "Smoke tests green" }),
    );
    await requestAuthStore.run({ origin: fromSponsor }, () =>
      decideGate({ actor: team.sponsor, launchId, gateId: gate.id, decision: "go", comment: "Approved, proceed" }),
    );
    const p95 = await saveMetric({
      actor: team.lead,
      launchId,
      key: "p95_ms",
      name: "p95 latency",
      unit: "ms",
      comparator: "lt",
      threshold: 500,
    });
    for (const value of [250, 310, 720]) {
      await submitCheckpoint({
        actor: team.lead,
        launchId,
        assessment: value > 500 ? "amber" : "green",
        decision: value > 500 ? "hold" : "continue",
        values: [{ metricId: p95.id, value }],
      });
    }
    const incident = await openIncident({
      actor: team.member,
      launchId,
      title: "Checkout latency spike",
      severity: "high",
    });
    await updateIncident({ actor: team.lead, launchId, incidentId: incident.id, status: "resolved" });
    const message = await saveCommunication({
      actor: team.lead,
      launchId,
      dueAt: new Date().toISOString(),
      audience: "Merchants",
      channel: "Email",
      text: "{launch} is live",
    });
    await markSent({ actor: team.lead, launchId, messageId: message.id });

    const { report } = await launchReport({ actor: team.viewer, launchId });
    const markdown = reportMarkdown(report);
    const [round] = report.gates;
    expect(round?.decidedFrom).toEqual(fromSponsor);
    expect(round?.signOffs.map((s) => [s.name, s.from])).toEqual([[team.member.name, fromQa]]);
    expect(markdown).toMatch(/\[from 198\.51\.100\.7, Firefox\/140 \(QA laptop\)\] “Smoke tests green”/);
    expect(markdown).toContain(`${team.sponsor.name} [from 203.0.113.44, Safari/19 (sponsor phone)]`);
    for (const text of [
      "Enable maintenance mode",
      "Deploy v3",
      "Readiness",
      "Final sign-off",
      "GO",
      "Sponsor",
      "Member",
      "720",
      "Checkout latency spike",
      "Merchants",
      "Rehearse the backfill",
    ]) {
      expect(markdown).toContain(text);
    }
    expect(timelineCsv(report).trim().split(/\r?\n/)).toHaveLength(3);
    expect(checkpointsCsv(report).trim().split(/\r?\n/)).toHaveLength(4);
    expect(incidentsCsv(report)).toContain("Checkout latency spike");
  });
});
