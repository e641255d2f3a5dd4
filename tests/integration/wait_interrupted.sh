# SPDX-License-Identifier: GPL-3.0-or-later
# launch --wait ends the namespace it waits for on SIGINT, SIGTERM and SIGHUP (terminal closed),
# and stops with exit code 3 when the helper dies, which ends the namespace with it.
source "$(dirname "$0")/lib.sh"
make_output_dir

# Starts `launch --wait` in the background with an app that writes its namespace to a file and
# sleeps. Sets LAUNCH_PID (nestboxctl's own PID, thanks to exec) and NAMESPACE. Bash ignores SIGINT
# in background jobs, which nestboxctl inherits, so the subshell restores it first.
start_waiting_launch() {
    rm -f "$OUTPUT_DIR/namespace"
    (
        trap - INT
        exec "$NESTBOXCTL" launch --wait --detach -- sh -c \
            "readlink /proc/self/ns/pid | tr -dc 0-9 >$OUTPUT_DIR/namespace
             exec sleep 100" >/dev/null 2>"$OUTPUT_DIR/stderr"
    ) &
    LAUNCH_PID=$!
    wait_for_file "$OUTPUT_DIR/namespace"
    NAMESPACE=$(cat "$OUTPUT_DIR/namespace")
    # A signal before the Launch reply is acted on once the reply arrives. The pause makes the
    # usual case the tested one: a signal while nestboxctl waits for the namespace.
    sleep 0.5
}

namespace_is_empty() {
    [[ -z $(pids_in_namespace "$NAMESPACE") ]]
}

for signal in INT TERM HUP; do
    start_waiting_launch
    kill -"$signal" "$LAUNCH_PID"
    run_status wait "$LAUNCH_PID"
    # TerminateNamespace sends SIGTERM, which ends the sleep.
    assert_eq 143 "$STATUS" "exit status of launch --wait after SIG$signal"
    wait_until 5 namespace_is_empty
done

start_waiting_launch
helper=$(helper_pid)
assert_between 2 4194304 "$helper" "PID of the helper on the private bus"
kill -KILL "$helper"

launch_has_exited() {
    ! kill -0 "$LAUNCH_PID" 2>/dev/null
}
wait_until 10 launch_has_exited
run_status wait "$LAUNCH_PID"
assert_eq 3 "$STATUS" "exit status of launch --wait after the helper died"
assert_contains "$(cat "$OUTPUT_DIR/stderr")" \
    "the Nestbox helper stopped while waiting for namespace $NAMESPACE" \
    "error of launch --wait after the helper died"
wait_until 5 namespace_is_empty
