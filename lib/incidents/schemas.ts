import { z } from "zod";
import { versionRequiredForFields } from "@/lib/validation";

export const openIncidentInput = z.object({
  title: z.string({ error: "title is required." }).trim().min(1, "Describe the incident in a few words.").max(300),
  severity: z.enum(["critical", "high", "medium", "low"], { error: "severity must be critical, high, medium or low." }),
  ownerId: z.string().min(1).nullable().default(null),
  impact: z.string().max(5000).default(""),
  notes: z.string().max(20_000).default(""),
});
export const updateIncidentInput = z
  .object({
    version: z.number().int().positive().optional(),
    title: openIncidentInput.shape.title.optional(),
    severity: openIncidentInput.shape.severity.optional(),
    status: z
      .enum(["open", "investigating", "mitigated", "resolved"], {
        error: "status must be open, investigating, mitigated or resolved.",
      })
      .optional(),
    ownerId: z.string().min(1).nullable().optional(),
    impact: z.string().max(5000).optional(),
    notes: z.string().max(20_000).optional(),
  })
  .strict()
  .refine((input) => Object.keys(input).some((key) => key !== "version"), {
    message: "Send at least one field to change.",
  })
  // Moving an incident along (e.g. resolving it) is a transition; editing what it says needs the version.
  .superRefine(versionRequiredForFields(["status"]));
