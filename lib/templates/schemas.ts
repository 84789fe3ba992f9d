import { z } from "zod";
import { isoDateTimeOrNull } from "@/lib/validation";

export const saveTemplateInput = z.object({
  name: z.string({ error: "name is required." }).trim().min(1, "Give the template a name.").max(200),
  description: z.string().max(5000).default(""),
});

export const launchFromTemplateInput = z.object({
  name: z.string({ error: "name is required." }).trim().min(1, "Give the launch a name.").max(200),
  goLiveAt: isoDateTimeOrNull.default(null),
  timezone: z.string().default("UTC"),
  isRehearsal: z.boolean().default(false),
});
