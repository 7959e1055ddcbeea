#!/usr/bin/env bash
# Run every validator against the output of a built slm checkout, on its examples/ and on a copy
# of examples/ with planted errors, and write the outputs to OUTDIR.
#
#   run-all.sh SLM_DIR OUTDIR [AS_OF]
#
# SLM_DIR: a checkout where `npm ci && npm run build` has run (bin/slm.js, examples/).
# (Copied from the research in /work/staging/validators, where README.md explains every check.)
# AS_OF:   the --as-of day for `slm validate` (default 2026-12-01, the day the baseline was taken),
#          so review/term findings do not move with the calendar.
# Exit status: 0 all consumers accept slm's output; 1 some validator failed (see OUTDIR/*.txt).
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ $# -ge 2 ] || { sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }
slm_dir="$(cd "$1" && pwd)"
mkdir -p "$2"
out="$(cd "$2" && pwd)"
as_of="${3:-2026-12-01}"
slm=(node "$slm_dir/bin/slm.js")

work="${TMPDIR:-/tmp}/slm-validators-work"
rm -rf "$work"
trap 'rm -rf "$work"' EXIT
# A repository whose agreements live in a subfolder, as in a real monorepo: paths in reports must be
# relative to this root (GitHub resolves SARIF and annotation paths against the repository root).
mkdir -p "$work/repo"
cp -r "$slm_dir/examples" "$work/repo/examples"
cp -r "$slm_dir/examples" "$work/repo/broken"
# planted errors: an unknown service, an unknown party, an unknown calendar, an objective above 100%,
# a YAML syntax error
sed -i 's/^  service: email$/  service: e-mail-missing/; s/^  customer: acme$/  customer: acme-nope/' "$work/repo/broken/agreements/sla/acme-email.yaml"
sed -i 's/^  calendar: 24x7$/  calendar: no-such-calendar/; s/objective: 99.95%/objective: 199%/' "$work/repo/broken/agreements/ola/web-ops.yaml"
printf 'apiVersion: slm/v1\nkind: SLA\nmetadata:\n  name: Bad Name\nspec:\n  service: [\n' >"$work/repo/broken/agreements/sla/broken-syntax.yaml"
# A git work tree, as on a CI runner: GitHub resolves result paths against its root.
git -C "$work/repo" init -q
git -C "$work/repo" -c user.name=ci -c user.email=ci@example.com add -A
git -C "$work/repo" -c user.name=ci -c user.email=ci@example.com commit -q -m fixture

status=0
step() { # name, command...
	local name="$1"; shift
	if "$@" >"$out/$name.txt" 2>&1; then echo "PASS  $name"; else echo "FAIL  $name (exit $?; $out/$name.txt)"; status=1; fi
}

for set in examples broken; do
	(cd "$work/repo" && "${slm[@]}" validate -C "$set" --format sarif --as-of "$as_of" >"$out/slm-$set.sarif")
	(cd "$work/repo" && "${slm[@]}" validate -C "$set" --format junit --as-of "$as_of" >"$out/slm-$set.junit.xml")
	step "sarif-multitool-$set" "$here/run-sarif-multitool.sh" --root "$work/repo" --log-dir "$out" "$out/slm-$set.sarif"
	step "junit-xsd-$set" "$here/run-junit-xsd.sh" "$out/slm-$set.junit.xml"
	step "junit-conventions-$set" node "$here/junit-conventions-check.mjs" --root "$work/repo" "$out/slm-$set.junit.xml"
done
rm -rf "$out/openslo" "$out/openslo-china"
(cd "$work/repo" && "${slm[@]}" -C examples export openslo --out "$out/openslo" >/dev/null 2>&1)
step "openslo-check" node "$here/openslo-check.mjs" --summary "$out/openslo"
# The China example (Beijing time, business-day thresholds, holidays from a library).
if [ -d "$slm_dir/examples/china" ]; then
	(cd "$slm_dir" && "${slm[@]}" -C examples/china export openslo --out "$out/openslo-china" >/dev/null 2>&1)
	step "openslo-check-china" node "$here/openslo-check.mjs" --summary "$out/openslo-china"
fi
exit $status
