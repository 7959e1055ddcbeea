import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/warehouse/dialect.js
var ENGINES = ["duckdb", "postgres", "bigquery", "clickhouse", "spark"];
function qualifiedName(dialect, table) {
  return table.split(".").map((part) => dialect.ident(part)).join(".");
}
function doubled(quote, value) {
  return `${quote}${value.replaceAll(quote, quote + quote)}${quote}`;
}
function backslashed(quote, value) {
  const escaped = value.replace(/[\\'"`\n\r\t\0]/g, (c) => {
    switch (c) {
      case "\n":
        return "\\n";
      case "\r":
        return "\\r";
      case "	":
        return "\\t";
      case "\0":
        return "\\0";
      default:
        return c === quote || c === "\\" ? `\\${c}` : c;
    }
  });
  return `${quote}${escaped}${quote}`;
}

export {
  ENGINES,
  qualifiedName,
  doubled,
  backslashed
};
