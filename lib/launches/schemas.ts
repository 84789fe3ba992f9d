import { z } from "zod";
import { planSchema } from "@/lib/plans/plan";
import { isoDateTimeOrNull, versionField, versionRequiredForFields } from "@/lib/validation";

export const roleSchema = z.enum(["lead", "sponsor", "member", "viewer"], {
  error: "role must be one of: lead, sponsor, member, viewer.",
});
export const launchStatusSchema = z.enum(
  ["planning", "ready", "in_progress", "monitoring", "completed", "rolled_back", "aborted", "on_hold", "rolling_back"],
  {
    error:
      "status must be one of: planning, ready, in_progress, monitoring, completed, rolled_back, aborted, on_hold, rolling_back.",
  },
);

const timezone = z.string().refine(isTimeZone, { message: "Use an IANA time zone such as Europe/Berlin or UTC." });
const dateTime = isoDateTimeOrNull;

const launchFields = {
  name: z.string({ error: "name is required." }).trim().min(1, "Give the launch a name.").max(200),
  system: z.string().trim().max(200),
  description: z.string().max(20_000),
  timezone,
  goLiveAt: dateTime,
  windowStart: dateTime,
  windowEnd: dateTime,
  isRehearsal: z.boolean(),
  membersUpdateAnyItem: z.boolean(),
};

const windowInOrder = (input: { windowStart?: string | null; windowEnd?: string | null }) =>
  !input.windowStart || !input.windowEnd || Date.parse(input.windowStart) < Date.parse(input.windowEnd);
const windowMessage = { message: "The change window must end after it starts.", path: ["windowEnd"] };

export const createLaunchInput = z
  .object({
    name: launchFields.name,
    system: launchFields.system.default(""),
    description: launchFields.description.default(""),
    timezone: launchFields.timezone.default("UTC"),
    goLiveAt: launchFields.goLiveAt.default(null),
    windowStart: launchFields.windowStart.default(null),
    windowEnd: launchFields.windowEnd.default(null),
    isRehearsal: launchFields.isRehearsal.default(false),
    membersUpdateAnyItem: launchFields.membersUpdateAnyItem.default(false),
    plan: planSchema.default({ sections: [] }),
  })
  .refine(windowInOrder, windowMessage);
export type CreateLaunchInput = z.input<typeof createLaunchInput>;

export const updateLaunchInput = z
  .object({
    name: launchFields.name.optional(),
    system: launchFields.system.optional(),
    description: launchFields.description.optional(),
    timezone: launchFields.timezone.optional(),
    goLiveAt: launchFields.goLiveAt.optional(),
    windowStart: launchFields.windowStart.optional(),
    windowEnd: launchFields.windowEnd.optional(),
    isRehearsal: launchFields.isRehearsal.optional(),
    membersUpdateAnyItem: launchFields.membersUpdateAnyItem.optional(),
    /** A rehearsal sends planned messages in test mode unless this is true. */
    commsLive: z.boolean().optional(),
    checkpointEveryMinutes: z
      .number()
      .int()
      .min(5, "Checkpoints at most every 5 minutes.")
      .max(24 * 60)
      .nullable()
      .optional(),
    checkpointsFrom: dateTime.optional(),
    checkpointsUntil: dateTime.optional(),
    lessonsLearned: z.string().max(50_000).optional(),
    /** New and imported steps start automatically by default. */
    autoStartSteps: z.boolean({ error: "autoStartSteps must be true or false." }).optional(),
    archived: z.boolean({ error: "archived must be true or false." }).optional(),
    version: versionField,
  })
  .strict()
  .refine(windowInOrder, windowMessage)
  .refine((input) => Object.keys(input).some((key) => key !== "version"), {
    message: "Send at least one field to change.",
  })
  // Archiving or unarchiving is a transition (idempotent); editing what the launch says needs the version.
  .superRefine(versionRequiredForFields(["archived"]));
export type UpdateLaunchInput = z.infer<typeof updateLaunchInput>;

export const changeLaunchStatusInput = z.object({
  status: launchStatusSchema,
  note: z.string().trim().max(2000).default(""),
});

export const cloneLaunchInput = z.object({
  name: launchFields.name.optional(),
  goLiveAt: launchFields.goLiveAt.optional(),
  isRehearsal: z.boolean().default(false),
});

export const addMemberInput = z.object({
  email: z.string().trim().toLowerCase().email("Enter the email of an existing account."),
  role: roleSchema,
  function: z.string().trim().max(100).default(""),
});
export const updateMemberInput = z
  .object({ role: roleSchema.optional(), function: z.string().trim().max(100).optional(), version: versionField })
  .refine((input) => input.role !== undefined || input.function !== undefined, { message: "Send role or function." })
  .superRefine(versionRequiredForFields());

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
