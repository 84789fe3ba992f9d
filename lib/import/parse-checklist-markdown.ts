// A first, deliberately small reading of a Markdown plan: headings become sections and every line
// holding a checkbox becomes an item of the nearest heading above it, whatever precedes the box on the
// line (list markers, tree-drawing characters, code-block indentation).
export type ParsedPlan = {
  title: string | null;
  sections: { title: string; items: { title: string; done: boolean }[] }[];
};

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const CHECKBOX = /\[( |x|X)\]\s+(.+?)\s*$/;

export function cleanText(text: string): string {
  return text
    .replace(/\*\*|__|`/g, "")
    .replace(/^[^\p{L}\p{N}"'(]+/u, "")
    .trim();
}

export function parseChecklistMarkdown(markdown: string): ParsedPlan {
  const plan: ParsedPlan = { title: null, sections: [] };
  let current: ParsedPlan["sections"][number] | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    const heading = HEADING.exec(line);
    if (heading) {
      const [, hashes = "", text = ""] = heading;
      const title = cleanText(text);
      if (hashes.length === 1 && plan.title === null) plan.title = title;
      else current = { title, items: [] };
      if (current) plan.sections.push(current);
      continue;
    }
    const box = CHECKBOX.exec(line);
    if (!box) continue;
    if (!current) {
      current = { title: "Checklist", items: [] };
      plan.sections.push(current);
    }
    const [, mark, text = ""] = box;
    current.items.push({ title: cleanText(text), done: mark !== " " });
  }
  plan.sections = plan.sections.filter((section) => section.items.length > 0);
  return plan;
}
