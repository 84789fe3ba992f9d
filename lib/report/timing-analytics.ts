import type { GateData, StepData } from "@/lib/audit/event-types";
import type { TimelineRow } from "@/lib/report/timeline-report";
import { minutesBetween } from "@/lib/report/format";

export type PhaseTiming = {
  phase: string;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  plannedMinutes: number | null;
  actualMinutes: number | null;
  varianceMinutes: number | null;
};
export type HoldPeriod = {
  gate: string;
  from: string;
  until: string | null;
  minutes: number;
  decision: "no_go" | "hold";
};
export type TimingAnalytics = {
  phases: PhaseTiming[];
  /** The chain that decided when the last step (or go-live) happened: each step's latest-finishing predecessor. */
  criticalPath: { id: string; title: string; actualMinutes: number | null }[];
  overruns: { id: string; title: string; plannedMinutes: number; actualMinutes: number; overrunMinutes: number }[];
  holds: HoldPeriod[];
  holdMinutes: number;
};

const earliest = (values: (string | null)[]) => values.filter((v): v is string => !!v).sort()[0] ?? null;
const latest = (values: (string | null)[]) =>
  values
    .filter((v): v is string => !!v)
    .sort()
    .at(-1) ?? null;

/** Planned vs actual per phase, the critical path as it happened, the biggest overruns, time on hold. */
export function timingAnalytics(rows: TimelineRow[], steps: StepData[], gates: GateData[], now: Date): TimingAnalytics {
  const phases = [...new Set(rows.map((row) => row.phase))].map((phase): PhaseTiming => {
    const inPhase = rows.filter((row) => row.phase === phase);
    const plannedStart = earliest(inPhase.map((r) => r.plannedStart));
    const plannedEnd = latest(
      inPhase.map((r) =>
        r.plannedStart ? new Date(Date.parse(r.plannedStart) + r.plannedMinutes * 60_000).toISOString() : null,
      ),
    );
    const actualStart = earliest(inPhase.map((r) => r.actualStart));
    const actualEnd = inPhase.every((r) => r.actualEnd || r.status === "skipped")
      ? latest(inPhase.map((r) => r.actualEnd))
      : null;
    const plannedMinutes = plannedStart && plannedEnd ? minutesBetween(plannedStart, plannedEnd) : null;
    const actualMinutes = actualStart && actualEnd ? minutesBetween(actualStart, actualEnd) : null;
    return {
      phase: phase || "(no phase)",
      plannedStart,
      plannedEnd,
      actualStart,
      actualEnd,
      plannedMinutes,
      actualMinutes,
      varianceMinutes: plannedMinutes !== null && actualMinutes !== null ? actualMinutes - plannedMinutes : null,
    };
  });
  const overruns = rows
    .filter((row) => row.actualMinutes !== null && row.actualMinutes > row.plannedMinutes)
    .map((row) => ({
      id: row.id,
      title: row.title,
      plannedMinutes: row.plannedMinutes,
      actualMinutes: row.actualMinutes!,
      overrunMinutes: row.actualMinutes! - row.plannedMinutes,
    }))
    .sort((a, b) => b.overrunMinutes - a.overrunMinutes)
    .slice(0, 5);
  const holds = holdPeriods(gates, now);
  return {
    phases,
    criticalPath: actualCriticalPath(steps),
    overruns,
    holds,
    holdMinutes: holds.reduce((sum, hold) => sum + hold.minutes, 0),
  };
}

function actualCriticalPath(steps: StepData[]) {
  const byId = new Map(steps.map((step) => [step.id, step]));
  const finished = steps.filter((step) => step.actualEnd);
  const goLive = steps.find((step) => step.isGoLive && step.actualStart);
  let current: StepData | undefined =
    goLive ?? finished.sort((a, b) => a.actualEnd!.localeCompare(b.actualEnd!)).at(-1);
  const path: StepData[] = [];
  while (current && !path.includes(current)) {
    path.unshift(current);
    current = current.predecessorIds
      .map((id) => byId.get(id))
      .filter((step): step is StepData => !!step?.actualEnd)
      .sort((a, b) => a.actualEnd!.localeCompare(b.actualEnd!))
      .at(-1);
  }
  return path.map((step) => ({
    id: step.id,
    title: step.title,
    actualMinutes: step.actualStart && step.actualEnd ? minutesBetween(step.actualStart, step.actualEnd) : null,
  }));
}

/** From a NO-GO or HOLD decision on a gate until its next GO (or now, if it never came). */
function holdPeriods(gates: GateData[], now: Date): HoldPeriod[] {
  return gates.flatMap((gate) => {
    const rounds = [...gate.rounds].sort((a, b) => a.number - b.number);
    return rounds.flatMap((round, index) => {
      if ((round.decision !== "no_go" && round.decision !== "hold") || !round.decidedAt) return [];
      const resumed =
        rounds.slice(index + 1).find((next) => next.decision === "go" && next.decidedAt)?.decidedAt ?? null;
      if (index > 0 && (rounds[index - 1]!.decision === "no_go" || rounds[index - 1]!.decision === "hold")) return [];
      const until = resumed ?? null;
      return [
        {
          gate: gate.title,
          from: round.decidedAt,
          until,
          minutes: minutesBetween(round.decidedAt, until ?? now.toISOString()),
          decision: round.decision,
        },
      ];
    });
  });
}
