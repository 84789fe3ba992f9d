import type { GateData, GateRoundData } from "@/lib/audit/event-types";

export type GateHeadline =
  | {
      kind: "decided";
      gate: Pick<GateData, "id" | "title">;
      round: GateRoundData & { decision: NonNullable<GateRoundData["decision"]>; decidedAt: string };
    }
  | { kind: "awaiting"; gate: Pick<GateData, "id" | "title">; round: GateRoundData }
  | { kind: "none" };

/**
 * What a wall screen says about go / no-go: a round waiting for the sponsor comes first (that is
 * what the room is waiting for), otherwise the most recent decision on any gate, otherwise nothing.
 */
export function gateHeadline(gates: GateData[]): GateHeadline {
  let latest: GateHeadline = { kind: "none" };
  for (const gate of gates) {
    const round = gate.rounds.at(-1);
    if (!round) continue;
    if (!round.decision) return { kind: "awaiting", gate, round };
    if (
      round.decidedAt &&
      (latest.kind !== "decided" || Date.parse(round.decidedAt) > Date.parse(latest.round.decidedAt))
    ) {
      latest = { kind: "decided", gate, round: { ...round, decision: round.decision, decidedAt: round.decidedAt } };
    }
  }
  return latest;
}
