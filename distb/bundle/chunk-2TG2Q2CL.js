import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  modelOf
} from "./chunk-7VQ4EFNS.js";
import {
  parseDate
} from "./chunk-MPPKPTIV.js";
import {
  effectiveDocuments
} from "./chunk-HX6FSHG7.js";
import {
  AGREEMENT_KINDS
} from "./chunk-ADLZAIGX.js";

// dist/model/terms-in-force.js
import { createHash } from "node:crypto";
function currentTerms(tip, source, reason) {
  return {
    source,
    ...reason === void 0 ? {} : { reason },
    at: (agreement) => ({
      terms: {
        snapshot: WORK_TREE,
        model: tip.model,
        load: tip.load,
        agreement,
        ref: { commit: null, effective: agreement.effective }
      },
      early: false
    }),
    skipped: () => []
  };
}
var WORK_TREE = "work tree";
var SnapshotModels = class {
  now;
  models = /* @__PURE__ */ new Map();
  constructor(now) {
    this.now = now;
  }
  of(snapshot) {
    if (snapshot.model)
      return snapshot.model;
    let model = this.models.get(snapshot.id);
    if (model === void 0) {
      model = modelOf(snapshot.load, this.now).model ?? null;
      this.models.set(snapshot.id, model);
    }
    return model;
  }
};
var TermsTimeline = class {
  snapshots;
  models;
  source = "git";
  /** The clone is shallow: revisions before its first commit are not seen. */
  shallow;
  candidates = /* @__PURE__ */ new Map();
  passedOver = /* @__PURE__ */ new Map();
  resolved = /* @__PURE__ */ new Map();
  /** `snapshots`: newest first (the work tree, when it counts, before HEAD). */
  constructor(snapshots, models, options = {}) {
    this.snapshots = snapshots;
    this.models = models;
    this.shallow = options.shallow ?? false;
  }
  at(agreement, day) {
    const key = keyOf(agreement);
    const memo = `${key}\0${day}`;
    const hit = this.resolved.get(memo);
    if (hit)
      return hit;
    const list = this.candidatesOf(agreement);
    const inForce = list.filter((c) => c.effective.day <= day).sort((a, b) => b.effective.day - a.effective.day || a.order - b.order);
    let found = this.firstValid(key, inForce, agreement);
    let early = false;
    if (!found) {
      const earliest = list.filter((c) => c.effective.day > day).sort((a, b) => a.effective.day - b.effective.day || a.order - b.order);
      found = this.firstValid(key, earliest, agreement);
      early = found !== void 0;
    }
    if (!found)
      throw new Error(`no revision of ${key} validates`);
    const result = { terms: found, early };
    this.resolved.set(memo, result);
    return result;
  }
  skipped(agreement) {
    return [...this.passedOver.get(keyOf(agreement)) ?? []];
  }
  firstValid(key, candidates, agreement) {
    for (const c of candidates) {
      for (const snapshot of c.members) {
        const model = this.models.of(snapshot);
        const stated = model?.agreements.find((a) => a.kind === agreement.kind && a.metadata.name === agreement.metadata.name);
        if (model && stated) {
          return {
            snapshot: snapshot.id,
            model,
            load: snapshot.load,
            agreement: stated,
            ref: { commit: c.commit, effective: stated.effective }
          };
        }
        if (!model && snapshot.commit !== null) {
          const set = this.passedOver.get(key) ?? /* @__PURE__ */ new Set();
          set.add(snapshot.commit);
          this.passedOver.set(key, set);
        }
      }
    }
    return void 0;
  }
  candidatesOf(agreement) {
    const key = keyOf(agreement);
    const cached = this.candidates.get(key);
    if (cached)
      return cached;
    const list = [];
    let last = null;
    for (const snapshot of this.snapshots) {
      const raw = rawAgreement(snapshot.load, agreement);
      const effective = raw && effectiveOf(raw);
      if (!raw || !effective) {
        last = null;
        continue;
      }
      const fingerprint = `${JSON.stringify(raw)}\0${sharedFiles(snapshot.load)}`;
      if (last && last.fingerprint === fingerprint) {
        last.candidate.members.push(snapshot);
        last.candidate.commit = snapshot.commit;
        continue;
      }
      const candidate = {
        effective,
        order: list.length,
        members: [snapshot],
        commit: snapshot.commit
      };
      list.push(candidate);
      last = { fingerprint, candidate };
    }
    this.candidates.set(key, list);
    return list;
  }
};
function keyOf(agreement) {
  return `${agreement.kind}/${agreement.metadata.name}`;
}
function rawAgreement(load, agreement) {
  for (const doc of effectiveDocuments(load.documents).documents) {
    const value = doc.value;
    if (value?.kind === agreement.kind && value.metadata?.name === agreement.metadata.name)
      return value;
  }
  return void 0;
}
function effectiveOf(raw) {
  const spec = raw.spec;
  const term = spec?.term;
  const parsed = parseDate(spec?.effective ?? term?.start);
  return parsed.ok ? parsed.value : void 0;
}
var shared = /* @__PURE__ */ new WeakMap();
function sharedFiles(load) {
  let hash = shared.get(load);
  if (hash === void 0) {
    const kinds = AGREEMENT_KINDS;
    const hashes = load.files.filter((f) => f.documents.length === 0 || f.documents.some((d) => !kinds.includes(d.value?.kind))).map((f) => f.sha256).sort();
    hash = createHash("sha256").update(hashes.join("\n")).digest("hex");
    shared.set(load, hash);
  }
  return hash;
}

export {
  currentTerms,
  WORK_TREE,
  SnapshotModels,
  TermsTimeline
};
