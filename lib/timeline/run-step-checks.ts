import type { Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import type { StepData } from "@/lib/audit/event-types";
import type { RunStepInput } from "@/lib/timeline/schemas";
import {
  notYetDue,
  openLinkedItems,
  openPredecessors,
  refuseOpenPredecessors,
  type OpenPredecessor,
} from "@/lib/timeline/step-guards";
import { AppError } from "@/lib/errors";

type LockedStep = {
  id: string;
  title: string;
  fixedStart: boolean;
  pointOfNoReturn: boolean;
  kind: StepData["kind"];
  plannedStart: Date | null;
  plannedOffsetMinutes: number | null;
};

/**
 * The guard rails on starting a step. Returns what was overridden with `force` (recorded on the step and
 * in its event), or null when nothing was; throws 409 for what needs a decision, 403 when only the lead may.
 */
export async function checkStart(
  tx: Tx,
  {
    launchId,
    step,
    role,
    input,
    now,
  }: { launchId: string; step: LockedStep; role: Role; input: RunStepInput; now: Date },
): Promise<{ reason: string; predecessors: OpenPredecessor[] } | null> {
  if (step.pointOfNoReturn) {
    if (role !== "lead")
      throw new AppError("forbidden", `"${step.title}" is the point of no return: only the lead can start it.`);
    if (!input.confirmPointOfNoReturn) {
      throw new AppError(
        "conflict",
        `"${step.title}" is the point of no return. Start it with confirmPointOfNoReturn: true once you are sure.`,
        { needsConfirmation: "pointOfNoReturn" },
      );
    }
  }
  const predecessors = await openPredecessors(tx, step.id);
  const early = await notYetDue(tx, launchId, step, now);
  if (input.force && (predecessors.length > 0 || early)) return { reason: input.reason ?? "", predecessors };
  if (predecessors.length > 0) refuseOpenPredecessors(step.title, predecessors);
  if (early) {
    throw new AppError(
      "conflict",
      `"${step.title}" has a fixed start: it must not start before ${early.clock}. Start it anyway with force: true and a reason.`,
      {
        fixedStart: early.planned.toISOString(),
        needsConfirmation: "fixedStart",
      },
    );
  }
  return null;
}

/**
 * The guard rails on completing a step: any open linked item (required or not) needs `confirmOpenItems`;
 * a validation step needs its outcome (pass / fail).
 */
export async function checkCompletion(tx: Tx, { step, input }: { step: LockedStep; input: RunStepInput }) {
  const { open, required } = await openLinkedItems(tx, step.id);
  if (open.length > 0 && !input.confirmOpenItems) {
    const which =
      required.length > 0
        ? `${open.length} linked item(s) open, ${required.length} of them required`
        : `${open.length} linked item(s) open`;
    throw new AppError(
      "conflict",
      `"${step.title}" still has ${which}: ${open.join("; ")}. Complete anyway with confirmOpenItems: true.`,
      {
        openItems: open,
        openRequiredItems: required,
        needsConfirmation: true,
      },
    );
  }
  if (step.kind === "validation" && !input.outcome) {
    throw new AppError("invalid", `"${step.title}" is a validation: say whether it passed or failed.`, {
      fields: { outcome: ["Send outcome: pass or fail, with evidence."] },
    });
  }
  return {
    openItems: open,
    openRequiredItems: required,
    outcome: step.kind === "validation" ? (input.outcome ?? null) : null,
    evidence: input.evidence ?? "",
  };
}
