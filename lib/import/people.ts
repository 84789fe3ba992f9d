import type { LineToken } from "@/lib/import/lex-markdown-lines";
import { cleanTitle, stripInlineMarkdown } from "@/lib/import/markdown-text";
import { flattenPlanItems, type Plan } from "@/lib/plans/plan";

// Who does what. A roster ("Team Members Present: Deployment Lead, DevOps Engineer, …", a Roles table)
// and the owners the plan names ("Owner: DevOps + Backend Lead", "(DBA)", "@dba") are the launch's
// functions; a member given one of them can act on the steps and items it owns.

const ROSTER =
  /^(?:team(?:\s+members?)?(?:\s+present)?|roles?|attendees|participants|people|on\s+the\s+bridge|war\s+room|contacts)\s*:\s*(.+)$/i;
const ROLE_COLUMN = /^(?:roles?|functions?|team members?)$/i;
const split = (text: string) =>
  text
    .split(/\s*(?:[+&,;/]|\band\b)\s*/i)
    .map((part) =>
      cleanTitle(part)
        .replace(/[.()]+$/g, "")
        .trim(),
    )
    .filter((part) => part.length > 1 && part.length <= 80);

/** The functions a roster line or a Roles table lists, in order. */
export function readRoster(tokens: LineToken[]): { functions: string[]; lines: Map<number, string> } {
  const functions: string[] = [];
  const lines = new Map<number, string>();
  let roleColumn: number | null = null;
  for (const token of tokens) {
    if (token.kind === "table") {
      const cells = token.cells.map((cell) => stripInlineMarkdown(cell));
      const header = cells.findIndex((cell) => ROLE_COLUMN.test(cell));
      if (roleColumn === null && header >= 0) roleColumn = header;
      else if (roleColumn !== null && !token.delimiter && cells[roleColumn]) {
        functions.push(cells[roleColumn]!);
        lines.set(token.line, `function "${cells[roleColumn]}"`);
      }
      continue;
    }
    roleColumn = null;
    if (token.kind !== "text" && token.kind !== "bullet") continue;
    const roster = ROSTER.exec(stripInlineMarkdown(token.text));
    if (!roster) continue;
    const named = split(roster[1]!);
    if (named.length === 0) continue;
    functions.push(...named);
    lines.set(token.line, `team functions: ${named.join(", ")}`);
  }
  return { functions, lines };
}

const MENTION = /(?:^|\s)@([A-Za-z][\w-]{1,40})\b/;
// Words that make a short capitalised phrase a role: "Platform Engineer", "QA Lead", "DBA", "SRE on call".
const ROLE_WORD =
  /\b(?:lead|leads|engineers?|manager|admins?|administrator|dba|devops|sre|qa|ops|owner|team|on[\s-]?call|developers?|architect|analyst|specialist|support|security|coordinator|director|vp|cto|cio|ciso|officer|testers?|sponsor|commander|desk)\b/i;
const CAPITALISED =
  /^(?:[A-Z][\w.&'-]*|on[\s-]?call|of|and|the|&|\+|\/)(?:\s+(?:[A-Z][\w.&'-]*|on[\s-]?call|of|and|the|&|\+|\/))*$/;
// "Verify backups — Platform Engineer", "Run smoke tests (QA Lead)", "Deploy - @devops".
const TRAILING_DASH = /^(.{3,}?)\s+[—–-]\s+([^—–]{2,60})$/;
const TRAILING_BRACKET = /^(.{3,}?)\s*\(([^()]{2,60})\)\s*$/;

/**
 * A trailing role split off a title: "Verify backups — Platform Engineer" → title "Verify backups", owner
 * "Platform Engineer". Only where the tail is clearly who does it: a roster function, or a short
 * capitalised phrase with a role word; "Check logs (Docker/Kubernetes)" keeps its title.
 */
export function splitTrailingOwner(title: string, known: Set<string>): { title: string; owner: string } | null {
  for (const pattern of [TRAILING_DASH, TRAILING_BRACKET]) {
    const match = pattern.exec(title.trim());
    if (!match) continue;
    const tail = match[2]!.trim().replace(/[.:]+$/, "");
    const parts = split(tail);
    const isRoster = parts.length > 0 && parts.every((part) => known.has(part.toLowerCase()));
    const isRole =
      parts.length > 0 &&
      parts.every((part) => ROLE_WORD.test(part) && CAPITALISED.test(part) && part.split(/\s+/).length <= 4);
    if (isRoster || isRole) return { title: match[1]!.trim(), owner: tail };
  }
  return null;
}

/**
 * Owners the plan gives in passing: `@dba` in a title, or a trailing `(DevOps)` naming a function of the
 * roster (a trailing `(Docker/Kubernetes)` is a detail, not an owner). Then the functions: the roster's
 * and every owner named, each once.
 */
export function assignFunctions(plan: Plan, roster: string[]): string[] {
  const known = new Map(roster.map((name) => [name.toLowerCase(), name]));
  const names = new Set(known.keys());
  const ownerIn = (title: string): string | undefined => {
    const mention = MENTION.exec(title)?.[1];
    return mention ? (known.get(mention.toLowerCase()) ?? mention) : undefined;
  };
  for (const work of [...plan.sections.flatMap((section) => flattenPlanItems(section.items)), ...(plan.steps ?? [])]) {
    if (work.owner) continue;
    const trailing = splitTrailingOwner(work.title, names);
    if (trailing) Object.assign(work, trailing);
    else work.owner = ownerIn(work.title);
    if (work.owner === undefined) delete work.owner;
  }
  const owners = [
    ...plan.sections.flatMap((section) => flattenPlanItems(section.items)),
    ...(plan.steps ?? []),
  ].flatMap((work) => (work.owner ? split(work.owner) : []));
  const functions: string[] = [];
  for (const name of [...roster, ...owners]) {
    if (!functions.some((known) => known.toLowerCase() === name.toLowerCase())) functions.push(name);
  }
  return functions.slice(0, 100);
}
