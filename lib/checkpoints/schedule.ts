import type { CheckpointData } from "@/lib/audit/event-types";
import { latestVersions } from "@/lib/checkpoints/evaluate";

export type CheckpointSlot = { number: number; dueAt: string; state: "submitted" | "overdue" | "due" | "upcoming" };

const MINUTE = 60_000;
/** A checkpoint is "due" from its time, and overdue once this grace has passed without a report. */
export const OVERDUE_AFTER_MINUTES = 10;
const MAX_SLOTS = 500;

/**
 * The checkpoints a schedule ("every 30 min from 07:30 to 13:00", plus "additional checkpoints at 11:00 AM")
 * creates, in time order and numbered 1, 2, 3..., with each one's state as of `now`: submitted (a report
 * with that number exists), overdue, due, upcoming. An extra time that is already on the cadence counts once.
 */
export function checkpointSlots(
  schedule: { everyMinutes: number | null; from: string | null; until: string | null; extra?: string[] },
  checkpoints: CheckpointData[],
  now: Date,
): CheckpointSlot[] {
  const times = new Set((schedule.extra ?? []).map((time) => Date.parse(time)).filter(Number.isFinite));
  if (schedule.everyMinutes && schedule.from && schedule.until && schedule.everyMinutes > 0) {
    const end = Date.parse(schedule.until);
    for (let at = Date.parse(schedule.from); at <= end && times.size < MAX_SLOTS; at += schedule.everyMinutes * MINUTE)
      times.add(at);
  }
  const submitted = new Set(latestVersions(checkpoints).map((checkpoint) => checkpoint.number));
  return [...times]
    .sort((a, b) => a - b)
    .slice(0, MAX_SLOTS)
    .map((at, index) => slotAt(at, index + 1, submitted, now));
}

function slotAt(at: number, number: number, submitted: Set<number>, now: Date): CheckpointSlot {
  const state = submitted.has(number)
    ? "submitted"
    : now.getTime() > at + OVERDUE_AFTER_MINUTES * MINUTE
      ? "overdue"
      : now.getTime() >= at
        ? "due"
        : "upcoming";
  return { number, dueAt: new Date(at).toISOString(), state };
}

/** The checkpoint to report next: the first one after the latest submitted (a skipped slot stays skipped). */
export function nextCheckpoint(slots: CheckpointSlot[]): CheckpointSlot | null {
  let lastSubmitted = -1;
  slots.forEach((slot, index) => {
    if (slot.state === "submitted") lastSubmitted = index;
  });
  return slots.slice(lastSubmitted + 1).find((slot) => slot.state !== "submitted") ?? null;
}
