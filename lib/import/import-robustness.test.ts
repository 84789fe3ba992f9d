import { describe, expect, it } from "vitest";
import { ImportError } from "@/lib/import/import-error";
import { splitLines } from "@/lib/import/lex-markdown-lines";
import { parsePlanMarkdown } from "@/lib/import/parse-plan-markdown";
import { parsePlanCsv, planToCsv } from "@/lib/import/plan-csv";

// Documents stitched at random from the pieces real plans are made of, garbled ones included: whatever
// comes in, the importer accounts for every line, fails only with an ImportError, and its plan survives CSV.
const PIECES = [
  "# ",
  "## ",
  "- ",
  "* ",
  "1. ",
  "[ ] ",
  "[x] ",
  "**",
  "__",
  "`",
  "```",
  "|",
  " | ",
  "---",
  "├─ ",
  "│   ",
  "â”œâ”€ ",
  "ðŸš€",
  "Owner: ",
  "**System**: ",
  ":",
  "\t",
  "  ",
  "    ",
  "text ",
  "_",
  "~~",
  "[a](b)",
  ">",
  "\n",
  "\n",
  "\r\n",
  "Ã",
  "é",
  "_**/**_ completed",
  "**Estimated time**: 3h",
  "=SUM(A1)",
  '"q"',
  ",",
];

function randomDocument(seed: number): string {
  let state = seed;
  const next = (n: number) => {
    state = (state * 48271) % 2147483647;
    return state % n;
  };
  return Array.from({ length: 5 + next(200) }, () => PIECES[next(PIECES.length)]).join("");
}

describe("importing arbitrary text", () => {
  it("reports every line, throws only ImportError, and round-trips through CSV", () => {
    let imported = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const markdown = randomDocument(seed);
      try {
        const result = parsePlanMarkdown(markdown);
        expect(result.lines.map((line) => line.line)).toEqual(splitLines(markdown).map((_, index) => index + 1));
        const back = parsePlanCsv(planToCsv(result.plan));
        expect(back.errors).toEqual([]);
        // CSV carries the checklist (sections and items); the launch-level facts travel in the Markdown and JSON exports.
        expect(back.plan).toStrictEqual({ sections: result.plan.sections });
        imported += 1;
      } catch (error) {
        if (!(error instanceof ImportError)) throw new Error(`seed ${seed}: ${String(error)}`);
      }
    }
    expect(imported).toBeGreaterThan(200);
  });

  it("reads pathological lines in linear time", () => {
    const started = Date.now();
    for (const line of [
      "[".repeat(200_000),
      "`".repeat(200_000),
      "*a ".repeat(60_000),
      `a | b\n${" ".repeat(200_000)}x`,
    ]) {
      expect(() => parsePlanMarkdown(line)).toThrow(ImportError);
    }
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
