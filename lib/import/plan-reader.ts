import { flattenPlanItems, type PlanItem } from "@/lib/plans/plan";
import { findDependencies } from "@/lib/import/dependencies";
import type { LineToken } from "@/lib/import/lex-markdown-lines";
import type { LineKind, LineReport, MarkdownImport, MarkdownMeta } from "@/lib/import/parse-plan-markdown";
import {
  boldLabel,
  cleanTitle,
  itemFieldKeyFor,
  metaKeyFor,
  parseFields,
  shorten,
  type Field,
} from "@/lib/import/markdown-text";
import { MAX_NESTING_DEPTH } from "@/lib/import/plan-limits";
import { indentColumn } from "@/lib/import/lex-markdown-lines";
import { ScheduleReader } from "@/lib/import/schedule-reader";
import { disambiguateTitles } from "@/lib/import/section-titles";
import type { StepDraft } from "@/lib/import/build-schedule";
import { splitTimeZone } from "@/lib/import/time-zone";
import { findClock } from "@/lib/import/schedule-time";
import { formatMinutes, readEstimateField } from "@/lib/import/estimates";

// planSchema's limits: text past them is shortened here, with a warning, rather than failing the import.
const MAX = { title: 1000, sectionTitle: 300, owner: 200, details: 20_000, howToVerify: 5000, evidence: 5000 } as const;

/** `required`: "Priority: CRITICAL" under its heading makes each of its items required for go. */
type SectionDraft = { title: string; parentTitle: string | null; items: PlanItem[]; required?: boolean };
const PRIORITY = /^\s*priority\s*$/i;
const REQUIRED_PRIORITY = /\b(?:critical|high|highest|urgent|p0|p1|must(?:[\s-]have)?|blocker)\b/i;
const DEPENDENCIES = /^\s*(?:dependencies|dependency|depends\s+on)\s*$/i;
type OpenItem = { column: number; item: PlanItem };
// A sub-line that states a check and its expected result: `curl … → 200 OK`, `SELECT COUNT(*) … → 1000+`.
export const VERIFICATION =
  /→|->|=>|\b(?:curl|select|expect(?:ed)?|returns?|should|responds?|status\s+\d{3}|200\s+ok)\b/i;

export const UNUSED_LIST_LINE = "list item without a checkbox (this document uses checkboxes)";

type PendingReport = {
  line: number;
  text: string;
  kind: () => LineKind;
  note: () => string | undefined;
  repaired: boolean;
};

/**
 * Turns line tokens into a plan, one line at a time. Rules beyond "headings are sections, checkboxes are
 * items":
 * - A line that is only bold text (`**Infrastructure**`, or `1. **Pre-Deployment Checks:**` followed by a
 *   more indented list) opens a section of its own under the current heading; a list-item label ends at
 *   the next list line as far left as it. A bold list item with no list under it is an ordinary bullet.
 * - `**Label**: value` lines whose labels are document facts (System, Go-live, Change window, Deployment
 *   lead, Executive sponsor, Timezone) fill `meta`. `Owner: X` (also inside a code block) gives the items
 *   below it in the section that owner.
 * - Under an item (indented further than its marker), item fields (`**Estimated time**: 3 hours`,
 *   `**Owner**: DBA`, `**How to verify**: …`) attach to it; other indented text and, where the document
 *   uses checkboxes, plain bullets become its details.
 * - Where the document has checkboxes, plain list lines elsewhere are ignored (reported, with a warning).
 *   Where it has none, plain list lines become items, nested by indentation; an item-field line that is
 *   not under an item (`- **Estimated time**: 3 hours` beside a task's bullets) is reported, not an item.
 * - Timed lines and schedule tables also become timeline steps, and items link to the step above them:
 *   see ScheduleReader. A timed heading or bold line stays a section as well.
 */
export class PlanReader {
  private title: string | null = null;
  private readonly meta: MarkdownMeta = {};
  private readonly warnings: string[] = [];
  private readonly sections: SectionDraft[] = [];
  private readonly reports: PendingReport[] = [];
  private headingSection: SectionDraft | null = null;
  private headingTrail: string[] = [];
  private labelSection: { section: SectionDraft; column: number | null } | null = null;
  private open: OpenItem[] = [];
  private defaultOwner: string | undefined;
  private ignoredListLines = 0;
  private readonly flattened: number[] = [];
  private readonly schedule: ScheduleReader;
  private previousKind: LineToken["kind"] | null = null;
  private codeHost: { item: PlanItem; lines: string[]; fence: string } | null = null;
  private readonly sectionDependencies: { line: number; section: SectionDraft; text: string }[] = [];
  private readonly sectionDependencyNotes = new Map<number, string>();

  constructor(private readonly options: { usesCheckboxes: boolean; notSchedule?: ReadonlySet<number> }) {
    this.schedule = new ScheduleReader(this.warnings, options.notSchedule);
  }

  /** `next` is the next non-blank line's token: it tells a list-item label from a bold item. */
  read(token: LineToken, ignoredBecause: string | null, next?: LineToken): void {
    const startsTable = this.previousKind !== "table";
    this.previousKind = token.kind;
    if (token.kind === "blank") return this.report(token, "blank");
    if (ignoredBecause) return this.report(token, "ignored", ignoredBecause);
    if ("column" in token) this.schedule.endList(token.column);
    else if (token.kind === "table" || token.kind === "rule") this.schedule.endList(0);
    switch (token.kind) {
      case "heading":
        return this.heading(token);
      case "checkbox":
        if (token.text === "") {
          this.warnings.push(`Line ${token.line}: a checkbox without a title was skipped.`);
          return this.report(token, "ignored", "checkbox without a title");
        }
        return this.addItem(token, token.column, cleanTitle(token.text), token.checked ? "done" : "todo");
      case "bullet":
        return this.bullet(token, next);
      case "text":
        return this.text(token);
      case "code":
        return this.code(token);
      case "fence":
        return this.fence(token);
      case "table": {
        this.endList(0);
        const row = this.schedule.tableRow(token, startsTable, next);
        return row ? this.report(token, row.kind, row.note) : this.report(token, "ignored", "table row");
      }
      case "rule":
        this.endList(0);
        return this.report(token, "ignored", "horizontal rule");
    }
  }

  finish(): MarkdownImport {
    const { steps, phases, goLiveClock } = this.schedule.finish(this.meta.goLive);
    const kept = this.sections.filter((section) => section.items.length > 0);
    for (const section of kept.filter((draft) => draft.required))
      for (const item of flattenPlanItems(section.items)) item.required = true;
    this.resolveSectionDependencies();
    disambiguateTitles(kept);
    const repaired = this.reports.filter((report) => report.repaired).map((report) => report.line);
    if (repaired.length > 0) {
      this.warnings.push(
        `Repaired garbled characters (UTF-8 read in another encoding) on lines ${repaired.join(", ")}.`,
      );
    }
    if (this.ignoredListLines > 0) {
      this.warnings.push(
        `${this.ignoredListLines} list lines without a checkbox were not imported because this document uses checkboxes; write them as \`- [ ] …\` to import them.`,
      );
    }
    if (this.flattened.length > 0) {
      this.warnings.push(
        `${this.flattened.length} items nested deeper than ${MAX_NESTING_DEPTH} levels (from line ${this.flattened[0]}) were kept at level ${MAX_NESTING_DEPTH}.`,
      );
    }
    if (!this.options.usesCheckboxes) {
      this.warnings.push("This document has no checkboxes, so the list lines under its headings became the items.");
    }
    return {
      title: this.title,
      meta: this.meta,
      plan: {
        sections: kept.map(({ title, items }) => ({ title, items })),
        ...(steps && { steps }),
        ...(phases && { phases }),
      },
      goLiveClock: findClock(this.meta.goLive ?? "") ?? goLiveClock,
      goLiveAt: null,
      lines: this.reports.map(({ line, text, kind, note, repaired }): LineReport => {
        const said = [note(), repaired ? "garbled characters repaired" : undefined].filter(Boolean).join("; ");
        return said ? { line, text, kind: kind(), note: said } : { line, text, kind: kind() };
      }),
      warnings: this.warnings,
    };
  }

  private get section(): SectionDraft {
    if (this.labelSection) return this.labelSection.section;
    if (!this.headingSection) {
      this.headingSection = { title: "Checklist", parentTitle: null, items: [] };
      this.sections.push(this.headingSection);
    }
    return this.headingSection;
  }

  private heading(token: LineToken & { kind: "heading" }): void {
    const title = this.fit(token, cleanTitle(token.text, { trailingColon: true }), "sectionTitle");
    if (title === "") return this.report(token, "ignored", "empty heading");
    this.open = [];
    this.labelSection = null;
    this.defaultOwner = undefined;
    if (token.level === 1 && this.title === null) {
      this.title = title;
      return this.report(token, "title", `plan title "${title}"`);
    }
    this.headingTrail = [...this.headingTrail.slice(0, token.level - 1)];
    const parentTitle = this.headingTrail.findLast((trail) => trail !== undefined) ?? null;
    this.headingTrail[token.level - 1] = title;
    const section: SectionDraft = { title, parentTitle, items: [] };
    this.sections.push(section);
    this.headingSection = section;
    const step = this.schedule.heading(token.line, token.level, title);
    this.reportSection(token, step, () => `section "${section.title}"${section.items.length ? "" : " (no items)"}`);
  }

  private label(token: LineToken, label: string, column: number | null): void {
    const title = this.fit(token, label, "sectionTitle");
    const step = this.schedule.label(token.line, title, column);
    this.open = [];
    const section: SectionDraft = { title, parentTitle: this.headingSection?.title ?? null, items: [] };
    this.sections.push(section);
    this.labelSection = { section, column };
    const under = section.parentTitle ? ` under "${section.parentTitle}"` : "";
    this.reportSection(
      token,
      step,
      () => `section "${section.title}" (bold label${under}${section.items.length ? "" : ", no items"})`,
    );
  }

  private addItem(
    token: LineToken,
    column: number,
    title: string,
    status: "todo" | "done",
    step: StepDraft | null = null,
  ): void {
    this.endList(column);
    while (this.open.length > 0 && this.open.at(-1)!.column >= column) this.open.pop();
    if (this.open.length >= MAX_NESTING_DEPTH) {
      this.flattened.push(token.line);
      this.open.length = MAX_NESTING_DEPTH - 1;
    }
    const parent = this.open.at(-1)?.item;
    const section = this.section;
    const item: PlanItem = {
      title: this.fit(token, title, "title"),
      status,
      ...(this.defaultOwner ? { owner: this.defaultOwner } : {}),
    };
    if (parent) (parent.children ??= []).push(item);
    else section.items.push(item);
    this.open.push({ column, item });
    this.schedule.link(item);
    const said = () => `item in "${section.title}"${parent ? ` (child of "${parent.title}")` : ""}`;
    if (step) this.report(token, "step", () => `${this.schedule.describe(step)}; ${said()}`);
    else this.report(token, "item", said);
  }

  private bullet(token: LineToken & { kind: "bullet" }, next: LineToken | undefined): void {
    if (token.text === "") return this.report(token, "ignored", "empty list item");
    const label = boldLabel(token.text);
    const opensList = (next?.kind === "bullet" || next?.kind === "checkbox") && next.column > token.column;
    if (label && opensList) return this.label(token, label, token.column);
    const fields = parseFields(token.text);
    if (fields && this.fields(token, fields, token.column)) return;
    const title = cleanTitle(token.text);
    const host = this.hostAt(token.column);
    // Where list lines are items, a timed one is both; where they are details of an item, it is neither.
    const step = host && this.options.usesCheckboxes ? null : this.schedule.line(token.line, title, token.column);
    if (!this.options.usesCheckboxes) return this.addItem(token, token.column, title, "todo", step);
    if (host) return this.addDetails(token, host, `- ${token.text}`);
    if (step) return this.report(token, "step", () => this.schedule.describe(step));
    if (!this.options.notSchedule?.has(token.line)) this.ignoredListLines += 1;
    this.report(token, "ignored", UNUSED_LIST_LINE);
  }

  private text(token: LineToken & { kind: "text" }): void {
    if (token.text === "") return this.report(token, "ignored", "drawing characters only");
    const label = boldLabel(token.text);
    if (label) return this.label(token, label, null);
    const fields = parseFields(token.text, { allowPlain: true });
    if (fields && this.fields(token, fields, token.column)) return;
    const host = token.column > 0 ? this.hostAt(token.column) : null;
    if (host) return this.addDetails(token, host, token.text);
    if (token.column === 0) this.endList(0);
    // `**5:30 AM:** Enable maintenance mode`: a step, but not a section (the text is not all bold).
    const step = /^(?:\*\*|__)/.test(token.text) ? this.schedule.line(token.line, cleanTitle(token.text), null) : null;
    if (step) return this.reportSection(token, step, () => undefined);
    this.report(token, "ignored", "prose");
  }

  private code(token: LineToken & { kind: "code" }): void {
    const [field, ...more] = parseFields(token.text, { allowPlain: true }) ?? [];
    if (field && more.length === 0 && itemFieldKeyFor(field.label) === "owner")
      return this.setOwner(token, field.value);
    if (this.codeHost) {
      this.codeHost.lines.push(token.text);
      return this.report(token, "meta", `command in the details of "${this.codeHost.item.title}"`);
    }
    // A line of a tree block under a checkbox (`│   └─ curl http://lb/health → 200 OK`) tells how to verify it.
    const { column, rest } = indentColumn(token.text);
    const host = rest.trim() === "" ? null : this.hostAt(column);
    if (host) {
      const text = rest.replace(/^[├└╰┣┗─━\-+*`\s]+/, "").trim();
      if (text !== "") {
        this.append(token, host, VERIFICATION.test(text) ? "howToVerify" : "details", text);
        return this.report(
          token,
          "meta",
          `${VERIFICATION.test(text) ? "how to verify" : "details"} of "${host.title}"`,
        );
      }
    }
    this.report(token, "ignored", "code");
  }

  /**
   * A code fence. One indented under an item (a command block in a task's list) opens a block that
   * ends up in the item's details, fences and all; any other fence ends the nesting of items.
   */
  private fence(token: LineToken): void {
    if (this.codeHost) {
      const { item, lines, fence } = this.codeHost;
      this.codeHost = null;
      this.append(token, item, "details", [fence, ...lines, token.raw.trim()].join("\n"));
      return this.report(token, "meta", `end of a command block in the details of "${item.title}"`);
    }
    const column = indentColumn(token.raw).column;
    const host = column > 0 ? this.hostAt(column) : null;
    if (host) {
      this.codeHost = { item: host, lines: [], fence: token.raw.trim() };
      return this.report(token, "meta", `command block in the details of "${host.title}"`);
    }
    this.open = [];
    this.report(token, "ignored", "code fence");
  }

  /** Handles a line of `Label: value` fields, if its labels are ones the importer knows. */
  private fields(token: LineToken, fields: Field[], column: number): boolean {
    const host = this.hostAt(column);
    if (!host && fields.every((field) => metaKeyFor(field.label))) {
      for (const field of fields) this.setMeta(token, field);
      this.report(token, "meta", fields.map((field) => `${field.label.toLowerCase()} "${field.value}"`).join(", "));
      return true;
    }
    const [field, ...more] = fields;
    const key = field && more.length === 0 ? itemFieldKeyFor(field.label) : undefined;
    if (!field || !key) return false;
    const estimate = readEstimateField(`${field.label}: ${field.value}`);
    // An estimate under an item is the item's; one under a timed heading or line, the step's.
    const step = estimate === null || host ? null : this.schedule.estimate(estimate);
    if (step) {
      this.report(token, "meta", () => `planned duration ${formatMinutes(estimate!)} of step "${step.title}"`);
      return true;
    }
    if (!host && DEPENDENCIES.test(field.label)) return this.dependsOn(token, field.value);
    if (!host && PRIORITY.test(field.label)) {
      const required = REQUIRED_PRIORITY.test(field.value);
      if (required) this.section.required = true;
      this.report(token, "meta", () =>
        required ? `priority: every item of "${this.section.title}" is required for go` : `priority "${field.value}"`,
      );
      return true;
    }
    if (host && /^required(?:\s+for\s+go(?:[\s-]?live)?)?$/i.test(field.label.trim())) {
      // `**Required for go-live**: yes`, as the Markdown export writes it: a flag, not a detail.
      host.required = /^(?:yes|true|y)$/i.test(field.value.trim());
      this.report(token, "meta", `required for go-live: "${host.title}"`);
    } else if (host) {
      // "Priority: CRITICAL" / "HIGH": the item must be done (or not applicable) before go.
      if (PRIORITY.test(field.label) && REQUIRED_PRIORITY.test(field.value)) host.required = true;
      const said = estimate === null ? "" : ` (estimate ${formatMinutes(estimate)}, kept in its details)`;
      if (key === "details") this.append(token, host, "details", `${field.label}: ${field.value}`);
      else if (key === "owner") host.owner = this.fit(token, field.value, "owner");
      else this.append(token, host, key, field.value);
      this.report(token, "meta", `${field.label.toLowerCase()} of "${host.title}"${said}`);
    } else if (key === "owner") {
      this.setOwner(token, field.value);
    } else {
      this.report(token, "ignored", `field "${field.label}: ${field.value}", not an item`);
    }
    return true;
  }

  /**
   * "Dependencies: Task 6.2.3" under a timed step makes that step a predecessor. Under a task heading
   * that is only a section, the line map names the task it waits for: sections have no predecessors.
   */
  private dependsOn(token: LineToken, text: string): true {
    if (this.schedule.dependsOn(token.line, text)) {
      this.report(token, "meta", () => this.schedule.dependencyNote(token.line));
      return true;
    }
    const section = this.section;
    this.sectionDependencies.push({ line: token.line, section, text });
    this.report(
      token,
      "meta",
      () => this.sectionDependencyNotes.get(token.line) ?? `dependencies "${text}" (no task of the plan has that name)`,
    );
    return true;
  }

  private resolveSectionDependencies(): void {
    const titles = this.sections.map((section) => section.title);
    for (const { line, section, text } of this.sectionDependencies) {
      const found = findDependencies(text, titles, this.sections.indexOf(section));
      if (found.length === 0) continue;
      this.sectionDependencyNotes.set(
        line,
        `"${section.title}" waits for ${found.map((index) => `"${titles[index]}"`).join(", ")} (sections have no predecessors in Launch Control: noted here only)`,
      );
    }
  }

  private setMeta(token: LineToken, { label, value }: Field): void {
    const key = metaKeyFor(label)!;
    // Only times carry a zone: a system called "Billing (UTC)" keeps its name.
    const { text, zone } =
      key === "goLive" || key === "window" || key === "timezone" ? splitTimeZone(value) : { text: value };
    if (key === "timezone" && !zone)
      this.warnings.push(`Line ${token.line}: "${value}" is not a time zone such as Europe/Berlin.`);
    const found = key === "timezone" ? zone : text;
    const current = this.meta[key];
    // "Go-Live Date: Saturday" then "Public Launch: 7:00 AM": the day and the time complete each other.
    const completes =
      key === "goLive" &&
      found &&
      current !== undefined &&
      (findClock(current) === null) !== (findClock(found) === null);
    if (completes) this.meta.goLive = findClock(found) === null ? `${found} ${current}` : `${current} ${found}`;
    else if (found && current === undefined) this.meta[key] = found;
    else if (found) this.warnings.push(`Line ${token.line}: "${label}" is given twice; the first one counts.`);
    if (zone && key !== "timezone") this.meta.timezone ??= zone;
  }

  private setOwner(token: LineToken, owner: string): void {
    this.defaultOwner = this.fit(token, owner, "owner");
    this.schedule.owner(token.line, owner);
    this.report(token, "meta", `owner "${owner}" for the items below`);
  }

  private addDetails(token: LineToken, host: PlanItem, text: string): void {
    const verifies = VERIFICATION.test(text);
    this.append(token, host, verifies ? "howToVerify" : "details", verifies ? text.replace(/^\s*[-*+]\s+/, "") : text);
    this.report(token, "meta", `${verifies ? "how to verify" : "details"} of "${host.title}"`);
  }

  private append(token: LineToken, item: PlanItem, key: "details" | "howToVerify" | "evidence", text: string): void {
    const line = text.trim();
    if (line === "") return;
    item[key] = this.fit(token, item[key] ? `${item[key]}\n${line}` : line, key);
  }

  private fit(token: LineToken, text: string, what: keyof typeof MAX): string {
    if (text.length <= MAX[what]) return text;
    this.warnings.push(`Line ${token.line}: text longer than ${MAX[what]} characters was shortened.`);
    return shorten(text, MAX[what]);
  }

  /** The deepest open item that a line starting at this column is indented under. */
  private hostAt(column: number): PlanItem | null {
    return this.open.findLast((open) => open.column < column)?.item ?? null;
  }

  /** A list line this far left ends a list-item label's section; a column-0 line also ends nesting. */
  private endList(column: number): void {
    const labelColumn = this.labelSection?.column;
    if (labelColumn !== undefined && labelColumn !== null && column <= labelColumn) this.labelSection = null;
    if (column === 0) this.open = [];
  }

  /** A line that opened a section, a step, or both: a timed heading that details a schedule row is a section. */
  private reportSection(token: LineToken, step: StepDraft | null, said: () => string | undefined): void {
    if (!step) return this.report(token, "section", said);
    const own = () => this.schedule.isOwnStep(step);
    const kind = () => (own() ? "step" : said() === undefined ? "meta" : "section");
    const stepSaid = () => this.schedule.describe(step);
    this.report(token, kind, () =>
      [own() ? stepSaid() : said(), own() ? said() : stepSaid()].filter(Boolean).join("; "),
    );
  }

  private report(
    token: LineToken,
    kind: LineKind | (() => LineKind),
    note?: string | (() => string | undefined),
  ): void {
    const describe = typeof note === "function" ? note : () => note;
    this.reports.push({
      line: token.line,
      text: token.raw,
      kind: typeof kind === "function" ? kind : () => kind,
      note: describe,
      repaired: token.repaired,
    });
  }
}
