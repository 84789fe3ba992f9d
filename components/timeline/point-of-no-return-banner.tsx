import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { pastPointOfNoReturn } from "@/lib/timeline/point-of-no-return";
import { formatTime } from "@/lib/time/zoned";

/** "Past the point of no return at 06:20": on every screen once a point-of-no-return step has started. */
export function PointOfNoReturnBanner({
  snapshot,
  className = "",
  large = false,
}: {
  snapshot: Pick<LaunchSnapshot, "steps" | "timezone">;
  className?: string;
  large?: boolean;
}) {
  const past = pastPointOfNoReturn(snapshot.steps);
  if (!past) return null;
  return (
    <div
      role="status"
      data-testid="point-of-no-return-banner"
      className={`rounded-lg border border-red-300 bg-red-50 px-4 py-2 font-semibold text-red-900 dark:border-red-800 dark:bg-red-950/70 dark:text-red-100 ${large ? "text-2xl" : "text-sm"} ${className}`}
    >
      Past the point of no return at {formatTime(past.at, snapshot.timezone)}{" "}
      <span className="font-normal">({past.step.title})</span>
    </div>
  );
}
