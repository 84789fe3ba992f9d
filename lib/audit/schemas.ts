import { z } from "zod";
import { auditEventTypes } from "@/lib/audit/event-types";

export const listEventsQuery = z.object({
  after: z.coerce.number({ error: "after must be a whole number (the last seq you have)." }).int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});

export const activityQuery = z.object({
  actorId: z.string().min(1).optional(),
  sectionId: z.string().min(1).optional(),
  /** An event type ("item.updated") or a family of them ("item"). */
  type: z
    .string()
    .refine((value) => auditEventTypes.some((type) => type === value || type.startsWith(`${value}.`)), {
      message: `type must be one of ${auditEventTypes.join(", ")}, or a family such as "item".`,
    })
    .optional(),
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ActivityQuery = z.infer<typeof activityQuery>;
