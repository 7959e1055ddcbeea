import { API_VERSION, KINDS, type Kind } from "../core/model.js";
import { defaultConfig } from "../repository/config.js";
import { titleOf, withDefaults } from "./annotations.js";
import { DEFS, type JsonSchema, publishedAgreementSpec, ref } from "./definitions.js";
import { KIND_EXAMPLES } from "./examples.js";
import { publish } from "./publish.js";

/**
 * The published schemas: one self-contained file per kind, the config, and a dispatching document
 * schema — plain draft 2020-12 (publish.ts), with titles and defaults (annotations.ts). slm's own
 * validation compiles the runtime form instead (`{ runtime: true }`), where `slmValue` runs the
 * value parsers.
 */
export const SCHEMA_BASE = "https://slm.dev/schemas/";
const DRAFT = "https://json-schema.org/draft/2020-12/schema";

export const KIND_SCHEMA_FILES: Record<Kind, string> = {
  Service: "service.schema.json",
  Calendar: "calendar.schema.json",
  Party: "party.schema.json",
  SLA: "sla.schema.json",
  OLA: "ola.schema.json",
  UC: "uc.schema.json",
  DataSource: "datasource.schema.json",
  Improvement: "improvement.schema.json",
  Template: "template.schema.json",
};
export const CONFIG_SCHEMA_FILE = "slm-config.schema.json";
export const DOCUMENT_SCHEMA_FILE = "document.schema.json";

const SPEC_DEF: Record<Kind, string> = {
  Service: "serviceSpec",
  Calendar: "calendarSpec",
  Party: "partySpec",
  SLA: "agreementSpec",
  OLA: "agreementSpec",
  UC: "agreementSpec",
  DataSource: "dataSourceSpec",
  Improvement: "improvementSpec",
  Template: "templateSpec",
};

const KIND_TITLES: Record<Kind, string> = {
  Service: "A service of the catalogue, with the components it depends on.",
  Calendar: "Service hours: weekly windows, time zone and holidays.",
  Party: "A customer, internal team or external supplier.",
  SLA: "Service Level Agreement with a customer.",
  OLA: "Operational Level Agreement with an internal team, underpinning SLAs.",
  UC: "Underpinning Contract with an external supplier, underpinning SLAs.",
  DataSource: "A measurement export (CSV) and how to read it.",
  Improvement: "An entry of the service improvement plan: a non-conformance's cause and the actions taken.",
  Template:
    "A service level package: the shared part of agreements (a tier, a corporate level) that SLAs, OLAs and UCs extend (SPEC §21).",
};

/** The document shape of one kind, without `$id`/`$defs` (those are added by the file that holds it). */
function kindBody(kind: Kind): JsonSchema {
  return {
    type: "object",
    description: KIND_TITLES[kind],
    required: ["apiVersion", "kind", "metadata", "spec"],
    additionalProperties: false,
    properties: {
      apiVersion: { const: API_VERSION, description: "Version of the slm document format." },
      kind: { const: kind, description: "The kind of document." },
      metadata: ref("metadata"),
      spec: ref(SPEC_DEF[kind]),
    },
    examples: [KIND_EXAMPLES[kind]],
  };
}

export interface SchemaOptions {
  /** The form slm compiles for itself: `slmValue` kept, no titles or defaults. */
  runtime?: boolean;
}

/** The definitions as a file holds them: with titles and defaults when published. */
function definitions(options: SchemaOptions): Record<string, JsonSchema> {
  if (options.runtime) return DEFS;
  const defs = withDefaults(DEFS);
  defs.agreementSpec = publishedAgreementSpec(defs.agreementSpec!);
  for (const [name, def] of Object.entries(defs)) defs[name] = { title: titleOf(name), ...def };
  return defs;
}

function finish(schema: JsonSchema, options: SchemaOptions): JsonSchema {
  return options.runtime ? schema : publish(schema);
}

export function kindSchema(kind: Kind, options: SchemaOptions = {}): JsonSchema {
  const body = kindBody(kind);
  return finish(
    {
      $schema: DRAFT,
      $id: SCHEMA_BASE + KIND_SCHEMA_FILES[kind],
      title: `slm ${kind}`,
      ...body,
      $defs: bundle(body, definitions(options)),
    },
    options,
  );
}

export function configSchema(options: SchemaOptions = {}): JsonSchema {
  const strings = (description: string, defaults: string[], examples: string[][]): JsonSchema => ({
    type: "array",
    description,
    items: { type: "string", minLength: 1, description: "A glob relative to the repository root." },
    default: defaults,
    examples,
  });
  const config = defaultConfig();
  return finish(
    {
      $schema: DRAFT,
      $id: SCHEMA_BASE + CONFIG_SCHEMA_FILE,
      title: "slm.config.yaml",
      description: "Repository configuration of slm: which files are agreements and where reports go.",
      type: "object",
      additionalProperties: false,
      properties: {
        include: strings("Globs of the YAML files holding slm documents.", config.include, [
          ["**/*.yaml", "**/*.yml"],
        ]),
        exclude: strings("Globs excluded from `include` (added to the built-in ignores).", config.exclude, [
          ["reports/**"],
        ]),
        reports: {
          type: "object",
          description: "Defaults of `slm report`.",
          additionalProperties: false,
          properties: {
            out: {
              type: "string",
              minLength: 1,
              description:
                'Output directory, inside the repository (relative, no ".."); `slm report --out DIR` writes elsewhere.',
              default: config.reports.out,
              examples: ["reports"],
              pattern: "^(?![\\\\/]|[A-Za-z]:)(?!(.*[\\\\/])?\\.\\.([\\\\/]|$))",
              slmValue: "repository-path",
            },
            format: {
              enum: ["md", "html", "json"],
              description: "Report format.",
              default: config.reports.format,
            },
            trend: {
              type: "integer",
              minimum: 0,
              description: "Number of past periods in the trend.",
              default: config.reports.trend,
              examples: [6],
            },
            locale: {
              ...DEFS.locale,
              description:
                "Language of Markdown and HTML reports, KPI and coverage Markdown, unless `--locale` or the agreement's `spec.locale` names one (default en).",
            },
          },
        },
        rules: {
          type: "object",
          description:
            "Severity per diagnostic code (docs/diagnostics.md): off, info, warning or error. Warnings and infos may be changed or turned off; errors may not be lowered.",
          additionalProperties: {
            enum: ["off", "info", "warning", "error"],
            description: "The level of this rule's findings.",
          },
          examples: [{ "review/missing": "off", "review/overdue": "error" }],
        },
      },
      examples: [
        {
          include: ["**/*.yaml"],
          exclude: ["reports/**"],
          reports: { out: "reports", format: "md", trend: 6 },
        },
      ],
    },
    options,
  );
}

/** For editors mapping `**\/*.yaml`: validates any slm document by dispatching on `kind`. */
export function documentSchema(options: SchemaOptions = {}): JsonSchema {
  const kindDefs = Object.fromEntries(
    KINDS.map((k) => [
      `${k}Document`,
      options.runtime ? kindBody(k) : { title: `slm ${k} document`, ...kindBody(k) },
    ]),
  );
  const defs = definitions(options);
  return finish(
    {
      $schema: DRAFT,
      $id: SCHEMA_BASE + DOCUMENT_SCHEMA_FILE,
      title: "slm document",
      description: "Any slm document; the schema of its `kind` applies.",
      type: "object",
      required: ["apiVersion", "kind"],
      properties: {
        apiVersion: { const: API_VERSION, description: "Version of the slm document format." },
        kind: { enum: [...KINDS], description: "The kind of document." },
      },
      allOf: KINDS.map((k) => ({
        if: { properties: { kind: { const: k } }, required: ["kind"] },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a thenable
        then: ref(`${k}Document`),
      })),
      examples: [KIND_EXAMPLES.SLA],
      $defs: {
        ...Object.fromEntries(
          Object.keys(defs)
            .sort()
            .map((k) => [k, defs[k]]),
        ),
        ...kindDefs,
      },
    },
    options,
  );
}

/** Every published schema by file name, in a stable order. */
export function publishedSchemas(): { file: string; schema: JsonSchema }[] {
  return [
    ...KINDS.map((k) => ({ file: KIND_SCHEMA_FILES[k], schema: kindSchema(k) })),
    { file: CONFIG_SCHEMA_FILE, schema: configSchema() },
    { file: DOCUMENT_SCHEMA_FILE, schema: documentSchema() },
  ];
}

/** The `$defs` a schema needs: every definition it references, transitively, sorted by name. */
function bundle(root: JsonSchema, defs: Record<string, JsonSchema>): JsonSchema {
  const needed = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
    } else if (node && typeof node === "object") {
      for (const [key, v] of Object.entries(node)) {
        if (key === "$ref" && typeof v === "string" && v.startsWith("#/$defs/")) {
          const name = v.slice("#/$defs/".length);
          if (!needed.has(name)) {
            needed.add(name);
            visit(defs[name]);
          }
        } else if (key !== "examples") {
          visit(v);
        }
      }
    }
  };
  visit(root);
  return Object.fromEntries([...needed].sort().map((name) => [name, defs[name]]));
}
