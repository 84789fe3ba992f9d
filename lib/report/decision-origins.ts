import type { GateData } from "@/lib/audit/event-types";
import type { RequestOrigin } from "@/lib/http/client-address";

/** Where each sign-off (by its id) and each gate decision (by its round's id) came from. */
export type DecisionOrigins = { signOffs: Record<string, RequestOrigin>; decisions: Record<string, RequestOrigin> };

export const noDecisionOrigins: DecisionOrigins = { signOffs: {}, decisions: {} };

type DecisionEventRow = {
  type: string;
  actorId: string | null;
  data: unknown;
  ip: string | null;
  userAgent: string | null;
};

/**
 * Links the gate.signed and gate.decided events to what they recorded. Each event carries the gate as
 * it was right after the change, so its highest round is the one signed or decided, and a sign-off is
 * the signer's (one per person per round) in that round.
 */
export function decisionOrigins(rows: DecisionEventRow[]): DecisionOrigins {
  const origins: DecisionOrigins = { signOffs: {}, decisions: {} };
  for (const row of rows) {
    if (!row.ip) continue;
    const origin = { ip: row.ip, userAgent: row.userAgent ?? "" };
    const { gate } = row.data as { gate: GateData };
    const round = gate.rounds.reduce<GateData["rounds"][number] | undefined>(
      (latest, r) => (latest && latest.number > r.number ? latest : r),
      undefined,
    );
    if (!round) continue;
    if (row.type === "gate.decided") origins.decisions[round.id] = origin;
    if (row.type === "gate.signed") {
      const signOff = round.signOffs.find((s) => s.userId === row.actorId);
      if (signOff) origins.signOffs[signOff.id] = origin;
    }
  }
  return origins;
}
