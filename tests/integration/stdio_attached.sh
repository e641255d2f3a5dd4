# SPDX-License-Identifier: GPL-3.0-or-later
# nestboxctl launch hands the app its own stdin, stdout and stderr (LaunchAttached), and
# launch --detach gives the app /dev/null for all three (Launch).
source "$(dirname "$0")/lib.sh"
make_output_dir

# Drops nestboxctl's "namespace <id> pid <hostPid>" line, leaving what the app wrote.
app_lines() {
    grep -v '^namespace [0-9]* pid [0-9]*$' || true
}

output=$(echo hello | ctl launch --wait -- cat | app_lines)
assert_eq hello "$output" "what cat copied from nestboxctl's stdin to its stdout"

errors=$(ctl launch --wait -- sh -c 'echo oops >&2' 2>&1 >/dev/null)
assert_eq oops "$errors" "what the app wrote to nestboxctl's stderr"

run_status ctl launch --wait -- sh -c 'exit 3' </dev/null >/dev/null
assert_eq 3 "$STATUS" "exit status of an attached launch"

output=$(echo hello | ctl launch --detach --wait -- cat | app_lines)
assert_eq "" "$output" "output of cat launched with --detach"

# The fds are read from outside, with sleep itself as the app, as in user_identity.sh.
# Prints the host PID of the app that `ctl launch` reported in the file FILE, and ends its
# namespace when the test ends.
launched_app_pid() {
    [[ $(cat "$1") =~ ^namespace\ ([0-9]+)\ pid\ ([0-9]+) ]] ||
        fail "unexpected output of nestboxctl launch: '$(cat "$1")'"
    echo "${BASH_REMATCH[1]}" >>"$OUTPUT_DIR/namespaces"
    echo "${BASH_REMATCH[2]}"
}
trap 'xargs -r -n 1 "$NESTBOXCTL" terminate <"$OUTPUT_DIR/namespaces" >/dev/null 2>&1;
      rm -rf "$OUTPUT_DIR"' EXIT
touch "$OUTPUT_DIR/namespaces" "$OUTPUT_DIR/in"

ctl launch --detach -- sleep 30 >"$OUTPUT_DIR/detached"
app_pid=$(launched_app_pid "$OUTPUT_DIR/detached")
for fd in 0 1 2; do
    assert_eq /dev/null "$(readlink "/proc/$app_pid/fd/$fd")" "the detached app's fd $fd"
done

ctl launch -- sleep 30 <"$OUTPUT_DIR/in" >"$OUTPUT_DIR/out" 2>"$OUTPUT_DIR/err"
app_pid=$(launched_app_pid "$OUTPUT_DIR/out")
assert_eq "$OUTPUT_DIR/in" "$(readlink "/proc/$app_pid/fd/0")" "the attached app's fd 0"
assert_eq "$OUTPUT_DIR/out" "$(readlink "/proc/$app_pid/fd/1")" "the attached app's fd 1"
assert_eq "$OUTPUT_DIR/err" "$(readlink "/proc/$app_pid/fd/2")" "the attached app's fd 2"
assert_eq "0 1 2 " "$(ls "/proc/$app_pid/fd" | sort -n | tr '\n' ' ')" "the attached app's fds"

# nestbox-init, the app's parent, passes the caller's files on and then closes them.
init_pid=$(awk '{ print $4 }' "/proc/$app_pid/stat")
init_files=$(for fd in /proc/"$init_pid"/fd/*; do readlink "$fd"; done)
assert_not_contains "$init_files" "$OUTPUT_DIR" "files that nestbox-init holds open"
