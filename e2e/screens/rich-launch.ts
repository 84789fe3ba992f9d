import type { APIRequestContext } from "@playwright/test";
import { launchApi } from "../support/api";
import { account } from "../support/accounts";

type Api = ReturnType<typeof launchApi>;

const must = (answer: { status: number; text: string; body: Record<string, unknown> }, what: string) => {
  if (answer.status < 200 || answer.status > 299) throw new Error(`${what} answered ${answer.status}: ${answer.text}`);
  return answer.body;
};

const phases = ["Preparation", "Database migration", "Cutover", "Verification", "Hypercare"];

/**
 * A launch on the day, as the screens meet it: a 30-step plan in five phases around a go-live 40
 * minutes from now (the first steps done, one running), a gate the sponsor decided, a success
 * criterion with a failing checkpoint, and an open critical incident (so the rollback alarm is up).
 * Made through the HTTP API by the lead and the sponsor, as a pipeline or a person would.
 */
export async function createRichLaunch(lead: Api, sponsor: Api, name: string) {
  const now = Date.now();
  const goLiveAt = new Date(now + 40 * 60_000);
  const steps = Array.from({ length: 30 }, (_, index) => ({
    title: `${phases[Math.floor(index / 6)]}: step ${index + 1} of the plan with a long enough title`,
    phase: phases[Math.floor(index / 6)],
    startOffsetMinutes: -90 + index * 10,
    durationMinutes: 10,
    after: index > 0 ? [index - 1] : [],
    goLive: index === 13,
    milestone: index === 13,
  }));
  const created = must(
    await lead.send("POST", "/api/launches", {
      name,
      system: "Payments API",
      timezone: "Europe/Berlin",
      goLiveAt: goLiveAt.toISOString(),
      windowStart: new Date(now - 100 * 60_000).toISOString(),
      windowEnd: new Date(now + 4 * 60 * 60_000).toISOString(),
      plan: {
        sections: [
          {
            title: "Readiness",
            items: [{ title: "Freeze deployments", required: true }, { title: "Snapshot the database" }],
          },
        ],
        steps,
        metrics: [{ key: "p95_ms", name: "p95 latency", unit: "ms", comparator: "lt", threshold: 500 }],
      },
    }),
    "create launch",
  );
  const launchId = created.id as string;
  must(
    await lead.send("POST", `/api/launches/${launchId}/members`, {
      email: account("sponsor").email,
      role: "sponsor",
      function: "",
    }),
    "add sponsor",
  );
  const timeline = must(await lead.get(`/api/launches/${launchId}/timeline`), "timeline") as {
    steps: { id: string }[];
  };
  const stepIds = timeline.steps.map((step) => step.id);
  for (const id of stepIds.slice(0, 8)) {
    must(await lead.send("POST", `/api/launches/${launchId}/steps/${id}/start`), "start step");
    must(await lead.send("POST", `/api/launches/${launchId}/steps/${id}/complete`), "complete step");
  }
  must(await lead.send("POST", `/api/launches/${launchId}/steps/${stepIds[8]}/start`), "start step");
  const gate = must(
    await lead.send("POST", `/api/launches/${launchId}/gates`, { title: "Go / no-go for cutover" }),
    "create gate",
  );
  const gateId = gate.id as string;
  must(await lead.send("POST", `/api/launches/${launchId}/gates/${gateId}/open`), "open gate");
  must(
    await sponsor.send("POST", `/api/launches/${launchId}/gates/${gateId}/decide`, {
      decision: "go",
      comment: "All green, go ahead.",
    }),
    "decide",
  );
  must(
    await lead.send("POST", `/api/launches/${launchId}/incidents`, {
      title: "Card authorisations failing for one issuer",
      severity: "critical",
    }),
    "incident",
  );
  return { launchId, stepIds, gateId };
}

export const apiFor = (request: APIRequestContext) => launchApi(request);
