import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { diffFields } from "@/lib/audit/diff-fields";
import { appUrl } from "@/lib/outbound/render-message";
import { saveStatusPageInput } from "@/lib/status-page/schemas";
import { newStatusToken } from "@/lib/status-page/status-token";
import { statusPageData, statusPageSettingsView } from "@/lib/status-page/status-page-view";
import { AppError, requireCurrentVersion } from "@/lib/errors";
import type { z } from "zod";

/** Turns the public status page on or off and chooses what it shows (lead). The first save creates its link. */
export async function saveStatusPage({
  actor,
  launchId,
  ...input
}: { actor: Actor; launchId: string } & z.input<typeof saveStatusPageInput>) {
  const { version, ...fields } = saveStatusPageInput.parse(input);
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "integrations.manage");
    const current = await tx.statusPage.findUnique({ where: { launchId } });
    const changes = current
      ? diffFields(statusPageData(current), fields)
      : { enabled: { from: false, to: fields.enabled ?? true } };
    if (current && Object.keys(changes).length === 0)
      return { result: statusPageSettingsView(current, appUrl()), event: null };
    const edited = Object.keys(changes).filter((field) => field !== "enabled");
    if (current && edited.length > 0 && version === undefined) {
      const message = `version is required when changing ${edited.join(", ")}: send the version you last read (a stale one is answered 409 with the current state).`;
      throw new AppError("invalid", message, { fields: { version: [message] } });
    }
    if (current) requireCurrentVersion(version, current, "the status page settings", statusPageData(current));
    const row = current
      ? await tx.statusPage.update({ where: { launchId }, data: { ...fields, version: { increment: 1 } } })
      : await tx.statusPage.create({ data: { launchId, token: newStatusToken(), ...fields } });
    const statusPage = statusPageData(row);
    const event = await recordEvent(tx, { launchId, type: "status_page.saved", actor, data: { statusPage, changes } });
    return { result: statusPageSettingsView(row, appUrl()), event };
  });
}
