// "Dependencies: Task 6.2.3, Task 6.2.4", "Depends on: Stream 7 (Data migration) complete with sign-off",
// "Depends on: Schema migration": which other task of the plan a task waits for. A task is named by its
// label and number ("Task 6.2.3", "Stream 7", "Step 4") or by its title.

const NUMBERED = /\b([A-Za-z]{2,15})\s*#?\s*(\d+(?:\.\d+)*)\b/g;
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, " ")
    .trim();

/** Indices of the candidates (task titles) that the dependency text names, in the order it names them. */
export function findDependencies(text: string, titles: string[], self: number | null = null): number[] {
  const found: number[] = [];
  const add = (index: number) => {
    if (index >= 0 && index !== self && !found.includes(index)) found.push(index);
  };
  for (const [, label, number] of text.matchAll(NUMBERED)) {
    const id = new RegExp(String.raw`\b${label}\s*#?\s*${number!.replace(/\./g, "\\.")}(?![\d.]*\d)`, "i");
    add(titles.findIndex((title) => id.test(title)));
  }
  if (found.length > 0) return found;
  // No numbered names: each part of the text that is a task's whole title ("Schema migration").
  for (const part of text.split(/\s*(?:[,;]|\band\b|\+)\s*/i)) {
    const wanted = words(part.replace(/\b(?:complete[d]?|done|finished|signed off|with sign[\s-]?off)\b.*$/i, ""));
    if (wanted.length < 3) continue;
    add(titles.findIndex((title) => words(title) === wanted || words(title).endsWith(` ${wanted}`)));
  }
  return found;
}
