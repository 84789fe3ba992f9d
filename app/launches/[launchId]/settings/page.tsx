import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { getLaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { listActivity } from "@/lib/audit/list-activity";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { AppHeader } from "@/components/layout/app-header";
import { LaunchDetailsForm } from "@/components/launches/settings/launch-details-form";
import { LaunchLifecycle } from "@/components/launches/settings/launch-lifecycle";
import { TeamManager } from "@/components/launches/settings/team-manager";
import { LaunchActions } from "@/components/launches/settings/launch-actions";
import { RehearsalLinks } from "@/components/launches/settings/rehearsal-links";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Launch settings" };

export default async function LaunchSettingsPage({ params }: { params: Promise<{ launchId: string }> }) {
  const { launchId } = await params;
  const actor = await requirePageActor(`/launches/${launchId}/settings`);
  const snapshot = await getLaunchSnapshot({ actor, launchId }).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "forbidden")) return null;
    throw error;
  });
  if (!snapshot) notFound();
  const history = await listActivity({ actor, launchId, type: "launch.status_changed", limit: 50 });
  const isLead = can(snapshot.myRole, "launch.edit");
  return (
    <>
      <AppHeader actor={actor} />
      <main id="main" className="mx-auto max-w-5xl space-y-8 px-4 py-8">
        <div>
          <Link href={`/launches/${launchId}`} className="text-sm text-indigo-600 hover:underline dark:text-indigo-400">
            ← Back to the checklist
          </Link>
          <h1 className="mt-2 text-2xl font-semibold">{snapshot.name} · settings</h1>
          {!isLead && (
            <p className="mt-1 text-sm text-slate-500">
              Only the launch&apos;s leads can change these; you can read them.
            </p>
          )}
          {can(snapshot.myRole, "integrations.manage") && (
            <Link
              href={`/launches/${launchId}/integrations`}
              className="mt-2 inline-block text-sm text-indigo-600 hover:underline dark:text-indigo-400"
            >
              Integrations: webhooks, Slack, Teams, email →
            </Link>
          )}
        </div>
        <LaunchLifecycle launch={snapshot} history={history.events} canEdit={isLead} />
        <LaunchDetailsForm launch={snapshot} canEdit={isLead} />
        <TeamManager
          launchId={launchId}
          members={snapshot.members}
          canEdit={can(snapshot.myRole, "team.manage")}
          myId={actor.id}
        />
        <RehearsalLinks launch={snapshot} canEdit={isLead} />
        <LaunchActions launch={snapshot} canEdit={isLead} />
      </main>
    </>
  );
}
