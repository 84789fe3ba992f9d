import { scaleUtc } from "d3-scale";
import { getTimezoneOffset } from "date-fns-tz";

export type AxisTick = { at: number; label: string; major: boolean };

const pad = (value: number) => String(value).padStart(2, "0");
const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/**
 * Round ticks ("22:00", "22:30", …) as the launch's zone tells time, not the viewer's: d3 picks nice
 * UTC ticks on the zone's wall clock (each instant shifted by the zone's offset), then each tick is
 * shifted back. A tick at midnight names its day ("Sat 00:00") and is major, as is every full hour.
 */
export function zonedTicks(start: number, end: number, timeZone: string, count: number): AxisTick[] {
  const offset = (at: number) => getTimezoneOffset(timeZone, new Date(at));
  const wall = scaleUtc().domain([start + offset(start), end + offset(end)]);
  return wall.ticks(Math.max(2, count)).flatMap((tick) => {
    const wallTime = tick.getTime();
    // The offset at the real instant: guess with the wall time, then correct once (across a DST change).
    const at = wallTime - offset(wallTime - offset(wallTime));
    if (at < start || at > end) return [];
    const hours = tick.getUTCHours();
    const minutes = tick.getUTCMinutes();
    const midnight = hours === 0 && minutes === 0;
    return [
      {
        at,
        label: `${midnight ? `${days[tick.getUTCDay()]} ` : ""}${pad(hours)}:${pad(minutes)}`,
        major: minutes === 0,
      },
    ];
  });
}
