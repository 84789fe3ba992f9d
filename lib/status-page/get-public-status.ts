import { getDb } from "@/lib/db";
import { publicMessages } from "@/lib/status-page/public-messages";
import { notFound } from "@/lib/errors";
import { stepView, stepViewSelect } from "@/lib/timeline/step-view";
import { buildTimelineForecast } from "@/lib/timeline/timeline-forecast";
import { statusToken, type PublicStatus } from "@/lib/status-page/schemas";

const NOT_FOUND = "Status page";

/**
 * The public view of a launch, for anyone holding the link: only what the lead chose to show, never
 * names, notes or metrics. An unknown, rotated or disabled link is one and the same 404.
 */
/** What the public view is built from, read the same way for a page load and for a live push. */
export const statusPageInclude = {
  launch: {
    select: {
      id: true,
      name: true,
      status: true,
      isRehearsal: true,
      goLiveAt: true,
      timezone: true,
      seq: true,
      updatedAt: true,
    },
  },
} as const;

export async function getPublicStatus(token: string): Promise<PublicStatus> {
  if (!statusToken.safeParse(token).success) throw notFound(NOT_FOUND);
  const db = getDb();
  const page = await db.statusPage.findUnique({
    where: { token },
    include: statusPageInclude,
  });
  if (!page || !page.enabled) throw notFound(NOT_FOUND);
  return buildPublicStatus(page);
}

type Page = {
  launchId: string;
  headline: string;
  showPhase: boolean;
  showForecast: boolean;
  showIncidents: boolean;
  showMessages: boolean;
  launch: {
    id: string;
    name: string;
    status: string;
    isRehearsal: boolean;
    goLiveAt: Date | null;
    timezone: string;
    seq: number;
    updatedAt: Date;
  };
};

export async function buildPublicStatus(page: Page): Promise<PublicStatus> {
  const db = getDb();
  const launchId = page.launchId;
  const needSteps = page.showPhase || page.showForecast;
  const [stepRows, incidents, messages] = await Promise.all([
    needSteps
      ? db.timelineStep.findMany({
          where: { launchId, deletedAt: null },
          orderBy: { position: "asc" },
          select: stepViewSelect,
        })
      : [],
    page.showIncidents
      ? db.incident.findMany({
          where: { launchId },
          orderBy: { openedAt: "desc" },
          take: 20,
          select: { id: true, title: true, severity: true, status: true, openedAt: true, resolvedAt: true },
        })
      : null,
    page.showMessages ? publicMessages(launchId) : null,
  ]);
  const steps = stepRows.map(stepView);
  const current =
    steps.find((step) => step.status === "in_progress") ?? steps.filter((step) => step.status === "done").at(-1);
  const goLiveAt = page.launch.goLiveAt?.toISOString() ?? null;
  const forecast = page.showForecast ? buildTimelineForecast(steps, goLiveAt, new Date()).goLive : null;
  return {
    name: page.launch.name,
    headline: page.headline,
    status: page.launch.status,
    isRehearsal: page.launch.isRehearsal,
    phase: page.showPhase ? current?.phase || null : null,
    goLive: forecast
      ? { planned: forecast.planned, forecast: forecast.forecast, varianceMinutes: forecast.varianceMinutes }
      : null,
    incidents:
      incidents?.map((i) => ({
        ...i,
        openedAt: i.openedAt.toISOString(),
        resolvedAt: i.resolvedAt?.toISOString() ?? null,
      })) ?? null,
    messages: messages?.map((m) => ({ id: m.id, text: m.text, sentAt: m.sentAt.toISOString() })) ?? null,
    timezone: page.launch.timezone,
    seq: page.launch.seq,
    updatedAt: new Date().toISOString(),
  };
}
