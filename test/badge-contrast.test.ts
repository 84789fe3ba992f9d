import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// Reads the tone table out of components/ui/badge.tsx and Tailwind's own palette, so a tone edited
// to a pale pair fails here before axe finds it on some page.
const source = readFileSync(new URL("../components/ui/badge.tsx", import.meta.url), "utf8");
const theme = readFileSync(new URL("../node_modules/tailwindcss/theme.css", import.meta.url), "utf8");

const palette = new Map(
  [...theme.matchAll(/--color-([a-z]+-\d+): oklch\(([\d.]+)% ([\d.]+) ([\d.]+)\)/g)].map((m) => [
    m[1]!,
    [Number(m[2]) / 100, Number(m[3]), Number(m[4])] as const,
  ]),
);

/** OKLCH → relative luminance (WCAG), clipping to sRGB as a browser does. */
function luminance([l, c, h]: readonly [number, number, number]) {
  const a = c * Math.cos((h * Math.PI) / 180);
  const b = c * Math.sin((h * Math.PI) / 180);
  const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const linear = [
    4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
    -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
    -0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_,
  ].map((v) => Math.min(1, Math.max(0, v)));
  return 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!;
}

function contrast(text: string, background: string) {
  const [x, y] = [text, background].map((name) => {
    const colour = palette.get(name);
    if (!colour) throw new Error(`not in the Tailwind palette: ${name}`);
    return luminance(colour);
  });
  return (Math.max(x!, y!) + 0.05) / (Math.min(x!, y!) + 0.05);
}

const table = source.slice(source.indexOf("const tones"), source.indexOf("};", source.indexOf("const tones")));
const tones = [...table.matchAll(/^\s+(\w+): "([^"]+)"/gm)].map((m) => ({ tone: m[1]!, classes: m[2]!.split(" ") }));
const pick = (classes: string[], pattern: RegExp) => classes.map((c) => pattern.exec(c)?.[1]).find(Boolean)!;

describe("Badge tones", () => {
  it("lists every tone", () => {
    expect(tones.map((t) => t.tone)).toEqual(["neutral", "info", "accent", "warning", "caution", "success", "danger"]);
  });

  for (const { tone, classes } of tones) {
    it(`${tone} reads at 4.5:1 or better in light and dark`, () => {
      const light = contrast(pick(classes, /^text-([a-z]+-\d+)$/), pick(classes, /^bg-([a-z]+-\d+)$/));
      const dark = contrast(pick(classes, /^dark:text-([a-z]+-\d+)$/), pick(classes, /^dark:bg-([a-z]+-\d+)$/));
      expect(light).toBeGreaterThanOrEqual(4.5);
      expect(dark).toBeGreaterThanOrEqual(4.5);
    });
  }

  it("would catch a pale pair", () => {
    expect(contrast("slate-400", "slate-100")).toBeLessThan(4.5);
  });
});
