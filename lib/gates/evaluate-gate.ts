import type { GateCriteria, SignoffRequirement } from "@/lib/gates/schemas";

type Member = { userId: string; name: string; role: string; function: string };
type Item = { id: string; sectionId: string; title: string; status: string };
type SignOff = { userId: string; userName: string; verdict: "go" | "no_go" };

export type RequirementState = {
  label: string;
  needed: number;
  signedGo: string[];
  signedNoGo: string[];
  waitingFor: string[];
  met: boolean;
};

export type GateEvaluation = {
  met: boolean;
  openItems: { id: string; title: string }[];
  requirements: RequirementState[];
  /** Who may sign this gate (matches at least one requirement). */
  signerIds: string[];
};

const done = (status: string) => status === "done" || status === "not_applicable";

export function qualifies(member: Pick<Member, "role" | "function">, requirement: SignoffRequirement): boolean {
  return requirement.by === "role"
    ? member.role === requirement.value
    : member.function.trim().toLowerCase() === requirement.value.trim().toLowerCase();
}

export function requirementLabel(requirement: SignoffRequirement): string {
  const who = requirement.by === "role" ? requirement.value : `${requirement.value} (function)`;
  return requirement.rule === "all" ? `All ${who}` : `At least ${requirement.count} ${who}`;
}

/**
 * What a gate's criteria say right now: which required items are still open, and for each sign-off
 * requirement who signed GO or NO-GO and who is still awaited. A NO-GO from a qualifying signer
 * leaves its requirement unmet. Pure: every screen evaluates the gate the same way, live.
 */
export function evaluateGate(
  criteria: GateCriteria,
  members: Member[],
  items: Item[],
  signOffs: SignOff[],
): GateEvaluation {
  const sections = new Set(criteria.sectionIds);
  const listed = new Set(criteria.itemIds);
  const openItems = items
    .filter((item) => (sections.has(item.sectionId) || listed.has(item.id)) && !done(item.status))
    .map((item) => ({ id: item.id, title: item.title }));

  const requirements = criteria.signoffs.map((requirement) => {
    const eligible = members.filter((member) => qualifies(member, requirement));
    const eligibleIds = new Set(eligible.map((member) => member.userId));
    const relevant = signOffs.filter((signOff) => eligibleIds.has(signOff.userId));
    const signedGo = relevant.filter((s) => s.verdict === "go").map((s) => s.userName);
    const signedNoGo = relevant.filter((s) => s.verdict === "no_go").map((s) => s.userName);
    const signedIds = new Set(relevant.map((s) => s.userId));
    const needed = requirement.rule === "all" ? Math.max(eligible.length, 1) : requirement.count;
    return {
      label: requirementLabel(requirement),
      needed,
      signedGo,
      signedNoGo,
      waitingFor: eligible.filter((member) => !signedIds.has(member.userId)).map((member) => member.name),
      met: signedNoGo.length === 0 && signedGo.length >= needed,
    };
  });

  const signerIds = members
    .filter((member) => criteria.signoffs.some((req) => qualifies(member, req)))
    .map((m) => m.userId);
  return { met: openItems.length === 0 && requirements.every((r) => r.met), openItems, requirements, signerIds };
}
