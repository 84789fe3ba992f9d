import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseChecklistMarkdown } from "@/lib/import/parse-checklist-markdown";

const sample = (name: string) => readFileSync(`lib/templates/builtin/${name}`, "utf8");

describe("parseChecklistMarkdown", () => {
  it("puts each checkbox under the nearest heading and keeps checked boxes done", () => {
    const plan = parseChecklistMarkdown("# Plan\n## Ready\n- [x] One\n- [ ] **Two** bold\n## Empty\ntext\n### Go\n* [X] Three");
    expect(plan.title).toBe("Plan");
    expect(plan.sections).toEqual([
      { title: "Ready", items: [{ title: "One", done: true }, { title: "Two bold", done: false }] },
      { title: "Go", items: [{ title: "Three", done: true }] },
    ]);
  });

  it("reads boxes behind tree-drawing characters inside code blocks", () => {
    const plan = parseChecklistMarkdown("## Step\n```\n├─ [ ] Snapshot\n│   └─ [x] Checksums\n```");
    expect(plan.sections[0]!.items.map((item) => item.title)).toEqual(["Snapshot", "Checksums"]);
    expect(plan.sections[0]!.items[1]!.done).toBe(true);
  });

  it("turns every checkbox line of the payments sample into one item", () => {
    const markdown = sample("payments-cutover-weekend.md");
    const boxes = markdown.split("\n").filter((line) => /\[( |x)\]/.test(line)).length;
    const plan = parseChecklistMarkdown(markdown);
    expect(plan.sections.flatMap((section) => section.items)).toHaveLength(boxes);
    expect(plan.sections.map((section) => section.title)).toContain("Readiness (T-24h)");
  });
});

describe("parseChecklistMarkdown on documents without items", () => {
  it("returns an empty plan, as before the rewrite, but still refuses binary input", () => {
    expect(parseChecklistMarkdown("")).toEqual({ title: null, sections: [] });
    expect(parseChecklistMarkdown("# Notes\nJust prose.")).toEqual({ title: null, sections: [] });
    expect(() => parseChecklistMarkdown("\u0000\u0001")).toThrow("binary");
  });
});
