#!/bin/sh
# The products as users get them, checked by the build right after it archived them (./mvnw verify):
# - Windows and macOS (not at hand here): each archive has its launcher script, the Equinox launcher and the SWT
#   fragment of its own platform, and none of another;
# - Linux: unpacked into an empty folder and run with no Java in the environment, it uses its own runtime (jre/), the
#   command line registers a device, the broker serves that device and refuses a wrong password, and the workbench
#   opens its window (under the build's virtual display).
# Usage: product-test.sh PRODUCTS_FOLDER
set -eu
products=$1
fail() { echo "product test: $*" >&2; exit 1; }
say() { echo "product test: $*"; }
# A tool a check needs: without it that check is skipped, but under CI (see .ci/run) the run fails.
have() {
	command -v "$1" >/dev/null 2>&1 && return 0
	[ -z "${CI:-}" ] || fail "$1 is not installed, and CI is set: the CI machine must have it (see .ci/run)"
	say "$1 is not installed: $2 not checked"
	return 1
}

one() { # the one archive matching a pattern
	set -- $1
	[ -f "$1" ] || fail "no archive $1"
	echo "$1"
}

windows=$(one "$products/iotbench-*-win32.win32.x86_64.zip")
if have unzip "the Windows archive"; then
	unzip -Z1 "$windows" >"$products/windows.list"
	grep -qx 'iotbench/iotbench.cmd' "$products/windows.list" || fail "$windows has no iotbench/iotbench.cmd"
	grep -q '^iotbench/plugins/org.eclipse.swt.win32.win32.x86_64_' "$products/windows.list" ||
		fail "$windows has no SWT for win32 x86_64"
	grep -q '^iotbench/plugins/org.eclipse.equinox.launcher_' "$products/windows.list" ||
		fail "$windows has no Equinox launcher"
	if grep -q -e 'swt.gtk' -e 'swt.cocoa' "$products/windows.list"; then fail "$windows has another platform's SWT"; fi
	say "Windows archive: launcher, Equinox launcher and SWT for win32 x86_64"
fi

mac=$(one "$products/iotbench-*-macosx.cocoa.aarch64.tar.gz")
tar tzvf "$mac" >"$products/mac.list"
grep -q '^-rwxr-xr-x .* iotbench.app/Contents/Eclipse/iotbench$' "$products/mac.list" ||
	fail "$mac has no executable iotbench.app/Contents/Eclipse/iotbench"
grep -q 'iotbench.app/Contents/Eclipse/plugins/org.eclipse.swt.cocoa.macosx.aarch64_' "$products/mac.list" ||
	fail "$mac has no SWT for macOS aarch64"
if grep -q -e 'swt.gtk' -e 'swt.win32' "$products/mac.list"; then fail "$mac has another platform's SWT"; fi
say "macOS archive: executable launcher and SWT for cocoa aarch64"

linux=$(one "$products/iotbench-*-linux.gtk.x86_64.tar.gz")
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
	say "not on Linux x86_64: the Linux product is not started"
	exit 0
fi
work=$(mktemp -d)
broker=""
gui=""
cleanup() {
	for pid in $broker $gui; do kill "$pid" 2>/dev/null || true; done
	rm -rf "$work"
}
trap cleanup EXIT
tar xzf "$linux" -C "$work"
home="$work/iotbench"
[ -x "$home/jre/bin/java" ] || fail "$linux has no Java runtime in iotbench/jre"
# Nothing of the build's environment: no JAVA_HOME, a PATH without the build's JDK.
# (env, the launcher script and java are one process: each execs the next; a shell function would add a subshell)
clean() { env -i HOME="$work/home" PATH=/usr/bin:/bin "$@"; }

clean "$home/iotbench" --data "$work/data" clients add --id esp32-desk --password 'secret-1' >"$work/add.log" 2>&1 ||
	fail "clients add failed: $(cat "$work/add.log")"
clean "$home/iotbench" --data "$work/data" clients list >"$work/list.log" 2>&1
grep -q 'esp32-desk' "$work/list.log" || fail "clients list does not show the device: $(cat "$work/list.log")"
say "the command line registered a device"

clean "$home/iotbench" desktop-entry >/dev/null
entry="$work/home/.local/share/applications/iotbench.desktop"
grep -qx "Exec=\"$home/iotbench\"" "$entry" || fail "desktop-entry wrote no launcher line: $(cat "$entry")"
grep -qx "Icon=$home/iotbench.png" "$entry" && [ -f "$home/iotbench.png" ] || fail "desktop-entry: no icon"
say "desktop-entry added the application menu entry"

port=$((20000 + $$ % 20000))
env -i HOME="$work/home" PATH=/usr/bin:/bin "$home/iotbench" --data "$work/data" broker --bind 127.0.0.1 --port "$port" \
	>"$work/broker.log" 2>&1 &
broker=$!
i=0
until grep -q "mqtt://127.0.0.1:$port" "$work/broker.log"; do
	i=$((i + 1))
	[ $i -le 300 ] && kill -0 "$broker" 2>/dev/null || fail "the broker did not start: $(cat "$work/broker.log")"
	sleep 0.1
done
java=$(readlink "/proc/$broker/exe")
[ "$java" = "$home/jre/bin/java" ] || fail "the broker runs on $java, not on the product's own runtime"
say "the broker runs on the product's own Java ($("$home/jre/bin/java" -version 2>&1 | head -n 1))"
if have mosquitto_pub "serving a device"; then
	mosquitto_pub -h 127.0.0.1 -p "$port" -i esp32-desk -u esp32-desk -P secret-1 -t desk/temp -m 21.5 -q 1 ||
		fail "the broker refused the registered device"
	if mosquitto_pub -h 127.0.0.1 -p "$port" -i esp32-desk -u esp32-desk -P wrong -t desk/temp -m 0 -q 1 2>/dev/null; then
		fail "the broker took a wrong password"
	fi
	say "the broker served the registered device and refused a wrong password"
fi
kill "$broker"
wait "$broker" 2>/dev/null || true
broker=""

if [ -z "${DISPLAY:-}" ]; then
	[ -z "${CI:-}" ] || fail "no DISPLAY, and CI is set: .ci/run runs the build under xvfb-run"
	say "no display: the workbench window is not checked"
	exit 0
fi
if have xdotool "the workbench window"; then
	env -i HOME="$work/home" PATH=/usr/bin:/bin DISPLAY="$DISPLAY" ${XAUTHORITY:+XAUTHORITY=$XAUTHORITY} "$home/iotbench" --data "$work/gui" >"$work/gui.log" 2>&1 &
	gui=$!
	timeout 120 xdotool search --sync --onlyvisible --pid "$gui" --name 'IoT Workbench' >/dev/null ||
		fail "no IoT Workbench window within 120 s: $(tail -n 20 "$work/gui.log")"
	java=$(readlink "/proc/$gui/exe")
	[ "$java" = "$home/jre/bin/java" ] || fail "the workbench runs on $java, not on the product's own runtime"
	say "the workbench opened its window on the product's own Java"
fi
