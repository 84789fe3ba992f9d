/**
 * Items in reading order: each parent followed by its children (depth first), siblings by position.
 * Items whose parent is missing (e.g. not loaded) are treated as top-level so nothing disappears.
 */
export function treeOrder<T extends { id: string; parentId: string | null; position: number }>(items: T[]): T[] {
  const ids = new Set(items.map((item) => item.id));
  const children = new Map<string | null, T[]>();
  for (const item of items) {
    const key = item.parentId && ids.has(item.parentId) ? item.parentId : null;
    children.set(key, [...(children.get(key) ?? []), item]);
  }
  const ordered: T[] = [];
  const visit = (parentId: string | null) => {
    for (const child of (children.get(parentId) ?? []).sort((a, b) => a.position - b.position)) {
      ordered.push(child);
      visit(child.id);
    }
  };
  visit(null);
  return ordered;
}
