import { stripInlineMarkdown } from "@/lib/import/markdown-text";
import { lexMarkdownLines } from "@/lib/import/lex-markdown-lines";
const N = 200000;
const cases: Record<string, string> = {
  backticks: "`".repeat(N),
  brackets: "[".repeat(N),
  heading: "# " + " \t".repeat(N) + "x",
  tableDelim: "a | b\n" + " ".repeat(N) + "x",
  tableDelim2: "a | b\n|" + " -".repeat(N) + "x",
  boxesInCode: "`" + "[ ] ".repeat(N / 4),
  rule: "- ".repeat(N) + "x",
  stars: "*".repeat(N),
  unders: "_".repeat(N),
  tildes: "~".repeat(N),
  bolds: "**a".repeat(N / 3),
};
for (const [name, s] of Object.entries(cases)) {
  let t = Date.now(); stripInlineMarkdown(s); const a = Date.now() - t;
  t = Date.now(); lexMarkdownLines(s); console.log(name, a, Date.now() - t);
}
