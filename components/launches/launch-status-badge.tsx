import type { LaunchStatus } from "@/lib/generated/prisma/enums";
import { launchStatusLabels } from "@/lib/launches/launch-lifecycle";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const tones: Record<LaunchStatus, BadgeTone> = {
  planning: "neutral",
  ready: "info",
  in_progress: "accent",
  monitoring: "warning",
  completed: "success",
  rolled_back: "danger",
  aborted: "danger",
  on_hold: "caution",
  rolling_back: "danger",
};

export function LaunchStatusBadge({ status }: { status: LaunchStatus }) {
  return (
    <Badge tone={tones[status]} data-testid="launch-status" data-status={status}>
      {launchStatusLabels[status]}
    </Badge>
  );
}
