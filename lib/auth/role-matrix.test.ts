import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { createLaunchWithTeam, createUser } from "@/test/factories";
import { updateLaunch } from "@/lib/launches/update-launch";
import { changeLaunchStatus } from "@/lib/launches/change-launch-status";
import { cloneLaunch } from "@/lib/launches/clone-launch";
import { addMember } from "@/lib/team/add-member";
import { updateMember } from "@/lib/team/update-member";
import { removeMember } from "@/lib/team/remove-member";
import { createSection } from "@/lib/checklists/create-section";
import { renameSection } from "@/lib/checklists/rename-section";
import { moveSection } from "@/lib/checklists/move-section";
import { deleteSection } from "@/lib/checklists/delete-section";
import { createItem } from "@/lib/checklists/create-item";
import { updateItem } from "@/lib/checklists/update-item";
import { moveItem } from "@/lib/checklists/move-item";
import { deleteItem } from "@/lib/checklists/delete-item";
import { saveTemplate } from "@/lib/templates/save-template";
import { createStep } from "@/lib/timeline/create-step";
import { updateStep } from "@/lib/timeline/update-step";
import { deleteStep } from "@/lib/timeline/delete-step";
import { runStep } from "@/lib/timeline/run-step";
import { correctStepTimes } from "@/lib/timeline/correct-step-times";
import { createGate } from "@/lib/gates/create-gate";
import { openGateRound } from "@/lib/gates/open-gate-round";
import { signGate } from "@/lib/gates/sign-gate";
import { decideGate } from "@/lib/gates/decide-gate";
import { requestAck } from "@/lib/gates/request-ack";
import { acknowledge } from "@/lib/gates/acknowledge";
import { getLaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { saveMetric } from "@/lib/checkpoints/save-metric";
import { saveTrigger } from "@/lib/checkpoints/save-trigger";
import { submitCheckpoint } from "@/lib/checkpoints/submit-checkpoint";
import { rotateMetricsToken } from "@/lib/checkpoints/rotate-metrics-token";
import { openIncident } from "@/lib/incidents/open-incident";
import { updateIncident } from "@/lib/incidents/update-incident";
import { saveCommunication } from "@/lib/comms/save-communication";
import { markSent } from "@/lib/comms/mark-sent";

// Every mutation, tried by every role on a fresh launch: the role may do it exactly when the table
// below says so. A denied attempt must be a 403 (forbidden), never a success or another error.
type World = Awaited<ReturnType<typeof world>>;
const roles: Role[] = ["lead", "sponsor", "member", "viewer"];

async function world() {
  const setup = await createLaunchWithTeam();
  const { launchId, team, items } = setup;
  const step = await createStep({
    actor: team.lead,
    launchId,
    title: "Deploy",
    plannedOffsetMinutes: -30,
    plannedMinutes: 30,
    ownerId: team.member.id,
  });
  const gate = await createGate({
    actor: team.lead,
    launchId,
    title: "Go / no-go",
    criteria: {
      signoffs: ["lead", "sponsor", "member"].map((value) => ({
        by: "role" as const,
        value,
        rule: "atLeast" as const,
        count: 1,
      })),
    },
  });
  const openGate = await createGate({ actor: team.lead, launchId, title: "Switch traffic" });
  await openGateRound({ actor: team.lead, launchId, gateId: openGate.id });
  await openGateRound({ actor: team.lead, launchId, gateId: gate.id });
  const ack = await requestAck({ actor: team.lead, launchId, message: "Bridge is open" });
  const stranger = await createUser("New DBA");
  const incident = await openIncident({ actor: team.lead, launchId, title: "Slow checkout", severity: "high" });
  const message = await saveCommunication({
    actor: team.lead,
    launchId,
    dueAt: "2026-11-28T02:00:00Z",
    audience: "Internal",
    channel: "Chat",
    text: "Switching",
  });
  const sectionId = items[0]!.sectionId;
  return { ...setup, step, gate, openGate, ack, stranger, sectionId, incident, message };
}

const mutations: [string, Role[], (actor: Actor, w: World) => Promise<unknown>][] = [
  ["edit the launch", ["lead"], (actor, w) => updateLaunch({ actor, launchId: w.launchId, name: "Renamed" })],
  [
    "change the launch status",
    ["lead"],
    (actor, w) => changeLaunchStatus({ actor, launchId: w.launchId, status: "ready" }),
  ],
  ["clone the launch", ["lead"], (actor, w) => cloneLaunch({ actor, launchId: w.launchId })],
  [
    "add a member",
    ["lead"],
    (actor, w) => addMember({ actor, launchId: w.launchId, email: w.stranger.email, role: "member" }),
  ],
  [
    "change a member",
    ["lead"],
    (actor, w) => updateMember({ actor, launchId: w.launchId, userId: w.team.viewer.id, function: "Support" }),
  ],
  ["remove a member", ["lead"], (actor, w) => removeMember({ actor, launchId: w.launchId, userId: w.team.member.id })],
  ["add a section", ["lead"], (actor, w) => createSection({ actor, launchId: w.launchId, title: "Rollback" })],
  [
    "rename a section",
    ["lead"],
    (actor, w) => renameSection({ actor, launchId: w.launchId, sectionId: w.sectionId, title: "Ready?", version: 1 }),
  ],
  [
    "move a section",
    ["lead"],
    (actor, w) => moveSection({ actor, launchId: w.launchId, sectionId: w.sectionId, position: 1 }),
  ],
  ["delete a section", ["lead"], (actor, w) => deleteSection({ actor, launchId: w.launchId, sectionId: w.sectionId })],
  [
    "add an item",
    ["lead"],
    (actor, w) => createItem({ actor, launchId: w.launchId, sectionId: w.sectionId, title: "New" }),
  ],
  [
    "edit an item's plan",
    ["lead"],
    (actor, w) => updateItem({ actor, launchId: w.launchId, itemId: w.items[0]!.id, title: "Edited" }),
  ],
  [
    "tick an item",
    ["lead", "member"],
    (actor, w) => updateItem({ actor, launchId: w.launchId, itemId: w.items[0]!.id, status: "done" }),
  ],
  [
    "move an item",
    ["lead"],
    (actor, w) =>
      moveItem({
        actor,
        launchId: w.launchId,
        itemId: w.items[0]!.id,
        sectionId: w.sectionId,
        parentId: null,
        position: 1,
      }),
  ],
  ["delete an item", ["lead"], (actor, w) => deleteItem({ actor, launchId: w.launchId, itemId: w.items[0]!.id })],
  ["save a template", ["lead"], (actor, w) => saveTemplate({ actor, launchId: w.launchId, name: "T" })],
  [
    "add a step",
    ["lead"],
    (actor, w) => createStep({ actor, launchId: w.launchId, title: "Smoke", plannedMinutes: 10 }),
  ],
  [
    "edit a step",
    ["lead"],
    (actor, w) => updateStep({ actor, launchId: w.launchId, stepId: w.step.id, plannedMinutes: 45 }),
  ],
  ["delete a step", ["lead"], (actor, w) => deleteStep({ actor, launchId: w.launchId, stepId: w.step.id })],
  [
    "start a step (the member owns it)",
    ["lead", "member"],
    (actor, w) => runStep({ actor, launchId: w.launchId, stepId: w.step.id, action: "start" }),
  ],
  [
    "correct a step's times",
    ["lead"],
    (actor, w) =>
      correctStepTimes({
        actor,
        launchId: w.launchId,
        stepId: w.step.id,
        actualStart: "2026-11-28T00:00:00Z",
        reason: "Pressed late",
      }),
  ],
  ["add a gate", ["lead"], (actor, w) => createGate({ actor, launchId: w.launchId, title: "Gate" })],
  [
    "open a gate",
    ["lead"],
    (actor, w) => openGateRound({ actor, launchId: w.launchId, gateId: w.gate.id }).catch(ignoreConflict),
  ],
  [
    "sign a gate",
    ["lead", "sponsor", "member"],
    (actor, w) => signGate({ actor, launchId: w.launchId, gateId: w.gate.id, verdict: "go" }),
  ],
  [
    "decide a gate",
    ["sponsor"],
    (actor, w) => decideGate({ actor, launchId: w.launchId, gateId: w.openGate.id, decision: "hold" }),
  ],
  [
    "ask for acknowledgement",
    ["lead"],
    (actor, w) => requestAck({ actor, launchId: w.launchId, message: "Read this" }),
  ],
  [
    "acknowledge",
    ["lead", "sponsor", "member", "viewer"],
    (actor, w) => acknowledge({ actor, launchId: w.launchId, requestId: w.ack.id }),
  ],
  [
    "set a success criterion",
    ["lead"],
    (actor, w) =>
      saveMetric({ actor, launchId: w.launchId, key: "p95_ms", name: "p95", comparator: "lt", threshold: 500 }),
  ],
  [
    "set a rollback trigger",
    ["lead"],
    (actor, w) => saveTrigger({ actor, launchId: w.launchId, kind: "critical_incident" }),
  ],
  ["create the metrics token", ["lead"], (actor, w) => rotateMetricsToken({ actor, launchId: w.launchId })],
  [
    "submit a checkpoint",
    ["lead", "member"],
    (actor, w) => submitCheckpoint({ actor, launchId: w.launchId, assessment: "green", decision: "continue" }),
  ],
  [
    "log an incident",
    ["lead", "member"],
    (actor, w) => openIncident({ actor, launchId: w.launchId, title: "Errors", severity: "low" }),
  ],
  [
    "update an incident",
    ["lead", "member"],
    (actor, w) => updateIncident({ actor, launchId: w.launchId, incidentId: w.incident.id, status: "investigating" }),
  ],
  [
    "plan a message",
    ["lead"],
    (actor, w) =>
      saveCommunication({
        actor,
        launchId: w.launchId,
        dueAt: "2026-11-28T03:00:00Z",
        audience: "All",
        channel: "Status page",
        text: "Done",
      }),
  ],
  [
    "mark a message sent",
    ["lead", "member"],
    (actor, w) => markSent({ actor, launchId: w.launchId, messageId: w.message.id }),
  ],
];

// Opening an already-open gate is a 409 for the lead: allowed, but nothing to do.
function ignoreConflict(error: unknown) {
  if ((error as { code?: string }).code === "conflict") return null;
  throw error;
}

describe("role × action", () => {
  it.each(mutations)("%s: allowed for %j only", async (_name, allowed, attempt) => {
    for (const role of roles) {
      const w = await world();
      const outcome = await attempt(w.team[role], w).then(
        () => "allowed",
        (error: { code?: string; message?: string }) =>
          error.code === "forbidden" ? "denied" : `failed: ${error.message}`,
      );
      expect(`${role}: ${outcome}`).toBe(`${role}: ${allowed.includes(role) ? "allowed" : "denied"}`);
    }
  });

  it("lets someone outside the launch do nothing, not even read it", async () => {
    const w = await world();
    const outsider = w.outsider;
    await expect(getLaunchSnapshot({ actor: outsider, launchId: w.launchId })).rejects.toMatchObject({
      code: "forbidden",
    });
    for (const [, , attempt] of mutations) {
      await expect(attempt(outsider, w)).rejects.toMatchObject({ code: "forbidden" });
    }
  });
});
