import { repairMojibake } from "@/lib/import/repair-mojibake";

// The importer reads Markdown line by line on purpose: a Markdown parser (marked, remark) would give a
// tree in which a checkbox behind tree-drawing characters or inside a code block is not a checkbox, and
// in which lines lose their identity; the preview has to say what became of every single line.

type Base = { line: number; raw: string; repaired: boolean };

export type LineToken = Base &
  (
    | { kind: "blank" }
    | { kind: "fence" }
    | { kind: "heading"; level: number; text: string }
    /** A `[ ]`/`[x]` box, wherever it stands; `column` is where its list marker or tree branch starts. */
    | { kind: "checkbox"; column: number; checked: boolean; text: string; inCode: boolean }
    | { kind: "bullet"; column: number; text: string }
    | { kind: "code"; text: string }
    /** A table row's cells, pipes and escapes (`\|`) undone; `delimiter` for the `|---|---|` row. */
    | { kind: "table"; cells: string[]; delimiter: boolean }
    | { kind: "rule" }
    | { kind: "text"; column: number; text: string }
  );

type TokenBody = LineToken extends infer T ? (T extends Base ? Omit<T, keyof Base> : never) : never;

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^\s*(`{3,}|~{3,})(.*)$/;
const RULE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const BULLET = /^(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
// Tested on trimmed lines: leading and trailing whitespace runs next to `\s*` would backtrack badly.
const TABLE_DELIMITER = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?$/;
const BOX = /\[([ xX])\](?=\s|$)/g;
// A setext heading's underline: `Title` over `=====` (level 1) or `-----` (level 2), at least three long.
const SETEXT_UNDERLINE = /^ {0,3}(={3,}|-{3,})[ \t]*$/;

/** Splits text into lines the way an editor numbers them: a final line break does not start a line. */
export function splitLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines.at(-1) === "") lines.pop();
  return lines;
}

/**
 * Visual column where the content starts once indentation is skipped: spaces, tabs (to the next multiple
 * of four), and the vertical strokes that continue a tree or a quote (`│   `, `|   `, `> `).
 */
export function indentColumn(prefix: string): { column: number; rest: string } {
  let column = 0;
  let index = 0;
  while (index < prefix.length) {
    const char = prefix[index]!;
    const next = prefix[index + 1];
    if (char === " ") column += 1;
    else if (char === "\t") column += 4 - (column % 4);
    else if ("│┃┆┊╎|>".includes(char) && (next === undefined || next === " " || next === "\t")) column += 1;
    else break;
    index += 1;
  }
  return { column, rest: prefix.slice(index) };
}

/** The first `[ ]`/`[x]` box on the line that is not inside a code span, with what precedes and follows it. */
function findBox(line: string): { before: string; checked: boolean; text: string } | null {
  let backticks = 0;
  let counted = 0;
  for (const match of line.matchAll(BOX)) {
    for (; counted < match.index; counted++) if (line[counted] === "`") backticks += 1;
    if (backticks % 2 === 1) continue;
    return {
      before: line.slice(0, match.index),
      checked: match[1] !== " ",
      text: line.slice(match.index + match[0].length).trim(),
    };
  }
  return null;
}

function tableCells(row: string): string[] {
  const inner = row
    .trim()
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "");
  return inner.split(/(?<!\\)\|/).map((cell) => cell.replaceAll("\\|", "|").trim());
}

/** A line that can be a setext heading's text: plain text, not a list item, table row, box or indented code. */
function isParagraphLine(text: string): boolean {
  const { column, rest } = indentColumn(text);
  return column < 4 && !BULLET.test(rest) && !rest.startsWith("|") && !findBox(text) && !RULE.test(text);
}

export function lexMarkdownLines(markdown: string): LineToken[] {
  const tokens: LineToken[] = [];
  let fence: { char: string; length: number } | null = null;
  let inTable = false;
  let underline = -1;
  const lines = splitLines(markdown);
  for (const [index, raw] of lines.entries()) {
    const text = repairMojibake(raw);
    const push = (token: TokenBody) =>
      tokens.push({ line: index + 1, raw, repaired: text !== raw, ...token } as LineToken);

    const fenceMatch = FENCE.exec(text);
    if (fence) {
      const closes =
        fenceMatch?.[1]?.[0] === fence.char && fenceMatch[1].length >= fence.length && !fenceMatch[2]?.trim();
      if (closes) {
        fence = null;
        push({ kind: "fence" });
        continue;
      }
    } else if (fenceMatch && !(fenceMatch[1]![0] === "`" && fenceMatch[2]!.includes("`"))) {
      fence = { char: fenceMatch[1]![0]!, length: fenceMatch[1]!.length };
      push({ kind: "fence" });
      continue;
    }

    if (text.trim() === "") {
      inTable = false;
      push(fence ? { kind: "code", text } : { kind: "blank" });
      continue;
    }
    const heading = fence ? null : HEADING.exec(text);
    if (heading) {
      push({ kind: "heading", level: heading[1]!.length, text: heading[2] ?? "" });
      continue;
    }
    if (index === underline) {
      push({ kind: "rule" });
      continue;
    }
    const setext = fence || inTable ? null : SETEXT_UNDERLINE.exec(lines[index + 1] ?? "");
    if (setext && isParagraphLine(text)) {
      underline = index + 1;
      push({ kind: "heading", level: setext[1]![0] === "=" ? 1 : 2, text: text.trim() });
      continue;
    }
    // A checkbox is a checkbox whatever precedes it on the line: list markers, tree branches, quote marks,
    // characters garbled by a wrong encoding, or the indentation of a code block.
    const box = findBox(text);
    if (box) {
      push({
        kind: "checkbox",
        column: indentColumn(box.before).column,
        checked: box.checked,
        text: box.text,
        inCode: !!fence,
      });
      continue;
    }
    if (fence) {
      push({ kind: "code", text });
      continue;
    }
    if (RULE.test(text)) {
      push({ kind: "rule" });
      continue;
    }
    const startsTable = text.includes("|") && TABLE_DELIMITER.test((lines[index + 1] ?? "").trim());
    inTable = text.trimStart().startsWith("|") || startsTable || (inTable && text.includes("|"));
    if (inTable) {
      push({ kind: "table", cells: tableCells(text), delimiter: TABLE_DELIMITER.test(text.trim()) });
      continue;
    }
    const { column, rest } = indentColumn(text);
    const bullet = BULLET.exec(rest);
    push(bullet ? { kind: "bullet", column, text: bullet[1]!.trim() } : { kind: "text", column, text: rest.trim() });
  }
  return tokens;
}
