# SPDX-License-Identifier: GPL-3.0-or-later
# nestbox-init reaps orphans: a double-forked grandchild that exits leaves no zombie. SIGTERM to
# the init reaches the app's own trap handler, and when the app exits, its leftover background
# process dies with the namespace and launch --wait reports the app's exit code.
source "$(dirname "$0")/lib.sh"
make_output_dir

# The subshell exits at once, so the short sleep is re-parented to init and exits there.
ctl launch --wait -- sh -c \
    "trap 'echo trapped >$OUTPUT_DIR/marker; exit 3' TERM
     (sleep 0.3 &)
     sleep 300 &
     readlink /proc/self/ns/pid | tr -dc 0-9 >$OUTPUT_DIR/namespace
     wait" &
launch_pid=$!

wait_for_file "$OUTPUT_DIR/namespace"
namespace=$(cat "$OUTPUT_DIR/namespace")
sleep 1

leftover=
for pid in $(pids_in_namespace "$namespace"); do
    assert_ne Z "$(process_state "$pid")" "state of PID $pid after the orphan exited"
    [[ $(cat "/proc/$pid/comm" 2>/dev/null) == sleep ]] && leftover=$pid
done
[[ -n $leftover ]] || fail "the background 'sleep 300' is not in namespace $namespace"

init=$(init_of_namespace "$namespace")
[[ -n $init ]] || fail "no PID 1 found in namespace $namespace"
kill -TERM "$init"

run_status wait "$launch_pid"
assert_eq 3 "$STATUS" "exit status reported by launch --wait after SIGTERM"
wait_for_file "$OUTPUT_DIR/marker" 5
assert_eq trapped "$(cat "$OUTPUT_DIR/marker")" "marker written by the app's TERM trap"
wait_until 5 test ! -e "/proc/$leftover"
assert_eq "" "$(pids_in_namespace "$namespace")" "processes left in namespace $namespace"
