import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { listLaunches } from "@/lib/launches/list-launches";
import { AppHeader } from "@/components/layout/app-header";
import { ProgressBar } from "@/components/ui/progress-bar";
import { formatDateTime } from "@/lib/format";

export const dynamic = "force-dynamic";

export default async function LaunchListPage() {
  const actor = await requirePageActor("/");
  const launches = await listLaunches({ actor });
  return (
    <>
      <AppHeader actor={actor} />
      <main className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="mb-6 text-2xl font-semibold">Your launches</h1>
        {launches.length === 0 && (
          <p className="text-slate-600 dark:text-slate-400">You are not a member of any launch yet; ask a deployment lead to add you.</p>
        )}
        <ul className="grid gap-4">
          {launches.map((launch) => (
            <li key={launch.id}>
              <Link
                href={`/launches/${launch.id}`}
                className="block rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition hover:border-indigo-400 dark:border-slate-800 dark:bg-slate-900"
              >
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 className="text-lg font-semibold">{launch.name}</h2>
                  <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium uppercase tracking-wide text-slate-600 dark:bg-slate-800 dark:text-slate-300">
                    {launch.role}
                  </span>
                </div>
                {launch.system && <p className="text-sm text-slate-600 dark:text-slate-400">{launch.system}</p>}
                {launch.goLiveAt && <p className="mt-1 text-sm">Go-live {formatDateTime(launch.goLiveAt)}</p>}
                <div className="mt-3">
                  <ProgressBar done={launch.itemsDone} total={launch.items} label="Checklist progress" />
                </div>
              </Link>
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
