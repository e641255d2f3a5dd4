# SPDX-License-Identifier: GPL-3.0-or-later
# launch --wait exits with the app's exit code, or with 128 + the signal that killed the app.
source "$(dirname "$0")/lib.sh"

run_status ctl launch --wait -- sh -c 'exit 42'
assert_eq 42 "$STATUS" "exit status after 'exit 42'"

run_status ctl launch --wait -- sh -c 'kill -KILL $$'
assert_eq 137 "$STATUS" "exit status after SIGKILL (128 + 9)"

run_status ctl launch --wait -- true
assert_eq 0 "$STATUS" "exit status of true"
