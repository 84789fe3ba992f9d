import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import type { GateData, GateRoundData } from "@/lib/audit/event-types";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SignoffRequirement } from "@/lib/gates/schemas";
import { evaluateGate, qualifies, type GateEvaluation } from "@/lib/gates/evaluate-gate";
import { currentRound } from "@/lib/gates/gate-view";
import { can } from "@/lib/auth/permissions";

/** idle: never opened; open: waiting for sign-offs or items; ready: criteria met, waiting for the decision; decided. */
export type GateState = "idle" | "open" | "ready" | "decided";

type Member = { userId: string; name: string; role: string; function: string };
type Item = { id: string; sectionId: string; title: string; status: string };

/** The team and checklist a gate is evaluated against, read once per snapshot change. */
export type GateContext = { members: Member[]; items: Item[] };

export function gateContext(snapshot: Pick<LaunchSnapshot, "members" | "sections">): GateContext {
  return {
    members: snapshot.members.map((m) => ({ userId: m.userId, name: m.name, role: m.role, function: m.function })),
    items: snapshot.sections.flatMap((section) =>
      section.items.map((i) => ({ id: i.id, sectionId: i.sectionId, title: i.title, status: i.status })),
    ),
  };
}

export type GateSituation = {
  gate: GateData;
  round: GateRoundData | null;
  state: GateState;
  /** The current round's criteria, live (an unopened gate: as if opened now). */
  evaluation: GateEvaluation;
  /** How many checklist items the criteria name (done or not). */
  requiredItemCount: number;
};

export function situationOf(gate: GateData, context: GateContext): GateSituation {
  const round = currentRound(gate);
  const evaluation = evaluateGate(gate.criteria, context.members, context.items, round?.signOffs ?? []);
  const sections = new Set(gate.criteria.sectionIds);
  const listed = new Set(gate.criteria.itemIds);
  const requiredItemCount = context.items.filter((item) => sections.has(item.sectionId) || listed.has(item.id)).length;
  const state: GateState = !round ? "idle" : round.decision ? "decided" : evaluation.met ? "ready" : "open";
  return { gate, round, state, evaluation, requiredItemCount };
}

export const isOpen = (situation: GateSituation) => situation.state === "open" || situation.state === "ready";

/** May this person sign the current round now (required signer, round open, not signed yet)? */
export function canSignNow(situation: GateSituation, actorId: string, role: Role): boolean {
  return (
    isOpen(situation) &&
    can(role, "gate.signoff") &&
    situation.evaluation.signerIds.includes(actorId) &&
    !situation.round?.signOffs.some((signOff) => signOff.userId === actorId)
  );
}

export const mySignOff = (round: GateRoundData | null, actorId: string) =>
  round?.signOffs.find((signOff) => signOff.userId === actorId) ?? null;

/** The round's sign-offs that count for one requirement (by the team's current roles and functions). */
export function signOffsFor(requirement: SignoffRequirement, members: Member[], round: GateRoundData | null) {
  const eligible = new Set(members.filter((member) => qualifies(member, requirement)).map((member) => member.userId));
  return (round?.signOffs ?? []).filter((signOff) => eligible.has(signOff.userId));
}

const unique = (values: string[]) => [...new Set(values)];
export const joinNames = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;

/** "Ready for GO", or what is missing: "Not ready: 2 items open, waiting for QA". */
export function readinessText(evaluation: GateEvaluation, requirements: SignoffRequirement[]): string {
  if (evaluation.met) return "Ready for GO";
  const parts: string[] = [];
  const open = evaluation.openItems.length;
  if (open > 0) parts.push(`${open} item${open === 1 ? "" : "s"} open`);
  const noGo = unique(evaluation.requirements.flatMap((r) => r.signedNoGo));
  if (noGo.length > 0) parts.push(`NO-GO from ${joinNames(noGo)}`);
  const waiting = unique(
    requirements
      .filter((_, index) => {
        const state = evaluation.requirements[index];
        return state && !state.met && state.signedNoGo.length === 0;
      })
      .map((requirement) => requirement.value),
  );
  if (waiting.length > 0) parts.push(`waiting for ${joinNames(waiting)}`);
  return `Not ready: ${parts.join(", ")}`;
}

/** The evaluation a decided round recorded, when it has the expected shape (older rows may not). */
export function recordedEvaluation(round: GateRoundData): GateEvaluation | null {
  const value = round.evaluation as Partial<GateEvaluation> | null;
  if (!value || typeof value !== "object" || typeof value.met !== "boolean") return null;
  if (!Array.isArray(value.openItems) || !Array.isArray(value.requirements)) return null;
  return {
    met: value.met,
    openItems: value.openItems,
    requirements: value.requirements,
    signerIds: value.signerIds ?? [],
  };
}

/** What the recorded evaluation was missing, in words: "1 item open; NO-GO from Max Member". */
export function missingAtDecision(evaluation: GateEvaluation): string[] {
  return [
    ...evaluation.openItems.map((item) => `Open item: ${item.title}`),
    ...evaluation.requirements
      .filter((requirement) => !requirement.met)
      .map(
        (r) =>
          `${r.label}: ${r.signedNoGo.length ? `NO-GO from ${joinNames(r.signedNoGo)}` : `waiting for ${joinNames(r.waitingFor) || "a GO"}`}`,
      ),
  ];
}

/** Gates whose current round waits for this person's sign-off. */
export function requestedOf(situations: GateSituation[], actorId: string, role: Role) {
  return situations.filter((situation) => canSignNow(situation, actorId, role));
}
