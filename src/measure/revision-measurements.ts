import type {
  Agreement,
  Calendar,
  DataSource,
  DimensionFilter,
  Model,
  Target,
  WorkloadLimit,
} from "../core/model.js";
import type { SourceData } from "../sources/records.js";
import { sourceForTarget } from "../sources/source-for-target.js";
import { sourceForWorkload } from "../sources/source-for-workload.js";
import type { BusinessCalendar } from "../time/business-calendar.js";
import type { IntervalSet } from "../time/interval-set.js";
import type { Span } from "../time/span.js";
import {
  type EngineOptions,
  MeasurementEngine,
  type TargetMeasurement,
  type WorkloadCount,
} from "./engine.js";

/** What a report asks of measurements, for the agreements of one revision. */
export interface MeasureView {
  plan(agreement: Agreement, target: Target, spans: readonly Span[]): void;
  measure(agreement: Agreement, target: Target, span: Span): TargetMeasurement;
  /** The dimension values the target's rows must have (SPEC §13); null for the whole service. */
  scope(agreement: Agreement, target: Target): DimensionFilter | null;
  /** Workload limits (SPEC §15): register the spans to count, then read the demand counted. */
  planWorkload(agreement: Agreement, limit: WorkloadLimit, spans: readonly Span[]): void;
  workload(agreement: Agreement, limit: WorkloadLimit, span: Span): WorkloadCount;
  sourceData(name: string): SourceData | undefined;
  calendar(name: string, zone?: string): BusinessCalendar;
  open(calendarName: string, span: Span): IntervalSet;
}

/**
 * Measurements for agreements of several revisions (SPEC §16) on ONE engine, so that every export
 * is still read once: the engine works on a combined model — the base revision's documents, plus
 * each other revision's calendars and data sources under a suffixed name (`business-hours@1a2b3c4`)
 * where they differ from the base's. Each revision gets a view that translates its agreements to
 * the combined model (a renamed agreement, explicit sources, suffixed calendars) and the names in
 * the measurements back. An export whose DataSource is the same in two revisions is read once.
 */
export class RevisionMeasurements {
  readonly engine: MeasurementEngine;
  private readonly combined: Model;
  private readonly views = new Map<string, RevisionView>();

  constructor(
    private readonly base: Model,
    private readonly baseId: string,
    private readonly options: EngineOptions,
  ) {
    this.combined = {
      services: base.services,
      calendars: new Map(base.calendars),
      parties: base.parties,
      agreements: base.agreements,
      dataSources: new Map(base.dataSources),
      improvements: base.improvements,
    };
    const overrides = options.dataOverrides;
    this.engine = new MeasurementEngine(this.combined, {
      ...options,
      // `--data NAME=FILE` names the DataSource, whichever revision's definition of it is read.
      dataOverrides: new SuffixBlindMap(overrides),
    });
  }

  /** The view for the agreements of one snapshot (`id`) with its own model. */
  view(id: string, model: Model): MeasureView {
    let view = this.views.get(id);
    if (!view) {
      view = new RevisionView(this, id === this.baseId ? null : id.slice(0, 12), model, this.options);
      this.views.set(id, view);
    }
    return view;
  }

  load(): Promise<void> {
    return this.engine.load();
  }

  /** The combined name of a revision's calendar: its own where it differs from the base's. */
  calendarName(suffix: string | null, own: Model, name: string): string {
    return this.mapped(
      suffix,
      name,
      own.calendars.get(name),
      this.base.calendars.get(name),
      this.combined.calendars,
    );
  }

  dataSourceName(suffix: string | null, own: Model, name: string): string {
    return this.mapped(
      suffix,
      name,
      own.dataSources.get(name),
      this.base.dataSources.get(name),
      this.combined.dataSources,
    );
  }

  private mapped<D extends Calendar | DataSource>(
    suffix: string | null,
    name: string,
    own: D | undefined,
    base: D | undefined,
    into: Map<string, D>,
  ): string {
    if (suffix === null || own === undefined || sameContent(own, base)) return name;
    const renamed = `${name}@${suffix}`;
    if (!into.has(renamed)) into.set(renamed, { ...own, metadata: { ...own.metadata, name: renamed } });
    return renamed;
  }
}

class RevisionView implements MeasureView {
  private readonly translated = new WeakMap<Agreement, Agreement>();
  private own: MeasurementEngine | null = null;

  constructor(
    private readonly owner: RevisionMeasurements,
    private readonly suffix: string | null,
    private readonly model: Model,
    private readonly options: EngineOptions,
  ) {}

  plan(agreement: Agreement, target: Target, spans: readonly Span[]): void {
    const t = this.translate(agreement, target);
    if (t) this.owner.engine.plan(t.agreement, t.target, spans);
  }

  measure(agreement: Agreement, target: Target, span: Span): TargetMeasurement {
    const t = this.translate(agreement, target);
    // Without a source in its own revision the engine only says why: ask the revision's own.
    if (!t) {
      this.own ??= new MeasurementEngine(this.model, this.options);
      return this.own.measure(agreement, target, span);
    }
    const measured = this.owner.engine.measure(t.agreement, t.target, span);
    return { ...measured, source: measured.source === null ? null : t.source };
  }

  scope(agreement: Agreement, target: Target): DimensionFilter | null {
    const t = this.translate(agreement, target);
    return t ? this.owner.engine.scope(t.agreement, t.target) : null;
  }

  planWorkload(agreement: Agreement, limit: WorkloadLimit, spans: readonly Span[]): void {
    const t = this.translateWorkload(agreement, limit);
    if (t) this.owner.engine.planWorkload(t.agreement, t.limit, spans);
  }

  workload(agreement: Agreement, limit: WorkloadLimit, span: Span): WorkloadCount {
    const t = this.translateWorkload(agreement, limit);
    if (!t) {
      this.own ??= new MeasurementEngine(this.model, this.options);
      return this.own.workload(agreement, limit, span);
    }
    const counted = this.owner.engine.workload(t.agreement, t.limit, span);
    return { ...counted, source: counted.source === null ? null : t.source };
  }

  sourceData(name: string): SourceData | undefined {
    return this.owner.engine.sourceData(this.owner.dataSourceName(this.suffix, this.model, name));
  }

  calendar(name: string, zone?: string): BusinessCalendar {
    return this.owner.engine.calendar(this.owner.calendarName(this.suffix, this.model, name), zone);
  }

  open(calendarName: string, span: Span): IntervalSet {
    return this.owner.engine.open(this.owner.calendarName(this.suffix, this.model, calendarName), span);
  }

  /** A workload limit as the combined model knows it: its source named explicitly, under the combined agreement. */
  private translateWorkload(
    agreement: Agreement,
    limit: WorkloadLimit,
  ): { agreement: Agreement; limit: WorkloadLimit; source: string } | null {
    const source = sourceForWorkload(this.model, agreement, limit).source;
    if (!source) return null;
    const combined = this.combinedAgreement(agreement);
    return {
      agreement: combined,
      limit: {
        ...limit,
        source: this.owner.dataSourceName(this.suffix, this.model, source.metadata.name),
      },
      source: source.metadata.name,
    };
  }

  /** The agreement and target as the combined model knows them; null when the target has no source in its revision. */
  private translate(
    agreement: Agreement,
    target: Target,
  ): { agreement: Agreement; target: Target; source: string } | null {
    const source = sourceForTarget(this.model, agreement, target).source;
    if (!source) return null;
    const combined = this.combinedAgreement(agreement);
    return { agreement: combined, target: combined.targets[target.index]!, source: source.metadata.name };
  }

  private combinedAgreement(agreement: Agreement): Agreement {
    let combined = this.translated.get(agreement);
    if (!combined) {
      const calendar = (name: string) => this.owner.calendarName(this.suffix, this.model, name);
      combined = {
        ...agreement,
        // Per-target state is kept by agreement and target name: another revision's is another agreement.
        metadata:
          this.suffix === null
            ? agreement.metadata
            : { ...agreement.metadata, name: `${agreement.metadata.name}@${this.suffix}` },
        calendar: calendar(agreement.calendar),
        targets: agreement.targets.map((t) => {
          const found = sourceForTarget(this.model, agreement, t).source;
          return {
            ...t,
            calendar: calendar(t.calendar),
            // Explicit, so that another revision's sources in the combined model cannot make the choice ambiguous.
            source: found
              ? this.owner.dataSourceName(this.suffix, this.model, found.metadata.name)
              : t.source,
          };
        }),
      };
      this.translated.set(agreement, combined);
    }
    return combined;
  }
}

/** Two documents say the same, wherever they were written. */
function sameContent(a: object, b: object | undefined): boolean {
  if (b === undefined) return false;
  const strip = ({ origin: _origin, ...rest }: { origin?: unknown }) => JSON.stringify(rest);
  return strip(a as { origin?: unknown }) === strip(b as { origin?: unknown });
}

/** `--data` overrides looked up by the DataSource's own name, without a revision suffix. */
class SuffixBlindMap extends Map<string, string> {
  constructor(private readonly inner: ReadonlyMap<string, string>) {
    super(inner);
  }

  override get(name: string): string | undefined {
    const at = name.indexOf("@");
    return this.inner.get(at < 0 ? name : name.slice(0, at));
  }
}
