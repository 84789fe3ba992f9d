import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { createLaunch } from "@/lib/launches/create-launch";
import { planSchema, type Plan } from "@/lib/plans/plan";
import { builtinTemplates, isBuiltinTemplateId } from "@/lib/templates/builtin-templates";
import { notFound } from "@/lib/errors";

/** A new launch from a template; item due times land at the new go-live plus their offsets. */
export async function launchFromTemplate({
  actor,
  templateId,
  ...fields
}: {
  actor: Actor;
  templateId: string;
  name: string;
  goLiveAt: string | null;
  timezone: string;
  isRehearsal: boolean;
}) {
  const plan = await templatePlan(templateId);
  return createLaunch({ actor, ...fields, plan, source: `template:${templateId}` });
}

async function templatePlan(templateId: string): Promise<Plan> {
  if (isBuiltinTemplateId(templateId)) {
    const builtin = builtinTemplates().find((template) => template.id === templateId);
    if (!builtin) throw notFound("Template");
    return builtin.plan;
  }
  const template = await getDb().template.findUnique({ where: { id: templateId } });
  if (!template) throw notFound("Template");
  return planSchema.parse(template.plan);
}
