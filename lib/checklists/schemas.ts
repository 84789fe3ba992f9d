import { z } from "zod";

export const itemStatusSchema = z.enum(["todo", "done"], {
  error: 'status must be "todo" or "done".',
});

export const setItemStatusInput = z.object({
  status: itemStatusSchema,
  /** The item version the client last saw; when given, a newer version on the server is a 409. */
  version: z.number().int().positive().optional(),
});
export type SetItemStatusInput = z.infer<typeof setItemStatusInput>;
