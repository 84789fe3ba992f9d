import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { StepData } from "@/lib/audit/event-types";
import { parsePlanMarkdown } from "@/lib/import/parse-plan-markdown";
import type { PlanStep } from "@/lib/plans/plan";
import { buildTimelineForecast } from "@/lib/timeline/timeline-forecast";
import { runningTheDayDefaults } from "@/lib/timeline/test-steps";

// The property every screen relies on: a plan just imported, with nothing started, forecasts exactly
// what it planned. The forecast is the one the war room, timeline and wall compute (buildTimelineForecast).

const GO_LIVE = "2026-12-05T12:00:00.000Z";

function stepRows(steps: PlanStep[]): StepData[] {
  return steps.map((step, index) => ({
    id: `s${index}`,
    title: step.title,
    phase: step.phase ?? "",
    owner: null,
    ownerLabel: step.owner ?? "",
    plannedStart: null,
    plannedOffsetMinutes: step.startOffsetMinutes ?? null,
    plannedMinutes: step.durationMinutes ?? 0,
    status: "pending",
    actualStart: null,
    actualEnd: null,
    notes: "",
    isMilestone: step.milestone ?? false,
    isGoLive: step.goLive ?? false,
    ...runningTheDayDefaults,
    predecessorIds: (step.after ?? []).map((before) => `s${before}`),
    position: index,
    version: 1,
    updatedAt: GO_LIVE,
    updatedBy: null,
  }));
}

/** Steps that would show as late on an untouched launch, with how late they would be. */
function lateSteps(markdown: string) {
  const steps = parsePlanMarkdown(markdown).plan.steps ?? [];
  const beforeEverything = new Date(Date.parse(GO_LIVE) - 30 * 24 * 60 * 60_000);
  const forecast = buildTimelineForecast(stepRows(steps), GO_LIVE, beforeEverything);
  const late = steps.flatMap((step, index) => {
    const varied = forecast.steps[`s${index}`]!;
    return varied.startVarianceMinutes !== 0 || varied.endVarianceMinutes !== 0
      ? [`${step.title} +${varied.endVarianceMinutes} min`]
      : [];
  });
  return { steps, late, goLiveVariance: forecast.goLive.varianceMinutes };
}

const folders = [join(__dirname, "fixtures"), join(__dirname, "../../../../shared/samples")];
const documents = folders.flatMap((folder) => {
  try {
    return readdirSync(folder)
      .filter((name) => name.endsWith(".md"))
      .map((name) => ({ name, text: readFileSync(join(folder, name), "utf8") }));
  } catch {
    return [];
  }
});

describe("an untouched imported plan forecasts on time", () => {
  it("has documents to check", () => {
    expect(documents.length).toBeGreaterThanOrEqual(3);
  });

  it.each(documents.map((document) => [document.name, document.text]))("%s", (_name, text) => {
    const { late, goLiveVariance } = lateSteps(text);
    expect(late).toEqual([]);
    expect(goLiveVariance ?? 0).toBe(0);
  });

  it("holds for generated plans of timed phases, steps, checkpoints and overlaps", () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(options: T[]) => options[Math.floor(random() * options.length)]!;
    for (let plan = 0; plan < 200; plan++) {
      const twelveHour = random() < 0.5;
      const clock = (minutes: number) => {
        const m = ((minutes % 1440) + 1440) % 1440;
        const [h, mm] = [Math.floor(m / 60), String(m % 60).padStart(2, "0")];
        return twelveHour
          ? `${h % 12 === 0 ? 12 : h % 12}:${mm} ${h < 12 ? "AM" : "PM"}`
          : `${String(h).padStart(2, "0")}:${mm}`;
      };
      const lines = ["# Generated plan"];
      let at = Math.floor((random() * 1440) / 15) * 15;
      const phases = 1 + Math.floor(random() * 4);
      for (let phase = 0; phase < phases; phase++) {
        const phaseStart = at;
        const children: string[] = [];
        for (let step = 0, count = 1 + Math.floor(random() * 5); step < count; step++) {
          const minutes = pick([0, 10, 15, 30, 45, 90]);
          const single = random() < 0.3;
          const stated = !single && random() < 0.5 ? ` (${minutes} min)` : "";
          const title = pick(["Deploy", "Checkpoint", "Smoke tests", "Go / no-go", "Public launch", "Verify"]);
          const times = single ? clock(at) : `${clock(at)} - ${clock(at + minutes)}`;
          children.push(
            pick(["####", "**", "-"]) === "-" ? `- ${times}: ${title}${stated}` : `#### ${times}: ${title}${stated}`,
            "- [ ] Done",
          );
          if (random() < 0.2) children.push(`#### ${clock(at)} - ${clock(at + 5)}: Parallel check`);
          at += single ? pick([0, 15, 30]) : minutes;
        }
        lines.push(`### ${clock(phaseStart)} - ${clock(at)}: PHASE ${phase + 1}`, ...children);
      }
      const markdown = lines.join("\n");
      const { late } = lateSteps(markdown);
      expect(late, markdown).toEqual([]);
    }
  });
});
