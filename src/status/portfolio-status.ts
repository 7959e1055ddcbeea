import type { Model, Target } from "../core/model.js";
import { MeasurementEngine, type TargetMeasurement } from "../measure/engine.js";
import { type KindFilter, selectAgreements } from "../model/select-agreements.js";
import type { LoadResult } from "../repository/loader.js";
import { isoInstant } from "../text/local-time.js";
import { agreementZone } from "../time/agreement-zone.js";
import { totalLength } from "../time/interval-set.js";
import { localDayOf, type WindowSoFar, windowSoFar } from "../time/window-so-far.js";
import type { StatusResult, TargetStatus } from "./status-model.js";
import { targetStatus } from "./target-status.js";

export interface StatusRequest {
  load: LoadResult;
  model: Model;
  cwd: string;
  asOf: number;
  kind: KindFilter;
  sla?: string;
  customer?: string;
  dataOverrides?: ReadonlyMap<string, string>;
}

/**
 * Every selected target's assessment window that holds the as-of instant, measured from its
 * start to the as-of (SPEC §20); sources are read once for all. Targets forecast breached come
 * first, then those at risk, then met, then those without data; within each, the fastest burn first.
 */
export async function portfolioStatus(request: StatusRequest): Promise<StatusResult> {
  const { model, asOf } = request;
  const engine = new MeasurementEngine(model, {
    root: request.load.root,
    cwd: request.cwd,
    dataOverrides: request.dataOverrides ?? new Map(),
    asOf,
    now: asOf,
  });
  // Days around the as-of in UTC: an agreement's own zone decides below whether it is in force.
  const day = localDayOf(asOf, "UTC");
  const around = { label: "as-of", kind: "range" as const, startDay: day - 1, endDay: day + 2 };
  const planned: { run: () => TargetStatus }[] = [];
  for (const agreement of selectAgreements(model, around, request)) {
    const zone = agreementZone(model, agreement);
    for (const target of agreement.targets) {
      const window: WindowSoFar | null = windowSoFar(agreement, target, asOf, zone);
      if (!window) continue;
      engine.plan(agreement, target, [window.soFar]);
      planned.push({
        run: () => {
          const m = engine.measure(agreement, target, window.soFar);
          const whole = totalLength(engine.open(target.calendar, window.whole));
          return targetStatus(agreement, target, window, m, whole - excludedSoFar(m, engine, target, window));
        },
      });
    }
  }
  await engine.load();
  const targets = planned.map((p) => p.run()).sort(byUrgency);
  return { asOf: isoInstant(asOf), targets };
}

/**
 * Service time the measurement left out so far for another reason than missing data: planned
 * outages under `exclusions: [planned]`. It leaves the whole window's service time too, so the
 * budget shrinks as it would in the month's report; planned work later in the window is not in
 * an outage log yet and cannot be taken off before it happens.
 */
function excludedSoFar(
  m: TargetMeasurement,
  engine: MeasurementEngine,
  target: Target,
  window: WindowSoFar,
): number {
  if (m.unit !== "time" || m.serviceTimeMs === null) return 0;
  const open = totalLength(engine.open(target.calendar, window.soFar));
  return Math.max(0, open - m.serviceTimeMs - (m.unknownMs ?? 0));
}

const RANK = { breached: 0, atRisk: 1, met: 2, "no-data": 3 } as const;

function rankOf(t: TargetStatus): number {
  return t.atRisk ? RANK.atRisk : RANK[t.forecast.status];
}

function byUrgency(a: TargetStatus, b: TargetStatus): number {
  const rank = rankOf(a) - rankOf(b);
  if (rank !== 0) return rank;
  // A burn rate of null is an exhausted 100% budget: the fastest burn of all.
  const burn = (t: TargetStatus) => (t.burnRate === null ? Number.POSITIVE_INFINITY : t.burnRate);
  if (burn(a) !== burn(b)) return burn(b) - burn(a);
  const key = (t: TargetStatus) => `${t.kind}/${t.agreement}/${t.target}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}
