import { z } from "zod";
import { versionField, versionRequiredForFields } from "@/lib/validation";

// What a gate asks for before GO. Sign-off requirements name a role ("sponsor") or a function
// ("QA"); "all" means every member who has it signs GO, "atLeast" needs `count` GO sign-offs.
export const signoffRequirementSchema = z
  .object({
    by: z.enum(["role", "function"], { error: 'by must be "role" or "function".' }),
    value: z.string().trim().min(1, "Name the role or function that signs."),
    rule: z.enum(["all", "atLeast"]).default("all"),
    count: z.number().int().min(1).default(1),
  })
  .refine((req) => req.by !== "role" || ["lead", "sponsor", "member", "viewer"].includes(req.value), {
    message: "A role requirement names lead, sponsor, member or viewer.",
    path: ["value"],
  });
export type SignoffRequirement = z.infer<typeof signoffRequirementSchema>;

export const gateCriteriaSchema = z.object({
  /** Every live item of these sections, and these items, must be done or not applicable. */
  sectionIds: z.array(z.string().min(1)).max(200).default([]),
  itemIds: z.array(z.string().min(1)).max(2000).default([]),
  signoffs: z.array(signoffRequirementSchema).max(20).default([]),
});
export type GateCriteria = z.infer<typeof gateCriteriaSchema>;

export const createGateInput = z.object({
  title: z
    .string({ error: "title is required." })
    .trim()
    .min(1, "Give the gate a title, e.g. Final sign-off.")
    .max(200),
  description: z.string().max(5000).default(""),
  stepId: z.string().min(1).nullable().default(null),
  criteria: gateCriteriaSchema.default({ sectionIds: [], itemIds: [], signoffs: [] }),
});
export type CreateGateInput = z.input<typeof createGateInput>;

export const updateGateInput = z
  .object({
    title: createGateInput.shape.title.optional(),
    description: z.string().max(5000).optional(),
    stepId: z.string().min(1).nullable().optional(),
    criteria: gateCriteriaSchema.optional(),
    version: versionField,
  })
  .strict()
  .refine((input) => Object.keys(input).some((key) => key !== "version"), {
    message: "Send at least one field to change.",
  })
  .superRefine(versionRequiredForFields());
export type UpdateGateInput = z.infer<typeof updateGateInput>;

export const signOffInput = z
  .object({
    verdict: z.enum(["go", "no_go"], { error: 'verdict must be "go" or "no_go".' }),
    comment: z.string().trim().max(2000).default(""),
  })
  .refine((input) => input.verdict === "go" || input.comment.length > 0, {
    message: "Say why: a NO-GO needs a reason.",
    path: ["comment"],
  });
export type SignOffInput = z.input<typeof signOffInput>;

export const decideGateInput = z
  .object({
    decision: z.enum(["go", "no_go", "hold"], { error: 'decision must be "go", "no_go" or "hold".' }),
    comment: z.string().trim().max(2000).default(""),
    /** Deciding GO while criteria are unmet: allowed only as an explicit override with a reason. */
    override: z.boolean().default(false),
    overrideReason: z.string().trim().max(2000).default(""),
  })
  .refine((input) => !input.override || input.overrideReason.length > 0, {
    message: "An override needs a reason.",
    path: ["overrideReason"],
  })
  .refine((input) => input.decision !== "no_go" || input.comment.length > 0, {
    message: "Say why: a NO-GO decision needs a reason.",
    path: ["comment"],
  });
export type DecideGateInput = z.input<typeof decideGateInput>;

export const requestAckInput = z.object({
  message: z
    .string({ error: "message is required." })
    .trim()
    .min(1, "Write the message everyone should acknowledge.")
    .max(2000),
});
