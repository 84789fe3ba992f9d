"use client";

import type { CheckpointSlot } from "@/lib/checkpoints/schedule";
import { formatTime, relativeDue } from "@/lib/time/zoned";
import { Button } from "@/components/ui/button";
import { ClockIcon } from "@/components/ui/icons";
import { card, subtle } from "@/components/checkpoints/look";

export const slotLook: Record<CheckpointSlot["state"], { label: string; pill: string; row: string }> = {
  submitted: {
    label: "Submitted",
    pill: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
    row: "",
  },
  due: { label: "Due now", pill: "bg-amber-400 text-amber-950", row: "bg-amber-50 dark:bg-amber-950/40" },
  overdue: { label: "Overdue", pill: "bg-red-600 text-white dark:bg-red-700", row: "bg-red-50 dark:bg-red-950/40" },
  upcoming: { label: "Upcoming", pill: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300", row: "" },
};

type Props = {
  slots: CheckpointSlot[];
  next: CheckpointSlot | null;
  now: number;
  timeZone: string;
  canSubmit: boolean;
  onReport: () => void;
};

/** The checkpoint to report next, big: its time, how soon (or how late), and the button to report it. */
export function NextCheckpointCard({ slots, next, now, timeZone, canSubmit, onReport }: Props) {
  const scheduled = slots.length > 0;
  const due = next ? relativeDue(next.dueAt, now) : null;
  const tone =
    next?.state === "overdue"
      ? "border-red-300 dark:border-red-800"
      : next?.state === "due"
        ? "border-amber-300 dark:border-amber-700"
        : "";
  return (
    <section
      className={`${card} ${tone} p-5`}
      data-testid="next-checkpoint"
      data-number={next?.number}
      data-state={next?.state ?? (scheduled ? "done" : "unscheduled")}
      aria-labelledby="next-checkpoint-title"
    >
      <p id="next-checkpoint-title" className={`text-xs font-semibold uppercase tracking-wider ${subtle}`}>
        Next checkpoint
      </p>
      {next ? (
        <div className="mt-1 flex flex-wrap items-end justify-between gap-4">
          <div>
            <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <span className="text-4xl font-semibold tabular-nums tracking-tight">
                {formatTime(next.dueAt, timeZone)}
              </span>
              <span className="text-lg font-medium text-slate-600 dark:text-slate-300">Checkpoint {next.number}</span>
            </p>
            <p className="mt-1.5 flex flex-wrap items-center gap-2 text-sm">
              <span className={`rounded-full px-2 py-0.5 text-xs font-bold ${slotLook[next.state].pill}`}>
                {slotLook[next.state].label}
              </span>
              <span
                className={`inline-flex items-center gap-1 ${due?.late ? "font-medium text-red-700 dark:text-red-300" : subtle}`}
              >
                <ClockIcon className="h-3.5 w-3.5" /> {due?.label}
              </span>
            </p>
          </div>
          {canSubmit && (
            <Button onClick={onReport} className="px-4 py-2.5 text-base" data-testid="report-checkpoint">
              Report checkpoint {next.number}
            </Button>
          )}
        </div>
      ) : (
        <div className="mt-1 flex flex-wrap items-end justify-between gap-4">
          <div>
            <p className="text-xl font-semibold">
              {scheduled ? "Every scheduled checkpoint is in" : "No checkpoint schedule"}
            </p>
            <p className={`text-sm ${subtle}`}>
              {scheduled
                ? "Report an extra one if the situation calls for it."
                : "Reports are numbered as they come; the lead can set a schedule under Setup."}
            </p>
          </div>
          {canSubmit && (
            <Button onClick={onReport} variant={scheduled ? "secondary" : "primary"} data-testid="report-checkpoint">
              Report a checkpoint
            </Button>
          )}
        </div>
      )}
    </section>
  );
}

/** Every checkpoint the schedule creates, with its state: submitted, due, overdue, upcoming. */
export function ScheduleList({
  slots,
  timeZone,
  everyMinutes,
}: {
  slots: CheckpointSlot[];
  timeZone: string;
  everyMinutes: number | null;
}) {
  if (slots.length === 0) return null;
  const first = slots[0]!;
  const last = slots.at(-1)!;
  const submitted = slots.filter((slot) => slot.state === "submitted").length;
  return (
    <section className={`${card} p-4`} aria-labelledby="schedule-title" data-testid="checkpoint-schedule">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="schedule-title" className="text-sm font-semibold">
          Schedule
        </h2>
        <span className={`text-xs ${subtle}`}>
          {submitted} / {slots.length} in
        </span>
      </div>
      <p className={`text-xs ${subtle}`}>
        Every {everyMinutes} min, {formatTime(first.dueAt, timeZone)}–{formatTime(last.dueAt, timeZone)} ({timeZone})
      </p>
      <ol className="mt-2 max-h-80 space-y-0.5 overflow-y-auto pr-1 text-sm">
        {slots.map((slot) => (
          <li
            key={slot.number}
            data-testid="checkpoint-slot-row"
            data-number={slot.number}
            data-state={slot.state}
            className={`flex items-center justify-between gap-2 rounded-md px-2 py-1 ${slotLook[slot.state].row}`}
          >
            <span className="tabular-nums">
              <span className={`inline-block w-8 ${subtle}`}>#{slot.number}</span>
              {formatTime(slot.dueAt, timeZone)}
            </span>
            <span className={`rounded-full px-1.5 py-px text-[11px] font-semibold ${slotLook[slot.state].pill}`}>
              {slot.state === "submitted" ? "✓ " : ""}
              {slotLook[slot.state].label}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
