import { describe, expect, it } from "vitest";
import { saveTrigger } from "@/lib/checkpoints/save-trigger";
import { rollbackAlarms } from "@/lib/checkpoints/evaluate";
import { getLaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { createLaunchWithTeam } from "@/test/factories";

describe("manual rollback triggers", () => {
  it("are kept with their condition, raise no automatic alarm, and need a description", async () => {
    const { launchId, team } = await createLaunchWithTeam();
    await saveTrigger({ actor: team.lead, launchId, kind: "manual", description: "Any data loss" });
    const snapshot = await getLaunchSnapshot({ actor: team.lead, launchId });
    expect(snapshot.triggers.map((trigger) => [trigger.kind, trigger.metricId, trigger.description])).toEqual([
      ["manual", null, "Any data loss"],
    ]);
    expect(rollbackAlarms(snapshot)).toEqual([]);
    await expect(saveTrigger({ actor: team.lead, launchId, kind: "manual" })).rejects.toThrow(
      /manual trigger needs a description/,
    );
  });
});
