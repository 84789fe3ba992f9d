import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importLaunchFromMarkdown } from "@/lib/launches/import-launch";
import { getLaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { buildTimelineForecast } from "@/lib/timeline/timeline-forecast";
import { createUser } from "@/test/factories";
import { addMember } from "@/lib/team/add-member";
import { updateItem } from "@/lib/checklists/update-item";
import { runStep } from "@/lib/timeline/run-step";
import { updateLaunch } from "@/lib/launches/update-launch";

const fixture = (name: string) => readFileSync(`lib/import/fixtures/${name}`, "utf8");

describe("importing a go-live runbook gives the launch its operational facts", () => {
  it("places window, checkpoints and messages from the go-live, and forecasts on time", async () => {
    const actor = await createUser("Importer");
    const goLiveAt = "2026-12-05T12:00:00.000Z"; // 7:00 AM in New York (EST)
    const { id } = await importLaunchFromMarkdown({ actor, markdown: fixture("go-live-day-12h.md"), goLiveAt });
    const launch = await getLaunchSnapshot({ actor, launchId: id });
    expect(launch.name).toBe("Mobile Banking Go-Live Runbook");
    expect([launch.windowStart, launch.windowEnd]).toEqual(["2026-12-05T10:00:00.000Z", "2026-12-05T12:00:00.000Z"]);
    expect([launch.checkpointEveryMinutes, launch.checkpointsFrom, launch.checkpointsUntil]).toEqual([
      30,
      "2026-12-05T12:30:00.000Z",
      "2026-12-05T18:00:00.000Z",
    ]);
    const due = launch.communications.map((message) => message.dueAt);
    expect(due.slice(0, 4)).toEqual([
      "2026-12-03T12:00:00.000Z",
      "2026-12-04T12:00:00.000Z",
      "2026-12-05T10:00:00.000Z",
      "2026-12-05T12:00:00.000Z",
    ]);
    // "48 Hours Before" is T−48 h; "Hourly Updates (First Day)" one recurring message: every hour for a day.
    expect(launch.communications[0]!.timing).toMatchObject({ timeAnchor: "goLive", offsetMinutes: -48 * 60 });
    const hourly = launch.communications.filter((message) => message.text.startsWith("Status update"));
    expect(hourly.map((message) => message.timing)).toEqual([
      expect.objectContaining({
        timeAnchor: "goLive",
        repeatEveryMinutes: 60,
        repeatForMinutes: 24 * 60,
        occurrences: 25,
      }),
    ]);
    expect(launch.steps.map((step) => step.title)).not.toContain("5:00 AM");
    expect(launch.steps.some((step) => step.title.includes("PHASE"))).toBe(false);

    expect(
      launch.gates.map((gate) => [
        gate.title,
        gate.stepId === launch.steps[2]!.id,
        gate.criteria.signoffs.map((s) => s.value),
      ]),
    ).toEqual([["Final Sign-Off", true, ["QA", "sponsor"]]]);
    expect(launch.triggers.map((trigger) => trigger.kind)).toEqual(["critical_incident", "metric"]);

    const forecast = buildTimelineForecast(launch.steps, launch.goLiveAt, new Date("2026-12-01T00:00:00Z"));
    expect(forecast.goLive.varianceMinutes).toBe(0);
    expect(Object.values(forecast.steps).filter((step) => step.late)).toEqual([]);
  });

  it("keeps the messages of a plan imported without a go-live, unplaced until the lead sets one", async () => {
    const actor = await createUser("Importer");
    const { id } = await importLaunchFromMarkdown({ actor, markdown: fixture("go-live-day-12h.md") });
    const before = await getLaunchSnapshot({ actor, launchId: id });
    expect(before.goLiveAt).toBeNull();
    expect(before.communications.length).toBeGreaterThanOrEqual(4);
    expect(before.communications.map((message) => message.dueAt)).toEqual(before.communications.map(() => null));
    const twoDaysBefore = before.communications.find((message) => message.timing?.offsetMinutes === -48 * 60);
    expect(twoDaysBefore?.timing?.timeAnchor).toBe("goLive");

    await updateLaunch({ actor, launchId: id, goLiveAt: "2026-12-05T12:00:00.000Z", version: before.version });
    const after = await getLaunchSnapshot({ actor, launchId: id });
    expect(after.communications.find((message) => message.id === twoDaysBefore!.id)?.dueAt).toBe(
      "2026-12-03T12:00:00.000Z",
    );
  });

  it("takes the go-live instant from a document that names a full date", async () => {
    const actor = await createUser("Importer");
    const markdown = [
      "# Dated launch",
      "**Go-live**: 2026-12-05 02:00 (Europe/Berlin)",
      "## Steps",
      "### 01:00 - 02:00 Deploy",
      "- [ ] Deployed",
      "### 02:00 Switch traffic",
      "- [ ] Switched",
    ].join("\n");
    const { id } = await importLaunchFromMarkdown({ actor, markdown });
    const launch = await getLaunchSnapshot({ actor, launchId: id });
    expect(launch.goLiveAt).toBe("2026-12-05T01:00:00.000Z");
  });

  it("lets a member act on the steps and items their function owns, and only those", async () => {
    const lead = await createUser("Lead");
    const devops = await createUser("Dee Vops");
    const { id } = await importLaunchFromMarkdown({
      actor: lead,
      markdown: fixture("go-live-day-12h.md"),
      goLiveAt: "2026-12-05T12:00:00.000Z",
    });
    await addMember({ actor: lead, launchId: id, email: devops.email, role: "member", function: "DevOps" });
    const launch = await getLaunchSnapshot({ actor: devops, launchId: id });
    const enable = launch.steps.find((step) => step.title === "ENABLE MAINTENANCE MODE")!;
    expect(enable.ownerLabel).toBe("DevOps");
    const items = launch.sections.flatMap((section) => section.items);
    const owned = items.find((item) => item.title === "Maintenance page live")!;
    const notOwned = items.find((item) => item.title === "Deploy backend")!;
    expect(owned.ownerLabel).toBe("DevOps");

    await updateItem({ actor: devops, launchId: id, itemId: owned.id, status: "done" });
    // Its predecessor (the sign-off) is still open: the guard rail asks for a recorded reason.
    await runStep({
      actor: devops,
      launchId: id,
      stepId: enable.id,
      action: "start",
      force: true,
      reason: "Sign-off given on the bridge call",
    });
    await expect(
      updateItem({ actor: devops, launchId: id, itemId: notOwned.id, status: "done" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const after = await getLaunchSnapshot({ actor: devops, launchId: id });
    expect(after.steps.find((step) => step.id === enable.id)!.status).toBe("in_progress");
    expect(after.sections.flatMap((section) => section.items).find((item) => item.id === owned.id)!.status).toBe(
      "done",
    );
  });
});
