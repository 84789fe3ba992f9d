import { describe, expect, it } from "vitest";
import { ImportError } from "@/lib/import/import-error";
import { parsePlanMarkdown } from "@/lib/import/parse-plan-markdown";

const md = (...lines: string[]) => lines.join("\n");
const titles = (markdown: string) =>
  parsePlanMarkdown(markdown).plan.sections.map((s) => [s.title, s.items.map((i) => i.title)]);

function importError(markdown: string): ImportError {
  try {
    parsePlanMarkdown(markdown);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("expected an ImportError");
}

describe("parsePlanMarkdown: a communications list, one message per timed line", () => {
  it.each([
    ["plain", "- T-24h: email to site managers", "- T+0: Teams post to #ops", "- T+2h: email to leadership"],
    [
      "bold labels",
      "- **T-24h**: email to site managers",
      "- **T+0**: Teams post to #ops",
      "- **T+2h**: email to leadership",
    ],
  ])("%s: T-24h, T+0 and T+2h are three messages", (_style, ...lines) => {
    const messages = parsePlanMarkdown(md("# X", "## Comms", ...lines)).plan.messages ?? [];
    expect(messages.map((message) => [message.offsetMinutes, message.channel])).toEqual([
      [-1440, "email"],
      [0, "Teams"],
      [120, "email"],
    ]);
  });
});

describe("parsePlanMarkdown: checkboxes", () => {
  it("reads setext headings (a title over === or ---) like # headings; a rule after a blank line stays a rule", () => {
    const result = parsePlanMarkdown(
      md("WMS Cutover", "===========", "", "Readiness", "---------", "* [ ] a", "", "---", "", "Day", "---", "- [x] b"),
    );
    expect(result.title).toBe("WMS Cutover");
    expect(result.plan.sections.map((section) => [section.title, section.items.map((item) => item.title)])).toEqual([
      ["Readiness", ["a"]],
      ["Day", ["b"]],
    ]);
  });

  it("reads every task-list marker, checked or not, and the first # heading as the title", () => {
    const result = parsePlanMarkdown(
      md("# Go-live", "## Ready", "- [ ] a", "* [x] b", "+ [X] c", "1. [ ] d", "2) [x] e", "# Later", "- [ ] f"),
    );
    expect(result.title).toBe("Go-live");
    expect(result.plan.sections).toEqual([
      {
        title: "Ready",
        items: [
          { title: "a", status: "todo" },
          { title: "b", status: "done" },
          { title: "c", status: "done" },
          { title: "d", status: "todo" },
          { title: "e", status: "done" },
        ],
      },
      { title: "Later", items: [{ title: "f", status: "todo" }] },
    ]);
  });

  it("nests by spaces, tabs and tree-drawing depth", () => {
    const plan = parsePlanMarkdown(
      md(
        "## S",
        "- [ ] a",
        "  - [ ] a1",
        "  - [ ] a2",
        "\t- [ ] a2x",
        "- [ ] b",
        "\t- [ ] b1",
        "```",
        "├─ [ ] c",
        "│   ├─ [ ] c1",
        "│   │   └─ [ ] c1x",
        "│   └─ [ ] c2",
        "└─ [ ] d",
        "    └─ [ ] d1",
        "```",
      ),
    ).plan;
    const tree = (items: { title: string; children?: unknown[] }[]): unknown =>
      items.map((item) => (item.children ? { [item.title]: tree(item.children as never) } : item.title));
    expect(tree(plan.sections[0]!.items)).toEqual([
      { a: ["a1", { a2: ["a2x"] }] },
      { b: ["b1"] },
      { c: [{ c1: ["c1x"] }, "c2"] },
      { d: ["d1"] },
    ]);
  });

  it("finds a box whatever precedes it, garbled characters included, but not inside a code span", () => {
    const result = parsePlanMarkdown(
      md(
        "## S",
        "> - [ ] quoted",
        "Ã¢â‚¬Â¢ [ ] after garbage",
        "â”œâ”€ [ ] garbled branch",
        "â”‚   â””â”€ [ ] garbled child",
        "Write `- [ ] x` to add one",
        "- [ ]",
      ),
    );
    expect(
      result.plan.sections[0]!.items.map((item) => [item.title, item.children?.map((child) => child.title)]),
    ).toEqual([
      ["quoted", undefined],
      ["after garbage", undefined],
      ["garbled branch", ["garbled child"]],
    ]);
    expect(result.lines[5]).toMatchObject({ kind: "ignored", note: "prose" });
    expect(result.lines[6]).toMatchObject({ kind: "ignored", note: "checkbox without a title" });
  });

  it("strips emphasis, code and links from titles and leading emoji from sections", () => {
    const result = parsePlanMarkdown(
      md(
        "# ðŸš€ Cutover",
        "## ✅ **Checks**:",
        "- [ ] **Docker images** built",
        "- [ ] Run `migrate_db` on _staging_ per [runbook](https://x.test)",
        "- [ ] keep snake_case and 2*3*4",
      ),
    );
    expect(result.title).toBe("Cutover");
    expect(result.plan.sections[0]!.title).toBe("Checks");
    expect(result.plan.sections[0]!.items.map((item) => item.title)).toEqual([
      "Docker images built",
      "Run migrate_db on staging per runbook",
      "keep snake_case and 2*3*4",
    ]);
  });

  it("puts items above any heading into a Checklist section and drops sections without items", () => {
    const result = parsePlanMarkdown(md("- [ ] first", "## Empty", "Just words.", "## Full", "- [ ] second"));
    expect(result.title).toBeNull();
    expect(result.plan.sections.map((section) => section.title)).toEqual(["Checklist", "Full"]);
    expect(result.lines[1]).toEqual({ line: 2, text: "## Empty", kind: "section", note: 'section "Empty" (no items)' });
  });

  it("ignores plain bullets beside checkboxes, but keeps those under an item as its details", () => {
    const result = parsePlanMarkdown(
      md(
        "## S",
        "- [ ] backup",
        "  - use pg_dump",
        "  Verify the restore too.",
        "  - **How to verify**: restore on staging",
        "  - **Estimated time**: 20 min",
        "- plain",
      ),
    );
    expect(result.plan.sections[0]!.items).toEqual([
      {
        title: "backup",
        status: "todo",
        details: "- use pg_dump\nVerify the restore too.\nEstimated time: 20 min",
        howToVerify: "restore on staging",
      },
    ]);
    expect(result.lines.map((line) => line.kind)).toEqual([
      "section",
      "item",
      "meta",
      "meta",
      "meta",
      "meta",
      "ignored",
    ]);
    expect(result.lines[2]!.note).toBe('details of "backup"');
  });

  it("treats a bold-only line as a sub-section and an owner line as the owner of the items below", () => {
    const result = parsePlanMarkdown(
      md("## Infra", "**Database**", "Owner: DBA", "- [ ] snapshot", "**Network**", "- [ ] DNS TTL lowered"),
    );
    expect(result.plan.sections).toEqual([
      { title: "Database", items: [{ title: "snapshot", status: "todo", owner: "DBA" }] },
      { title: "Network", items: [{ title: "DNS TTL lowered", status: "todo", owner: "DBA" }] },
    ]);
  });

  it("makes a bold bullet an item unless a more indented list follows it", () => {
    expect(titles(md("## Plan", "- **Deploy the API**", "- **Phase 2:**", "   - migrate", "- plain"))).toEqual([
      ["Plan", ["Deploy the API", "plain"]],
      ["Phase 2", ["migrate"]],
    ]);
  });

  it("shortens over-long titles and hangs lists deeper than ten levels at the tenth, with warnings", () => {
    const deep = Array.from({ length: 14 }, (_, depth) => `${"  ".repeat(depth)}- [ ] level ${depth + 1}`);
    const result = parsePlanMarkdown(md("## S", `- [ ] ${"x".repeat(1500)}`, ...deep));
    const [long, top] = result.plan.sections[0]!.items;
    expect(long!.title).toHaveLength(1000);
    expect(long!.title.endsWith("x…")).toBe(true);
    let level = top!;
    const path = [level.title];
    while (level.children) {
      expect(level.children.length).toBeLessThanOrEqual(5);
      level = level.children[0]!;
      path.push(level.title);
    }
    expect(path).toHaveLength(10);
    expect(level.title).toBe("level 10");
    expect(result.warnings).toEqual([
      "Line 2: text longer than 1000 characters was shortened.",
      "4 items nested deeper than 10 levels (from line 13) were kept at level 10.",
    ]);
  });

  it("names same-titled sections after their parent heading so they stay apart", () => {
    expect(
      titles(md("## Before", "### Checks", "- [ ] a", "## After", "### Checks", "- [ ] b", "### Checks", "- [ ] c")),
    ).toEqual([
      ["Before › Checks", ["a"]],
      ["After › Checks", ["b"]],
      ["After › Checks (2)", ["c"]],
    ]);
  });
});

describe("parsePlanMarkdown: meta and summaries", () => {
  it("reads document facts, the time zone from the go-live line, and keeps the first of a repeated fact", () => {
    const result = parsePlanMarkdown(
      md(
        "**System**: Billing (UTC)",
        "**Go live**: 2026-03-01 02:00 (America/New_York)",
        "**Lead**: Ana · **Sponsor**: Ben",
        "**System**: Other",
        "- [ ] a",
      ),
    );
    expect(result.meta).toEqual({
      system: "Billing (UTC)",
      goLive: "2026-03-01 02:00",
      timezone: "America/New_York",
      lead: "Ana",
      sponsor: "Ben",
    });
    expect(result.warnings).toContain('Line 4: "System" is given twice; the first one counts.');
  });

  it("leaves an unknown zone alone and warns about a bad explicit one", () => {
    const result = parsePlanMarkdown(
      md("**Go-live**: Sat 02:00 (Mars/Olympus)", "**Timezone**: Berlin time", "- [ ] a"),
    );
    expect(result.meta).toEqual({ goLive: "Sat 02:00 (Mars/Olympus)" });
    expect(result.warnings).toContain('Line 2: "Berlin time" is not a time zone such as Europe/Berlin.');
  });

  it("ignores a whole completion-status block only when it is a form to fill in", () => {
    const result = parsePlanMarkdown(
      md(
        "## Progress",
        "- [x] Kick-off held",
        "## Completion Status",
        "- [ ] **Go-Live**: _**/**_ items completed",
        "**Status**: Ready",
        "## Next",
        "- [ ] b",
      ),
    );
    expect(result.plan.sections.map((section) => [section.title, section.items.map((item) => item.title)])).toEqual([
      ["Progress", ["Kick-off held"]],
      ["Next", ["b"]],
    ]);
    expect(result.lines.map((line) => line.kind)).toEqual([
      "section",
      "item",
      "section",
      "ignored",
      "ignored",
      "section",
      "item",
    ]);
  });

  it("ignores a fill-in progress line even outside a summary section", () => {
    const result = parsePlanMarkdown(md("## Work", "- [ ] real", "- [ ] **Work**: __/__ items completed"));
    expect(result.plan.sections[0]!.items.map((item) => item.title)).toEqual(["real"]);
    expect(result.lines[2]).toMatchObject({ kind: "ignored", note: "completion summary (computed by Launch Control)" });
  });
});

describe("parsePlanMarkdown: documents it cannot import", () => {
  it.each([
    ["empty", ""],
    ["whitespace only", "  \n\t\r\n"],
    ["only a byte-order mark", "\uFEFF\n"],
  ])("says an %s document is empty", (_, input) => {
    const error = importError(input);
    expect(error).toMatchObject({ reason: "empty", status: 422, message: "The document is empty." });
  });

  it("says binary input is not Markdown", () => {
    expect(importError("\x89PNG\r\n\x1a\n\u0000\u0000\u0000\rIHDR").message).toBe(
      "This looks like a binary file, not Markdown text.",
    );
    const mostlyControl = Array.from({ length: 400 }, (_, i) => String.fromCharCode(1 + (i % 7))).join("") + "- [ ] a";
    expect(importError(mostlyControl).reason).toBe("binary");
  });

  it("refuses a 5 MB document with a way forward", () => {
    const error = importError("- [ ] Take a backup\n".repeat(Math.ceil((5 * 1024 * 1024) / 20)));
    expect(error.message).toBe("The document is larger than 1 MB; split it or remove attachments.");
    expect(error.reason).toBe("too_large");
  });

  it("counts bytes, not characters, against the 1 MB limit", () => {
    expect(importError(`- [ ] ${"ü".repeat(600 * 1024)}`).reason).toBe("too_large");
  });

  it("names the limit a plan breaks", () => {
    const manySections = Array.from({ length: 201 }, (_, i) => `## S${i}\n- [ ] a`).join("\n");
    expect(importError(manySections)).toMatchObject({
      reason: "too_big_plan",
      message: "The document has 201 sections with items; a plan holds at most 200. Split it into several plans.",
    });
    expect(importError(`## Big\n${"- [ ] a\n".repeat(2001)}`).message).toBe(
      'Section "Big" has 2001 items; a section holds at most 2000. Split it with more headings.',
    );
  });

  it("explains how to write items when a document has only prose, and still shows its lines", () => {
    const error = importError(md("# Notes", "", "We should deploy on Friday.", "| a | b |"));
    expect(error.message).toBe(
      "No checklist items found: use task-list lines such as `- [ ] Take a backup` or headings with bullet lists.",
    );
    expect(error.details?.lines).toEqual([
      { line: 1, text: "# Notes", kind: "title", note: 'plan title "Notes"' },
      { line: 2, text: "", kind: "blank" },
      { line: 3, text: "We should deploy on Friday.", kind: "ignored", note: "prose" },
      { line: 4, text: "| a | b |", kind: "ignored", note: "table row" },
    ]);
  });

  it("reports every line, whatever the line endings, and not a phantom one after the last break", () => {
    const result = parsePlanMarkdown("\uFEFF## S\r\n- [ ] a\r- [x] b\n");
    expect(result.lines.map((line) => [line.line, line.text])).toEqual([
      [1, "## S"],
      [2, "- [ ] a"],
      [3, "- [x] b"],
    ]);
  });

  it("reads the rest of the document as code after an unclosed fence, yet keeps its checkboxes", () => {
    const result = parsePlanMarkdown(md("## S", "```", "- [ ] in code", "## not a heading"));
    expect(result.plan.sections).toEqual([{ title: "S", items: [{ title: "in code", status: "todo" }] }]);
    expect(result.lines[3]).toMatchObject({ kind: "ignored", note: "code" });
  });
});
