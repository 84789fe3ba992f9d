import { z } from "zod";
import { isoDateTimeOrNull, versionRequiredForFields } from "@/lib/validation";

const minutes = z
  .number({ error: "Durations are whole minutes." })
  .int()
  .min(0, "A duration cannot be negative.")
  .max(7 * 24 * 60);
const offset = z
  .number({ error: "An offset from go-live is whole minutes, e.g. -30 for T-30 min." })
  .int()
  .min(-30 * 24 * 60)
  .max(30 * 24 * 60);

const stepFields = {
  title: z.string({ error: "title is required." }).trim().min(1, "The step needs a title.").max(300),
  phase: z.string().trim().max(120),
  ownerId: z.string().min(1).nullable(),
  ownerLabel: z.string().trim().max(120),
  plannedStart: isoDateTimeOrNull,
  plannedOffsetMinutes: offset.nullable(),
  plannedMinutes: minutes,
  predecessorIds: z.array(z.string().min(1)).max(100),
  notes: z.string().max(10_000),
  isMilestone: z.boolean(),
  isGoLive: z.boolean(),
  kind: z.enum(["task", "milestone", "validation", "communication", "decision"], {
    error: "kind must be task, milestone, validation, communication or decision.",
  }),
  autoStart: z.boolean(),
  fixedStart: z.boolean(),
  pointOfNoReturn: z.boolean(),
  communicationId: z.string().min(1).nullable(),
};

const oneWayToPlace = (input: { plannedStart?: string | null; plannedOffsetMinutes?: number | null }) =>
  !(input.plannedStart && input.plannedOffsetMinutes != null);
const oneWayMessage = {
  message: "Give either plannedStart (a time) or plannedOffsetMinutes (relative to go-live), not both.",
  path: ["plannedOffsetMinutes"],
};

export const createStepInput = z
  .object({
    title: stepFields.title,
    phase: stepFields.phase.default(""),
    ownerId: stepFields.ownerId.default(null),
    ownerLabel: stepFields.ownerLabel.default(""),
    plannedStart: stepFields.plannedStart.default(null),
    plannedOffsetMinutes: stepFields.plannedOffsetMinutes.default(null),
    plannedMinutes: stepFields.plannedMinutes.default(0),
    predecessorIds: stepFields.predecessorIds.default([]),
    notes: stepFields.notes.default(""),
    isMilestone: stepFields.isMilestone.default(false),
    isGoLive: stepFields.isGoLive.default(false),
    kind: stepFields.kind.optional(),
    /** Unset: the launch's setting (autoStartSteps) decides. */
    autoStart: stepFields.autoStart.optional(),
    fixedStart: stepFields.fixedStart.default(false),
    pointOfNoReturn: stepFields.pointOfNoReturn.default(false),
    communicationId: stepFields.communicationId.default(null),
  })
  .refine(oneWayToPlace, oneWayMessage);
export type CreateStepInput = z.input<typeof createStepInput>;

export const updateStepInput = z
  .object({
    version: z.number().int().positive().optional(),
    title: stepFields.title.optional(),
    phase: stepFields.phase.optional(),
    ownerId: stepFields.ownerId.optional(),
    ownerLabel: stepFields.ownerLabel.optional(),
    plannedStart: stepFields.plannedStart.optional(),
    plannedOffsetMinutes: stepFields.plannedOffsetMinutes.optional(),
    plannedMinutes: stepFields.plannedMinutes.optional(),
    predecessorIds: stepFields.predecessorIds.optional(),
    notes: stepFields.notes.optional(),
    isMilestone: stepFields.isMilestone.optional(),
    isGoLive: stepFields.isGoLive.optional(),
    kind: stepFields.kind.optional(),
    autoStart: stepFields.autoStart.optional(),
    fixedStart: stepFields.fixedStart.optional(),
    pointOfNoReturn: stepFields.pointOfNoReturn.optional(),
    communicationId: stepFields.communicationId.optional(),
  })
  .strict()
  .refine(oneWayToPlace, oneWayMessage)
  .refine((input) => Object.keys(input).some((key) => key !== "version"), {
    message: "Send at least one field to change.",
  })
  .superRefine(versionRequiredForFields());
export type UpdateStepInput = z.infer<typeof updateStepInput>;

export const stepActions = ["start", "complete", "skip", "fail", "reopen"] as const;
export const stepActionSchema = z.enum(stepActions, { error: `The action must be one of: ${stepActions.join(", ")}.` });
export type StepAction = z.infer<typeof stepActionSchema>;

export const runStepInput = z
  .object({
    /** Completing a step whose linked items are still open needs this, and it is recorded. */
    confirmOpenItems: z.boolean().default(false),
    note: z.string().trim().max(2000).default(""),
    /** Start before the predecessors are complete (or before a fixed start): needs `reason`, which is recorded and shown. */
    force: z.boolean().default(false),
    reason: z.string().trim().max(2000).default(""),
    /** Starting a point-of-no-return step needs the lead to confirm it. */
    confirmPointOfNoReturn: z.boolean().default(false),
    /** A validation step completes as pass or fail, with its evidence. */
    outcome: z.enum(["pass", "fail"], { error: "outcome must be pass or fail." }).optional(),
    evidence: z.string().trim().max(10_000).optional(),
  })
  .refine((input) => !input.force || input.reason.length >= 3, {
    message: "Say why the step is started anyway (reason).",
    path: ["reason"],
  });
export type RunStepInput = z.input<typeof runStepInput>;

export const correctStepInput = z
  .object({
    actualStart: isoDateTimeOrNull.optional(),
    actualEnd: isoDateTimeOrNull.optional(),
    reason: z.string({ error: "reason is required." }).trim().min(3, "Say why the time is being corrected."),
  })
  .refine((input) => input.actualStart !== undefined || input.actualEnd !== undefined, {
    message: "Send actualStart and/or actualEnd.",
  });

export const linkRehearsalsInput = z.object({
  /** The rehearsal launches whose actual durations calibrate this launch's forecast; empty unlinks them. */
  rehearsalIds: z
    .array(z.string().min(1).max(100), { error: "rehearsalIds must be a list of launch ids." })
    .max(20, "Link at most 20 rehearsals."),
});
