import type { PlanPhase, PlanStep } from "@/lib/plans/plan";
import { DAY, findClock, formatClock } from "@/lib/import/schedule-time";

/**
 * Where a timed line was found. Table rows and timed list lines are the schedule itself; timed headings
 * and bold lines may instead be the detail of a schedule row ("### 23:00 – 00:30 · Schema migration"
 * below a table that has that row), and then they are that row's step, not another one.
 */
export type StepSource = "table" | "list" | "heading" | "line";

/** A timed line as written: clock times are minutes since midnight, the day is not known yet. */
export type StepDraft = {
  line: number;
  source: StepSource;
  title: string;
  phase?: string;
  owner?: string;
  start: number;
  end: number | null;
  statedMinutes: number | null;
  /** The timed heading or line this one is written under, if any: a draft with timed lines under it is a phase. */
  parent?: StepDraft;
  /** A schedule table's `No.` cell, which `after` refers to. */
  number?: string;
  /** A table's `After` cell: the numbers of the steps it waits for (empty: none); unset: worked out from the times. */
  after?: string[];
  /** A table's `Kind` cell (`milestone`, `go-live`, `step`); unset: worked out from the title and duration. */
  kind?: string;
};

/**
 * The step a draft became (`joined: null`), or was found to be part of (the lines of those rows), or
 * the phase it is (`index` -1): a timed heading with timed steps under it groups them, it is not a step.
 */
export type Placement = { index: number; joined: { lines: number[] } | null; phase?: PhaseDraft };

/** A grouping of steps with its own window, in minutes from go-live, and how many steps it holds. */
export type PhaseDraft = PlanPhase & { steps: number };

export type Schedule = {
  steps: PlanStep[];
  placement: Map<StepDraft, Placement>;
  /** The draft each step was made from, by step index. */
  sources: StepDraft[];
  phases: PhaseDraft[];
  /** The go-live's time of day (minutes since midnight), null without steps. */
  goLiveClock: number | null;
  warnings: string[];
};

// How far a time may fall behind the step before it and still be the same day: a step written after
// one at 09:00 with 08:30 overlaps it, while 00:30 after 23:00 is the next morning.
const MAX_OVERLAP_MINUTES = 6 * 60;
const MAX_PREDECESSORS = 100;
export const GO_NO_GO = /\bgo\s*[/-]\s*no[\s-]?go\b/i;
const GO_LIVE_TITLE = /\b(?:go[\s-]?live|launch|switch(?:ing)?\s+(?:\S+\s+){0,3}?traffic|cut[\s-]?over)\b/i;
const NOT_GO_LIVE = /\b(?:pre|post)[\s-]?(?:launch|go[\s-]?live)\b/i;
export const isGoLiveTitle = (title: string) =>
  GO_LIVE_TITLE.test(title) && !NOT_GO_LIVE.test(title) && !GO_NO_GO.test(title);

/**
 * Turns the timed lines of a document into timeline steps, in document order.
 * - Duration: the end time if there is one (crossing midnight: 23:00–00:30 is 90 min), else a written
 *   `(N min)`, else 0. A single time without a duration is a milestone; so is a go/no-go decision,
 *   which keeps its duration.
 * - Day: each step starts at the next occurrence of its time after the step before it, unless that
 *   time is at most 6 h earlier, which reads as a deliberate overlap on the same day.
 * - Go-live (T+0): the time in the document's go-live fact, at its occurrence nearest the schedule
 *   (inside it when it can be); else the first step titled go-live / launch / switch traffic / cutover;
 *   else the first step, with a warning. The step starting exactly at go-live is marked `goLive`.
 * - Order: each step waits for the step before it; steps starting at the same time (or a step that
 *   overlaps the one before) run side by side, waiting for the same steps.
 */
export function buildSchedule(drafts: StepDraft[], goLiveText: string | undefined): Schedule {
  const warnings: string[] = [];
  const summaries = drafts.filter((draft) => draft.source === "table" || draft.source === "list");
  const joins = new Map<StepDraft, { target: StepDraft; lines: number[] }>();
  for (const draft of drafts) {
    const join = draft.source === "heading" || draft.source === "line" ? findJoin(draft, summaries) : null;
    if (join) joins.set(draft, join);
  }
  const kept = drafts.filter((draft) => !joins.has(draft)).sort((a, b) => a.line - b.line);
  // A timed heading or line with timed lines under it is a phase: its window groups its steps, and
  // making it a step would put it in its own children's dependency chain (they would wait for it to end).
  // Only lines starting inside the window count: `**5:30 AM - …**` after `### 5:00 AM - 5:30 AM: …` follows it.
  const phaseDrafts = new Set(
    kept.flatMap((draft) =>
      draft.parent && kept.includes(draft.parent) && startsWithin(draft, draft.parent) ? [draft.parent] : [],
    ),
  );
  const sources = kept.filter((draft) => !phaseDrafts.has(draft));
  for (const [draft, { target }] of joins) target.owner ??= draft.owner;
  if (sources.length === 0)
    return { steps: [], placement: new Map(), sources, phases: [], goLiveClock: null, warnings };

  const starts = placeOnDays(sources);
  const anchor = goLiveAnchor(sources, starts, goLiveText, warnings);
  const phaseOf = (draft: StepDraft) => {
    for (let parent = draft.parent; parent; parent = parent.parent) if (phaseDrafts.has(parent)) return parent;
    return undefined;
  };
  const phaseStart = new Map<StepDraft, number>();
  sources.forEach((draft, index) => {
    const phase = phaseOf(draft);
    if (phase && !phaseStart.has(phase))
      phaseStart.set(phase, starts[index]! - ((draft.start - phase.start + DAY) % DAY));
  });
  const durations = sources.map((draft, index) =>
    durationOf(draft, warnings, gapInPhase(sources, starts, index, phaseOf, phaseStart)),
  );
  const waits = predecessors(starts, durations);
  // A table that says what a step waits for (as the Markdown export writes it) overrides the times' order.
  sources.forEach((draft, index) => {
    if (draft.after)
      waits[index] = draft.after.flatMap((number) => {
        const at = sources.findIndex((source) => source.number === number);
        return at >= 0 && at !== index ? [at] : [];
      });
  });
  const steps = sources.map((draft, index): PlanStep => {
    const durationMinutes = durations[index]!;
    const phase = phaseOf(draft)?.title ?? draft.phase;
    const milestone = draft.kind
      ? /\bmilestone\b/i.test(draft.kind)
      : durationMinutes === 0 || GO_NO_GO.test(draft.title);
    const goLive = draft.kind ? /\bgo[\s-]?live\b/i.test(draft.kind) : index === anchor.step;
    return {
      title: draft.title,
      ...(phase && { phase }),
      ...(draft.owner && { owner: draft.owner }),
      startOffsetMinutes: starts[index]! - anchor.at,
      durationMinutes,
      ...(milestone && { milestone }),
      ...(goLive && { goLive }),
      ...(waits[index]!.length > 0 && { after: waits[index] }),
    };
  });
  distinguishTitles(steps, sources);

  const placement = new Map<StepDraft, Placement>(sources.map((draft, index) => [draft, { index, joined: null }]));
  for (const [draft, { target, lines }] of joins)
    placement.set(draft, { index: placement.get(target)!.index, joined: { lines } });
  const phases = [...phaseStart].map(([draft, start]): PhaseDraft => ({
    title: draft.title,
    startOffsetMinutes: start - anchor.at,
    durationMinutes: draft.end === null ? draft.statedMinutes : (draft.end - draft.start + DAY) % DAY,
    steps: sources.filter((source) => phaseOf(source) === draft).length,
  }));
  phaseStart.forEach((_, draft) =>
    placement.set(draft, { index: -1, joined: null, phase: phases.find((phase) => phase.title === draft.title)! }),
  );
  return { steps, placement, sources, phases, goLiveClock: ((anchor.at % DAY) + DAY) % DAY, warnings };
}

function startsWithin(draft: StepDraft, window: StepDraft): boolean {
  if (window.end === null) return true;
  const length = (window.end - window.start + DAY) % DAY;
  return (draft.start - window.start + DAY) % DAY < length;
}

/**
 * For a single time without a stated duration: the minutes until the next step of the same phase
 * starts, or until the phase ends for its last step. Null outside a phase (a milestone).
 */
function gapInPhase(
  sources: StepDraft[],
  starts: number[],
  index: number,
  phaseOf: (draft: StepDraft) => StepDraft | undefined,
  phaseStart: Map<StepDraft, number>,
): number | null {
  const phase = phaseOf(sources[index]!);
  if (!phase) return null;
  for (let next = index + 1; next < sources.length; next++) {
    if (phaseOf(sources[next]!) !== phase) break;
    if (starts[next]! > starts[index]!) return starts[next]! - starts[index]!;
  }
  const phaseEnd = phase.end === null ? null : phaseStart.get(phase)! + ((phase.end - phase.start + DAY) % DAY);
  return phaseEnd !== null && phaseEnd > starts[index]! ? phaseEnd - starts[index]! : 0;
}

/** Steps that would read the same ("Checkpoint", "Checkpoint") keep their time as their distinguishing words. */
function distinguishTitles(steps: PlanStep[], sources: StepDraft[]): void {
  const counts = new Map<string, number>();
  for (const step of steps) counts.set(step.title.toLowerCase(), (counts.get(step.title.toLowerCase()) ?? 0) + 1);
  steps.forEach((step, index) => {
    if ((counts.get(step.title.toLowerCase()) ?? 0) > 1)
      step.title = `${formatClock(sources[index]!.start)} ${step.title}`.slice(0, 300);
  });
}

/**
 * The schedule row a timed heading or bold line details: same start and end, or same start and a
 * similar title; or, when its range covers consecutive rows (02:00–03:00 over 02:00–02:10 and
 * 02:10–03:00), the first of them, since that is where its work starts.
 */
function findJoin(draft: StepDraft, summaries: StepDraft[]): { target: StepDraft; lines: number[] } | null {
  // A timed line's own list lines are its steps (it is their phase), not rows it details.
  const sameStart = summaries.filter((row) => row.start === draft.start && row.parent !== draft);
  const same =
    sameStart.find((row) => draft.end !== null && row.end === draft.end) ??
    sameStart.find((row) => similarTitles(row.title, draft.title));
  if (same) return { target: same, lines: [same.line] };
  if (draft.end === null) return null;
  for (const first of sameStart) {
    const covered = [first];
    for (
      let at = summaries.indexOf(first);
      at + 1 < summaries.length && summaries[at]!.end === summaries[at + 1]!.start;
      at++
    ) {
      covered.push(summaries[at + 1]!);
      if (summaries[at + 1]!.end === draft.end) return { target: first, lines: covered.map((row) => row.line) };
    }
  }
  return null;
}

const words = (title: string) =>
  ` ${title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;

function similarTitles(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)];
  return x.trim() !== "" && y.trim() !== "" && (x.includes(y) || y.includes(x));
}

function durationOf(draft: StepDraft, warnings: string[], gap: number | null): number {
  if (draft.end === null) return draft.statedMinutes ?? gap ?? 0;
  const minutes = (draft.end - draft.start + DAY) % DAY;
  if (draft.statedMinutes !== null && draft.statedMinutes !== minutes) {
    warnings.push(
      `Line ${draft.line}: ${formatClock(draft.start)}–${formatClock(draft.end)} is ${minutes} min but the line says ${draft.statedMinutes} min; the times count.`,
    );
  }
  return minutes;
}

/** Minutes from midnight of the first step's day, for every step. */
function placeOnDays(drafts: StepDraft[]): number[] {
  const starts: number[] = [];
  for (const draft of drafts) {
    const previous = starts.at(-1);
    if (previous === undefined) {
      starts.push(draft.start);
      continue;
    }
    const ahead = (((draft.start - previous) % DAY) + DAY) % DAY;
    starts.push(ahead !== 0 && DAY - ahead <= MAX_OVERLAP_MINUTES ? previous + ahead - DAY : previous + ahead);
  }
  return starts;
}

function goLiveAnchor(
  drafts: StepDraft[],
  starts: number[],
  goLiveText: string | undefined,
  warnings: string[],
): { at: number; step: number | null } {
  const clock = goLiveText === undefined ? null : findClock(goLiveText);
  if (clock !== null) {
    const at = nearestOccurrence(clock, Math.min(...starts), Math.max(...starts));
    const atGoLive = starts.flatMap((start, index) => (start === at ? [index] : []));
    const step = atGoLive.find((index) => isGoLiveTitle(drafts[index]!.title)) ?? atGoLive[0] ?? null;
    if (step === null)
      warnings.push(`No step starts at the go-live time ${formatClock(clock)}, so none is marked as the go-live.`);
    return { at, step };
  }
  const titled = drafts.map((draft, index) => ({ draft, index })).filter(({ draft }) => isGoLiveTitle(draft.title));
  const step = (titled.find(({ draft }) => draft.end === null) ?? titled[0])?.index;
  if (step !== undefined) return { at: starts[step]!, step };
  warnings.push(
    `No go-live time found (a **Go-live** line or a launch step), so step times count from the first step, "${drafts[0]!.title}".`,
  );
  return { at: starts[0]!, step: null };
}

/** The occurrence of a clock time closest to the span of the schedule; the later one on a tie. */
function nearestOccurrence(clock: number, first: number, last: number): number {
  let best = { at: clock, distance: Infinity };
  for (let at = clock + DAY * Math.floor((first - clock) / DAY); at <= last + DAY; at += DAY) {
    const distance = at < first ? first - at : at > last ? at - last : 0;
    if (distance < best.distance || (distance === best.distance && distance > 0)) best = { at, distance };
  }
  return best.at;
}

/**
 * Each step waits for the steps it directly follows: of the steps before it in document order that end
 * by its start, those no other such step already waits for. Steps starting together (or overlapping) run
 * side by side, and a step never waits for one planned to end after it starts, so an untouched plan
 * forecasts exactly on time.
 */
export function predecessors(starts: number[], durations: number[]): number[][] {
  const waits: number[][] = [];
  starts.forEach((start, index) => {
    const candidates: number[] = [];
    for (let before = Math.max(0, index - 2 * MAX_PREDECESSORS); before < index; before++) {
      if (starts[before]! + durations[before]! <= start) candidates.push(before);
    }
    const covered = new Set(candidates.flatMap((candidate) => waits[candidate]!));
    waits.push(candidates.filter((candidate) => !covered.has(candidate)).slice(-MAX_PREDECESSORS));
  });
  return waits;
}

/** What a line's step is, for the line report: `step 00:30–01:15 "Deploy v3" (45 min, T-90 min), owner SRE`. */
export function describeStep(schedule: Schedule, draft: StepDraft): string {
  const placed = schedule.placement.get(draft);
  if (placed?.phase) {
    const { title, startOffsetMinutes, durationMinutes, steps } = placed.phase;
    const window = durationMinutes === null ? "" : `, ${durationMinutes} min`;
    return `phase "${title}" (${formatOffset(startOffsetMinutes)}${window}, ${steps} step${steps === 1 ? "" : "s"})`;
  }
  const step = placed && schedule.steps[placed.index];
  const source = placed && schedule.sources[placed.index];
  if (!placed || !step || !source) return "";
  if (placed.joined) {
    const [first, ...more] = placed.joined.lines;
    return more.length === 0
      ? `same step as line ${first} ("${step.title}")`
      : `spans the steps of lines ${first}–${more.at(-1)}; its items join the first, "${step.title}"`;
  }
  const offset = step.startOffsetMinutes ?? 0;
  const facts = [
    source.end === null && step.durationMinutes === 0 ? null : `${step.durationMinutes} min`,
    step.milestone ? "milestone" : null,
    formatOffset(offset),
    step.goLive ? "go-live" : null,
  ].filter(Boolean);
  const times =
    source.end === null ? formatClock(source.start) : `${formatClock(source.start)}–${formatClock(source.end)}`;
  return `step ${times} "${step.title}" (${facts.join(", ")})${step.owner ? `, owner ${step.owner}` : ""}`;
}

const formatOffset = (offset: number) => (offset === 0 ? "T+0" : `T${offset > 0 ? "+" : "-"}${Math.abs(offset)} min`);
