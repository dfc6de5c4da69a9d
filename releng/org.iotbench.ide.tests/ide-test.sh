#!/bin/sh
# The IDE-install test's run (./mvnw verify, integration-test of releng/org.iotbench.ide.tests): the plain Eclipse IDE
# into which the build installed IoT Workbench and the probe with the p2 director is started under the build's
# display; the probe (tests/org.iotbench.ide.probe) writes what it saw and closes the IDE.
# Usage: ide-test.sh IDE_FOLDER JAVA
set -eu
ide=$1
java=$2
fail() { echo "IDE test: $*" >&2; exit 1; }
say() { echo "IDE test: $*"; }

bundles="$ide/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
for bundle in org.iotbench.ui org.iotbench.broker org.iotbench.help org.iotbench.ide.probe; do
	grep -q "^$bundle," "$bundles" || fail "the p2 director did not add $bundle to the IDE's $bundles"
done
say "the p2 director installed IoT Workbench into the IDE's profile"

if [ -z "${DISPLAY:-}" ]; then
	[ -z "${CI:-}" ] || fail "no DISPLAY, and CI is set: .ci/run runs the build under xvfb-run"
	say "no display: the IDE is not started"
	exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
launcher=$(ls "$ide"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
[ -n "$launcher" ] || fail "no Equinox launcher in $ide/plugins"
status=0
timeout 300 "$java" -Diotbench.data="$work/data" -Diotbench.probe.report="$work/report.txt" -Xmx1g \
	-jar "$launcher" -data "$work/workspace" -consoleLog -nosplash >"$work/ide.log" 2>&1 || status=$?
[ -f "$work/report.txt" ] || fail "the IDE (exit $status) wrote no probe report; its output ends with:
$(tail -n 40 "$work/ide.log")"
sed 's/^/IDE test: /' "$work/report.txt"
if grep -q '^FAIL' "$work/report.txt"; then
	fail "some checks failed; the IDE's output ends with:
$(tail -n 40 "$work/ide.log")"
fi
passed=$(grep -c '^PASS' "$work/report.txt")
# the perspective and 6 views registered, the perspective opened with the 6 views, the broker running and serving
[ "$passed" -eq 16 ] || fail "$passed checks passed, 16 expected"
say "IoT Workbench works in the Eclipse IDE: perspective, views, Properties view and local broker"
