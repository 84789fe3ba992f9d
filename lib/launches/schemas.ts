import { z } from "zod";

export const roleSchema = z.enum(["lead", "sponsor", "member", "viewer"]);

export const createLaunchInput = z.object({
  name: z.string().trim().min(1, "Give the launch a name.").max(200),
  system: z.string().trim().max(200).default(""),
  description: z.string().max(20_000).default(""),
  timezone: z.string().default("UTC"),
  goLiveAt: z.coerce.date().nullable().default(null),
  sections: z
    .array(
      z.object({
        title: z.string().trim().min(1).max(300),
        items: z.array(z.object({ title: z.string().trim().min(1).max(1000), done: z.boolean().default(false) })),
      }),
    )
    .default([]),
  members: z.array(z.object({ userId: z.string(), role: roleSchema, function: z.string().default("") })).default([]),
});
export type CreateLaunchInput = z.input<typeof createLaunchInput>;
