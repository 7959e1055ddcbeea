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
  const wide = wideEncoding(bytes);
  if (wide !== undefined) {
    return {
      diagnostic: fileDiagnostic(
        file,
        "file/encoding",
        `file is ${wide} encoded, not UTF-8; save it as UTF-8 (for example: iconv -f ${wide} -t UTF-8 FILE > FILE.utf8)`,
        bytes,
        0,
      ),
    };
  }
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

/**
 * UTF-16 or UTF-32, which editors on Windows save by default: by its byte order mark, else by the
 * NUL bytes that ASCII text gets in those encodings — all on one side of every 2 or 4 bytes, where
 * binary data has them anywhere.
 */
export function wideEncoding(
  bytes: Uint8Array,
): "UTF-32LE" | "UTF-32BE" | "UTF-16LE" | "UTF-16BE" | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return "UTF-32LE";
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return "UTF-32BE";
  if (a === 0xff && b === 0xfe) return "UTF-16LE";
  if (a === 0xfe && b === 0xff) return "UTF-16BE";
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~3);
  if (sample.length < 4) return undefined;
  const nulsAt = [0, 0, 0, 0];
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) nulsAt[i % 4]!++;
  const units = sample.length / 4;
  const [n0, n1, n2, n3] = nulsAt as [number, number, number, number];
  // ASCII text: three NULs of every four bytes in UTF-32, one of every two in UTF-16.
  if (n1 === units && n2 === units && n3 === units && n0 === 0) return "UTF-32LE";
  if (n0 === units && n1 === units && n2 === units && n3 === 0) return "UTF-32BE";
  const odd = n1 + n3;
  const even = n0 + n2;
  if (even === 0 && odd >= units * 2 * 0.9) return "UTF-16LE";
  if (odd === 0 && even >= units * 2 * 0.9) return "UTF-16BE";
  return undefined;
}
