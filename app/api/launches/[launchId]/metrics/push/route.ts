import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { pushMetrics } from "@/lib/checkpoints/push-metrics";
import { pushMetricsInput } from "@/lib/checkpoints/schemas";
import { AppError } from "@/lib/errors";
import { enforceLimit } from "@/lib/rate-limits/limiters";

// For monitoring systems: authenticated by the launch's metrics token, not a session.
//   curl -X POST "$URL/api/launches/$LAUNCH/metrics/push" -H "Authorization: Bearer $TOKEN" \
//     -H "content-type: application/json" -d '{"values":[{"metric":"p95_ms","value":250}]}'
export const POST = handleRoute<{ launchId: string }>(async (request, { launchId }) => {
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  if (!token) throw new AppError("unauthenticated", "Send the launch's metrics token: Authorization: Bearer <token>.");
  await enforceLimit("metricsPush", launchId, "metrics pushes for this launch");
  const input = pushMetricsInput.parse(await readJson(request));
  return json(await pushMetrics({ launchId, token, ...input }), 201);
});
