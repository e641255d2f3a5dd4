# SPDX-License-Identifier: GPL-3.0-or-later
# A user whom polkit rejects gets AccessDenied, nothing is launched, and the helper logs the
# refusal with the caller's uid and the polkit action.
source "$(dirname "$0")/lib.sh"
user=nestbox-denied
require_user "$user"
make_output_dir "$user"

uid=$(id -u "$user")

# Other tests and programs may create namespaces meanwhile, so only the denied user's count.
# lsns can fail while a process it scans exits, hence the retries.
pid_namespaces_of_user() {
    local listing
    for _ in 1 2 3; do
        listing=$(lsns -t pid -n -o NS,USER) && break
        listing=
    done
    [[ -n $listing ]] || fail "lsns -t pid failed three times"
    awk -v user="$user" '$2 == user { print $1 }' <<<"$listing"
}

reply=$(dbus_launch_as "$user" array:string:sleep,60 string: dict:string:string:)
assert_contains "$reply" org.freedesktop.DBus.Error.AccessDenied "reply to Launch as $user"

# nestboxctl documents exit code 4 for "polkit denied the action".
run_status ctl_as "$user" launch -- sleep 60
assert_eq 4 "$STATUS" "exit status of nestboxctl launch as $user"

assert_eq "" "$(pid_namespaces_of_user)" "PID namespaces in lsns whose process runs as $user"
assert_eq "" "$(pgrep -u "$user" || true)" "processes running as $user"
assert_eq "[]" "$(ctl namespaces --json |
    jq -c --argjson uid "$uid" '[.namespaces[] | select(.ownerUid == $uid) | .id]')" \
    "namespaces owned by uid $uid listed by nestboxctl"

refusal=$(grep -F org.nestbox.launch "$NESTBOX_HELPER_LOG" | grep -w -- "$uid" || true)
[[ -n $refusal ]] || fail "no helper log line names both org.nestbox.launch and uid $uid;" \
    "the log ends with: $(tail -n 5 "$NESTBOX_HELPER_LOG")"
