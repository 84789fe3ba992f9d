import { describe, expect, it } from "vitest";
import { chartScale } from "@/lib/report/chart-scale";

describe("a metric chart's y axis", () => {
  it("covers the values and both threshold lines on round ticks", () => {
    expect(chartScale([250, 640, 310], [500, 400])).toEqual({ domain: [200, 800], ticks: [200, 400, 600, 800] });
    expect(chartScale([0, 0.06, 0.02], [0.1, 0.05])).toEqual({ domain: [0, 0.15], ticks: [0, 0.05, 0.1, 0.15] });
  });

  it("starts at zero when zero is near, and keeps air around a lone value", () => {
    expect(chartScale([8, 12, 9], [20, 10]).ticks).toEqual([5, 10, 15, 20, 25]);
    expect(chartScale([99.95], [99.9]).domain[0]).toBeLessThan(99.9);
    expect(chartScale([5], [5]).ticks.length).toBeGreaterThan(1);
  });
});
