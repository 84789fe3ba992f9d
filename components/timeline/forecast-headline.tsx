import type { TimelineForecast } from "@/lib/timeline/timeline-forecast";
import { varianceWording, type VarianceTone } from "@/lib/timeline/time-words";
import { formatTime, formatTimeWithZone } from "@/lib/time/zoned";
import { calibratedForecastText } from "@/lib/timeline/calibration-words";

const tones: Record<VarianceTone, { box: string; text: string; wall: string }> = {
  late: {
    box: "bg-red-50 ring-red-200 dark:bg-red-950/50 dark:ring-red-900",
    text: "text-red-700 dark:text-red-300",
    wall: "bg-red-500/15 text-red-300 ring-red-500/40",
  },
  early: {
    box: "bg-emerald-50 ring-emerald-200 dark:bg-emerald-950/50 dark:ring-emerald-900",
    text: "text-emerald-700 dark:text-emerald-300",
    wall: "bg-emerald-500/15 text-emerald-300 ring-emerald-500/40",
  },
  on_time: {
    box: "bg-emerald-50 ring-emerald-200 dark:bg-emerald-950/50 dark:ring-emerald-900",
    text: "text-emerald-700 dark:text-emerald-300",
    wall: "bg-emerald-500/15 text-emerald-300 ring-emerald-500/40",
  },
  unknown: {
    box: "bg-slate-50 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800",
    text: "text-slate-600 dark:text-slate-300",
    wall: "bg-slate-500/15 text-slate-300 ring-slate-500/40",
  },
};

/** "Running 12 min late · forecast go-live 02:12, planned 02:00": the one line everybody asks for. */
export function ForecastHeadline({
  forecast,
  timeZone,
  size = "md",
}: {
  forecast: TimelineForecast;
  timeZone: string;
  size?: "md" | "lg" | "wall";
}) {
  const { planned, forecast: expected, varianceMinutes } = forecast.goLive;
  const wording = varianceWording(varianceMinutes);
  const tone = tones[wording.tone];
  const headline = wording.text.charAt(0).toUpperCase() + wording.text.slice(1);
  const wall = size === "wall";
  const calibrated = calibratedForecastText(forecast, timeZone);
  return (
    <div
      data-testid="forecast-go-live"
      data-tone={wording.tone}
      data-variance={varianceMinutes ?? ""}
      className={`ring-1 ring-inset ${wall ? `rounded-3xl ${tone.wall} flex h-full flex-col justify-center px-5 py-4 sm:px-[1.4vw] sm:py-[1.2vw]` : `rounded-xl ${tone.box} ${size === "lg" ? "px-5 py-4" : "px-4 py-3"}`}`}
    >
      <p
        className={`font-semibold uppercase tracking-wider ${wall ? "text-[clamp(0.9rem,1.25vw,1.6rem)] text-slate-400" : "text-xs text-slate-500 dark:text-slate-400"}`}
      >
        Forecast go-live
      </p>
      <p
        className={`font-bold leading-tight ${wall ? "mt-1 text-[clamp(2rem,3vw,4.5rem)]" : `${tone.text} ${size === "lg" ? "mt-1 text-3xl" : "mt-0.5 text-xl"}`}`}
      >
        {headline}
      </p>
      {planned && (
        <p
          className={`tabular-nums ${wall ? "mt-2 text-[clamp(1rem,1.5vw,2rem)] text-slate-300" : "mt-1 text-sm text-slate-600 dark:text-slate-300"}`}
        >
          {expected ? (
            <>
              <span className="font-semibold">{formatTime(expected, timeZone)}</span> forecast ·{" "}
              {formatTimeWithZone(planned, timeZone)} planned
            </>
          ) : (
            <>{formatTimeWithZone(planned, timeZone)} planned</>
          )}
        </p>
      )}
      {calibrated && (
        <p
          data-testid="forecast-calibration"
          className={
            wall
              ? "mt-1 text-[clamp(0.9rem,1.2vw,1.6rem)] text-slate-300"
              : "mt-0.5 text-xs text-slate-600 dark:text-slate-300"
          }
        >
          {calibrated.charAt(0).toUpperCase() + calibrated.slice(1)}
        </p>
      )}
    </div>
  );
}
