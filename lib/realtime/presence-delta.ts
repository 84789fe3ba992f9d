import type { LaunchPresenceDelta, PresentPerson } from "@/lib/realtime/envelope";

/** The list after a batch of arrivals and departures, still sorted by name; re-announcing someone is harmless. */
export function applyPresenceDelta(
  people: PresentPerson[],
  delta: Pick<LaunchPresenceDelta, "joined" | "left">,
): PresentPerson[] {
  const byId = new Map(people.map((person) => [person.id, person]));
  for (const id of delta.left) byId.delete(id);
  for (const person of delta.joined) byId.set(person.id, person);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}
