import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { setProbeHostsInput } from "@/lib/probes/schemas";
import type { z } from "zod";

/** The hosts this launch's probes may call (lead). Probes to other hosts are refused when saved and never run. */
export async function setProbeHosts({
  actor,
  launchId,
  ...input
}: { actor: Actor; launchId: string } & z.input<typeof setProbeHostsInput>) {
  const hosts = [...new Set(setProbeHostsInput.parse(input).hosts)];
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "integrations.manage");
    await tx.launch.update({ where: { id: launchId }, data: { probeHosts: hosts } });
    const event = await recordEvent(tx, { launchId, type: "probe.hosts_set", actor, data: { hosts } });
    return { result: { hosts }, event };
  });
}
