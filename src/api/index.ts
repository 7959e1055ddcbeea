/**
 * slm as a library (`import { load, validate, coverage, measure, render } from "slm-cli"`): the
 * steps the commands run, without argv, exit codes or a terminal. Everything here is a thin,
 * stable face over the layers below; the command line is one user of the same functions.
 */
import { resolve } from "node:path";
import { Chalk } from "chalk";
import { compareDiagnostics, type Diagnostic } from "../core/diagnostic.js";
import { UsageError } from "../core/errors.js";
import type { Locale } from "../core/locale.js";
import type { Model } from "../core/model.js";
import { VERSION } from "../core/version.js";
import { type CoverageFilter, computeCoverage } from "../coverage/compute-coverage.js";
import type { CoverageResult } from "../coverage/coverage-result.js";
import { REPORT_FORMATTERS, type ReportFormat } from "../formatters/report/index.js";
import { buildModel } from "../model/build-model.js";
import { effectiveDocuments } from "../model/effective-agreements.js";
import type { KindFilter } from "../model/select-agreements.js";
import { validateRepository } from "../model/validate-repository.js";
import { generateReports } from "../report/generate-reports.js";
import type { ReportModel } from "../report/report-model.js";
import { type LoadResult, loadRepository } from "../repository/loader.js";
import { parseInstantOption } from "../time/instant-option.js";
import { parsePeriod } from "../time/period.js";

export type { Diagnostic, Severity } from "../core/diagnostic.js";
export type { DiagnosticCode } from "../core/diagnostic-codes.js";
export { DIAGNOSTIC_CODES } from "../core/diagnostic-codes.js";
export { InputError, SlmError, UsageError } from "../core/errors.js";
export type { Locale } from "../core/locale.js";
export type { Agreement, Calendar, DataSource, Model, Party, Service, Target } from "../core/model.js";
export type { CoverageResult } from "../coverage/coverage-result.js";
export type { ReportModel } from "../report/report-model.js";
export { VERSION };

export interface LoadOptions {
  /** A config file instead of the repository's slm.config.yaml (relative to `dir`). */
  config?: string;
  /** "Today" for overdue reviews and ended terms (default: now). */
  now?: Date;
}

/** A loaded repository: its findings, and the model when it has no error. */
export interface Repository {
  root: string;
  /** Every finding, sorted by file and position; the command line's `validate --format json`. */
  diagnostics: Diagnostic[];
  /** Present when no finding is an error: what coverage, measure and the other commands work on. */
  model?: Model;
  /** The files as read (paths, hashes, config), for measure. */
  files: LoadResult;
}

/** Loads and validates the repository at (or above) `dir`, as every command does first. */
export async function load(dir: string, options: LoadOptions = {}): Promise<Repository> {
  const files = await loadRepository({ cwd: resolve(dir), config: options.config });
  const diagnostics = validateRepository(files, { now: options.now ?? new Date() }).sort(compareDiagnostics);
  const valid = !diagnostics.some((d) => d.severity === "error");
  return {
    root: files.root,
    diagnostics,
    files,
    ...(valid ? { model: buildModel(effectiveDocuments(files.documents).documents) } : {}),
  };
}

export interface ValidateResult {
  diagnostics: Diagnostic[];
  summary: { errors: number; warnings: number; files: number };
}

/** `slm validate`: every finding of the repository at `dir`, with the counts of `--format json`. */
export async function validate(dir: string, options: LoadOptions = {}): Promise<ValidateResult> {
  const repository = await load(dir, options);
  const count = (severity: Diagnostic["severity"]) =>
    repository.diagnostics.filter((d) => d.severity === severity).length;
  const files = repository.files.files.length + (repository.files.configFile ? 1 : 0);
  return {
    diagnostics: repository.diagnostics,
    summary: { errors: count("error"), warnings: count("warning"), files },
  };
}

/** `slm coverage`: whether each SLA target is underpinned, with the arithmetic (SPEC §5). */
export function coverage(repository: Repository | Model, filter: CoverageFilter = {}): CoverageResult {
  return computeCoverage(modelOf(repository), filter);
}

export interface MeasureOptions {
  /** `2024-05`, `2024-Q2`, `2024` or `2024-05-01..2024-05-15`. */
  period: string;
  kind?: KindFilter;
  sla?: string;
  customer?: string;
  /** An ISO 8601 instant or date: open tickets are judged as of then (default: the data's latest). */
  asOf?: string;
  /** Past periods in the trend (default from the config, else 6). */
  trend?: number;
  /** DataSource name → file, instead of the DataSource's `path` (as `--data NAME=FILE`). */
  data?: Record<string, string>;
  /** The generation time written into the reports (default: now). */
  generatedAt?: Date;
}

/** `slm report` without writing: the report model of every agreement in force in the period. */
export async function measure(repository: Repository, options: MeasureOptions): Promise<ReportModel[]> {
  const model = modelOf(repository);
  return generateReports({
    load: repository.files,
    model,
    cwd: repository.root,
    period: parsePeriod(options.period),
    trend: options.trend ?? repository.files.config.reports.trend,
    generatedAt: options.generatedAt ?? new Date(),
    kind: options.kind ?? "sla",
    sla: options.sla,
    customer: options.customer,
    asOf: parseInstantOption("asOf", options.asOf),
    dataOverrides: new Map(Object.entries(options.data ?? {})),
  });
}

/**
 * A report as Markdown, self-contained HTML or the documented JSON (docs/report-model.md); md and
 * html in `locale` (default en; JSON is the same whatever the locale).
 */
export async function render(
  reports: ReportModel | readonly ReportModel[],
  format: ReportFormat,
  options: { template?: string; locale?: Locale } = {},
): Promise<string> {
  const load = REPORT_FORMATTERS[format];
  if (!load) throw new UsageError(`unknown report format "${format}" (expected md, html or json)`);
  const formatter = await load();
  return formatter(Array.isArray(reports) ? reports : [reports as ReportModel], {
    colors: new Chalk({ level: 0 }),
    version: VERSION,
    failSeverity: "error",
    templatePath: options.template === undefined ? undefined : resolve(options.template),
    locale: options.locale,
  });
}

function modelOf(repository: Repository | Model): Model {
  if ("agreements" in repository) return repository;
  if (!repository.model) {
    const errors = repository.diagnostics.filter((d) => d.severity === "error").length;
    throw new UsageError(
      `the repository has ${errors} validation error${errors === 1 ? "" : "s"}; see its diagnostics`,
    );
  }
  return repository.model;
}
