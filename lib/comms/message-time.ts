// When a planned message is due: pure schedule math, shared by the scheduler, the editor and the importer.
const MINUTE = 60_000;

export const messageTimeAnchors = ["absolute", "goLive", "stepStart", "stepComplete", "checkpoint"] as const;
export type MessageTimeAnchor = (typeof messageTimeAnchors)[number];

export type MessageTiming = {
  timeAnchor: MessageTimeAnchor;
  fixedAt: Date | null;
  offsetMinutes: number;
  anchorStepId: string | null;
  anchorCheckpoint: number | null;
  repeatEveryMinutes: number | null;
  repeatForMinutes: number | null;
};

/** What has happened on the launch that a message's time can hang on. */
export type LaunchClock = {
  goLiveAt: Date | null;
  steps: { id: string; actualStart: Date | null; actualEnd: Date | null; status: string }[];
  /** First submission time of each checkpoint number. */
  checkpoints: { number: number; submittedAt: Date }[];
};

/** The moment the anchor happened (or is planned, for go-live), or null while it has not. */
export function anchorTime(timing: MessageTiming, clock: LaunchClock): Date | null {
  switch (timing.timeAnchor) {
    case "absolute":
      return timing.fixedAt;
    case "goLive":
      return clock.goLiveAt;
    case "stepStart":
      return clock.steps.find((step) => step.id === timing.anchorStepId)?.actualStart ?? null;
    case "stepComplete": {
      const step = clock.steps.find((s) => s.id === timing.anchorStepId);
      return step?.status === "done" ? step.actualEnd : null;
    }
    case "checkpoint": {
      const times = clock.checkpoints.filter((c) => c.number === timing.anchorCheckpoint).map((c) => +c.submittedAt);
      return times.length ? new Date(Math.min(...times)) : null;
    }
  }
}

/** How many occurrences the message has: 1, or 1 + repeatFor / repeatEvery for a recurring one. */
export function occurrenceCount(timing: MessageTiming): number {
  if (!timing.repeatEveryMinutes) return 1;
  return Math.floor((timing.repeatForMinutes ?? 0) / timing.repeatEveryMinutes) + 1;
}

/** When occurrence `index` is due, or null when the anchor has not happened or there is no such occurrence. */
export function occurrenceAt(timing: MessageTiming, clock: LaunchClock, index: number): Date | null {
  const anchor = anchorTime(timing, clock);
  if (!anchor || index >= occurrenceCount(timing)) return null;
  const offset = timing.offsetMinutes + index * (timing.repeatEveryMinutes ?? 0);
  return new Date(anchor.getTime() + offset * MINUTE);
}

/**
 * The occurrence to send at `now`: the latest one that is due, so a server that was down for three
 * hours sends one fresh hourly update rather than three stale ones. Null when nothing is due.
 */
export function occurrenceToSend(
  timing: MessageTiming,
  clock: LaunchClock,
  nextOccurrence: number,
  now: Date,
): { index: number; dueAt: Date } | null {
  let found: { index: number; dueAt: Date } | null = null;
  for (let index = nextOccurrence; index < occurrenceCount(timing); index++) {
    const dueAt = occurrenceAt(timing, clock, index);
    if (!dueAt || dueAt > now) break;
    found = { index, dueAt };
  }
  return found;
}

const span = (minutes: number) => {
  const abs = Math.abs(minutes);
  return abs % 60 === 0 ? `${abs / 60} h` : `${abs} min`;
};
const offsetText = (minutes: number) => (minutes === 0 ? "" : ` ${minutes > 0 ? "+" : "−"} ${span(minutes)}`);

/** The time in words, as the communications plan shows it: "T−48 h", "when “Deploy” completes + 15 min". */
export function describeTiming(timing: MessageTiming, stepTitle?: string): string | null {
  const step = `“${stepTitle ?? "a removed step"}”`;
  const base = {
    absolute: null,
    goLive: `T${timing.offsetMinutes === 0 ? "" : timing.offsetMinutes > 0 ? "+" : "−"}${timing.offsetMinutes === 0 ? "" : span(timing.offsetMinutes)}`,
    stepStart: `when ${step} starts${offsetText(timing.offsetMinutes)}`,
    stepComplete: `when ${step} completes${offsetText(timing.offsetMinutes)}`,
    checkpoint: `after checkpoint ${timing.anchorCheckpoint} is submitted${offsetText(timing.offsetMinutes)}`,
  }[timing.timeAnchor];
  if (!timing.repeatEveryMinutes) return base === "T" ? "at go-live" : base;
  const from = base === "T" ? "go-live" : (base ?? "its time");
  return `every ${span(timing.repeatEveryMinutes)} from ${from} for ${span(timing.repeatForMinutes ?? 0)}`;
}

/** Plan order: by send time, messages still waiting for their anchor (no time yet) last. */
export const byDueAt = (a: { dueAt: string | null }, b: { dueAt: string | null }) =>
  (a.dueAt ?? "\uffff").localeCompare(b.dueAt ?? "\uffff");
