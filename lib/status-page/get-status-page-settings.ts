import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { requireMembership } from "@/lib/launches/require-membership";
import { appUrl } from "@/lib/outbound/render-message";
import { statusPageSettingsView } from "@/lib/status-page/status-page-view";

/** The status page's settings and link (lead); null before it was first turned on. */
export async function getStatusPageSettings({ actor, launchId }: { actor: Actor; launchId: string }) {
  const db = getDb();
  await requireMembership(db, launchId, actor, "integrations.manage", { write: false });
  const row = await db.statusPage.findUnique({ where: { launchId } });
  return row ? statusPageSettingsView(row, appUrl()) : null;
}
