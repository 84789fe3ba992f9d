import type { StepData } from "@/lib/audit/event-types";

/** The fields a plain step has for running the day (kind, auto-start, guard rails, rehearsal data). */
export const runningTheDayDefaults = {
  kind: "task",
  autoStart: false,
  fixedStart: false,
  pointOfNoReturn: false,
  forcedReason: "",
  systemNote: "",
  outcome: null,
  evidence: "",
  communicationId: null,
  rehearsalActuals: [],
} as const satisfies Partial<StepData>;

/** A step for unit tests, placed relative to go-live; `extra` overrides any field. */
export const testStep = (
  id: string,
  offset: number | null,
  minutes: number,
  predecessorIds: string[] = [],
  extra: Partial<StepData> = {},
): StepData => ({
  id,
  title: id,
  phase: "",
  owner: null,
  ownerLabel: "",
  plannedStart: null,
  plannedOffsetMinutes: offset,
  plannedMinutes: minutes,
  status: "pending",
  actualStart: null,
  actualEnd: null,
  notes: "",
  isMilestone: false,
  isGoLive: false,
  ...runningTheDayDefaults,
  predecessorIds,
  position: 0,
  version: 1,
  updatedAt: "2026-11-28T00:00:00.000Z",
  updatedBy: null,
  ...extra,
});
