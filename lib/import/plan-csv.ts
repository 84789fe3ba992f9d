import { planItemSchema, planStatusSchema, type Plan, type PlanItem, type PlanSection } from "@/lib/plans/plan";
import { guardCell, readCsv, unguardCell, writeCsv } from "@/lib/import/csv";
import { ImportError, assertImportableText } from "@/lib/import/import-error";
import { MAX_NESTING_DEPTH, assertPlanFits } from "@/lib/import/plan-limits";

// One row per item, parents before their children. `parent` is the title path of the parent item within
// its section ("Backfill last 90 days > Row counts match"); sections are named by title, so rows of one
// section may be anywhere in the file (a row appended at the bottom joins its section).
export const PLAN_CSV_COLUMNS = [
  "section",
  "title",
  "parent",
  "owner",
  "required",
  "status",
  "status_reason",
  "due_offset_minutes",
  "how_to_verify",
  "evidence",
  "details",
] as const;

type Column = (typeof PLAN_CSV_COLUMNS)[number];
export type CsvRowError = { row: number; message: string };

const PATH_SEPARATOR = " > ";

/**
 * The plan's items as CSV. Timeline steps (`plan.steps`) and items' links to them (`item.step`) are
 * left out on purpose: a CSV row is an item, and a step has no row shape yet. A CSV export or round
 * trip therefore keeps the checklist and drops the schedule; a later change may add step rows.
 */
export function planToCsv(plan: Plan): string {
  const rows: string[][] = [[...PLAN_CSV_COLUMNS]];
  const visit = (section: PlanSection, items: PlanItem[], path: string[]) => {
    for (const item of items) {
      const cells: Record<Column, string> = {
        section: section.title,
        title: item.title,
        parent: path.join(PATH_SEPARATOR),
        owner: item.owner ?? "",
        required: item.required === undefined ? "" : item.required ? "yes" : "no",
        status: item.status ?? "",
        status_reason: item.statusReason ?? "",
        due_offset_minutes: item.dueOffsetMinutes == null ? "" : String(item.dueOffsetMinutes),
        how_to_verify: item.howToVerify ?? "",
        evidence: item.evidence ?? "",
        details: item.details ?? "",
      };
      rows.push(PLAN_CSV_COLUMNS.map((column) => guardCell(cells[column])));
      visit(section, item.children ?? [], [...path, item.title]);
    }
  };
  for (const section of plan.sections) visit(section, section.items, []);
  return writeCsv(rows);
}

/**
 * Reads a plan from CSV. Throws ImportError (→ 422) for problems with the whole file: empty, binary, too
 * large, no header naming `section` and `title`, no rows, or more sections or items than a plan holds. A row with problems is left out and listed in
 * `errors` with its spreadsheet row number; the other rows still make the plan.
 */
export function parsePlanCsv(csv: string): { plan: Plan; errors: CsvRowError[] } {
  assertImportableText(csv);
  const { records, unterminatedQuoteRow } = readCsv(csv);
  const [header, ...rows] = records;
  const index = columnIndex(header?.cells ?? []);
  const missing = (["section", "title"] as const).filter((column) => index[column] === undefined);
  if (!header || missing.length > 0) {
    throw new ImportError(
      "bad_header",
      `The first row must name the columns; ${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} missing. Expected: ${PLAN_CSV_COLUMNS.join(", ")}.`,
    );
  }
  if (rows.length === 0) throw new ImportError("no_items", "No rows found: add one row per item below the header row.");

  const errors: CsvRowError[] = [];
  type SectionEntry = { section: PlanSection; byPath: Map<string, PlanItem> };
  const sections = new Map<string, SectionEntry>();
  const depthOf = new Map<PlanItem, number>();
  for (const { row, cells } of rows) {
    const cell = (column: Column) => {
      const at = index[column];
      return at === undefined ? "" : unguardCell(cells[at] ?? "").trim();
    };
    if (row === unterminatedQuoteRow) {
      errors.push({
        row,
        message: "A quoted cell in this row is never closed, so this row and the rest of the file could not be read.",
      });
      continue;
    }
    const problems: string[] = [];
    const item = readItem(cell, problems);
    const sectionTitle = cell("section");
    if (sectionTitle === "") problems.push("section is empty; name the section this item belongs to.");
    const entry: SectionEntry = sections.get(sectionTitle) ?? {
      section: { title: sectionTitle, items: [] },
      byPath: new Map(),
    };
    const parentPath = cell("parent");
    const parent = parentPath === "" ? undefined : entry.byPath.get(parentPath);
    if (parentPath !== "" && !parent) {
      problems.push(`parent "${parentPath}" is not an item above this row in section "${sectionTitle}".`);
    }
    const depth = parent ? (depthOf.get(parent) ?? 0) + 1 : 0;
    if (depth >= MAX_NESTING_DEPTH)
      problems.push(`items nest at most ${MAX_NESTING_DEPTH} levels deep; choose a parent higher up.`);
    if (problems.length > 0) {
      errors.push(...problems.map((message) => ({ row, message })));
      continue;
    }
    if (parent) (parent.children ??= []).push(item);
    else entry.section.items.push(item);
    entry.byPath.set(parentPath === "" ? item.title : `${parentPath}${PATH_SEPARATOR}${item.title}`, item);
    depthOf.set(item, depth);
    sections.set(sectionTitle, entry);
  }
  const plan = { sections: [...sections.values()].map((entry) => entry.section) };
  assertPlanFits(plan);
  return { plan, errors };
}

function columnIndex(headerCells: string[]): Partial<Record<Column, number>> {
  const index: Partial<Record<Column, number>> = {};
  headerCells.forEach((name, at) => {
    const column = name
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_") as Column;
    if (PLAN_CSV_COLUMNS.includes(column) && index[column] === undefined) index[column] = at;
  });
  return index;
}

const YES = new Set(["yes", "y", "true", "1"]);
const NO = new Set(["no", "n", "false", "0"]);

function readItem(cell: (column: Column) => string, problems: string[]): PlanItem {
  const item: PlanItem = { title: cell("title") };
  if (item.title === "") problems.push("title is empty; every item needs a title.");

  const status =
    cell("status")
      .toLowerCase()
      .replace(/[\s-]+/g, "_") || "todo";
  const parsedStatus = planStatusSchema.safeParse(status);
  if (parsedStatus.success) item.status = parsedStatus.data;
  else
    problems.push(
      `status "${cell("status")}" is not one of ${planStatusSchema.options.join(", ")} (blank means todo).`,
    );

  const required = cell("required").toLowerCase();
  if (YES.has(required)) item.required = true;
  else if (NO.has(required)) item.required = false;
  else if (required !== "") problems.push(`required "${cell("required")}" must be yes or no.`);

  const due = cell("due_offset_minutes");
  if (/^[+-]?\d+$/.test(due)) item.dueOffsetMinutes = Number(due);
  else if (due !== "")
    problems.push(`due_offset_minutes "${due}" must be a whole number of minutes (negative: before go-live).`);

  const text = {
    owner: "owner",
    statusReason: "status_reason",
    howToVerify: "how_to_verify",
    evidence: "evidence",
    details: "details",
  } as const;
  for (const [field, column] of Object.entries(text) as [keyof typeof text, Column][]) {
    const value = cell(column);
    if (value !== "") item[field] = value;
  }
  // The schema's limits (title length, text sizes) apply to a CSV row as to any other door.
  const checked = planItemSchema.safeParse(item);
  if (!checked.success && problems.length === 0) {
    problems.push(...checked.error.issues.map((issue) => `${issue.path.join(".") || "item"}: ${issue.message}`));
  }
  return item;
}
