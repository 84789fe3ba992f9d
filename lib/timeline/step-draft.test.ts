import { describe, expect, it } from "vitest";
import { draftFromStep, draftToInput } from "@/lib/timeline/step-draft";
import { testStep } from "@/lib/timeline/test-steps";

const zone = "Europe/Berlin";

describe("step drafts", () => {
  it("round-trips a step placed relative to go-live with a member owner", () => {
    const step = testStep("s1", -30, 45, ["p1"], {
      title: "Smoke tests",
      phase: "Verify",
      owner: { id: "u1", name: "Dana" },
      ownerLabel: "",
    });
    const draft = draftFromStep(step, zone, "2026-11-28T01:00:00.000Z");
    expect(draft).toMatchObject({
      placement: "relative",
      offsetMinutes: "-30",
      ownerChoice: "member:u1",
      durationMinutes: "45",
    });
    const result = draftToInput(draft, zone);
    expect(result).toEqual({
      ok: true,
      input: expect.objectContaining({
        title: "Smoke tests",
        ownerId: "u1",
        ownerLabel: "",
        plannedStart: null,
        plannedOffsetMinutes: -30,
        plannedMinutes: 45,
        predecessorIds: ["p1"],
      }),
    });
  });

  it("reads a clock time in the launch's zone and keeps a free owner label", () => {
    const draft = {
      ...draftFromStep(null, zone, null),
      title: "Bridge opens",
      placement: "time" as const,
      startLocal: "2026-11-27T22:00",
      ownerChoice: "label",
      ownerLabel: "Release Manager",
    };
    const result = draftToInput(draft, zone);
    expect(result.ok && result.input).toMatchObject({
      plannedStart: "2026-11-27T21:00:00.000Z",
      plannedOffsetMinutes: null,
      ownerId: null,
      ownerLabel: "Release Manager",
    });
  });

  it("accepts a typed minus sign and marks a go-live step as a milestone", () => {
    const draft = { ...draftFromStep(null, zone, "x"), title: "Switch", offsetMinutes: "\u221215", isGoLive: true };
    const result = draftToInput(draft, zone);
    expect(result.ok && result.input).toMatchObject({ plannedOffsetMinutes: -15, isMilestone: true, isGoLive: true });
  });

  it("says what to fix", () => {
    const draft = {
      ...draftFromStep(null, zone, "x"),
      offsetMinutes: "soon",
      durationMinutes: "-5",
      ownerChoice: "label",
    };
    expect(draftToInput(draft, zone)).toEqual({
      ok: false,
      errors: {
        title: "The step needs a title.",
        duration: "Whole minutes, 0 or more.",
        offset: "Whole minutes from go-live, e.g. -30 for T-30 min.",
        ownerLabel: "Name who owns it, or choose nobody.",
      },
    });
  });
});
