import type { PlanItem, PlanSection } from "@/lib/plans/plan";
import { readTimedText } from "@/lib/import/schedule-time";
import { VERIFICATION } from "@/lib/import/plan-reader";

// A checklist section as the importer reads it: `- [ ]` / `- [x]` items nested two spaces a level, each
// followed by its fields as sub-bullets and its details as indented lines (command blocks kept verbatim).

type StepTimes = (index: number) => { start: string; end: string; title: string } | null;

const FENCE = /^\s*(`{3,}|~{3,})/;

export function renderSection(section: PlanSection, stepTimes: StepTimes): string {
  const lines = [`## ${section.title}`, ""];
  // Under a timed heading the importer links every item to that heading's step; elsewhere a bold timed
  // line (`**05:30 – 05:45** Deploy`) links the items below it, until the next such line.
  const headingLinks = readTimedText(section.title) !== null;
  let linked: number | undefined;
  for (const item of section.items) {
    if (!headingLinks && item.step !== undefined && item.step !== linked) {
      const times = stepTimes(item.step);
      if (times) {
        if (lines.at(-1) !== "") lines.push("");
        lines.push(`**${times.start} – ${times.end}** ${times.title}`, "");
        linked = item.step;
      }
    }
    lines.push(...renderItem(item, ""));
  }
  return lines.join("\n").trimEnd();
}

function renderItem(item: PlanItem, indent: string): string[] {
  const inner = `${indent}  `;
  const lines = [`${indent}- [${item.status === "done" ? "x" : " "}] ${item.title}`];
  if (item.owner) lines.push(`${inner}- **Owner**: ${item.owner}`);
  if (item.required) lines.push(`${inner}- **Required for go-live**: yes`);
  for (const line of nonEmptyLines(item.howToVerify)) {
    // A line that reads as a check is taken as one; any other needs the label.
    lines.push(VERIFICATION.test(line) ? `${inner}- ${line}` : `${inner}- **How to verify**: ${line}`);
  }
  for (const line of nonEmptyLines(item.evidence)) lines.push(`${inner}- **Evidence**: ${line}`);
  lines.push(...renderDetails(item.details ?? "", inner));
  for (const child of item.children ?? []) lines.push(...renderItem(child, inner));
  return lines;
}

const nonEmptyLines = (text: string | undefined | null) =>
  (text ?? "").split("\n").filter((line) => line.trim() !== "");

/** Details line by line; a command block's lines stay as they are, since the importer keeps them so. */
function renderDetails(details: string, inner: string): string[] {
  const lines: string[] = [];
  let fence: string | null = null;
  for (const line of details.split("\n")) {
    if (fence !== null) {
      const marker = FENCE.exec(line)?.[1];
      const closes = marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length;
      lines.push(closes ? `${inner}${line.trim()}` : line);
      if (closes) fence = null;
      continue;
    }
    if (line.trim() === "") continue;
    const opens = FENCE.exec(line)?.[1];
    if (opens) fence = opens;
    lines.push(`${inner}${line.trim()}`);
  }
  return lines;
}
