/**
 * The fields of `next` whose value differs from `current`, as { field: { from, to } } for the audit
 * log. Dates compare by instant; relations (owner) by the id field given in `next`.
 */
export function diffFields(
  current: Record<string, unknown>,
  next: Record<string, unknown>,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(next)) {
    if (to === undefined) continue;
    const from =
      current[field] ?? (field === "ownerId" ? ((current.owner as { id: string } | null)?.id ?? null) : null);
    if (normalise(from) !== normalise(to)) changes[field] = { from: plain(from), to: plain(to) };
  }
  return changes;
}

const plain = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null));
const normalise = (value: unknown) => JSON.stringify(plain(value));
