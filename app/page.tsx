import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { listLaunches } from "@/lib/launches/list-launches";
import { AppHeader } from "@/components/layout/app-header";
import { LaunchCard } from "@/components/launches/launch-card";

export const dynamic = "force-dynamic";

export default async function LaunchListPage() {
  const actor = await requirePageActor("/");
  const launches = await listLaunches({ actor });
  const live = launches.filter((launch) => !launch.archivedAt && !launch.isRehearsal);
  const rehearsals = launches.filter((launch) => !launch.archivedAt && launch.isRehearsal);
  const archived = launches.filter((launch) => launch.archivedAt);
  return (
    <>
      <AppHeader actor={actor} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-semibold">Your launches</h1>
          <Link
            href="/launches/new"
            className="rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white hover:bg-indigo-500"
          >
            New launch
          </Link>
        </div>
        {launches.length === 0 && (
          <p className="text-slate-600 dark:text-slate-400">
            You are not on any launch yet. Create one, import your go-live plan, or ask a deployment lead to add you.
          </p>
        )}
        <LaunchGroup title={null} launches={live} testId="launches-live" />
        <LaunchGroup title="Rehearsals" launches={rehearsals} testId="launches-rehearsals" />
        <LaunchGroup title="Archived" launches={archived} testId="launches-archived" />
      </main>
    </>
  );
}

function LaunchGroup({
  title,
  launches,
  testId,
}: {
  title: string | null;
  launches: Awaited<ReturnType<typeof listLaunches>>;
  testId: string;
}) {
  if (launches.length === 0) return null;
  return (
    <section className="mb-8" data-testid={testId}>
      {title && <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">{title}</h2>}
      <ul className="grid gap-4">
        {launches.map((launch) => (
          <li key={launch.id}>
            <LaunchCard launch={launch} />
          </li>
        ))}
      </ul>
    </section>
  );
}
