/** The IANA zone a value names, in parentheses (`Saturday 02:00 (Europe/Berlin)`) or alone, and the rest. */
export function splitTimeZone(value: string): { text: string; zone?: string } {
  const alone = canonicalZone(value.trim());
  if (alone) return { text: value.trim(), zone: alone };
  for (const match of value.matchAll(/\(([A-Za-z][\w+-]*(?:\/[\w+-]+)*)\)/g)) {
    const zone = canonicalZone(match[1]!);
    if (zone) return { text: value.replace(match[0], "").replace(/\s+/g, " ").trim(), zone };
  }
  return { text: value };
}

function canonicalZone(name: string): string | undefined {
  if (!/^[A-Za-z][\w+-]*(?:\/[\w+-]+)*$/.test(name)) return undefined;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}
