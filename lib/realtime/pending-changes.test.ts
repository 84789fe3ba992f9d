import { describe, expect, it } from "vitest";
import { shown, stillPending, type PendingChange } from "@/lib/realtime/pending-changes";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";

const named = (name: string) => (snapshot: LaunchSnapshot) => ({ ...snapshot, name });

describe("pending changes", () => {
  it("keeps an answered change until its event is confirmed, and a guess until it lapses", () => {
    const pending: PendingChange[] = [
      { change: named("answered"), untilSeq: 7, expiresAt: 0 },
      { change: named("guess"), untilSeq: null, expiresAt: 1000 },
    ];
    expect(stillPending(pending, 6, 500)).toHaveLength(2);
    expect(stillPending(pending, 7, 500).map((entry) => entry.untilSeq)).toEqual([null]);
    expect(stillPending(pending, 6, 1000).map((entry) => entry.untilSeq)).toEqual([7]);
  });

  it("shows the confirmed state with the pending changes on top, in order", () => {
    const confirmed = { name: "server" } as LaunchSnapshot;
    expect(shown(confirmed, []).name).toBe("server");
    expect(
      shown(confirmed, [
        { change: named("a"), untilSeq: 3, expiresAt: 0 },
        { change: named("b"), untilSeq: null, expiresAt: 9 },
      ]).name,
    ).toBe("b");
  });
});
