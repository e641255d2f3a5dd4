# SPDX-License-Identifier: GPL-3.0-or-later
# An app launched by an unprivileged caller runs as exactly that user: same uid, gid and groups,
# no_new_privs set, only fds 0-2 open, with launch --detach all three on /dev/null, and no
# LD_PRELOAD from the caller's environment. A raw Launch call that puts LD_PRELOAD into the environment map is
# rejected with InvalidArgs.
source "$(dirname "$0")/lib.sh"
user=nestbox-granted
require_user "$user"
make_output_dir "$user"
# With only a primary group, a helper that skipped setgroups could still pass the groups check.
[[ $(id -G "$user") == *" "* ]] ||
    fail "$user needs a supplementary group for this test; scripts/test adds it to 'users'"

run_status ctl_as "$user" launch --wait -- sh -c \
    "id -u >$OUTPUT_DIR/uid; id -g >$OUTPUT_DIR/gid; id -G >$OUTPUT_DIR/groups;
     awk '/^NoNewPrivs:/ { print \$2 }' /proc/\$\$/status >$OUTPUT_DIR/nonewprivs;
     env >$OUTPUT_DIR/environment"
assert_eq 0 "$STATUS" "exit status of launch --wait as $user"

assert_eq "$(id -u "$user")" "$(cat "$OUTPUT_DIR/uid")" "the app's uid"
assert_eq "$(id -g "$user")" "$(cat "$OUTPUT_DIR/gid")" "the app's gid"
assert_eq "$(id -G "$user")" "$(cat "$OUTPUT_DIR/groups")" "the app's groups"
assert_eq 1 "$(cat "$OUTPUT_DIR/nonewprivs")" "NoNewPrivs of the app"
assert_contains "$(cat "$OUTPUT_DIR/environment")" "USER=$user" "the app's environment"
assert_not_contains "$(cat "$OUTPUT_DIR/environment")" LD_PRELOAD "the app's environment"

# The open fds are read from outside, with sleep itself as the app: a shell would hold pipe or
# saved-redirection fds of its own at the moment it listed them.
launch_output=$(ctl_as "$user" launch --detach -- sleep 30)
[[ $launch_output =~ ^namespace\ ([0-9]+)\ pid\ ([0-9]+) ]] ||
    fail "unexpected output of nestboxctl launch: '$launch_output'"
namespace=${BASH_REMATCH[1]}
app_pid=${BASH_REMATCH[2]}
trap 'ctl terminate "$namespace" >/dev/null; rm -rf "$OUTPUT_DIR"' EXIT

assert_eq sleep "$(cat "/proc/$app_pid/comm")" "command of host PID $app_pid"
assert_eq "0 1 2 " "$(ls "/proc/$app_pid/fd" | sort -n | tr '\n' ' ')" "the app's open fds"
assert_not_contains "$(tr '\0' '\n' <"/proc/$app_pid/environ")" LD_PRELOAD \
    "environment of the running app"
# The helper's own stdout and stderr are its log, which an app holding them could forge or truncate.
for fd in 0 1 2; do
    assert_eq /dev/null "$(readlink "/proc/$app_pid/fd/$fd")" "target of the app's fd $fd"
done

reply=$(dbus_launch_as "$user" array:string:true string: \
    dict:string:string:LD_PRELOAD,/nonexistent.so)
assert_contains "$reply" org.freedesktop.DBus.Error.InvalidArgs "reply to Launch with LD_PRELOAD"
assert_contains "$reply" LD_PRELOAD "error message of Launch with LD_PRELOAD"
