import type { TimelineForecast } from "@/lib/timeline/timeline-forecast";
import { localClock } from "@/lib/report/format";

/** "forecast 07:12 (06:58–07:31), calibrated by 2 rehearsals", or null without rehearsal data. */
export function calibratedForecastText(
  forecast: Pick<TimelineForecast, "goLive" | "calibration">,
  timeZone: string,
): string | null {
  const { calibration } = forecast;
  if (!calibration || !forecast.goLive.forecast) return null;
  const range =
    calibration.goLiveLow && calibration.goLiveHigh
      ? ` (${localClock(calibration.goLiveLow, timeZone)}–${localClock(calibration.goLiveHigh, timeZone)})`
      : "";
  return `forecast ${localClock(forecast.goLive.forecast, timeZone)}${range}, calibrated by ${calibration.rehearsals} rehearsal${calibration.rehearsals === 1 ? "" : "s"}`;
}
