import type { Actor } from "@/lib/auth/actor";
import { createLaunch } from "@/lib/launches/create-launch";
import { parsePlanMarkdown } from "@/lib/import/parse-plan-markdown";
import { parsePlanCsv } from "@/lib/import/plan-csv";
import { assertImportableText, ImportError } from "@/lib/import/import-error";
import type { ImportCsvInput, ImportJsonInput, ImportMarkdownInput } from "@/lib/launches/import-schemas";
import { AppError } from "@/lib/errors";

/** Creates a launch from a Markdown plan; fields the caller gives win over what the document says. */
export async function importLaunchFromMarkdown({
  actor,
  markdown,
  ...overrides
}: { actor: Actor } & ImportMarkdownInput) {
  const parsed = parsePlanMarkdown(markdown);
  const name = overrides.name ?? parsed.title;
  if (!name)
    throw new AppError("invalid", "The document has no `# Title` line: give the launch a name.", {
      fields: { name: ["Required."] },
    });
  return createLaunch({
    actor,
    name,
    system: overrides.system ?? parsed.meta.system ?? "",
    description: parsed.meta.description ?? "",
    timezone: overrides.timezone ?? parsed.meta.timezone ?? "UTC",
    goLiveAt: overrides.goLiveAt ?? parsed.goLiveAt ?? null,
    isRehearsal: overrides.isRehearsal ?? false,
    plan: parsed.plan,
    source: "markdown",
  });
}

/** Creates a launch from a CSV plan; any bad row refuses the whole import, naming each row. */
export async function importLaunchFromCsv({ actor, csv, ...fields }: { actor: Actor } & ImportCsvInput) {
  assertImportableText(csv);
  const { plan, errors } = parsePlanCsv(csv);
  if (errors.length > 0) {
    const first = errors
      .slice(0, 5)
      .map((error) => `row ${error.row}: ${error.message}`)
      .join("; ");
    throw new ImportError(
      "bad_header",
      `The CSV has ${errors.length} problem${errors.length === 1 ? "" : "s"}: ${first}.`,
      { rows: errors },
    );
  }
  if (plan.sections.length === 0) throw new ImportError("no_items", "The CSV has no item rows.");
  return createLaunch({
    actor,
    name: fields.name,
    system: fields.system ?? "",
    timezone: fields.timezone ?? "UTC",
    goLiveAt: fields.goLiveAt ?? null,
    isRehearsal: fields.isRehearsal ?? false,
    plan,
    source: "csv",
  });
}

/** Creates a launch from its JSON export: the same fields and plan, facts included. */
export async function importLaunchFromJson({
  actor,
  format: _format,
  ...document
}: { actor: Actor } & ImportJsonInput) {
  return createLaunch({ actor, ...document, isRehearsal: false, source: "json" });
}
