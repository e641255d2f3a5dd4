# SPDX-License-Identifier: GPL-3.0-or-later
# A user whom polkit rejects gets AccessDenied, nothing is launched, and the helper logs the
# refusal with the caller's uid and the polkit action.
source "$(dirname "$0")/lib.sh"
user=nestbox-denied
require_user "$user"
make_output_dir "$user"

list_pid_namespaces() {
    lsns -t pid -n -o NS | sort -u | tr '\n' ' '
}

namespaces_before=$(list_pid_namespaces)
listed_before=$(ctl namespaces --json | jq -c '[.namespaces[].id] | sort')

reply=$(dbus_launch_as "$user" array:string:sleep,60 string: dict:string:string:)
assert_contains "$reply" org.freedesktop.DBus.Error.AccessDenied "reply to Launch as $user"

# nestboxctl documents exit code 4 for "polkit denied the action".
run_status ctl_as "$user" launch -- sleep 60
assert_eq 4 "$STATUS" "exit status of nestboxctl launch as $user"

assert_eq "$namespaces_before" "$(list_pid_namespaces)" "PID namespaces in lsns"
assert_eq "$listed_before" "$(ctl namespaces --json | jq -c '[.namespaces[].id] | sort')" \
    "namespace ids listed by nestboxctl"

uid=$(id -u "$user")
refusal=$(grep -F org.nestbox.launch "$NESTBOX_HELPER_LOG" | grep -w -- "$uid" || true)
[[ -n $refusal ]] || fail "no helper log line names both org.nestbox.launch and uid $uid;" \
    "the log ends with: $(tail -n 5 "$NESTBOX_HELPER_LOG")"
