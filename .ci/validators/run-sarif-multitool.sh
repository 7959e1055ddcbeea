#!/usr/bin/env bash
# Validate SARIF files the way GitHub code scanning's ingestion rules are checked: the OASIS
# SARIF 2.1.0 JSON Schema, then Microsoft's SARIF multitool `validate --rule-kind "Sarif;Gh"`
# (npm @microsoft/sarif-multitool, pinned in package.json/package-lock.json beside this script).
#
#   run-sarif-multitool.sh [--fail-on error|warning|note] [--root DIR] [--log-dir DIR] FILE.sarif [MORE ...]
#
# --root DIR     also require every result's artifactLocation.uri to exist under DIR, the repository
#                root that GitHub resolves relative URIs against (the multitool does not check this)
# --log-dir DIR  keep the multitool's own SARIF log (<name>.validation.sarif) there
#
# Exit status: 0 no schema error and no multitool result at or above --fail-on (default: error);
#              1 otherwise; 2 usage error or the multitool cannot run (not installed, no ICU).
#
# Needs: node (20+), `npm ci` run in this folder, and ICU on the machine: the multitool is a
# self-contained .NET single-file binary that dlopens libicuuc (Debian 12: libicu72).
#
# Notes on the multitool that this script works around (seen with 5.7.0):
#  - the npm `bin` wrapper (bin.js) spawns the binary with `shell: true` without quoting, so
#    `--rule-kind "Sarif;Gh"` is cut at the `;` by /bin/sh; the binary is called directly here;
#  - its exit code is 0 even when rules report errors, so the verdict is read from its -o log;
#  - boolean switches need an explicit value (`--quiet true`), a bare `--quiet` is "bad format";
#  - a file it cannot deserialize (e.g. an unknown `level` value) is skipped silently with exit 0,
#    hence the separate JSON Schema check (sarif-schema-check.mjs) first;
#  - rule SARIF2006 (UrisShouldBeReachable) resolves and GETs every URI in the log even when notes
#    are filtered out; multitool-config.xml disables it so CI sends no traffic (the multitool then
#    prints a configuration warning saying SARIF2006 was disabled).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
fail_on=error
log_dir=""
root=""
rule_kind="Sarif;Gh"
files=()

usage() { sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --fail-on) [ $# -ge 2 ] || usage; fail_on="$2"; shift 2 ;;
    --fail-on=*) fail_on="${1#--fail-on=}"; shift ;;
    --log-dir) [ $# -ge 2 ] || usage; log_dir="$2"; shift 2 ;;
    --log-dir=*) log_dir="${1#--log-dir=}"; shift ;;
    --root) [ $# -ge 2 ] || usage; root="$2"; shift 2 ;;
    --root=*) root="${1#--root=}"; shift ;;
    --rule-kind) [ $# -ge 2 ] || usage; rule_kind="$2"; shift 2 ;;
    -h|--help) usage ;;
    --) shift; files+=("$@"); break ;;
    -*) echo "run-sarif-multitool: unknown option $1" >&2; usage ;;
    *) files+=("$1"); shift ;;
  esac
done
[ ${#files[@]} -gt 0 ] || usage
case "$fail_on" in error|warning|note) ;; *) usage ;; esac
# The multitool reports errors and warnings by default; notes (SARIF2012 name/helpUri, …) only on request.
levels="Error;Warning"
[ "$fail_on" != note ] || levels="Error;Warning;Note"

# Locate the platform binary the way the package's index.js does, but call it directly.
if ! mt="$(cd "$here" && node -p "require('@microsoft/sarif-multitool')" 2>/dev/null)" || [ ! -f "$mt" ]; then
  echo "run-sarif-multitool: @microsoft/sarif-multitool is not installed; run 'npm ci' in $here" >&2
  exit 2
fi
# The linux package's postinstall only does `chmod u+x Sarif.Multitool`; npm may not run it.
[ -x "$mt" ] || chmod u+x "$mt" 2>/dev/null || true

set +e
version_out="$("$mt" --version 2>&1)"
version_rc=$?
set -e
if [ $version_rc -ne 0 ]; then
  printf '%s\n' "$version_out" | head -3 >&2
  if printf '%s' "$version_out" | grep -q "ICU"; then
    echo "run-sarif-multitool: the .NET runtime inside the multitool needs ICU: apt-get install libicu72 (Debian 12; libicu76 on Debian 13)" >&2
  fi
  exit 2
fi
echo "using $(printf '%s\n' "$version_out" | head -1)"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
[ -z "$log_dir" ] || mkdir -p "$log_dir"

status=0
for f in "${files[@]}"; do
  echo "== $f"
  if [ ! -f "$f" ]; then echo "$f: no such file" >&2; status=1; continue; fi

  schema_args=()
  [ -z "$root" ] || schema_args=(--root "$root")
  if ! node "$here/sarif-schema-check.mjs" "${schema_args[@]}" "$f"; then
    status=1
  fi

  base="$(basename "$f")"
  out="$tmp/${base%.*}.validation.sarif"
  set +e
  "$mt" validate -c "$here/multitool-config.xml" --rule-kind "$rule_kind" --level "$levels" --log "ForceOverwrite;PrettyPrint" -o "$out" "$f" >"$tmp/console.txt" 2>&1
  rc=$?
  set -e
  # Console lines look like: FILE(line,col): error GH2012: runs[0]...: message
  grep -vE '^(Analyzing\.\.\.|THREADS: [0-9]+|Done\. [0-9]+ files? scanned\.|Analysis completed successfully\.|)$' "$tmp/console.txt" || true
  if [ $rc -ne 0 ] || [ ! -s "$out" ]; then
    echo "$f: the multitool failed (exit $rc)" >&2
    status=1
    continue
  fi
  if ! node "$here/sarif-log-summary.mjs" --fail-on "$fail_on" "$out"; then
    status=1
  fi
  if [ -n "$log_dir" ]; then cp "$out" "$log_dir/"; fi
done
exit $status
