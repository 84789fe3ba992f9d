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

/**
 * Owners the plan gives in passing: `@dba` in a title, or a trailing `(DevOps)` naming a function of the
 * roster (a trailing `(Docker/Kubernetes)` is a detail, not an owner). Then the functions: the roster's
 * and every owner named, each once.
 */
export function assignFunctions(plan: Plan, roster: string[]): string[] {
  const known = new Map(roster.map((name) => [name.toLowerCase(), name]));
  const ownerIn = (title: string): string | undefined => {
    const mention = MENTION.exec(title)?.[1];
    if (mention) return known.get(mention.toLowerCase()) ?? mention;
    const trailing = /\(([^()]{2,60})\)\s*$/.exec(title)?.[1];
    return trailing && split(trailing).every((part) => known.has(part.toLowerCase())) ? trailing.trim() : undefined;
  };
  for (const work of [...plan.sections.flatMap((section) => flattenPlanItems(section.items)), ...(plan.steps ?? [])]) {
    const owner = work.owner ? undefined : ownerIn(work.title);
    if (owner) work.owner = owner;
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
