import type { LineToken } from "@/lib/import/lex-markdown-lines";
import { cleanTitle, parseFields, stripInlineMarkdown } from "@/lib/import/markdown-text";
import { findClock, offsetFromGoLive } from "@/lib/import/schedule-time";
import type { PlanMessage } from "@/lib/plans/plan";

// A runbook's communications plan: who hears what, through which channel, when. Each entry becomes a
// planned message due at go-live + offset, never a timeline step (a "5:00 AM" announcement is not work
// on the critical path). Entries are table rows (When | Audience | Channel | Message) or "when" labels
// ("48 Hours Before", "T-48h", "7:00 AM", "Hourly Updates (First Day)") with the lines under them.

const HEADING = /\b(?:communications?|comms|announcements?|messaging|notifications?\s+plan|stakeholder\s+updates)\b/i;
const UNIT_MINUTES: [RegExp, number][] = [
  [/^w/i, 7 * 24 * 60],
  [/^d/i, 24 * 60],
  [/^h/i, 60],
  [/^m/i, 1],
];
const minutesIn = (unit: string) => UNIT_MINUTES.find(([pattern]) => pattern.test(unit))?.[1] ?? 1;
const AMOUNT = String.raw`(\d+(?:\.\d+)?)\s*(weeks?|w|days?|d|hours?|hrs?|h|minutes?|mins?|m)\b`;
const T_OFFSET = new RegExp(String.raw`\bT\s*([-−–+])\s*${AMOUNT}`, "i");
// "T+0", "T-0", "T0": go-live itself.
const T_ZERO = /\bT\s*[-−–+]?\s*0(?![\d.])(?!\s*(?:weeks?|w|days?|d|hours?|hrs?|h|minutes?|mins?|m)\b)/i;
const RELATIVE = new RegExp(String.raw`\b${AMOUNT}\s+(before|prior|ahead|earlier|after|post|later)\b`, "i");
const NAMED: [RegExp, number][] = [
  [/\b(?:the\s+)?day\s+before\b|\beve\b/i, -24 * 60],
  [/\b(?:the\s+)?week\s+before\b/i, -7 * 24 * 60],
  [/\b(?:the\s+)?day\s+after\b|\bnext\s+day\b/i, 24 * 60],
];
const REPEAT = /\b(hourly|every\s+(\d+)\s*(hours?|h|minutes?|mins?)|every\s+hour|daily)\b/i;
const SPAN = /\bfirst\s+(?:(\d+)\s*)?(day|hours?|week|24\s*h)\b/i;
const AT_GO_LIVE = /\b(?:at|on)\s+(?:go[\s-]?live|launch)\b|^(?:go[\s-]?live|launch(?:\s+day)?)$/i;

export type When = { offsetMinutes: number; repeatEveryMinutes?: number; repeatUntilOffsetMinutes?: number };

/** When a communications entry is due, from its label; null when the label names no time. */
export function readWhen(text: string, goLiveClock: number | null): When | null {
  const repeat = REPEAT.exec(text);
  if (repeat) {
    const every = repeat[2] ? Number(repeat[2]) * minutesIn(repeat[3]!) : /daily/i.test(repeat[1]!) ? 24 * 60 : 60;
    const span = SPAN.exec(text);
    const until = span
      ? (span[1] ? Number(span[1]) : 1) *
        minutesIn(span[2]!.startsWith("24") ? "h" : span[2]!) *
        (span[2]!.startsWith("24") ? 24 : 1)
      : undefined;
    const clock = findClock(text);
    const start = clock !== null && goLiveClock !== null ? offsetFromGoLive(clock, goLiveClock) : 0;
    return {
      offsetMinutes: start,
      repeatEveryMinutes: every,
      ...(until !== undefined && { repeatUntilOffsetMinutes: start + until }),
    };
  }
  if (T_ZERO.test(text)) return { offsetMinutes: 0 };
  const t = T_OFFSET.exec(text);
  if (t) return { offsetMinutes: Math.round((t[1] === "+" ? 1 : -1) * Number(t[2]) * minutesIn(t[3]!)) };
  const relative = RELATIVE.exec(text);
  if (relative) {
    const sign = /before|prior|ahead|earlier/i.test(relative[3]!) ? -1 : 1;
    return { offsetMinutes: Math.round(sign * Number(relative[1]) * minutesIn(relative[2]!)) };
  }
  const named = NAMED.find(([pattern]) => pattern.test(text));
  const clock = findClock(text);
  if (named)
    return {
      offsetMinutes: named[1] + (clock !== null && goLiveClock !== null ? offsetFromGoLive(clock, goLiveClock) : 0),
    };
  if (clock !== null && goLiveClock !== null) return { offsetMinutes: offsetFromGoLive(clock, goLiveClock) };
  if (AT_GO_LIVE.test(text.trim())) return { offsetMinutes: 0 };
  return null;
}

const CHANNELS =
  /\b(e-?mail|slack|teams|status\s*page|sms|twitter|x\.com|linkedin|blog|newsletter|in-app(?:\s+banner)?|push(?:\s+notification)?|intranet|phone|bridge|chat(?:\s+#[\w-]+)?|#[\w-]+|social\s+media|press\s+release|website)\b/i;
const AUDIENCES =
  /\b(customers?|users?|merchants?|stakeholders?|internal(?:\s+teams?)?|all\s+staff|everyone|support(?:\s+team)?|executives?|leadership|partners?|team|public|clients?)\b/i;

type Entry = { line: number; when: When; label: string; audience: string; channel: string; text: string[] };
export type Communications = { messages: PlanMessage[]; lines: Map<number, string>; block: Set<number> };

/** The communications plan's messages, the lines they came from, and every line of its block. */
export function readCommunications(tokens: LineToken[], goLiveClock: number | null): Communications {
  const lines = new Map<number, string>();
  const block = new Set<number>();
  const entries: Entry[] = [];
  let level: number | null = null;
  let table: { when: number; audience?: number; channel?: number; message?: number } | null = null;
  let entry: Entry | null = null;
  for (const token of tokens) {
    if (token.kind === "heading") {
      if (level !== null && token.level <= level) level = null;
      if (level === null) {
        if (HEADING.test(token.text)) level = token.level;
        continue;
      }
    }
    if (level === null) continue;
    block.add(token.line);
    if (token.kind === "table") {
      if (!table) {
        const names = token.cells.map((cell) => stripInlineMarkdown(cell).toLowerCase());
        const find = (pattern: RegExp) => {
          const at = names.findIndex((name) => pattern.test(name));
          return at < 0 ? undefined : at;
        };
        const when = find(/^(when|time|timing|date|schedule)/);
        if (when !== undefined)
          table = {
            when,
            audience: find(/audience|to\b|recipients?|who/),
            channel: find(/channel|via|medium|how/),
            message: find(/message|what|content|subject|update/),
          };
        continue;
      }
      if (token.delimiter) continue;
      const cell = (at: number | undefined) => (at === undefined ? "" : stripInlineMarkdown(token.cells[at] ?? ""));
      const when = readWhen(cell(table.when), goLiveClock);
      const text = cell(table.message) || cell(table.when);
      if (when) {
        entries.push({
          line: token.line,
          when,
          label: cell(table.when),
          audience: cell(table.audience),
          channel: cell(table.channel),
          text: [text],
        });
      }
      continue;
    }
    table = null;
    if (token.kind === "blank" || token.kind === "rule" || token.kind === "fence" || token.kind === "code") continue;
    const raw =
      token.kind === "heading" || token.kind === "bullet" || token.kind === "text" || token.kind === "checkbox"
        ? token.text
        : "";
    const fields = parseFields(raw, { allowPlain: true });
    // "T+0: Teams post …" under "T-24h: email …" is the next message, not a field of the one before.
    const fieldIsTime = fields?.length === 1 && readWhen(fields[0]!.label, goLiveClock) !== null;
    if (entry && fields && fields.length === 1 && !fieldIsTime) {
      const [{ label, value }] = fields as [{ label: string; value: string }];
      if (/audience|to|recipients?|who/i.test(label)) entry.audience = value;
      else if (/channel|via|medium|how/i.test(label)) entry.channel = value;
      else entry.text.push(/^(message|text|content|what|subject)$/i.test(label.trim()) ? value : `${label}: ${value}`);
      lines.set(token.line, `part of the message "${entry.label}"`);
      continue;
    }
    const label = cleanTitle(fields?.length === 1 ? fields[0]!.label : raw, { trailingColon: true });
    const when = token.kind === "checkbox" ? null : readWhen(label, goLiveClock);
    const startsEntry =
      when &&
      (token.kind === "heading" ||
        /^(\*\*|__)/.test(raw.trim()) ||
        fields?.length === 1 ||
        (token.kind === "bullet" && token.column === 0));
    if (when && startsEntry) {
      entry = {
        line: token.line,
        when,
        label,
        audience: "",
        channel: "",
        text: fields?.length === 1 ? [fields[0]!.value] : [],
      };
      entries.push(entry);
    } else if (entry && raw) {
      entry.text.push(cleanTitle(raw));
      lines.set(token.line, `part of the message "${entry.label}"`);
    }
  }
  const messages = entries.map((found): PlanMessage => {
    const text = (found.text.filter(Boolean).join("\n") || found.label).slice(0, 2000);
    const audience = found.audience || AUDIENCES.exec(`${found.label} ${text}`)?.[1] || "";
    const channel = found.channel || CHANNELS.exec(`${found.label} ${text}`)?.[1] || "";
    lines.set(
      found.line,
      `message "${found.label}" (${describeWhen(found.when)}${audience ? `, to ${audience}` : ""}${channel ? `, via ${channel}` : ""})`,
    );
    return {
      offsetMinutes: found.when.offsetMinutes,
      audience: audience.slice(0, 200),
      channel: channel.slice(0, 200),
      text,
      ...(found.when.repeatEveryMinutes && { repeatEveryMinutes: found.when.repeatEveryMinutes }),
      ...(found.when.repeatUntilOffsetMinutes !== undefined && {
        repeatUntilOffsetMinutes: found.when.repeatUntilOffsetMinutes,
      }),
    };
  });
  return { messages, lines, block };
}

function describeWhen(when: When): string {
  const at =
    when.offsetMinutes === 0
      ? "T+0"
      : `T${when.offsetMinutes > 0 ? "+" : "−"}${formatMinutes(Math.abs(when.offsetMinutes))}`;
  return when.repeatEveryMinutes ? `${at}, every ${formatMinutes(when.repeatEveryMinutes)}` : at;
}

const formatMinutes = (minutes: number) => (minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`);
