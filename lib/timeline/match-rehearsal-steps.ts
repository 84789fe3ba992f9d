/**
 * Pairs each live step with the rehearsal's step it corresponds to: the same title (ignoring case and
 * spacing) first, else the step at the same place in the plan when that one is not claimed by its title.
 * Pure; returns live step id → rehearsal step.
 */
export function matchRehearsalSteps<L extends { id: string; title: string }, R extends { id: string; title: string }>(
  live: L[],
  rehearsal: R[],
): Map<string, R> {
  const key = (title: string) => title.trim().toLowerCase().replace(/\s+/g, " ");
  const byTitle = new Map<string, R[]>();
  for (const step of rehearsal) byTitle.set(key(step.title), [...(byTitle.get(key(step.title)) ?? []), step]);
  const used = new Set<string>();
  const matches = new Map<string, R>();
  for (const step of live) {
    const candidate = byTitle.get(key(step.title))?.find((r) => !used.has(r.id));
    if (candidate) {
      matches.set(step.id, candidate);
      used.add(candidate.id);
    }
  }
  const liveTitles = new Set(live.map((step) => key(step.title)));
  live.forEach((step, index) => {
    const candidate = rehearsal[index];
    if (matches.has(step.id) || !candidate || used.has(candidate.id) || liveTitles.has(key(candidate.title))) return;
    matches.set(step.id, candidate);
    used.add(candidate.id);
  });
  return matches;
}
