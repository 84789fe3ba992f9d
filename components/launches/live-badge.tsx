import type { LiveStatus } from "@/lib/realtime/use-launch-live";

const looks: Record<LiveStatus, { label: string; dot: string }> = {
  connecting: { label: "Connecting…", dot: "bg-amber-400" },
  live: { label: "Live", dot: "bg-emerald-500" },
  offline: { label: "Reconnecting…", dot: "bg-red-500 animate-pulse" },
  refused: { label: "Not following", dot: "bg-slate-400" },
  unavailable: { label: "Database unreachable, retrying…", dot: "bg-red-500 animate-pulse" },
};

export function LiveBadge({ status }: { status: LiveStatus }) {
  const look = looks[status];
  return (
    <span className="inline-flex items-center gap-1.5 text-sm" data-testid="live-status" data-status={status}>
      <span className={`h-2 w-2 rounded-full ${look.dot}`} aria-hidden />
      {look.label}
    </span>
  );
}
