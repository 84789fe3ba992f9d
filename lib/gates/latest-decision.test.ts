import { describe, expect, it } from "vitest";
import type { GateData, GateRoundData } from "@/lib/audit/event-types";
import { gateHeadline } from "@/lib/gates/latest-decision";

const round = (number: number, decision: GateRoundData["decision"], decidedAt: string | null): GateRoundData =>
  ({
    id: `r${number}`,
    number,
    openedAt: "2026-12-05T00:00:00Z",
    decision,
    decidedAt,
    decidedBy: decision ? { id: "u", name: "Sam Sponsor" } : null,
    comment: "",
    override: false,
    overrideReason: "",
    evaluation: null,
    signOffs: [],
  }) as GateRoundData;
const gate = (id: string, rounds: GateRoundData[]): GateData =>
  ({
    id,
    version: 1,
    title: `Gate ${id}`,
    description: "",
    stepId: null,
    criteria: { sectionIds: [], itemIds: [], signoffs: [] },
    position: 0,
    rounds,
  }) as GateData;

describe("gateHeadline", () => {
  it("says nothing when no gate has been opened", () => {
    expect(gateHeadline([gate("a", [])]).kind).toBe("none");
  });

  it("shows the most recent decision across gates", () => {
    const headline = gateHeadline([
      gate("a", [round(1, "go", "2026-12-05T01:00:00Z")]),
      gate("b", [round(1, "no_go", "2026-12-05T02:00:00Z")]),
    ]);
    expect(headline).toMatchObject({ kind: "decided", gate: { id: "b" }, round: { decision: "no_go" } });
  });

  it("puts a round awaiting the sponsor before any earlier decision", () => {
    const headline = gateHeadline([
      gate("a", [round(1, "go", "2026-12-05T01:00:00Z")]),
      gate("b", [round(1, "hold", "2026-12-05T00:30:00Z"), round(2, null, null)]),
    ]);
    expect(headline).toMatchObject({ kind: "awaiting", gate: { id: "b" }, round: { number: 2 } });
  });
});
