import { readdirSync, readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { parsePlanMarkdown } from "@/lib/import/parse-plan-markdown";

// A runbook passed through a wrong encoding (once or twice) imports as the clean one: every string of
// the plan — sections, steps, phases, items, metrics, messages, gates — comes out the same.

function garble(text: string, encoding: string): string {
  return Array.from(Buffer.from(text, "utf8"), (byte) => {
    const char = iconv.decode(Buffer.from([byte]), encoding);
    return char !== "\uFFFD" ? char : encoding === "macintosh" && byte === 0xf0 ? "\uF8FF" : String.fromCharCode(byte);
  }).join("");
}

const fixtures = readdirSync("lib/import/fixtures").filter((name) => name.endsWith(".md"));

describe("garbled runbooks import like clean ones", () => {
  it.each(fixtures.flatMap((name) => ["win1252", "win1254", "macintosh"].map((encoding) => [name, encoding])))(
    "%s read as %s",
    (name, encoding) => {
      const clean = readFileSync(`lib/import/fixtures/${name}`, "utf8");
      const expected = parsePlanMarkdown(clean).plan;
      expect(parsePlanMarkdown(garble(clean, encoding)).plan).toEqual(expected);
      expect(parsePlanMarkdown(garble(garble(clean, encoding), encoding)).plan).toEqual(expected);
    },
  );
});
