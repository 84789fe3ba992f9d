import { z } from "zod";
import { versionField, versionRequiredWithId } from "@/lib/validation";

export const saveCommunicationInput = z
  .object({
    id: z.string().min(1).optional(),
    version: versionField,
    dueAt: z.iso.datetime({ offset: true, error: "dueAt: an ISO 8601 date-time." }),
    audience: z.string().trim().min(1, "Who is it for?").max(120),
    channel: z.string().trim().min(1, "Which channel (email, chat, status page)?").max(120),
    text: z
      .string()
      .trim()
      .min(1, "Write the message.")
      .max(5000, "The message is longer than 5000 characters; shorten it."),
    /** Integrations channels that send it by themselves at dueAt; empty: someone marks it sent. */
    channelIds: z.array(z.string().min(1)).max(20).optional(),
  })
  .superRefine(versionRequiredWithId);
