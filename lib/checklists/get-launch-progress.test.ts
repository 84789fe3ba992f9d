import { describe, expect, it } from "vitest";
import { updateItem } from "@/lib/checklists/update-item";
import { getLaunchProgress } from "@/lib/checklists/get-launch-progress";
import { getLaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { summariseLaunch } from "@/lib/launches/summarise-launch";
import { launchProgress } from "@/lib/checklists/progress";
import { createGate } from "@/lib/gates/create-gate";
import { createLaunchWithTeam } from "@/test/factories";

describe("the war room's checklist progress", () => {
  it("counts what the checklist page counts, follows ticks and blocks, and is for members only", async () => {
    const { launchId, team, outsider, items } = await createLaunchWithTeam();
    const first = await getLaunchProgress({ actor: team.viewer, launchId });
    expect(first).toMatchObject({ total: 3, done: 1, complete: 1, blocked: 0 });
    expect(first.sections.map((section) => [section.title, section.total, section.done])).toEqual([
      ["Readiness", 2, 1],
      ["Go-live", 1, 0],
    ]);

    const traffic = items.find((item) => item.title === "Traffic switched")!;
    await updateItem({ actor: team.member, launchId, itemId: traffic.id, status: "blocked", statusReason: "DNS" });
    const after = await getLaunchProgress({ actor: team.viewer, launchId });
    expect(after).toMatchObject({
      blocked: 1,
      blockedItems: [{ id: traffic.id, title: "Traffic switched", reason: "DNS" }],
    });
    // The same figures as the full snapshot gives the checklist page.
    const snapshot = await getLaunchSnapshot({ actor: team.viewer, launchId });
    expect(after).toEqual(launchProgress(snapshot.sections));

    await expect(getLaunchProgress({ actor: outsider, launchId })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("summarises a launch for the war room without its items but with their progress", async () => {
    const { launchId, team } = await createLaunchWithTeam();
    const snapshot = await getLaunchSnapshot({ actor: team.lead, launchId });
    const summary = summariseLaunch(snapshot);
    expect(summary.snapshot.sections.map((section) => [section.title, section.items])).toEqual([
      ["Readiness", []],
      ["Go-live", []],
    ]);
    expect(summary.progress).toMatchObject({ total: 3, complete: 1 });
    expect(JSON.stringify(summary).length).toBeLessThan(JSON.stringify(snapshot).length);
  });

  it("keeps the items a gate's criteria name, so the war room's gate summary evaluates them", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    const readiness = items[0]!.sectionId;
    const traffic = items.find((item) => item.title === "Traffic switched")!;
    await createGate({
      actor: team.lead,
      launchId,
      title: "Go",
      criteria: { sectionIds: [readiness], itemIds: [traffic.id], signoffs: [] },
    });
    const summary = summariseLaunch(await getLaunchSnapshot({ actor: team.lead, launchId }));
    expect(summary.snapshot.sections.map((section) => section.items.map((item) => item.title))).toEqual([
      ["Backups verified", "Change approved"],
      ["Traffic switched"],
    ]);
  });
});
