// How a client treats an incoming event given the last seq it has applied: events must be applied
// one after another; an old one is a duplicate (e.g. from catch-up overlapping the live stream) and a
// jump means something was missed.
export type SequenceDecision = "apply" | "duplicate" | "gap";

export function classifyEvent(appliedSeq: number, eventSeq: number): SequenceDecision {
  if (eventSeq <= appliedSeq) return "duplicate";
  return eventSeq === appliedSeq + 1 ? "apply" : "gap";
}
