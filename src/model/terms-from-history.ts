import type { Model } from "../core/model.js";
import { HistoryReader } from "../history/revisions.js";
import type { LoadResult } from "../repository/loader.js";
import {
  currentTerms,
  type Snapshot,
  SnapshotModels,
  type TermsInForce,
  TermsTimeline,
  WORK_TREE,
} from "./terms-in-force.js";

export interface HistoryTermsOptions {
  now: Date;
  /** A git revision whose history to read; default: HEAD, with the work tree as the newest revision. */
  tip?: string;
  /** Shared between the timelines of one run (a diff's base and head), so each commit is read and validated once. */
  reader?: HistoryReader;
  models?: SnapshotModels;
}

/**
 * The terms in force through the repository's history (SPEC §16): every revision of the agreement
 * files reachable from the tip, plus the work tree when the tip is the work tree. Without git,
 * outside a work tree or before the first commit, the work tree alone (`source: "work-tree"`).
 */
export async function termsFromHistory(
  tip: { load: LoadResult; model: Model },
  options: HistoryTermsOptions,
): Promise<TermsInForce> {
  const reader = options.reader ?? new HistoryReader(tip.load);
  try {
    const history = await reader.read(options.tip ?? "HEAD");
    if (!history.available) return currentTerms(tip, "work-tree", history.reason);
    const revisions: Snapshot[] = history.revisions.map((r) => ({
      id: r.commit,
      commit: r.commit,
      load: r.load,
    }));
    // The tip's model is built already; the newest revision of a named tip holds the same files.
    const snapshots: Snapshot[] =
      options.tip === undefined
        ? [{ id: WORK_TREE, commit: null, load: tip.load, model: tip.model }, ...revisions]
        : revisions.map((r, i) => (i === 0 ? { ...r, model: tip.model } : r));
    return new TermsTimeline(snapshots, options.models ?? new SnapshotModels(options.now), {
      shallow: history.shallow,
    });
  } finally {
    if (options.reader === undefined) reader.close();
  }
}
