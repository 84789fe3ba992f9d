import { describe, expect, it } from "vitest";
import { diffFields } from "@/lib/audit/diff-fields";

describe("diffFields", () => {
  it("lists only the fields that change, dates by instant", () => {
    const current = { title: "A", dueAt: new Date("2026-11-28T01:00:00Z"), required: false, ownerId: null };
    expect(
      diffFields(current, {
        title: "A",
        dueAt: new Date("2026-11-28T01:00:00.000Z"),
        required: true,
        ownerId: undefined,
      }),
    ).toEqual({ required: { from: false, to: true } });
    expect(diffFields(current, { ownerId: "u1", dueAt: null })).toEqual({
      ownerId: { from: null, to: "u1" },
      dueAt: { from: "2026-11-28T01:00:00.000Z", to: null },
    });
  });
});
