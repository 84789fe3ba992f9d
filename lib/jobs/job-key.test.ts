import { describe, expect, it } from "vitest";
import { jobIdForKey } from "@/lib/jobs/job-key";

describe("jobIdForKey", () => {
  it("gives one UUID per job and key, different for another job or key", () => {
    const id = jobIdForKey("steps.auto-start", "step-1");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(jobIdForKey("steps.auto-start", "step-1")).toBe(id);
    expect(jobIdForKey("steps.auto-start", "step-2")).not.toBe(id);
    expect(jobIdForKey("comms.send", "step-1")).not.toBe(id);
  });
});
