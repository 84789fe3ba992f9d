import type { StepData } from "@/lib/audit/event-types";

/** The point-of-no-return step the launch is past (started or finished), earliest first; null before. */
export function pastPointOfNoReturn(steps: StepData[]): { step: StepData; at: string } | null {
  const passed = steps
    .filter((step) => step.pointOfNoReturn && step.status !== "pending" && step.actualStart)
    .sort((a, b) => Date.parse(a.actualStart!) - Date.parse(b.actualStart!));
  return passed[0] ? { step: passed[0], at: passed[0].actualStart! } : null;
}
