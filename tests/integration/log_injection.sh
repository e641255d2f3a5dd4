# SPDX-License-Identifier: GPL-3.0-or-later
# A caller's text reaches the helper's log only with its control characters escaped, so a newline
# in a launched command or in a failed command's name cannot start a forged log line.
source "$(dirname "$0")/lib.sh"
: "${NESTBOX_HELPER_LOG:?run this test through scripts/private-stack}"

forged='2026-01-01T00:00:00.000 [helper.auth] warning: FORGED'
# The last argument is only sh's $0, so the app exits with 0 whatever it contains.
run_status ctl launch --wait -- sh -c 'exit 0' "name
$forged started"
assert_eq 0 "$STATUS" "exit status of a command with a newline"
run_status ctl launch -- "/nonexistent
$forged failed"
assert_eq 7 "$STATUS" "exit status of a missing command with a newline"

log=$(cat "$NESTBOX_HELPER_LOG")
assert_not_contains "$log" $'\n'"$forged" "helper log after commands with newlines"
assert_contains "$log" "exit 0 name\\n$forged started" "helper log line of the launched command"
assert_contains "$log" "/nonexistent\\n$forged failed" "helper log line of the failed launch"
