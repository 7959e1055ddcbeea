import type { Diagnostic } from "../core/diagnostic.js";
import type { DiagnosticCode } from "../core/diagnostic-codes.js";

/** Agreement files are small; anything larger is almost certainly not one, and is refused unread. */
export const MAX_YAML_BYTES = 16 * 1024 * 1024;

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes a YAML file as UTF-8, refusing binary content and invalid UTF-8 with a positioned
 * diagnostic instead of replacement characters. A leading BOM is dropped.
 */
export function decodeYamlBytes(file: string, bytes: Uint8Array): { text?: string; diagnostic?: Diagnostic } {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      diagnostic: fileDiagnostic(
        file,
        "file/binary",
        "file is binary (contains NUL bytes), not YAML",
        bytes,
        nul,
      ),
    };
  }
  try {
    const text = decoder.decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return {
      diagnostic: fileDiagnostic(
        file,
        "file/encoding",
        "file is not valid UTF-8 (convert it to UTF-8)",
        bytes,
        bad,
      ),
    };
  }
}

function fileDiagnostic(
  file: string,
  code: DiagnosticCode,
  message: string,
  bytes: Uint8Array,
  at: number,
): Diagnostic {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { code, severity: "error", message, file, line, column: at - lineStart + 1, pointer: "" };
}

/** Byte offset of the first byte that breaks UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
