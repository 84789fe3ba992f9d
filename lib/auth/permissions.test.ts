import { describe, expect, it } from "vitest";
import { can, canUpdateItemProgress, permissions } from "@/lib/auth/permissions";

describe("permissions", () => {
  it("lets only leads edit the plan, the launch and the team", () => {
    for (const action of ["plan.edit", "launch.edit", "team.manage", "template.save"] as const) {
      expect(["lead", "sponsor", "member", "viewer"].filter((role) => can(role as never, action))).toEqual(["lead"]);
    }
  });

  it("lets everyone on the launch view it", () => {
    expect(permissions["launch.view"]).toEqual(["lead", "sponsor", "member", "viewer"]);
  });

  it("lets members update their own items, or any when the lead allows it", () => {
    const base = { actorId: "me", membersUpdateAnyItem: false };
    expect(canUpdateItemProgress({ ...base, role: "member", ownerId: "me" })).toBe(true);
    expect(canUpdateItemProgress({ ...base, role: "member", ownerId: "someone" })).toBe(false);
    expect(canUpdateItemProgress({ ...base, role: "member", ownerId: null })).toBe(false);
    expect(canUpdateItemProgress({ ...base, role: "member", ownerId: null, membersUpdateAnyItem: true })).toBe(true);
    expect(canUpdateItemProgress({ ...base, role: "lead", ownerId: "someone" })).toBe(true);
    expect(canUpdateItemProgress({ ...base, role: "viewer", ownerId: "me", membersUpdateAnyItem: true })).toBe(false);
    expect(canUpdateItemProgress({ ...base, role: "sponsor", ownerId: "me", membersUpdateAnyItem: true })).toBe(false);
  });
});

describe("ownership by function", () => {
  it("lets a member act on what their function owns, and says why not otherwise", async () => {
    const { functionOwns, canRunStep, canUpdateItemProgress, whyCannotAct } = await import("@/lib/auth/permissions");
    expect(functionOwns("DevOps + Backend Lead", "devops")).toBe(true);
    expect(functionOwns("@dba", "DBA")).toBe(true);
    expect(functionOwns("DevOps Engineer", "DevOps")).toBe(false);
    expect(functionOwns("", "DevOps")).toBe(false);
    const member = { role: "member" as const, actorId: "u1", ownerId: null, myFunction: "DBA" };
    expect(canRunStep({ ...member, ownerLabel: "DBA" })).toBe(true);
    expect(canRunStep({ ...member, ownerLabel: "QA" })).toBe(false);
    expect(canUpdateItemProgress({ ...member, membersUpdateAnyItem: false, ownerLabel: "DBA" })).toBe(true);
    expect(whyCannotAct({ ...member, ownerLabel: "QA" })).toBe("Owned by QA — ask the lead to assign it to you.");
    expect(whyCannotAct({ ...member, ownerLabel: "DBA" })).toBeNull();
  });
});
