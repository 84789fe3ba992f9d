import { z } from "zod";
import { versionField } from "@/lib/validation";

/** `version` is required for changing what the page shows once it exists (checked by the operation: the
 *  first save creates the page, so no version can be known then). Turning it on or off needs none. */
export const saveStatusPageInput = z.object({
  enabled: z.boolean().optional(),
  headline: z.string().trim().max(280, "Keep the headline under 280 characters.").optional(),
  showPhase: z.boolean().optional(),
  showForecast: z.boolean().optional(),
  showIncidents: z.boolean().optional(),
  showMessages: z.boolean().optional(),
  version: versionField,
});

/** Tokens are ours (base64url, 32 characters); anything else is refused before touching the database. */
export const statusToken = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, "This status page link is not valid.");

export const publicStatusBody = z
  .object({
    name: z.string(),
    headline: z.string(),
    status: z.string(),
    isRehearsal: z.boolean(),
    phase: z
      .string()
      .nullable()
      .describe("The phase of the step in progress (or the last one done); null when not shown."),
    goLive: z
      .object({
        planned: z.string().nullable(),
        forecast: z.string().nullable(),
        varianceMinutes: z.number().nullable(),
      })
      .nullable(),
    incidents: z
      .array(
        z.object({
          id: z.string(),
          title: z.string(),
          severity: z.string(),
          status: z.string(),
          openedAt: z.string(),
          resolvedAt: z.string().nullable(),
        }),
      )
      .nullable(),
    messages: z.array(z.object({ id: z.string(), text: z.string(), sentAt: z.string() })).nullable(),
    timezone: z.string(),
    seq: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: "PublicStatus" });
export type PublicStatus = z.infer<typeof publicStatusBody>;
