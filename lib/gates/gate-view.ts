import type { Prisma } from "@/lib/generated/prisma/client";
import type { AckRequestData, GateData } from "@/lib/audit/event-types";
import { gateCriteriaSchema } from "@/lib/gates/schemas";

export const gateViewSelect = {
  id: true,
  title: true,
  description: true,
  stepId: true,
  criteria: true,
  position: true,
  version: true,
  rounds: {
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      openedAt: true,
      decision: true,
      decidedAt: true,
      decidedById: true,
      decidedByName: true,
      comment: true,
      override: true,
      overrideReason: true,
      evaluation: true,
      signOffs: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          userId: true,
          userName: true,
          role: true,
          function: true,
          verdict: true,
          comment: true,
          createdAt: true,
        },
      },
    },
  },
} as const satisfies Prisma.GateSelect;

type GateRow = Prisma.GateGetPayload<{ select: typeof gateViewSelect }>;

/** A gate with every round (the history stays visible) as every door shows it. */
export function gateView(row: GateRow): GateData {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    stepId: row.stepId,
    criteria: gateCriteriaSchema.parse(row.criteria),
    position: row.position,
    version: row.version,
    rounds: row.rounds.map((round) => ({
      id: round.id,
      number: round.number,
      openedAt: round.openedAt.toISOString(),
      decision: round.decision,
      decidedAt: round.decidedAt?.toISOString() ?? null,
      decidedBy: round.decidedById ? { id: round.decidedById, name: round.decidedByName } : null,
      comment: round.comment,
      override: round.override,
      overrideReason: round.overrideReason,
      evaluation: round.evaluation ?? null,
      signOffs: round.signOffs.map((signOff) => ({ ...signOff, createdAt: signOff.createdAt.toISOString() })),
    })),
  };
}

export const ackViewSelect = {
  id: true,
  message: true,
  createdAt: true,
  createdById: true,
  acks: { orderBy: { at: "asc" }, select: { userId: true, at: true, user: { select: { name: true } } } },
} as const satisfies Prisma.AckRequestSelect;

type AckRow = Prisma.AckRequestGetPayload<{ select: typeof ackViewSelect }>;

export function ackView(row: AckRow, creatorName: string | null): AckRequestData {
  return {
    id: row.id,
    message: row.message,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdById ? { id: row.createdById, name: creatorName ?? "" } : null,
    acks: row.acks.map((ack) => ({ userId: ack.userId, name: ack.user.name, at: ack.at.toISOString() })),
  };
}

/** The round a gate is in now: the last one, open if undecided. */
export const currentRound = (gate: GateData) => gate.rounds.at(-1) ?? null;
