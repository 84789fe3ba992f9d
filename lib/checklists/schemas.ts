import { z } from "zod";
import { isoDateTimeOrNull, versionRequiredForFields } from "@/lib/validation";

export const itemStatuses = ["todo", "in_progress", "done", "blocked", "not_applicable"] as const;
export const itemStatusSchema = z.enum(itemStatuses, {
  error: `status must be one of: ${itemStatuses.join(", ")}.`,
});
/** Statuses that mean little without a why: the reason is required with them. */
export const statusesNeedingReason = ["blocked", "not_applicable"] as const;
/** Blocked and not applicable need a reason (statusReason). */
export const needsReason = (status: string) => (statusesNeedingReason as readonly string[]).includes(status);

const id = (what: string) => z.string({ error: `${what} is required.` }).min(1, `${what} is required.`);
const dateOrNull = isoDateTimeOrNull;
const version = z.number({ error: "version must be a number." }).int().positive().optional();

const itemPlanFields = {
  title: z.string().trim().min(1, "The title cannot be empty.").max(1000),
  details: z.string().max(20_000, "Details are limited to 20,000 characters."),
  ownerId: z.string().min(1).nullable(),
  dueAt: dateOrNull,
  required: z.boolean({ error: "required must be true or false." }),
  howToVerify: z.string().max(5000),
  stepId: z.string().min(1).nullable(),
};
const itemProgressFields = {
  status: itemStatusSchema,
  statusReason: z.string().trim().max(2000),
  evidence: z.string().max(5000),
};
export const planFieldNames = Object.keys(itemPlanFields) as (keyof typeof itemPlanFields)[];
export const progressFieldNames = Object.keys(itemProgressFields) as (keyof typeof itemProgressFields)[];

export const createItemInput = z.object({
  sectionId: id("sectionId"),
  parentId: z.string().min(1).nullable().optional(),
  position: z.number().int().min(0).optional(),
  title: itemPlanFields.title,
  details: itemPlanFields.details.optional(),
  ownerId: itemPlanFields.ownerId.optional(),
  dueAt: itemPlanFields.dueAt.optional(),
  required: itemPlanFields.required.optional(),
  howToVerify: itemPlanFields.howToVerify.optional(),
  stepId: itemPlanFields.stepId.optional(),
});
export type CreateItemInput = z.infer<typeof createItemInput>;

export const updateItemInput = z
  .object({
    version,
    title: itemPlanFields.title.optional(),
    details: itemPlanFields.details.optional(),
    ownerId: itemPlanFields.ownerId.optional(),
    dueAt: itemPlanFields.dueAt.optional(),
    required: itemPlanFields.required.optional(),
    howToVerify: itemPlanFields.howToVerify.optional(),
    stepId: itemPlanFields.stepId.optional(),
    status: itemProgressFields.status.optional(),
    statusReason: itemProgressFields.statusReason.optional(),
    evidence: itemProgressFields.evidence.optional(),
  })
  .strict()
  .refine((input) => Object.keys(input).some((key) => key !== "version"), {
    message: "Send at least one field to change (e.g. status).",
  })
  // Ticking (status and its reason) is a transition: idempotent, no prior read needed.
  .superRefine(versionRequiredForFields(["status", "statusReason"]));
export type UpdateItemInput = z.infer<typeof updateItemInput>;

export const moveItemInput = z.object({
  sectionId: id("sectionId"),
  parentId: z.string().min(1).nullable().default(null),
  position: z.number({ error: "position must be a number (0 = first)." }).int().min(0),
  version,
});
export type MoveItemInput = z.infer<typeof moveItemInput>;

export const createSectionInput = z.object({
  title: z.string().trim().min(1, "The section needs a title.").max(300),
  position: z.number().int().min(0).optional(),
});
export const updateSectionInput = z.object({
  title: createSectionInput.shape.title,
  version: z.number({ error: "version is required: send the version of the section you last read." }).int().positive(),
});
export const moveSectionInput = z.object({
  position: z.number({ error: "position must be a number (0 = first)." }).int().min(0),
});
