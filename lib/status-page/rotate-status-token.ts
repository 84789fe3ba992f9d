import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { appUrl } from "@/lib/outbound/render-message";
import { newStatusToken } from "@/lib/status-page/status-token";
import { statusPageData, statusPageSettingsView } from "@/lib/status-page/status-page-view";
import { getRealtimeServer } from "@/lib/realtime/publish";
import { statusNamespace, statusRoom } from "@/lib/status-page/status-room";
import { notFound } from "@/lib/errors";

/** Gives the status page a new link; the old one stops working at once, open pages included (lead). */
export async function rotateStatusToken({ actor, launchId }: { actor: Actor; launchId: string }) {
  const result = await commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "integrations.manage");
    const current = await tx.statusPage.findUnique({ where: { launchId } });
    if (!current) throw notFound("Status page");
    const row = await tx.statusPage.update({ where: { launchId }, data: { token: newStatusToken() } });
    const event = await recordEvent(tx, {
      launchId,
      type: "status_page.saved",
      actor,
      data: { statusPage: statusPageData(row), changes: { token: { from: "…", to: "new link" } } },
    });
    return { result: { settings: statusPageSettingsView(row, appUrl()), oldToken: current.token }, event };
  });
  // Viewers holding the old link leave the live room: revoked means revoked.
  getRealtimeServer()?.of(statusNamespace).in(statusRoom(result.oldToken)).disconnectSockets(true);
  return result.settings;
}
