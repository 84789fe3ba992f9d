import type { LineToken } from "@/lib/import/lex-markdown-lines";
import { cleanTitle, stripInlineMarkdown } from "@/lib/import/markdown-text";
import { formatMinutes, readEstimate } from "@/lib/import/estimates";
import type { PlanSeverityLevel } from "@/lib/plans/plan";

// "Severity definitions" as runbooks write them, in tables or lists:
//   - **P1 – Critical**: complete outage, response within 15 minutes
//   - Sev2 (High): major feature broken — respond in 1 h
//   | Severity | Description | Response time |   | P3 / Medium | Minor feature degraded | 4 hours |
// Each becomes one of the launch's severity levels. A level is read inside a block about severities
// (a heading or label naming them, or a table with a severity column), so "Critical/High: consider
// rollback" in rollback criteria stays a trigger. Incidents keep the built-in four severities: each
// level says which of them it files under (by its word, else by its number: P1/Sev1 → critical).

const BLOCK =
  /\bseverit(?:y|ies)\b|\bsev(?:erity)?\s+levels?\b|\bincident\s+(?:levels?|classification|priorit(?:y|ies)|categories)\b|\bpriority\s+(?:levels?|definitions?|matrix)\b|\bescalation\s+(?:levels|matrix)\b/i;
const WORDS: [RegExp, PlanSeverityLevel["severity"]][] = [
  [/^(?:critical|blocker|urgent|emergency)$/i, "critical"],
  [/^(?:high|major|serious)$/i, "high"],
  [/^(?:medium|moderate|normal)$/i, "medium"],
  [/^(?:low|minor|trivial)$/i, "low"],
];
const WORD = String.raw`critical|blocker|urgent|emergency|high|major|serious|medium|moderate|normal|low|minor|trivial`;
const NUMBERED = String.raw`p\s?[0-5]|sev(?:erity)?\s*-?\s*[0-5]|s[0-5]|level\s*[0-5]`;
const LEVEL = new RegExp(
  String.raw`^(${NUMBERED}|${WORD})\b(?:\s*(?:\(\s*(${WORD})\s*\)|[-–—/]\s*(${WORD})\b))?\s*(?:[:–—|-]\s*)?(.*)$`,
  "i",
);
const RESPONSE =
  /[,;.(—–-]?\s*\(?(?:(?:initial\s+|target\s+)?response(?:\s+time)?|respond|acknowledge(?:d|ment)?|ack|sla)\b[^;|)]*\)?|\(?\b(?:immediate|\d+(?:[.,]\d+)?\s*(?:-\s*\d+\s*)?(?:min(?:ute)?s?|h(?:ours?|rs?)?))\s+(?:response|ack)\)?/i;

type Level = Omit<PlanSeverityLevel, "severity"> & { word: string | null; number: number | null };

/** The severity levels a document defines, with the lines they came from. */
export function readSeverityLevels(tokens: LineToken[]): {
  levels: PlanSeverityLevel[];
  lines: Map<number, string>;
} {
  const found: Level[] = [];
  const lines = new Map<number, string>();
  let block: number | null = null;
  let table: { key: number; label: number; meaning: number; response: number } | null = null;
  const add = (line: number, level: Level | null) => {
    if (!level || found.some((known) => known.key === level.key) || found.length >= 10) return;
    found.push(level);
    lines.set(line, describe(level));
  };
  for (const token of tokens) {
    if (token.kind === "heading") {
      if (block !== null && token.level <= block) block = null;
      if (BLOCK.test(token.text)) block = token.level;
      table = null;
      continue;
    }
    if (token.kind === "table") {
      const cells = token.cells.map((cell) => stripInlineMarkdown(cell));
      if (token.delimiter) {
        if (table) lines.set(token.line, "header of the severity levels table");
        continue;
      }
      const header = tableHeader(cells);
      if (header && (block !== null || header.response >= 0 || BLOCK.test(cells[header.key]!))) {
        table = header;
        lines.set(token.line, "header of the severity levels table");
      } else if (table) add(token.line, fromCells(cells, table));
      continue;
    }
    table = null;
    if (token.kind !== "bullet" && token.kind !== "text" && token.kind !== "checkbox") continue;
    const text = cleanTitle(token.text);
    if (token.kind === "text" && BLOCK.test(text) && (/:\s*$/.test(text) || /^(?:\*\*|__)/.test(token.text))) {
      block = 7;
      continue;
    }
    const level = readLevel(text);
    // Outside a block, only a numbered level that states a response time (and is not work to tick) is
    // clearly a severity: "- [ ] P1 bugs triaged within 1 h" stays an item.
    const defines = level?.number !== null && level?.responseMinutes !== null && token.kind !== "checkbox";
    if (block !== null || defines) add(token.line, level);
  }
  return { levels: toModel(found), lines };
}

/** One line of a severity list: key, label, meaning and response time. */
export function readLevel(text: string): Level | null {
  const match = LEVEL.exec(text.trim());
  if (!match) return null;
  const [, rawKey, bracketWord, dashWord, rest] = match;
  const numbered = new RegExp(`^(?:${NUMBERED})$`, "i").test(rawKey!);
  const word = numbered ? (bracketWord ?? dashWord ?? null) : rawKey!;
  const body = (rest ?? "").trim();
  if (!numbered && !/^[:–—|-]/.test(text.trim().slice(rawKey!.length).trim()) && body !== "") return null;
  return {
    key: numbered ? rawKey!.replace(/[\s-]+/g, "").toUpperCase() : capitalise(rawKey!),
    label: word ? capitalise(word) : "",
    ...splitResponse(body),
    word,
    number: numbered ? Number(/\d/.exec(rawKey!)![0]) : null,
  };
}

function splitResponse(text: string): { meaning: string; responseMinutes: number | null } {
  const match = RESPONSE.exec(text);
  if (!match) return { meaning: tidy(text), responseMinutes: null };
  const clause = match[0];
  const responseMinutes = /immediate/i.test(clause) ? 0 : readEstimate(clause);
  const meaning = tidy(text.slice(0, match.index) + " " + text.slice(match.index + clause.length));
  return { meaning, responseMinutes };
}

const tidy = (text: string) =>
  text
    .replace(/\s+/g, " ")
    .replace(/^[\s:–—|,;-]+|[\s:–—|,;.-]+$/g, "")
    .slice(0, 500);

function tableHeader(cells: string[]) {
  const find = (pattern: RegExp) => cells.findIndex((cell) => pattern.test(cell));
  const key = find(/^(?:severity|sev|priority|level|incident\s+(?:level|severity|priority))(?:\s+level)?$/i);
  if (key < 0) return null;
  return {
    key,
    label: find(/^(?:name|label|category|classification)$/i),
    meaning: find(/description|meaning|definition|impact|criteria|examples?|when/i),
    response: find(/response|respond|sla|acknowledge|\back\b/i),
  };
}

function fromCells(cells: string[], columns: NonNullable<ReturnType<typeof tableHeader>>): Level | null {
  const cell = (index: number) => (index >= 0 ? (cells[index] ?? "").trim() : "");
  const level = readLevel([cell(columns.key), cell(columns.label)].filter(Boolean).join(" – "));
  if (!level) return null;
  const response = cell(columns.response);
  const meaning = cell(columns.meaning);
  return {
    ...level,
    meaning: meaning ? tidy(meaning) : level.meaning,
    responseMinutes: response ? (/immediate/i.test(response) ? 0 : readEstimate(response)) : level.responseMinutes,
  };
}

function toModel(levels: Level[]): PlanSeverityLevel[] {
  const fromZero = levels.some((level) => level.number === 0);
  const byNumber: PlanSeverityLevel["severity"][] = ["critical", "high", "medium", "low"];
  return levels.map(({ word, number, ...level }) => ({
    key: level.key,
    label: level.label,
    meaning: level.meaning,
    responseMinutes: level.responseMinutes,
    severity:
      WORDS.find(([pattern]) => word && pattern.test(word))?.[1] ??
      byNumber[Math.min(3, Math.max(0, (number ?? 4) - (fromZero ? 0 : 1)))]!,
  }));
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();

function describe(level: Level): string {
  const response =
    level.responseMinutes === null
      ? ""
      : `, response ${level.responseMinutes === 0 ? "immediate" : formatMinutes(level.responseMinutes)}`;
  const label = level.label && level.label !== level.key ? ` "${level.label}"` : "";
  return `severity level ${level.key}${label}${level.meaning ? `: ${level.meaning}` : ""}${response}`;
}
