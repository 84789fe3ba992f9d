"use client";
// TEMPORARY: visual check of GateSummaryCard; removed before hand-off.
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { useLaunchLive } from "@/lib/realtime/use-launch-live";
import { GateSummaryCard } from "@/components/gates/gate-summary-card";

export function Preview({ initial, actorId }: { initial: LaunchSnapshot; actorId: string }) {
  const { snapshot } = useLaunchLive(initial);
  return (
    <main className="mx-auto max-w-5xl space-y-6 p-4">
      <div className="max-w-sm" id="narrow"><GateSummaryCard snapshot={snapshot} actorId={actorId} /></div>
      <div className="grid gap-4 sm:grid-cols-3" id="grid"><GateSummaryCard snapshot={snapshot} actorId={actorId} /></div>
    </main>
  );
}
