import type { ReportModel } from "../../report/report-model.js";
import { describeBreachFact } from "../../text/breach-facts.js";
import type { LocaleText } from "../../text/locale-text.js";
import { describeNoteFact } from "../../text/note-facts.js";
import { rewordReaderText } from "../../text/reader-texts.js";
import { summaryFactsOf, summarySentence } from "../../text/summary-sentence.js";

/**
 * The report model with its words for people in the language of `text`: the summary sentence
 * from the counts, causes and notes from their facts, skipped-row reasons reworded. The JSON model
 * keeps them in English; a template (built-in or `--template`) receives them in the report's
 * language under the same names. A model without facts (saved by an older slm, or hand-built)
 * keeps the causes and notes it has, and shows no workload.
 */
export function localisedModel(model: ReportModel, text: LocaleText): ReportModel {
  const dq = model.dataQuality;
  return {
    ...model,
    summary: { ...model.summary, sentence: summarySentence(summaryFactsOf(model), text) },
    // A model saved before workload limits existed (SPEC §15) has none, and no target is excused.
    workload: Array.isArray(model.workload) ? model.workload : [],
    targets: model.targets.map((t) => (Array.isArray(t.excused) ? t : { ...t, excused: [] })),
    breaches: model.breaches.map((b) =>
      Array.isArray(b.causeFacts)
        ? { ...b, causes: b.causeFacts.map((f) => describeBreachFact(f, text, model.timezone)) }
        : b,
    ),
    dataQuality: {
      ...dq,
      skipped: dq.skipped.map((s) => ({ ...s, reason: rewordReaderText(s.reason, text) })),
      notes: Array.isArray(dq.noteFacts) ? dq.noteFacts.map((n) => describeNoteFact(n, text)) : dq.notes,
    },
  };
}
