import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createGate } from "@/lib/gates/create-gate";
import { openGateRound } from "@/lib/gates/open-gate-round";
import { signGate } from "@/lib/gates/sign-gate";
import { decideGate } from "@/lib/gates/decide-gate";
import { requestAck } from "@/lib/gates/request-ack";
import { acknowledge } from "@/lib/gates/acknowledge";
import { deleteGate } from "@/lib/gates/delete-gate";
import { updateItem } from "@/lib/checklists/update-item";
import { updateMember } from "@/lib/team/update-member";
import { getLaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { createLaunchWithTeam } from "@/test/factories";

async function gateSetup() {
  const setup = await createLaunchWithTeam();
  const { launchId, team, items } = setup;
  await updateMember({ actor: team.lead, launchId, userId: team.member.id, function: "QA" });
  const gate = await createGate({
    actor: team.lead,
    launchId,
    title: "Final sign-off",
    criteria: { itemIds: [items[0]!.id], signoffs: [{ by: "function", value: "QA", rule: "all" }] },
  });
  return { ...setup, gate };
}

describe("gates", () => {
  it("runs a round: open, required signer signs GO, sponsor decides GO", async () => {
    const { launchId, team, items, gate } = await gateSetup();
    const opened = await openGateRound({ actor: team.lead, launchId, gateId: gate.id });
    expect(opened.rounds).toHaveLength(1);
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { launchId, type: "gate.round_opened" } });
    expect(event.data).toMatchObject({ requestedUserIds: [team.member.id] });

    await updateItem({ actor: team.lead, launchId, itemId: items[0]!.id, status: "done" });
    const signed = await signGate({
      actor: team.member,
      launchId,
      gateId: gate.id,
      verdict: "go",
      comment: "Regression green",
    });
    expect(signed.rounds[0]!.signOffs).toMatchObject([
      { userName: "Member", verdict: "go", function: "QA", comment: "Regression green" },
    ]);
    const decided = await decideGate({
      actor: team.sponsor,
      launchId,
      gateId: gate.id,
      decision: "go",
      comment: "Approved, proceed",
    });
    expect(decided.rounds[0]).toMatchObject({
      decision: "go",
      override: false,
      decidedBy: { name: "Sponsor" },
      comment: "Approved, proceed",
    });
    expect((await getLaunchSnapshot({ actor: team.viewer, launchId })).gates[0]!.rounds[0]!.decision).toBe("go");
  });

  it("refuses signers the gate does not name (403) and a second sign-off (409), changing nothing", async () => {
    const { launchId, team, gate } = await gateSetup();
    await openGateRound({ actor: team.lead, launchId, gateId: gate.id });
    for (const actor of [team.lead, team.sponsor, team.viewer]) {
      await expect(signGate({ actor, launchId, gateId: gate.id, verdict: "go" })).rejects.toMatchObject({
        code: "forbidden",
      });
    }
    await signGate({ actor: team.member, launchId, gateId: gate.id, verdict: "no_go", comment: "Smoke test failing" });
    await expect(signGate({ actor: team.member, launchId, gateId: gate.id, verdict: "go" })).rejects.toMatchObject({
      code: "conflict",
    });
    expect(await getDb().signOff.count({ where: { round: { gateId: gate.id } } })).toBe(1);
    // Validation (422 over HTTP): a NO-GO without a reason.
    await expect(signGate({ actor: team.member, launchId, gateId: gate.id, verdict: "no_go" })).rejects.toThrow(
      /NO-GO needs a reason/,
    );
  });

  it("allows GO on unmet criteria only as an override with a reason, shown as such", async () => {
    const { launchId, team, gate } = await gateSetup();
    await openGateRound({ actor: team.lead, launchId, gateId: gate.id });
    const refused = await decideGate({ actor: team.sponsor, launchId, gateId: gate.id, decision: "go" }).catch(
      (e) => e,
    );
    expect(refused).toMatchObject({ code: "conflict" });
    expect(refused.message).toMatch(/Backups verified/);
    expect(refused.message).toMatch(/QA/);
    await expect(
      decideGate({ actor: team.sponsor, launchId, gateId: gate.id, decision: "go", override: true }),
    ).rejects.toThrow(/override needs a reason/);
    const decided = await decideGate({
      actor: team.sponsor,
      launchId,
      gateId: gate.id,
      decision: "go",
      override: true,
      overrideReason: "QA signed verbally on the bridge",
    });
    expect(decided.rounds[0]).toMatchObject({
      decision: "go",
      override: true,
      overrideReason: "QA signed verbally on the bridge",
    });
    expect(decided.rounds[0]!.evaluation).toMatchObject({ met: false });
  });

  it("keeps decisions final: a second decision is 409, reopening starts a new round with history kept", async () => {
    const { launchId, team, gate } = await gateSetup();
    await openGateRound({ actor: team.lead, launchId, gateId: gate.id });
    await decideGate({ actor: team.sponsor, launchId, gateId: gate.id, decision: "hold", comment: "" });
    await expect(
      decideGate({ actor: team.sponsor, launchId, gateId: gate.id, decision: "no_go", comment: "x" }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(decideGate({ actor: team.lead, launchId, gateId: gate.id, decision: "go" })).rejects.toMatchObject({
      code: "forbidden",
    });
    const reopened = await openGateRound({ actor: team.lead, launchId, gateId: gate.id });
    expect(reopened.rounds.map((r) => [r.number, r.decision])).toEqual([
      [1, "hold"],
      [2, null],
    ]);
    await expect(openGateRound({ actor: team.lead, launchId, gateId: gate.id })).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(deleteGate({ actor: team.lead, launchId, gateId: gate.id })).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("collects acknowledgements from everyone, once each", async () => {
    const { launchId, team } = await createLaunchWithTeam();
    const request = await requestAck({ actor: team.lead, launchId, message: "GO decided: switching traffic at 02:00" });
    await acknowledge({ actor: team.viewer, launchId, requestId: request.id });
    await acknowledge({ actor: team.viewer, launchId, requestId: request.id });
    const after = await acknowledge({ actor: team.member, launchId, requestId: request.id });
    expect(after.acks.map((ack) => ack.name)).toEqual(["Viewer", "Member"]);
    expect(await getDb().auditEvent.count({ where: { launchId, type: "ack.acknowledged" } })).toBe(2);
    await expect(requestAck({ actor: team.member, launchId, message: "hi" })).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
