import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { getLaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { parseFilters } from "@/lib/checklists/filter-items";
import { AppError } from "@/lib/errors";
import { pathWithQuery } from "@/lib/http/path-with-query";
import { AppHeader } from "@/components/layout/app-header";
import { LaunchWorkspace } from "@/components/checklists/launch-workspace";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Launch" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function LaunchPage({
  params,
  searchParams,
}: {
  params: Promise<{ launchId: string }>;
  searchParams: SearchParams;
}) {
  const { launchId } = await params;
  const query = await searchParams;
  const actor = await requirePageActor(pathWithQuery(`/launches/${launchId}`, query));
  const snapshot = await getLaunchSnapshot({ actor, launchId }).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "forbidden")) return null;
    throw error;
  });
  if (!snapshot) notFound();
  return (
    <>
      <AppHeader actor={actor} />
      <LaunchWorkspace
        initial={snapshot}
        actorId={actor.id}
        initialFilters={parseFilters(query.filter)}
        initialQuery={first(query.q)}
        initialTab={first(query.tab) === "activity" ? "activity" : "checklist"}
      />
    </>
  );
}
