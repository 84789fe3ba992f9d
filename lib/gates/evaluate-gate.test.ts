import { describe, expect, it } from "vitest";
import { evaluateGate } from "@/lib/gates/evaluate-gate";

const members = [
  { userId: "lead", name: "Dana", role: "lead", function: "Release Manager" },
  { userId: "qa1", name: "Quinn", role: "member", function: "QA" },
  { userId: "qa2", name: "Quade", role: "member", function: "qa" },
  { userId: "tech", name: "Tess", role: "member", function: "Tech lead" },
  { userId: "sponsor", name: "Sam", role: "sponsor", function: "VP" },
];
const items = [
  { id: "i1", sectionId: "ready", title: "Backups", status: "done" },
  { id: "i2", sectionId: "ready", title: "Load test", status: "todo" },
  { id: "i3", sectionId: "other", title: "Docs", status: "todo" },
];
const criteria = {
  sectionIds: ["ready"],
  itemIds: [],
  signoffs: [
    { by: "function" as const, value: "QA", rule: "atLeast" as const, count: 1 },
    { by: "function" as const, value: "Tech lead", rule: "all" as const, count: 1 },
  ],
};

describe("evaluateGate", () => {
  it("lists open required items and missing sign-offs", () => {
    const result = evaluateGate(criteria, members, items, []);
    expect(result.met).toBe(false);
    expect(result.openItems).toEqual([{ id: "i2", title: "Load test" }]);
    expect(result.requirements.map((r) => [r.label, r.met, r.waitingFor])).toEqual([
      ["At least 1 QA (function)", false, ["Quinn", "Quade"]],
      ["All Tech lead (function)", false, ["Tess"]],
    ]);
    expect(result.signerIds.sort()).toEqual(["qa1", "qa2", "tech"]);
  });

  it("is met once items are done and the required people signed GO", () => {
    const doneItems = items.map((item) => ({ ...item, status: item.id === "i2" ? "not_applicable" : item.status }));
    const result = evaluateGate(criteria, members, doneItems, [
      { userId: "qa2", userName: "Quade", verdict: "go" },
      { userId: "tech", userName: "Tess", verdict: "go" },
    ]);
    expect(result.met).toBe(true);
  });

  it("stays unmet when a required signer says NO-GO", () => {
    const result = evaluateGate({ ...criteria, sectionIds: [] }, members, items, [
      { userId: "qa1", userName: "Quinn", verdict: "go" },
      { userId: "qa2", userName: "Quade", verdict: "no_go" },
      { userId: "tech", userName: "Tess", verdict: "go" },
    ]);
    expect(result.requirements[0]).toMatchObject({ met: false, signedNoGo: ["Quade"] });
    expect(result.met).toBe(false);
  });
});
