/**
 * A repository-relative POSIX path as a relative URI reference (RFC 3986), one segment at a time:
 * `#`, `?`, `%`, spaces and non-ASCII are percent-encoded, and so is `:` (in a first segment it
 * would read as a scheme: `x:y.yaml`). `encodeURI` leaves `#` and `?`, which cut the path short.
 * Sub-delimiters and `@`, legal in a segment, stay as written.
 */
export function fileUri(path: string): string {
  return path
    .split("/")
    .map((segment) =>
      encodeURIComponent(segment).replace(/%(2[46BC]|3[BD]|40)/g, (escaped) =>
        String.fromCharCode(Number.parseInt(escaped.slice(1), 16)),
      ),
    )
    .join("/");
}
