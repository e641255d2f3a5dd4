# SPDX-License-Identifier: GPL-3.0-or-later
# nestboxctl's error paths: a command-line error exits 2 before anything reaches the helper, an
# unknown namespace exits 6 naming its id, and a polkit refusal names the one action the helper
# checked.
source "$(dirname "$0")/lib.sh"
user=nestbox-denied
require_user "$user"
make_output_dir

run_status ctl --json namespaces
assert_eq 0 "$STATUS" "exit status of --json before the command"
[[ $(ctl --json namespaces | jq -r '.namespaces | type') == array ]] ||
    fail "--json before the command printed no JSON namespace list"

run_status ctl --json launch -- true
assert_eq 2 "$STATUS" "exit status of --json before launch"
errors=$(ctl --wait namespaces 2>&1 || true)
assert_contains "$errors" "wait" "error for --wait before the command"

# The app would write its arguments to a file if it ever started.
run_status ctl launch --wait -- sh -c 'printf %s "$1" >"$2"' x $'\xff' "$OUTPUT_DIR/argument"
assert_eq 2 "$STATUS" "exit status of a non-UTF-8 argument"
errors=$(ctl launch --wait -- sh -c 'printf %s "$1" >"$2"' x $'\xff' "$OUTPUT_DIR/argument" 2>&1 ||
    true)
assert_contains "$errors" 'argument 8 is not valid UTF-8: "\xff"' "error for a non-UTF-8 argument"
sleep 0.5
[[ ! -e $OUTPUT_DIR/argument ]] || fail "the app started despite the non-UTF-8 argument"

run_status ctl signal $$ WINCH
assert_eq 2 "$STATUS" "exit status of signal WINCH"
errors=$(ctl signal $$ 28 2>&1 || true)
assert_contains "$errors" 'invalid signal "28"' "error for signal 28"

missing=12345
run_status ctl tree "$missing"
assert_eq 6 "$STATUS" "exit status of tree for namespace $missing"
errors=$(ctl tree --json "$missing" 2>&1 || true)
assert_contains "$errors" "no namespace $missing" "error of tree for namespace $missing"
run_status ctl terminate "$missing"
assert_eq 6 "$STATUS" "exit status of terminate for namespace $missing"

# Terminating root's namespace as another user needs org.nestbox.signal-other, which the test
# rules deny, so the message names that action alone.
launched=$(ctl launch --detach -- sleep 60)
namespace=$(awk '{ print $2 }' <<<"$launched")
run_status ctl_as "$user" terminate "$namespace"
assert_eq 4 "$STATUS" "exit status of terminate as $user"
errors=$(ctl_as "$user" terminate "$namespace" 2>&1 || true)
assert_contains "$errors" "access denied by polkit for action org.nestbox.signal-other:" \
    "refusal of terminate as $user"
assert_not_contains "$errors" "org.nestbox.signal " "refusal of terminate as $user"
ctl terminate "$namespace"
