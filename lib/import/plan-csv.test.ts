import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Plan, PlanItem } from "@/lib/plans/plan";
import { readCsv } from "@/lib/import/csv";
import { ImportError } from "@/lib/import/import-error";
import { parsePlanMarkdown } from "@/lib/import/parse-plan-markdown";
import { parsePlanCsv, planToCsv } from "@/lib/import/plan-csv";

const HEADER =
  "section,title,parent,owner,required,status,status_reason,due_offset_minutes,how_to_verify,evidence,details";
const csv = (...rows: string[]) => [HEADER, ...rows].join("\n");

/** What a CSV can say about a plan: a blank status is todo, a missing due time is no due time. */
function normalise(plan: Plan): Plan {
  const item = ({ children, dueOffsetMinutes, ...rest }: PlanItem): PlanItem => ({
    ...rest,
    status: rest.status ?? "todo",
    ...(dueOffsetMinutes == null ? {} : { dueOffsetMinutes }),
    ...(children?.length ? { children: children.map(item) } : {}),
  });
  return {
    sections: plan.sections
      .filter((s) => s.items.length > 0)
      .map((s) => ({ title: s.title, items: s.items.map(item) })),
  };
}

/** What a CSV carries of a plan: its items, without timeline steps or the items' links to them. */
function itemsOnly(plan: Plan): Plan {
  const item = ({ children, ...rest }: PlanItem): PlanItem => {
    delete rest.step;
    return { ...rest, ...(children && { children: children.map(item) }) };
  };
  return { sections: plan.sections.map((section) => ({ ...section, items: section.items.map(item) })) };
}

function importError(input: string): ImportError {
  try {
    parsePlanCsv(input);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("expected an ImportError");
}

describe("plan CSV round trip", () => {
  const samples = readdirSync("lib/templates/builtin").filter((name) => name.endsWith(".md"));

  it.each(samples)("gives back the plan imported from %s", (name) => {
    const plan = parsePlanMarkdown(readFileSync(`lib/templates/builtin/${name}`, "utf8")).plan;
    const back = parsePlanCsv(planToCsv(plan));
    expect(back.errors).toEqual([]);
    expect(back.plan).toStrictEqual(itemsOnly(plan));
  });

  it("covers the four samples", () => {
    expect(samples).toHaveLength(4);
  });

  it("carries items only: a plan's steps and the items' links to them do not change the file", () => {
    const plan = parsePlanMarkdown(readFileSync("lib/templates/builtin/payments-cutover-weekend.md", "utf8")).plan;
    expect(plan.steps).toHaveLength(10);
    expect(planToCsv(plan)).toBe(planToCsv(itemsOnly(plan)));
    expect(parsePlanCsv(planToCsv(plan)).plan.steps).toBeUndefined();
  });

  it("keeps every field, awkward text, formulas and duplicate titles intact", () => {
    const plan: Plan = {
      sections: [
        {
          title: 'Readiness, "T-24h"',
          items: [
            {
              title: '=HYPERLINK("http://evil")',
              status: "blocked",
              statusReason: "+waiting on vendor",
              required: true,
              owner: "@dba",
              dueOffsetMinutes: -180,
              howToVerify: "-run the check\nthen look",
              evidence: "'=already quoted",
              details: "line one\r\nline two, with comma",
              children: [
                {
                  title: "child > with arrow",
                  status: "done",
                  required: false,
                  children: [{ title: "grandchild", dueOffsetMinutes: null }],
                },
              ],
            },
            { title: "Same", children: [{ title: "a" }] },
            { title: "Same", children: [{ title: "b" }] },
          ],
        },
        { title: "Empty", items: [] },
        { title: "Später ✅", items: [{ title: "Ünïcödé 🚀", status: "not_applicable", dueOffsetMinutes: 0 }] },
      ],
    };
    const back = parsePlanCsv(planToCsv(plan));
    expect(back.errors).toEqual([]);
    const expected = normalise(plan);
    expected.sections[0]!.items[0]!.details = "line one\nline two, with comma";
    expect(back.plan).toStrictEqual(expected);
  });
});

describe("planToCsv", () => {
  it("writes an Excel-friendly file: BOM, CRLF, quoting, and a quote before formula-like cells", () => {
    const text = planToCsv({
      sections: [
        {
          title: "S",
          items: [
            { title: "=1+1", owner: "a, b", dueOffsetMinutes: -30, details: 'say "hi"', children: [{ title: "@x" }] },
          ],
        },
      ],
    });
    expect(text.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(text.split("\r\n").slice(1)).toEqual(['S,\'=1+1,,"a, b",,,,-30,,,"say ""hi"""', "S,'@x,'=1+1,,,,,,,,", ""]);
  });
});

describe("parsePlanCsv", () => {
  it("accepts any column order, unknown columns, a BOM, CRLF, semicolons and friendly values", () => {
    const text =
      "\uFEFFNotes;Title;Section;Required;Status;Parent;Due offset minutes\r\nx;Backup;Prep;YES;In progress;;-60\r\n;Verify;Prep;0;;Backup;\r\n";
    expect(parsePlanCsv(text)).toEqual({
      plan: {
        sections: [
          {
            title: "Prep",
            items: [
              {
                title: "Backup",
                required: true,
                status: "in_progress",
                dueOffsetMinutes: -60,
                children: [{ title: "Verify", required: false, status: "todo" }],
              },
            ],
          },
        ],
      },
      errors: [],
    });
  });

  it("joins rows of a section wherever they are and resolves nested parent paths", () => {
    const { plan } = parsePlanCsv(
      csv("A,one,,,,,,,,,", "B,two,,,,,,,,,", "A,one-a,one,,,,,,,,", "A,deep,one > one-a,,,,,,,,"),
    );
    expect(plan.sections.map((s) => s.title)).toEqual(["A", "B"]);
    expect(plan.sections[0]!.items[0]!.children?.[0]!.children?.[0]!.title).toBe("deep");
  });

  it("reports each bad row with its row number and keeps the good ones", () => {
    const { plan, errors } = parsePlanCsv(
      csv(
        "S,good,,,,,,,,,",
        "S,,,,,,,,,,",
        ",orphan section,,,,,,,,,",
        "S,bad status,,,,finished,,,,,",
        "S,bad required,,,maybe,,,,,,",
        "S,bad due,,,,,,in an hour,,,",
        "S,lost child,nobody,,,,,,,,",
        "",
        "S,also good,good,,,,,,,,",
      ),
    );
    expect(errors).toEqual([
      { row: 3, message: "title is empty; every item needs a title." },
      { row: 4, message: "section is empty; name the section this item belongs to." },
      {
        row: 5,
        message: 'status "finished" is not one of todo, in_progress, done, blocked, not_applicable (blank means todo).',
      },
      { row: 6, message: 'required "maybe" must be yes or no.' },
      {
        row: 7,
        message: 'due_offset_minutes "in an hour" must be a whole number of minutes (negative: before go-live).',
      },
      { row: 8, message: 'parent "nobody" is not an item above this row in section "S".' },
    ]);
    expect(plan).toEqual({
      sections: [
        { title: "S", items: [{ title: "good", status: "todo", children: [{ title: "also good", status: "todo" }] }] },
      ],
    });
  });

  it("refuses rows nested deeper than ten levels", () => {
    const rows = Array.from(
      { length: 11 },
      (_, depth) => `S,L${depth},${Array.from({ length: depth }, (_, i) => `L${i}`).join(" > ")},,,,,,,,`,
    );
    const { plan, errors } = parsePlanCsv(csv(...rows));
    expect(errors).toEqual([{ row: 12, message: "items nest at most 10 levels deep; choose a parent higher up." }]);
    expect(JSON.stringify(plan)).toContain('"L9"');
  });

  it("refuses a file with more sections than a plan holds", () => {
    const rows = Array.from({ length: 201 }, (_, i) => `S${i},a,,,,,,,,,`);
    expect(importError(csv(...rows)).reason).toBe("too_big_plan");
  });

  it("counts a multi-line cell as one spreadsheet row and reports an unclosed quote", () => {
    const { plan, errors } = parsePlanCsv(
      csv('S,"two\nlines",,,,,,,,,', 'S,"never closed,,,,,,,,,', "S,swallowed,,,,,,,,,"),
    );
    expect(plan.sections[0]!.items.map((item) => item.title)).toEqual(["two\nlines"]);
    expect(errors).toEqual([{ row: 3, message: expect.stringContaining("never closed") }]);
  });

  it("needs a header naming section and title, and at least one row", () => {
    expect(importError("title,owner\nBackup,DBA").message).toBe(
      `The first row must name the columns; section is missing. Expected: ${HEADER.split(",").join(", ")}.`,
    );
    expect(importError("Backup,DBA\n").message).toContain("section and title are missing");
    expect(importError(`${HEADER}\r\n`).message).toBe("No rows found: add one row per item below the header row.");
    expect(importError("").reason).toBe("empty");
    expect(importError("a\u0000b").reason).toBe("binary");
  });
});

describe("readCsv", () => {
  it("reads quotes, doubled quotes, empty cells and CR-only line ends", () => {
    expect(readCsv('a,"b ""q"", c",\r"x\r\ny",z\n').records).toEqual([
      { row: 1, cells: ["a", 'b "q", c', ""] },
      { row: 2, cells: ["x\ny", "z"] },
    ]);
  });
});
