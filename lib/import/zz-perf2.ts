import { isDeepStrictEqual } from "node:util";
import { parsePlanMarkdown } from "@/lib/import/parse-plan-markdown";
import { ImportError } from "@/lib/import/import-error";
import { parsePlanCsv, planToCsv } from "@/lib/import/plan-csv";
import { splitLines } from "@/lib/import/lex-markdown-lines";
const frags = ["# ", "## ", "- ", "* ", "1. ", "[ ] ", "[x] ", "**", "__", "`", "```", "|", " | ", "---", "├─ ", "│   ", "â”œâ”€ ", "ðŸš€", "Owner: ", "**System**: ", ":", "\t", "  ", "    ", "text ", "_", "~~", "[a](b)", ">", "\n", "\n", "\n", "\r\n", "Ã", "é", "_**/**_ completed", "**Estimated time**: 3h"];
let seed = Number(process.argv[2] ?? 1); const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
let ok = 0, errs: Record<string, number> = {};
const t = Date.now();
for (let i = 0; i < 30000; i++) {
  const doc = Array.from({ length: 5 + rnd(300) }, () => frags[rnd(frags.length)]).join("");
  try {
    const r = parsePlanMarkdown(doc);
    if (r.lines.length !== splitLines(doc).length) throw new Error("line count mismatch " + JSON.stringify(doc));
    const back = parsePlanCsv(planToCsv(r.plan));
    if (back.errors.length || !isDeepStrictEqual(back.plan, r.plan)) { const a = JSON.stringify(r.plan, null, 1).split("\n"), b = JSON.stringify(back.plan, null, 1).split("\n"); a.forEach((l, i) => { if (l !== b[i]) console.log(i, JSON.stringify(l), JSON.stringify(b[i])); }); console.log(back.errors); break; }
    ok++;
  } catch (e) {
    if (e instanceof ImportError) { errs[e.reason] = (errs[e.reason] ?? 0) + 1; if (e.reason === "too_big_plan" && errs[e.reason] < 3) console.log(e.message, JSON.stringify(doc)); }
    else { console.log("CRASH", JSON.stringify(doc), e); break; }
  }
}
console.log(ok, errs, Date.now() - t, "ms");
