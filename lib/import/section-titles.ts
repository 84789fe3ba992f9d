// planSchema's limit on a section title: a parent-prefixed name longer than this is not used.
const MAX_SECTION_TITLE = 300;

/** Same-titled sections would merge in a CSV round trip and confuse people: name them by their parent. */
export function disambiguateTitles(sections: { title: string; parentTitle: string | null }[]): void {
  const count = new Map<string, number>();
  for (const section of sections) count.set(section.title, (count.get(section.title) ?? 0) + 1);
  for (const section of sections) {
    const named = `${section.parentTitle} › ${section.title}`;
    if (count.get(section.title)! > 1 && section.parentTitle && named.length <= MAX_SECTION_TITLE)
      section.title = named;
  }
  const used = new Set<string>();
  const nextNumber = new Map<string, number>();
  for (const section of sections) {
    const base = section.title;
    let number = nextNumber.get(base) ?? 2;
    while (used.has(section.title)) section.title = `${base} (${number++})`;
    nextNumber.set(base, number);
    used.add(section.title);
  }
}
