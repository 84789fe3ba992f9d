import { describe, expect, it } from "vitest";
import {
  describeTiming,
  occurrenceAt,
  occurrenceToSend,
  type LaunchClock,
  type MessageTiming,
} from "@/lib/comms/message-time";

const goLive = new Date("2026-12-05T12:00:00Z");
const clock: LaunchClock = {
  goLiveAt: goLive,
  steps: [
    {
      id: "deploy",
      actualStart: new Date("2026-12-05T11:00:00Z"),
      actualEnd: new Date("2026-12-05T11:40:00Z"),
      status: "done",
    },
    { id: "verify", actualStart: new Date("2026-12-05T11:45:00Z"), actualEnd: null, status: "in_progress" },
  ],
  checkpoints: [
    { number: 1, submittedAt: new Date("2026-12-05T12:31:00Z") },
    { number: 1, submittedAt: new Date("2026-12-05T12:50:00Z") },
  ],
};
const timing = (partial: Partial<MessageTiming>): MessageTiming => ({
  timeAnchor: "goLive",
  fixedAt: null,
  offsetMinutes: 0,
  anchorStepId: null,
  anchorCheckpoint: null,
  repeatEveryMinutes: null,
  repeatForMinutes: null,
  ...partial,
});
const at = (t: MessageTiming, index = 0) => occurrenceAt(t, clock, index)?.toISOString() ?? null;

describe("message times", () => {
  it("resolves go-live, step and checkpoint anchors with their offsets", () => {
    expect(at(timing({ offsetMinutes: -48 * 60 }))).toBe("2026-12-03T12:00:00.000Z");
    expect(at(timing({ offsetMinutes: 120 }))).toBe("2026-12-05T14:00:00.000Z");
    expect(at(timing({ timeAnchor: "stepComplete", anchorStepId: "deploy", offsetMinutes: 15 }))).toBe(
      "2026-12-05T11:55:00.000Z",
    );
    expect(at(timing({ timeAnchor: "stepStart", anchorStepId: "verify" }))).toBe("2026-12-05T11:45:00.000Z");
    // Not completed yet, or no such checkpoint yet: no time.
    expect(at(timing({ timeAnchor: "stepComplete", anchorStepId: "verify" }))).toBeNull();
    expect(at(timing({ timeAnchor: "checkpoint", anchorCheckpoint: 2 }))).toBeNull();
    // An amended checkpoint counts from its first submission.
    expect(at(timing({ timeAnchor: "checkpoint", anchorCheckpoint: 1 }))).toBe("2026-12-05T12:31:00.000Z");
    expect(occurrenceAt(timing({}), { ...clock, goLiveAt: null }, 0)).toBeNull();
  });

  it("places each occurrence of a recurring message and stops after its span", () => {
    const hourly = timing({ repeatEveryMinutes: 60, repeatForMinutes: 6 * 60 });
    expect(at(hourly, 0)).toBe("2026-12-05T12:00:00.000Z");
    expect(at(hourly, 6)).toBe("2026-12-05T18:00:00.000Z");
    expect(at(hourly, 7)).toBeNull();
  });

  it("sends the latest due occurrence, skipping stale ones, and nothing early", () => {
    const hourly = timing({ repeatEveryMinutes: 60, repeatForMinutes: 6 * 60 });
    expect(occurrenceToSend(hourly, clock, 0, new Date("2026-12-05T11:59:00Z"))).toBeNull();
    expect(occurrenceToSend(hourly, clock, 0, new Date("2026-12-05T14:10:00Z"))).toEqual({
      index: 2,
      dueAt: new Date("2026-12-05T14:00:00Z"),
    });
    expect(occurrenceToSend(hourly, clock, 3, new Date("2026-12-05T14:10:00Z"))).toBeNull();
    expect(occurrenceToSend(hourly, clock, 3, new Date("2026-12-06T00:00:00Z"))?.index).toBe(6);
  });

  it("reads as the lead wrote it", () => {
    expect(describeTiming(timing({ offsetMinutes: -2880 }))).toBe("T−48 h");
    expect(describeTiming(timing({ offsetMinutes: 120 }))).toBe("T+2 h");
    expect(describeTiming(timing({ timeAnchor: "stepComplete", offsetMinutes: 15 }), "Deploy")).toBe(
      "when “Deploy” completes + 15 min",
    );
    expect(describeTiming(timing({ repeatEveryMinutes: 60, repeatForMinutes: 360 }))).toBe(
      "every 1 h from go-live for 6 h",
    );
  });
});
