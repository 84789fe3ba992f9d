import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { exportLaunchJson } from "@/lib/launches/export-launch-json";
import { renderLaunchMarkdown, type GateSummary } from "@/lib/launches/render-launch-markdown";

/**
 * The launch as a Markdown runbook that POST /api/launches/import reads back as the same launch. Built
 * from the JSON export (the same plan, times as minutes from go-live), plus what people read and the
 * importer finds again by itself: the team's functions and the gates.
 */
export async function exportLaunchMarkdown({ actor, launchId }: { actor: Actor; launchId: string }) {
  const { filename, document } = await exportLaunchJson({ actor, launchId });
  const launch = await getDb().launch.findUniqueOrThrow({
    where: { id: launchId },
    select: { memberships: { select: { function: true } } },
  });
  const functions = [...new Set(launch.memberships.map((membership) => membership.function.trim()))]
    .filter((name) => name !== "")
    .sort((a, b) => a.localeCompare(b));
  const { plan } = document;
  const gates = (plan.gates ?? []).map((gate): GateSummary => ({
    title: gate.title,
    step: gate.step === undefined ? null : (plan.steps?.[gate.step]?.title ?? null),
    sections: (gate.sections ?? []).flatMap((index) => plan.sections[index]?.title ?? []),
    signoffs: gate.signoffs.map((signoff) => (signoff.by === "role" ? `${signoff.value} (role)` : signoff.value)),
  }));
  return {
    filename: filename.replace(/\.json$/, ".md"),
    markdown: renderLaunchMarkdown({ ...document, functions, gates }),
  };
}
