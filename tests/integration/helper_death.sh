# SPDX-License-Identifier: GPL-3.0-or-later
# When nestbox-helper dies, even by SIGKILL, every namespace it launched ends with it: no app
# outlives the service that reports and controls it.
source "$(dirname "$0")/lib.sh"
make_output_dir

ctl launch -- sh -c \
    "sleep 300 &
     readlink /proc/self/ns/pid | tr -dc 0-9 >$OUTPUT_DIR/namespace
     wait" >/dev/null
wait_for_file "$OUTPUT_DIR/namespace"
namespace=$(cat "$OUTPUT_DIR/namespace")
[[ -n $(pids_in_namespace "$namespace") ]] || fail "namespace $namespace has no processes"

helper_pid=$(dbus-send --system --print-reply=literal --dest=org.freedesktop.DBus \
    /org/freedesktop/DBus org.freedesktop.DBus.GetConnectionUnixProcessID \
    string:org.nestbox.Helper | awk '{ print $2 }')
assert_between 2 4194304 "$helper_pid" "PID of the helper on the private bus"
kill -KILL "$helper_pid"

namespace_is_empty() {
    [[ -z $(pids_in_namespace "$namespace") ]]
}
wait_until 5 namespace_is_empty
assert_eq "" "$(pids_in_namespace "$namespace")" "processes left in namespace $namespace"
