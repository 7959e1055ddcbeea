import { registerAudit } from "./audit.js";
import type { RegisterCommand } from "./command.js";
import { registerCompletion } from "./completion.js";
import { registerCoverage } from "./coverage.js";
import { registerDiff } from "./diff.js";
import { registerExport } from "./export.js";
import { registerImport } from "./import.js";
import { registerImprove } from "./improve.js";
import { registerInit } from "./init.js";
import { registerCredits } from "./credits.js";
import { registerKpi } from "./kpi.js";
import { registerReport } from "./report.js";
import { registerReview } from "./review.js";
import { registerSchema } from "./schema.js";
import { registerShow } from "./show.js";
import { registerSite } from "./site.js";
import { registerStatus } from "./status.js";
import { registerSql } from "./sql.js";
import { registerValidate } from "./validate.js";

/** Every command, in the order `slm --help` lists them. */
export const COMMANDS: readonly RegisterCommand[] = [
  registerValidate,
  registerCoverage,
  registerReport,
  registerReview,
  registerStatus,
  registerDiff,
  registerShow,
  registerKpi,
  registerImprove,
  registerSite,
  registerCredits,
  registerAudit,
  registerExport,
  registerSql,
  registerImport,
  registerSchema,
  registerInit,
  registerCompletion,
];
