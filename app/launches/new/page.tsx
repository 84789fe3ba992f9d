import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { AppHeader } from "@/components/layout/app-header";
import { NewLaunch } from "@/components/launches/new/new-launch";

export const metadata: Metadata = { title: "New launch" };

export default async function NewLaunchPage() {
  const actor = await requirePageActor("/launches/new");
  return (
    <>
      <AppHeader actor={actor} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="mb-2 text-2xl font-semibold">New launch</h1>
        <p className="mb-6 text-slate-600 dark:text-slate-400">
          Bring the go-live plan you already have — a Markdown runbook or a spreadsheet — or start from a template.
        </p>
        <NewLaunch />
      </main>
    </>
  );
}
