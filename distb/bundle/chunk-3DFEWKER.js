import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/repository/file-content.js
var MAX_YAML_BYTES = 16 * 1024 * 1024;
var decoder = new TextDecoder("utf-8", { fatal: true });
function decodeYamlBytes(file, bytes) {
  const wide = wideEncoding(bytes);
  if (wide !== void 0) {
    return {
      diagnostic: fileDiagnostic(file, "file/encoding", `file is ${wide} encoded, not UTF-8; save it as UTF-8 (for example: iconv -f ${wide} -t UTF-8 FILE > FILE.utf8)`, bytes, 0)
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      diagnostic: fileDiagnostic(file, "file/binary", "file is binary (contains NUL bytes), not YAML", bytes, nul)
    };
  }
  try {
    const text = decoder.decode(bytes);
    return { text: text.charCodeAt(0) === 65279 ? text.slice(1) : text };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return {
      diagnostic: fileDiagnostic(file, "file/encoding", "file is not valid UTF-8 (convert it to UTF-8)", bytes, bad)
    };
  }
}
function fileDiagnostic(file, code, message, bytes, at) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { code, severity: "error", message, file, line, column: at - lineStart + 1, pointer: "" };
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 128 ? 0 : b >= 194 && b <= 223 ? 1 : b >= 224 && b <= 239 ? 2 : b >= 240 && b <= 244 ? 3 : -1;
    if (need < 0)
      return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128)
        return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
function wideEncoding(bytes) {
  const [a, b, c, d] = bytes;
  if (a === 255 && b === 254 && c === 0 && d === 0)
    return "UTF-32LE";
  if (a === 0 && b === 0 && c === 254 && d === 255)
    return "UTF-32BE";
  if (a === 255 && b === 254)
    return "UTF-16LE";
  if (a === 254 && b === 255)
    return "UTF-16BE";
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~3);
  if (sample.length < 4)
    return void 0;
  const nulsAt = [0, 0, 0, 0];
  for (let i = 0; i < sample.length; i++)
    if (sample[i] === 0)
      nulsAt[i % 4]++;
  const units = sample.length / 4;
  const [n0, n1, n2, n3] = nulsAt;
  if (n1 === units && n2 === units && n3 === units && n0 === 0)
    return "UTF-32LE";
  if (n0 === units && n1 === units && n2 === units && n3 === 0)
    return "UTF-32BE";
  const odd = n1 + n3;
  const even = n0 + n2;
  if (even === 0 && odd >= units * 2 * 0.9)
    return "UTF-16LE";
  if (odd === 0 && even >= units * 2 * 0.9)
    return "UTF-16BE";
  return void 0;
}

export {
  MAX_YAML_BYTES,
  decodeYamlBytes,
  firstInvalidUtf8
};
