import type { JsonSchema } from "./definitions.js";
import { NAME_PATTERN, type ValueKind } from "./value-kinds.js";

/**
 * The schemas as other tools read them: plain draft 2020-12 that any validator compiles (strict
 * ajv and ajv-cli included, Python's jsonschema, editors). slm's own run keeps `slmValue`, which
 * calls the value parsers (the authority); here each value is a pattern instead, as close to the
 * parser as a regular expression gets (a Feb 30 passes the pattern, not slm), and:
 * - union types (`type: [number, string]`) become `anyOf` branches, since strict validators
 *   reject union types;
 * - a date also accepts what YAML 1.1 loaders make of an unquoted `2024-01-01`: js-yaml's Date
 *   object, or a native date that is no JSON type at all (PyYAML). slm reads YAML 1.2, where it
 *   is the text; docs/schemas.md says how to load for an exact check.
 */
export function publish(schema: JsonSchema): JsonSchema {
  return transform(schema) as JsonSchema;
}

const TRIM = (body: string) => `^\\s*(${body})\\s*$`;
const TIME = "([01]\\d|2[0-3]):[0-5]\\d";
const DECIMAL = "\\d+(\\.\\d+)?";

const DURATION = `(${DECIMAL}(ms|s|m|h|d|w))+|P(?!T?\\s*$)(${DECIMAL}W)?(${DECIMAL}D)?(T(?=\\d)(${DECIMAL}H)?(${DECIMAL}M)?(${DECIMAL}S)?)?`;

/** A date as text, and what YAML 1.1 loaders make of an unquoted one. */
const DATE_FORMS: JsonSchema[] = [
  { type: "string", pattern: TRIM("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])") },
  {
    type: "object",
    maxProperties: 0,
    description: "An unquoted date as js-yaml (YAML 1.1 timestamps) reads it: a Date object.",
  },
  {
    not: {
      anyOf: [
        { type: "string" },
        { type: "number" },
        { type: "boolean" },
        { type: "null" },
        { type: "array" },
        { type: "object" },
      ],
    },
    description: "An unquoted date as other YAML 1.1 loaders (PyYAML) read it: a native date, no JSON type.",
  },
];

/**
 * Each value syntax as a plain schema, from the node that carries it (whose description,
 * examples and default stay).
 */
const VALUE_SCHEMAS: Partial<Record<ValueKind, (node: JsonSchema) => JsonSchema>> = {
  percentage: () => ({
    anyOf: [
      { type: "number", minimum: 0, maximum: 100 },
      { type: "string", pattern: TRIM("((0?\\d)?\\d(\\.\\d{1,7})?|100(\\.0{1,7})?)\\s*%?") },
    ],
  }),
  "percentage-over-100": () => ({
    anyOf: [
      { type: "number", minimum: 0, exclusiveMaximum: 1000 },
      { type: "string", pattern: TRIM("\\d{1,3}(\\.\\d{1,7})?\\s*%?") },
    ],
  }),
  duration: () => ({ type: "string", pattern: TRIM(DURATION) }),
  // A duration or business days; a satisfaction target's score is a number (SPEC §15).
  threshold: () => ({
    anyOf: [{ type: "string", pattern: TRIM(`${DURATION}|\\d{1,4}\\s*bd`) }, { type: "number" }],
  }),
  limit: () => ({
    anyOf: [
      { type: "number" },
      { type: "string", pattern: TRIM("-?\\d+(\\.\\d+)?\\s*(ms|s|m|h|%|B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)?") },
    ],
  }),
  "calendar-interval": () => ({
    type: "string",
    pattern: TRIM("(?=\\d)(\\d+y)?(\\d+mo)?(\\d+w)?(\\d+d)?|P(?=\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?"),
  }),
  date: () => ({ anyOf: DATE_FORMS }),
  // A date, or the mapping the node describes ({ date, from, to }).
  "date-or-entry": (node) => ({
    anyOf: [
      ...DATE_FORMS.slice(0, 1),
      { type: "object", ...pick(node, TYPE_KEYWORDS.object!) },
      ...DATE_FORMS.slice(1),
    ],
  }),
  "time-of-day": () => ({ type: "string", pattern: TRIM(TIME) }),
  "time-of-day-end": () => ({ type: "string", pattern: TRIM(`${TIME}|24:00`) }),
  timezone: () => ({ type: "string", pattern: TRIM("UTC|[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*") }),
  name: () => ({ type: "string", pattern: NAME_PATTERN }),
};

/** Keywords that constrain one JSON type, for splitting a union type into `anyOf` branches. */
const TYPE_KEYWORDS: Record<string, readonly string[]> = {
  string: ["pattern", "minLength", "maxLength", "format"],
  number: ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"],
  integer: ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"],
  object: [
    "properties",
    "required",
    "additionalProperties",
    "patternProperties",
    "propertyNames",
    "minProperties",
    "maxProperties",
    "dependentRequired",
    "dependentSchemas",
  ],
  array: ["items", "prefixItems", "minItems", "maxItems", "uniqueItems", "contains"],
  boolean: [],
  null: [],
};
const TYPED = new Set(Object.values(TYPE_KEYWORDS).flat());

function transform(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(transform);
  if (!node || typeof node !== "object") return node;
  const n = node as JsonSchema;
  if (typeof n.slmValue === "string") return valueSchema(n);
  if (Array.isArray(n.type)) return splitUnion(n);
  const out: JsonSchema = {};
  // `examples` and `default` are data, not schemas: copied as they are.
  for (const [key, v] of Object.entries(n))
    out[key] = key === "examples" || key === "default" ? v : transform(v);
  return out;
}

function valueSchema(node: JsonSchema): JsonSchema {
  const { slmValue, ...hints } = node;
  const published = VALUE_SCHEMAS[slmValue as ValueKind];
  // A value syntax without a published form keeps its own hints.
  if (!published) return transform(hints) as JsonSchema;
  const annotations: JsonSchema = {};
  for (const [key, v] of Object.entries(hints)) if (key !== "type" && !TYPED.has(key)) annotations[key] = v;
  return { ...annotations, ...(transform(published(node)) as JsonSchema) };
}

function pick(node: JsonSchema, keys: readonly string[]): JsonSchema {
  return Object.fromEntries(keys.filter((k) => k in node).map((k) => [k, node[k]]));
}

function splitUnion(node: JsonSchema): JsonSchema {
  const types = node.type as string[];
  const shared: JsonSchema = {};
  for (const [key, v] of Object.entries(node)) if (key !== "type" && !TYPED.has(key)) shared[key] = v;
  const branches = types.map((t) => {
    const branch: JsonSchema = { type: t };
    for (const key of TYPE_KEYWORDS[t] ?? []) if (key in node) branch[key] = transform(node[key]);
    return branch;
  });
  return { ...(transform(shared) as JsonSchema), anyOf: branches };
}
