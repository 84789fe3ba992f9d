import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { exportLaunchJson } from "@/lib/launches/export-launch-json";
import { renderLaunchMarkdown, type GateSummary } from "@/lib/launches/render-launch-markdown";
import { gateCriteriaSchema } from "@/lib/gates/schemas";

/**
 * The launch as a Markdown runbook that POST /api/launches/import reads back as the same launch. Built
 * from the JSON export (the same plan, times as minutes from go-live), plus what people read and the
 * importer finds again by itself: the team's functions and the gates.
 */
export async function exportLaunchMarkdown({ actor, launchId }: { actor: Actor; launchId: string }) {
  const { filename, document } = await exportLaunchJson({ actor, launchId });
  const db = getDb();
  const launch = await db.launch.findUniqueOrThrow({
    where: { id: launchId },
    select: {
      description: true,
      memberships: { select: { function: true } },
      sections: { where: { deletedAt: null }, select: { id: true, title: true } },
      gates: {
        where: { deletedAt: null },
        orderBy: { position: "asc" },
        select: { title: true, criteria: true, step: { select: { title: true, deletedAt: true } } },
      },
    },
  });
  const functions = [...new Set(launch.memberships.map((membership) => membership.function.trim()))]
    .filter((name) => name !== "")
    .sort((a, b) => a.localeCompare(b));
  const sectionTitles = new Map(launch.sections.map((section) => [section.id, section.title]));
  const gates = launch.gates.map((gate): GateSummary => {
    const criteria = gateCriteriaSchema.safeParse(gate.criteria);
    const { sectionIds, signoffs } = criteria.success ? criteria.data : { sectionIds: [], signoffs: [] };
    return {
      title: gate.title,
      step: gate.step && !gate.step.deletedAt ? gate.step.title : null,
      sections: sectionIds.flatMap((id) => sectionTitles.get(id) ?? []),
      signoffs: signoffs.map((signoff) => (signoff.by === "role" ? `${signoff.value} (role)` : signoff.value)),
    };
  });
  return {
    filename: filename.replace(/\.json$/, ".md"),
    markdown: renderLaunchMarkdown({ ...document, description: launch.description, functions, gates }),
  };
}
