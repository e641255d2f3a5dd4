# SPDX-License-Identifier: GPL-3.0-or-later
# The helper rejects two targets with InvalidArgs even for root, whom polkit grants everything.
# One is its own process, which a signal could stop or kill. The other is namespace id 0, which
# the process table uses for processes whose namespace it cannot read, such as a hidden PID 1.
source "$(dirname "$0")/lib.sh"

call_helper() {
    dbus-send --system --print-reply --dest=org.nestbox.Helper /org/nestbox/Helper \
        "org.nestbox.Helper1.$1" "${@:2}" 2>&1 || true
}

helper_pid=$(dbus-send --system --print-reply=literal --dest=org.freedesktop.DBus \
    /org/freedesktop/DBus org.freedesktop.DBus.GetConnectionUnixProcessID \
    string:org.nestbox.Helper | awk '{ print $2 }')
assert_between 2 4194304 "$helper_pid" "PID of the helper on the private bus"
# Field 22 of /proc/PID/stat, counted after the command name, which may contain spaces.
stat=$(cat "/proc/$helper_pid/stat")
stat=${stat##*) }
start_time=$(awk '{ print $20 }' <<<"$stat")

# SIGCONT is harmless if the guard is missing, so a failure here leaves the helper running.
reply=$(call_helper SignalProcess "int32:$helper_pid" "uint64:$start_time" int32:18)
assert_contains "$reply" org.freedesktop.DBus.Error.InvalidArgs "reply to SignalProcess(helper)"
assert_contains "$reply" "$helper_pid" "error message of SignalProcess(helper)"

reply=$(call_helper TerminateNamespace uint64:0)
assert_contains "$reply" org.freedesktop.DBus.Error.InvalidArgs "reply to TerminateNamespace(0)"
assert_contains "$reply" "namespace id 0" "error message of TerminateNamespace(0)"

reply=$(call_helper ListNamespaces)
assert_contains "$reply" "method return" "reply to ListNamespaces after the rejected calls"
