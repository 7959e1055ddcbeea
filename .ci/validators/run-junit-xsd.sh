#!/usr/bin/env bash
# Validate JUnit XML reports against the Jenkins JUnit XSD (the schema Jenkins' JUnit plugin /
# Surefire 10 reports follow), with xmllint from Debian's libxml2-utils.
#
#   run-junit-xsd.sh [--xsd PATH] [--install] REPORT.xml [MORE.xml ...]
#
# Exit status: 0 every report validates; 1 a report is not well-formed or fails the XSD;
#              2 usage error, xmllint or the XSD missing.
#
# --install   apt-get install libxml2-utils when xmllint is missing (needs root; runs apt-get update first)
# --xsd PATH  another XSD (default: $JUNIT_XSD, else the first shared/datasets/validators/junit/jenkins-junit-10.xsd
#             in this script's folder or one of its parents, else /work/shared/datasets/validators/junit/…)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
xsd="${JUNIT_XSD:-}"
install=0
files=()

usage() { sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --xsd) [ $# -ge 2 ] || usage; xsd="$2"; shift 2 ;;
    --xsd=*) xsd="${1#--xsd=}"; shift ;;
    --install) install=1; shift ;;
    -h|--help) usage ;;
    --) shift; files+=("$@"); break ;;
    -*) echo "run-junit-xsd: unknown option $1" >&2; usage ;;
    *) files+=("$1"); shift ;;
  esac
done
[ ${#files[@]} -gt 0 ] || usage

find_xsd() {
  local d="$here" rel="shared/datasets/validators/junit/jenkins-junit-10.xsd"
  while [ "$d" != "/" ]; do
    if [ -f "$d/$rel" ]; then echo "$d/$rel"; return 0; fi
    d="$(dirname "$d")"
  done
  if [ -f "/work/$rel" ]; then echo "/work/$rel"; return 0; fi
  return 1
}
if [ -z "$xsd" ]; then
  xsd="$(find_xsd)" || { echo "run-junit-xsd: cannot find jenkins-junit-10.xsd; pass --xsd or set JUNIT_XSD" >&2; exit 2; }
fi
[ -f "$xsd" ] || { echo "run-junit-xsd: XSD not found: $xsd" >&2; exit 2; }

if ! command -v xmllint >/dev/null 2>&1; then
  if [ "$install" = 1 ]; then
    echo "run-junit-xsd: installing libxml2-utils (xmllint)" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-utils >&2
  else
    echo "run-junit-xsd: xmllint not found; apt-get install libxml2-utils (or pass --install)" >&2
    exit 2
  fi
fi

status=0
for f in "${files[@]}"; do
  if [ ! -f "$f" ]; then
    echo "$f: no such file" >&2
    status=1
    continue
  fi
  # xmllint exit codes: 0 valid, 1..2 not well-formed / unreadable, 3 XSD validity error,
  # 4 the schema itself does not parse, 5 schema validation could not run.
  set +e
  out="$(xmllint --noout --nonet --schema "$xsd" "$f" 2>&1)"
  rc=$?
  set -e
  if [ $rc -eq 0 ]; then
    echo "$f: valid against $(basename "$xsd")"
  else
    printf '%s\n' "$out" >&2
    case $rc in
      3) echo "$f: INVALID against $(basename "$xsd") (xmllint exit 3)" >&2 ;;
      4|5) echo "$f: the XSD could not be used (xmllint exit $rc)" >&2; exit 2 ;;
      *) echo "$f: not well-formed XML or unreadable (xmllint exit $rc)" >&2 ;;
    esac
    status=1
  fi
done
exit $status
