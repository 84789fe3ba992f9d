import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { listChannels } from "@/lib/outbound/list-channels";
import { AppError } from "@/lib/errors";
import { getDb } from "@/lib/db";
import { AppHeader } from "@/components/layout/app-header";
import { SettingsCard } from "@/components/launches/settings/card";
import { ChannelForm } from "@/components/integrations/channel-form";
import { ChannelList } from "@/components/integrations/channel-list";
import { AutoRefresh } from "@/components/integrations/auto-refresh";
import { StatusPageSettings } from "@/components/integrations/status-page-settings";
import { getStatusPageSettings } from "@/lib/status-page/get-status-page-settings";
import { ProbeSettings } from "@/components/integrations/probe-settings";
import { listProbes } from "@/lib/probes/list-probes";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Integrations" };

export default async function IntegrationsPage({ params }: { params: Promise<{ launchId: string }> }) {
  const { launchId } = await params;
  const actor = await requirePageActor(`/launches/${launchId}/integrations`);
  const channels = await listChannels({ actor, launchId }).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "forbidden")) return null;
    throw error;
  });
  if (!channels) notFound();
  const statusPage = await getStatusPageSettings({ actor, launchId });
  const probes = await listProbes({ actor, launchId });
  const launch = await getDb().launch.findUniqueOrThrow({
    where: { id: launchId },
    select: {
      name: true,
      items: {
        where: { deletedAt: null },
        orderBy: [{ section: { position: "asc" } }, { position: "asc" }],
        select: { id: true, title: true },
      },
      steps: {
        where: { deletedAt: null, kind: "validation" },
        orderBy: { position: "asc" },
        select: { id: true, title: true },
      },
    },
  });
  return (
    <>
      <AppHeader actor={actor} />
      <main className="mx-auto max-w-5xl space-y-8 px-4 py-8">
        <div>
          <Link
            href={`/launches/${launchId}/settings`}
            className="text-sm text-indigo-600 hover:underline dark:text-indigo-400"
          >
            ← Back to settings
          </Link>
          <h1 className="mt-2 text-2xl font-semibold">{launch.name} · integrations</h1>
          <p className="mt-1 text-sm text-slate-500">
            Send this launch&apos;s events to webhooks, Slack, Teams and email. Deliveries are retried with backoff; the
            log below shows each one.
          </p>
        </div>
        <SettingsCard
          title="Public status page"
          description="A read-only page for stakeholders without an account, live while the launch runs."
          testId="status-page"
        >
          <StatusPageSettings launchId={launchId} settings={statusPage} />
        </SettingsCard>
        <SettingsCard
          title="Health probes"
          description="HTTP checks the server runs while the launch is in progress or monitoring; a pass ticks the item (or passes the validation step) with the response as evidence, a failure fails the validation step."
          testId="probes"
        >
          <ProbeSettings
            launchId={launchId}
            hosts={probes.hosts}
            probes={probes.probes}
            items={launch.items}
            steps={launch.steps}
          />
        </SettingsCard>
        <SettingsCard title="Add a channel" testId="add-channel">
          <ChannelForm launchId={launchId} />
        </SettingsCard>
        <SettingsCard title="Channels and delivery log" testId="channels">
          <AutoRefresh seconds={5} />
          <ChannelList launchId={launchId} channels={channels} />
        </SettingsCard>
      </main>
    </>
  );
}
