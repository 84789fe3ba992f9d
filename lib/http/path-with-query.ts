/** A page's own path with its query string, so signing in returns to exactly the same view. */
export function pathWithQuery(path: string, query: Record<string, string | string[] | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const entry of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, entry);
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}
