import type { Agreement, DataSourceType, Metric, Target } from "../core/model.js";
import type { LatencySpan } from "../sources/latency-demand.js";
import type { SourceData } from "../sources/records.js";
import type { RowFilter } from "../sources/row-filter.js";
import type { BusinessCalendar } from "../time/business-calendar.js";
import type { IntervalSet } from "../time/interval-set.js";
import type { Span } from "../time/span.js";
import { availabilityFromChecks } from "./availability-from-checks.js";
import { availabilityFromOutages, type Composition } from "./availability-from-outages.js";
import { freshnessOverTime } from "./freshness-over-time.js";
import { emptyMeasurement, type Measurement } from "./measurement.js";
import { recoveryTime } from "./recovery-time.js";
import { clockLimit } from "./ticket-clock.js";

/** Everything one measurement may need; each measurer reads what its metric needs. */
export interface MeasureInput<D extends SourceData = SourceData> {
  data: D;
  agreement: Agreement;
  target: Target;
  span: Span;
  /** Service time of the target's calendar inside the span. */
  open: IntervalSet;
  calendar: BusinessCalendar;
  /** Open tickets are evaluated here. */
  asOf: number;
  /** Open outages are down until here. */
  outagesAsOf: number;
  /** Counters a checks source filled while streaming, for latency targets. */
  latency: () => LatencySpan | undefined;
  /** What the target's tally (tickets, metrics) counted for the span while the source streamed. */
  tally: () => Measurement;
  /** The dimension values a row must have to count (scope and where), or null. */
  filter: RowFilter | null;
  /** The checks series the target reads (its service, narrowed by its scope). */
  seriesKey: string;
  /** Freshness: the key of the target's series in an events source (its service, scope and threshold). */
  freshnessKey: string;
  /** Threshold targets: what the source counted for the span while it streamed. */
  threshold: () => LatencySpan | undefined;
  /** Availability: whose outages are the service's downtime (its own, or its components' too, SPEC §17). */
  composition: Composition;
}

type Measurer<T extends DataSourceType> = (
  input: MeasureInput<Extract<SourceData, { type: T }>>,
) => Measurement;
type MeasurersBySource = { [T in DataSourceType]?: Measurer<T> };

/** Tickets and metric rows are counted while the source streams (the engine's tallies). */
const counted = ({ tally }: MeasureInput) => tally();

/** Samples counted against a limit while the source streamed (latency, threshold). */
function samples(counted: LatencySpan | undefined): Measurement {
  const m = emptyMeasurement("count");
  if (counted) {
    m.good = counted.good;
    m.total = counted.total;
  }
  return m;
}

/** Threshold targets on checks and metrics: the counters filled while the source streamed. */
const thresholdSamples = ({ threshold }: MeasureInput) => samples(threshold());

/**
 * How each metric is measured from each source type that can measure it (SPEC §3, metric table).
 * A new metric or source type is a new entry here; `METRIC_SOURCE_TYPES` in the model says which
 * combinations validation accepts, and a test keeps the two in step.
 */
export const MEASURERS: Record<Metric, MeasurersBySource> = {
  availability: {
    outages: ({ data, agreement, target, span, open, outagesAsOf, filter, composition }) => {
      // An outage log says nothing about time before its first record: such spans have no data.
      if (data.earliest === null || !(data.earliest < span.end)) return emptyMeasurement("time");
      return availabilityFromOutages(
        data.outages,
        agreement.service,
        open,
        target.exclusions.includes("planned"),
        outagesAsOf,
        filter,
        composition,
      );
    },
    checks: ({ data, agreement, open, seriesKey }) =>
      availabilityFromChecks(data.series.get(seriesKey), agreement.service, open),
    metrics: counted,
  },
  "success-rate": { metrics: counted },
  // Survey responses scoring at least the threshold, counted while the source streams (SPEC §15).
  satisfaction: { surveys: counted },
  "response-time": { tickets: counted },
  "resolution-time": { tickets: counted },
  "recovery-time": {
    outages: ({ data, agreement, target, span, calendar, outagesAsOf, filter }) =>
      recoveryTime(data.outages, {
        service: agreement.service,
        filter,
        limit: clockLimit(target),
        calendar,
        start: span.start,
        end: span.end,
        asOf: outagesAsOf,
      }),
  },
  latency: {
    checks: ({ latency }) => samples(latency()),
    // Shares counted by a warehouse query into rows named after the target (docs/warehouse.md).
    metrics: counted,
  },
  freshness: {
    events: ({ data, open, freshnessKey }) =>
      freshnessOverTime(data.freshness.get(freshnessKey), data.latest, open),
  },
  threshold: { checks: thresholdSamples, metrics: thresholdSamples },
};

/** The measurer for a metric on a source type, if that combination can measure anything. */
export function measurerFor(
  metric: Metric,
  type: DataSourceType,
): ((input: MeasureInput) => Measurement) | undefined {
  return MEASURERS[metric][type] as ((input: MeasureInput) => Measurement) | undefined;
}
