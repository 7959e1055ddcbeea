import { agreementTimezone } from "./agreement-timezone.js";
import { calendarDays } from "./calendar-days.js";
import { calendarHours } from "./calendar-hours.js";
import type { Check } from "./check.js";
import { componentsTarget } from "./components-target.js";
import { creditTiers } from "./credit-tiers.js";
import { dataSourceColumns } from "./data-source-columns.js";
import { dataSourceOptions } from "./data-source-options.js";
import { dataSourceType } from "./data-source-type.js";
import { dataSourceWarehouse } from "./data-source-warehouse.js";
import { dependencyCycles } from "./dependency-cycles.js";
import { duplicateNames } from "./duplicate-names.js";
import { duplicateTargetNames } from "./duplicate-target-names.js";
import { effectiveInTerm } from "./effective-in-term.js";
import { freshnessTarget } from "./freshness-target.js";
import { improvementDates } from "./improvement-dates.js";
import { improvementReferences } from "./improvement-references.js";
import { objectiveRange } from "./objective-range.js";
import { priorityMetric } from "./priority-metric.js";
import { reviewMissing } from "./review-missing.js";
import { reviewOverdue } from "./review-overdue.js";
import { severityOrder } from "./severity-order.js";
import { sharedServiceScope } from "./shared-service-scope.js";
import { supportsOnSla } from "./supports-on-sla.js";
import { targetSourceFields } from "./target-source-fields.js";
import { termEnded } from "./term-ended.js";
import { termOrder } from "./term-order.js";
import { thresholdPerMetric } from "./threshold-per-metric.js";
import { thresholdTarget } from "./threshold-target.js";
import { unknownCalendars } from "./unknown-calendars.js";
import { unknownDataSources } from "./unknown-data-sources.js";
import { unknownParties } from "./unknown-parties.js";
import { unknownServices } from "./unknown-services.js";
import { unknownSupportedTargets } from "./unknown-supported-targets.js";
import { workloadLimits } from "./workload-limits.js";

/** Every semantic check (SPEC §4). Order does not matter: diagnostics are sorted afterwards. */
export const CHECKS: readonly Check[] = [
  duplicateNames,
  duplicateTargetNames,
  workloadLimits,
  unknownServices,
  unknownCalendars,
  unknownParties,
  unknownDataSources,
  dataSourceType,
  dataSourceWarehouse,
  unknownSupportedTargets,
  dependencyCycles,
  termOrder,
  termEnded,
  effectiveInTerm,
  objectiveRange,
  thresholdPerMetric,
  thresholdTarget,
  freshnessTarget,
  priorityMetric,
  creditTiers,
  severityOrder,
  calendarHours,
  calendarDays,
  agreementTimezone,
  reviewMissing,
  reviewOverdue,
  dataSourceColumns,
  dataSourceOptions,
  targetSourceFields,
  componentsTarget,
  sharedServiceScope,
  supportsOnSla,
  improvementReferences,
  improvementDates,
];
