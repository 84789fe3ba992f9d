import { z } from "zod";

export const listEventsQuery = z.object({
  after: z.coerce.number({ error: "after must be a whole number (the last seq you have)." }).int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});
