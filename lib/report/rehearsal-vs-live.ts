import type { StepData } from "@/lib/audit/event-types";
import { calibratedMinutes } from "@/lib/timeline/rehearsal-calibration";
import { minutesBetween } from "@/lib/report/format";

export type RehearsalVsLiveRow = {
  id: string;
  title: string;
  plannedMinutes: number;
  /** One entry per linked rehearsal that had this step: its minutes, or null when it did not finish there. */
  rehearsals: { launchId: string; launchName: string; minutes: number | null; status: StepData["status"] }[];
  /** The calibrated duration (median of the rehearsals' actuals), or null without any. */
  calibratedMinutes: number | null;
  liveMinutes: number | null;
  /** Live against the calibrated duration where there is one, else against the plan. */
  varianceMinutes: number | null;
};

/** Per step: planned, what each rehearsal measured, what the live night took, and the difference. Empty without rehearsal data. */
export function rehearsalVsLive(steps: StepData[]): RehearsalVsLiveRow[] {
  if (!steps.some((step) => step.rehearsalActuals.length > 0)) return [];
  return steps.map((step) => {
    const calibrated = calibratedMinutes(step.rehearsalActuals)?.median ?? null;
    const live =
      step.status === "done" && step.actualStart && step.actualEnd
        ? minutesBetween(step.actualStart, step.actualEnd)
        : null;
    const reference = calibrated ?? step.plannedMinutes;
    return {
      id: step.id,
      title: step.title,
      plannedMinutes: step.plannedMinutes,
      rehearsals: step.rehearsalActuals,
      calibratedMinutes: calibrated,
      liveMinutes: live,
      varianceMinutes: live === null ? null : Math.round(live - reference),
    };
  });
}
