import { describe, expect, it } from "vitest";
import { listEvents } from "@/lib/audit/list-events";
import { updateItem } from "@/lib/checklists/update-item";
import { createLaunchWithTeam } from "@/test/factories";

describe("listEvents", () => {
  it("returns the events after a seq, in order, in the realtime envelope", async () => {
    const { launchId, team, items } = await createLaunchWithTeam();
    for (const item of items) await updateItem({ actor: team.member, launchId, itemId: item.id, status: "todo" });
    await updateItem({ actor: team.member, launchId, itemId: items[0]!.id, status: "done" });
    await updateItem({ actor: team.lead, launchId, itemId: items[2]!.id, status: "done" });

    const all = await listEvents({ actor: team.viewer, launchId, after: 0, limit: 500 });
    expect(all.events.map((event) => event.seq)).toEqual([1, 2, 3, 4]);
    expect(all).toMatchObject({ seq: 4, hasMore: false });

    const missed = await listEvents({ actor: team.viewer, launchId, after: 2, limit: 500 });
    expect(missed.events.map((event) => [event.seq, event.actor?.name])).toEqual([
      [3, "Member"],
      [4, "Lead"],
    ]);

    const page = await listEvents({ actor: team.viewer, launchId, after: 0, limit: 2 });
    expect(page.events.map((event) => event.seq)).toEqual([1, 2]);
    expect(page.hasMore).toBe(true);
  });

  it("refuses people who are not members", async () => {
    const { launchId, outsider } = await createLaunchWithTeam();
    await expect(listEvents({ actor: outsider, launchId, after: 0, limit: 10 })).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
