import type { StepData } from "@/lib/audit/event-types";
import { isoToLocalInput, localInputToIso } from "@/lib/time/zoned";
import type { CreateStepInput } from "@/lib/timeline/schemas";

/** The step editor's form state: text as typed, placed either at a clock time or relative to go-live. */
export type StepDraft = {
  title: string;
  phase: string;
  /** "" nobody, "member:<userId>", or "label" for a free label (a role, a team, a vendor). */
  ownerChoice: string;
  ownerLabel: string;
  placement: "time" | "relative";
  /** datetime-local text on the launch's wall clock. */
  startLocal: string;
  /** Minutes from go-live, e.g. "-30" for T-30 min. */
  offsetMinutes: string;
  durationMinutes: string;
  predecessorIds: string[];
  isMilestone: boolean;
  isGoLive: boolean;
  notes: string;
  kind: StepData["kind"];
  autoStart: boolean;
  fixedStart: boolean;
  pointOfNoReturn: boolean;
  communicationId: string | null;
};

export type DraftErrors = Partial<Record<"title" | "start" | "offset" | "duration" | "ownerLabel", string>>;

/** A draft for editing `step`, or for a new step (relative to go-live when the launch has one). */
export function draftFromStep(
  step: StepData | null,
  timeZone: string,
  goLiveAt: string | null,
  autoStartByDefault = false,
): StepDraft {
  if (!step) {
    return {
      title: "",
      phase: "",
      ownerChoice: "",
      ownerLabel: "",
      placement: goLiveAt ? "relative" : "time",
      startLocal: "",
      offsetMinutes: "0",
      durationMinutes: "15",
      predecessorIds: [],
      isMilestone: false,
      isGoLive: false,
      notes: "",
      kind: "task",
      autoStart: autoStartByDefault,
      fixedStart: false,
      pointOfNoReturn: false,
      communicationId: null,
    };
  }
  return {
    title: step.title,
    phase: step.phase,
    ownerChoice: step.owner ? `member:${step.owner.id}` : step.ownerLabel ? "label" : "",
    ownerLabel: step.owner ? "" : step.ownerLabel,
    placement: step.plannedOffsetMinutes !== null ? "relative" : "time",
    startLocal: isoToLocalInput(step.plannedStart, timeZone),
    offsetMinutes: step.plannedOffsetMinutes !== null ? String(step.plannedOffsetMinutes) : "0",
    durationMinutes: String(step.plannedMinutes),
    predecessorIds: [...step.predecessorIds],
    isMilestone: step.isMilestone,
    isGoLive: step.isGoLive,
    notes: step.notes,
    kind: step.kind,
    autoStart: step.autoStart,
    fixedStart: step.fixedStart,
    pointOfNoReturn: step.pointOfNoReturn,
    communicationId: step.communicationId,
  };
}

const wholeNumber = (text: string) =>
  /^[-+\u2212]?\d+$/.test(text.trim()) ? Number(text.trim().replace("\u2212", "-")) : null;

/** The request body for POST/PATCH, or what to fix first; the server still validates it all. */
export function draftToInput(
  draft: StepDraft,
  timeZone: string,
): { ok: true; input: Required<CreateStepInput> } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  if (!draft.title.trim()) errors.title = "The step needs a title.";
  const duration = wholeNumber(draft.durationMinutes);
  if (duration === null || duration < 0) errors.duration = "Whole minutes, 0 or more.";
  let plannedStart: string | null = null;
  let plannedOffsetMinutes: number | null = null;
  if (draft.placement === "time") {
    plannedStart = draft.startLocal ? localInputToIso(draft.startLocal, timeZone) : null;
  } else {
    plannedOffsetMinutes = wholeNumber(draft.offsetMinutes);
    if (plannedOffsetMinutes === null) errors.offset = "Whole minutes from go-live, e.g. -30 for T-30 min.";
  }
  if (draft.ownerChoice === "label" && !draft.ownerLabel.trim())
    errors.ownerLabel = "Name who owns it, or choose nobody.";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const memberId = draft.ownerChoice.startsWith("member:") ? draft.ownerChoice.slice("member:".length) : null;
  return {
    ok: true,
    input: {
      title: draft.title.trim(),
      phase: draft.phase.trim(),
      ownerId: memberId,
      ownerLabel: draft.ownerChoice === "label" ? draft.ownerLabel.trim() : "",
      plannedStart,
      plannedOffsetMinutes,
      plannedMinutes: duration!,
      predecessorIds: draft.predecessorIds,
      notes: draft.notes,
      isMilestone: draft.isMilestone || draft.isGoLive || draft.kind === "milestone",
      isGoLive: draft.isGoLive,
      kind: draft.kind,
      autoStart: draft.autoStart,
      fixedStart: draft.fixedStart,
      pointOfNoReturn: draft.pointOfNoReturn,
      communicationId: draft.kind === "communication" ? draft.communicationId : null,
    },
  };
}
