import type { PlanStep } from "@/lib/plans/plan";
import { GO_NO_GO, isGoLiveTitle, predecessors } from "@/lib/import/build-schedule";

const same = (a: number[], b: number[]) => a.length === b.length && a.every((value, at) => value === b[at]);

/**
 * What a schedule table must say beyond times, titles and owners: a step's `After` (step numbers, `—` for
 * none) where its predecessors are not the ones the importer works out from the times, and its `Kind` where
 * its milestone or go-live flag is not the one it would get. Null when the times say it all (most plans).
 */
export function scheduleCells(steps: PlanStep[]): { after: string; kind: string }[] | null {
  const starts = steps.map((step) => step.startOffsetMinutes ?? 0);
  const inferred = predecessors(
    starts,
    steps.map((step) => step.durationMinutes ?? 0),
  );
  // The importer marks as go-live the step starting at go-live, a go-live / launch / cutover title first.
  const atGoLive = steps.flatMap((step, index) => (step.startOffsetMinutes === 0 ? [index] : []));
  const goLiveStep = atGoLive.find((index) => isGoLiveTitle(steps[index]!.title)) ?? atGoLive[0];
  const cells = steps.map((step, index) => {
    const after = step.after ?? [];
    const milestone = (step.durationMinutes ?? 0) === 0 || GO_NO_GO.test(step.title);
    const kindDiffers = milestone !== !!step.milestone || (index === goLiveStep) !== !!step.goLive;
    const kind = [step.milestone && "milestone", step.goLive && "go-live"].filter(Boolean).join(", ") || "step";
    return {
      after: same(after, inferred[index]!) ? "" : after.length === 0 ? "—" : after.map((at) => at + 1).join(", "),
      kind: kindDiffers ? kind : "",
    };
  });
  return cells.some((cell) => cell.after !== "" || cell.kind !== "") ? cells : null;
}
