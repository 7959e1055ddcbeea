import { createHash } from "node:crypto";
import { AGREEMENT_KINDS, type Agreement, type Model } from "../core/model.js";
import { type CalendarDate, parseDate } from "../core/values/date.js";
import type { LoadResult } from "../repository/loader.js";
import { effectiveDocuments } from "./effective-agreements.js";
import { modelOf } from "./load-model.js";

/** The revision of an agreement a window was judged under (SPEC §16): its commit (null: the work tree, uncommitted) and its effective date. */
export interface TermsRef {
  commit: string | null;
  effective: CalendarDate;
}

/** The repository's agreement files at one point of its history: a commit, or the work tree. */
export interface Snapshot {
  /** The commit id, or "work tree". */
  id: string;
  commit: string | null;
  load: LoadResult;
  /** Already validated and built (the work tree every command starts from). */
  model?: Model;
}

/** An agreement as one revision states it, with the model of the same revision (its calendars, services, sources). */
export interface AgreementTerms {
  /** The snapshot the model is built from; measurements are planned per snapshot. */
  snapshot: string;
  model: Model;
  load: LoadResult;
  agreement: Agreement;
  ref: TermsRef;
}

/** `git`: revisions from history and the work tree; `work-tree`: no history to read; `current`: `--terms current`. */
export type TermsSource = "git" | "work-tree" | "current";

/** Which revision of each agreement is in force on a given day. */
export interface TermsInForce {
  source: TermsSource;
  /** Why the work tree is used alone, when `source` is `work-tree`. */
  reason?: string;
  /**
   * The terms of `agreement` (found by kind and name) in force on local day `day`: the revision
   * with the latest `effective` on or before it, ties to the newest. `early` when no revision
   * takes effect by then and the earliest one is used.
   */
  at(agreement: Agreement, day: number): { terms: AgreementTerms; early: boolean };
  /** Commits of this agreement passed over because the repository did not validate at them. */
  skipped(agreement: Agreement): string[];
}

/** The work tree's text for every day: `--terms current`, and repositories without history. */
export function currentTerms(
  tip: { load: LoadResult; model: Model },
  source: "work-tree" | "current",
  reason?: string,
): TermsInForce {
  return {
    source,
    ...(reason === undefined ? {} : { reason }),
    at: (agreement) => ({
      terms: {
        snapshot: WORK_TREE,
        model: tip.model,
        load: tip.load,
        agreement,
        ref: { commit: null, effective: agreement.effective },
      },
      early: false,
    }),
    skipped: () => [],
  };
}

export const WORK_TREE = "work tree";

/** Models of snapshots, validated once per run however many timelines ask (a diff's base and head share commits). */
export class SnapshotModels {
  private readonly models = new Map<string, Model | null>();

  constructor(private readonly now: Date) {}

  of(snapshot: Snapshot): Model | null {
    if (snapshot.model) return snapshot.model;
    let model = this.models.get(snapshot.id);
    if (model === undefined) {
      model = modelOf(snapshot.load, this.now).model ?? null;
      this.models.set(snapshot.id, model);
    }
    return model;
  }
}

interface Candidate {
  effective: CalendarDate;
  /** Position from the newest (0): ties of `effective` go to the lowest. */
  order: number;
  /** Snapshots holding these very terms, newest first: the model is built from the first that validates. */
  members: Snapshot[];
  /** The commit that made the terms what they are: the oldest of the run (null when only the work tree has them). */
  commit: string | null;
}

/**
 * The terms of every agreement through its history (SPEC §16). A revision of an agreement is a
 * run of snapshots in which the agreement's document and every document it may use — calendars,
 * services, data sources, parties: anything in a file that is not only agreements — stay the
 * same; it is named by the commit that started the run. Snapshots are validated only when a
 * window needs them, and one that does not validate is passed over (and named in a note).
 */
export class TermsTimeline implements TermsInForce {
  readonly source = "git" as const;
  /** The clone is shallow: revisions before its first commit are not seen. */
  readonly shallow: boolean;
  private readonly candidates = new Map<string, Candidate[]>();
  private readonly passedOver = new Map<string, Set<string>>();
  private readonly resolved = new Map<string, { terms: AgreementTerms; early: boolean }>();

  /** `snapshots`: newest first (the work tree, when it counts, before HEAD). */
  constructor(
    private readonly snapshots: readonly Snapshot[],
    private readonly models: SnapshotModels,
    options: { shallow?: boolean } = {},
  ) {
    this.shallow = options.shallow ?? false;
  }

  at(agreement: Agreement, day: number): { terms: AgreementTerms; early: boolean } {
    const key = keyOf(agreement);
    const memo = `${key}\u0000${day}`;
    const hit = this.resolved.get(memo);
    if (hit) return hit;
    const list = this.candidatesOf(agreement);
    const inForce = list
      .filter((c) => c.effective.day <= day)
      .sort((a, b) => b.effective.day - a.effective.day || a.order - b.order);
    let found = this.firstValid(key, inForce, agreement);
    let early = false;
    if (!found) {
      const earliest = list
        .filter((c) => c.effective.day > day)
        .sort((a, b) => a.effective.day - b.effective.day || a.order - b.order);
      found = this.firstValid(key, earliest, agreement);
      early = found !== undefined;
    }
    // The work tree (or a diff's base) was validated before any timeline was made of it.
    if (!found) throw new Error(`no revision of ${key} validates`);
    const result = { terms: found, early };
    this.resolved.set(memo, result);
    return result;
  }

  skipped(agreement: Agreement): string[] {
    return [...(this.passedOver.get(keyOf(agreement)) ?? [])];
  }

  private firstValid(
    key: string,
    candidates: readonly Candidate[],
    agreement: Agreement,
  ): AgreementTerms | undefined {
    for (const c of candidates) {
      for (const snapshot of c.members) {
        const model = this.models.of(snapshot);
        const stated = model?.agreements.find(
          (a) => a.kind === agreement.kind && a.metadata.name === agreement.metadata.name,
        );
        if (model && stated) {
          return {
            snapshot: snapshot.id,
            model,
            load: snapshot.load,
            agreement: stated,
            ref: { commit: c.commit, effective: stated.effective },
          };
        }
        if (!model && snapshot.commit !== null) {
          const set = this.passedOver.get(key) ?? new Set<string>();
          set.add(snapshot.commit);
          this.passedOver.set(key, set);
        }
      }
    }
    return undefined;
  }

  private candidatesOf(agreement: Agreement): Candidate[] {
    const key = keyOf(agreement);
    const cached = this.candidates.get(key);
    if (cached) return cached;
    const list: Candidate[] = [];
    let last: { fingerprint: string; candidate: Candidate } | null = null;
    for (const snapshot of this.snapshots) {
      const raw = rawAgreement(snapshot.load, agreement);
      const effective = raw && effectiveOf(raw);
      if (!raw || !effective) {
        last = null; // absent or unreadable here: what comes before is another run
        continue;
      }
      const fingerprint = `${JSON.stringify(raw)}\u0000${sharedFiles(snapshot.load)}`;
      if (last && last.fingerprint === fingerprint) {
        last.candidate.members.push(snapshot);
        last.candidate.commit = snapshot.commit;
        continue;
      }
      const candidate: Candidate = {
        effective,
        order: list.length,
        members: [snapshot],
        commit: snapshot.commit,
      };
      list.push(candidate);
      last = { fingerprint, candidate };
    }
    this.candidates.set(key, list);
    return list;
  }
}

function keyOf(agreement: Agreement): string {
  return `${agreement.kind}/${agreement.metadata.name}`;
}

type RawDocument = { kind?: unknown; metadata?: { name?: unknown }; spec?: Record<string, unknown> };

function rawAgreement(load: LoadResult, agreement: Agreement): RawDocument | undefined {
  // The effective agreement: `effective` may come from a template (SPEC §21).
  for (const doc of effectiveDocuments(load.documents).documents) {
    const value = doc.value as RawDocument | undefined;
    if (value?.kind === agreement.kind && value.metadata?.name === agreement.metadata.name) return value;
  }
  return undefined;
}

function effectiveOf(raw: RawDocument): CalendarDate | undefined {
  const spec = raw.spec;
  const term = spec?.term as { start?: unknown } | undefined;
  const parsed = parseDate(spec?.effective ?? term?.start);
  return parsed.ok ? parsed.value : undefined;
}

const shared = new WeakMap<LoadResult, string>();

/** The hashes of every file holding something besides agreements: what any agreement may use. */
function sharedFiles(load: LoadResult): string {
  let hash = shared.get(load);
  if (hash === undefined) {
    const kinds: readonly unknown[] = AGREEMENT_KINDS;
    const hashes = load.files
      .filter(
        (f) =>
          f.documents.length === 0 ||
          f.documents.some((d) => !kinds.includes((d.value as RawDocument | undefined)?.kind)),
      )
      .map((f) => f.sha256)
      .sort();
    hash = createHash("sha256").update(hashes.join("\n")).digest("hex");
    shared.set(load, hash);
  }
  return hash;
}
