/**
 * How far the server's clock is ahead of ours, from one round trip: we asked at `sentAt`, the server
 * said `serverNow`, the answer came at `receivedAt`. Assumes the answer was made halfway through
 * (NTP's idea); the error is at most half the round trip.
 */
export function clockOffset(
  sentAt: number,
  serverNow: number,
  receivedAt: number,
): { offsetMs: number; roundTripMs: number } {
  const roundTripMs = receivedAt - sentAt;
  return { offsetMs: serverNow - (sentAt + roundTripMs / 2), roundTripMs };
}

/** Of several samples, the one with the shortest round trip is the most accurate. */
export function bestOffset(samples: { offsetMs: number; roundTripMs: number }[]): number {
  if (samples.length === 0) return 0;
  return samples.reduce((best, sample) => (sample.roundTripMs < best.roundTripMs ? sample : best)).offsetMs;
}
