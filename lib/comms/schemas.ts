import { z } from "zod";
import { messageTimeAnchors } from "@/lib/comms/message-time";
import { versionField, versionRequiredWithId } from "@/lib/validation";

const WEEK = 7 * 24 * 60;
const minutes = (what: string, min: number, max: number) =>
  z
    .number({ error: `${what}: a whole number of minutes.` })
    .int(`${what}: a whole number of minutes.`)
    .min(min, `${what}: at least ${min} minutes.`)
    .max(max, `${what}: at most ${max} minutes.`);

export const saveCommunicationInput = z
  .object({
    id: z.string().min(1).optional(),
    version: versionField,
    /**
     * What the time is measured from: a fixed time (`dueAt`), go-live, a step starting or completing,
     * or a checkpoint's submission — each plus `offsetMinutes` (negative: before).
     */
    timeAnchor: z.enum(messageTimeAnchors).default("absolute"),
    /** The time of an absolute message (its first occurrence, if recurring). */
    dueAt: z.iso.datetime({ offset: true, error: "dueAt: an ISO 8601 date-time." }).optional(),
    offsetMinutes: minutes("offsetMinutes", -4 * WEEK, 4 * WEEK).default(0),
    anchorStepId: z.string().min(1).max(100).nullish(),
    anchorCheckpoint: z.number().int().min(1, "anchorCheckpoint: a checkpoint number from 1.").max(1000).nullish(),
    /** Recurring: every this many minutes from its first time, for `repeatForMinutes`. */
    repeatEveryMinutes: minutes("repeatEveryMinutes", 5, 24 * 60).nullish(),
    repeatForMinutes: minutes("repeatForMinutes", 0, 4 * WEEK).nullish(),
    audience: z.string().trim().min(1, "Who is it for?").max(120),
    channel: z.string().trim().min(1, "Which channel (email, chat, status page)?").max(120),
    text: z
      .string()
      .trim()
      .min(1, "Write the message.")
      .max(5000, "The message is longer than 5000 characters; shorten it."),
    /** Integrations channels that send it by themselves at its time; empty: someone marks it sent. */
    channelIds: z.array(z.string().min(1)).max(20).optional(),
  })
  .superRefine((input, ctx) => {
    versionRequiredWithId(input, ctx);
    const need = (ok: unknown, path: string, message: string) => {
      if (!ok) ctx.addIssue({ code: "custom", path: [path], message });
    };
    if (input.timeAnchor === "absolute") {
      need(input.dueAt, "dueAt", "dueAt: a message at a fixed time needs its date-time.");
      need(input.offsetMinutes === 0, "offsetMinutes", "offsetMinutes: a fixed-time message has no offset.");
    }
    if (input.timeAnchor === "stepStart" || input.timeAnchor === "stepComplete")
      need(input.anchorStepId, "anchorStepId", "anchorStepId: which step's start or completion is it sent on?");
    if (input.timeAnchor === "checkpoint")
      need(input.anchorCheckpoint, "anchorCheckpoint", "anchorCheckpoint: after which checkpoint number?");
    if (input.repeatEveryMinutes) {
      need(input.repeatForMinutes, "repeatForMinutes", "repeatForMinutes: for how long does it repeat?");
      const count = Math.floor((input.repeatForMinutes ?? 0) / input.repeatEveryMinutes) + 1;
      need(count <= 200, "repeatForMinutes", `That is ${count} messages; at most 200 occurrences.`);
    } else need(!input.repeatForMinutes, "repeatEveryMinutes", "repeatEveryMinutes: how often does it repeat?");
  });
