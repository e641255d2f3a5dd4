# SPDX-License-Identifier: GPL-3.0-or-later
# launch --keep: the namespace outlives its app while a background process lives, ends with the
# last process, and launch --wait then reports the app's exit code. Without --keep the background
# process dies with the app. terminate ends a kept namespace, leftovers that ignore SIGTERM too.
source "$(dirname "$0")/lib.sh"
make_output_dir

# Succeeds while namespace ID appears in `nestboxctl namespaces --json`.
namespace_listed() {
    ctl namespaces --json | grep -Eq "\"id\": ?$1[,}]"
}

# Succeeds once no process named COMMAND is left in namespace NAMESPACE.
command_gone() {
    local namespace=$1 command=$2 pid
    for pid in $(pids_in_namespace "$namespace"); do
        [[ $(cat "/proc/$pid/comm" 2>/dev/null) == "$command" ]] && return 1
    done
    return 0
}

namespace_empty() {
    [[ -z $(pids_in_namespace "$1") ]]
}

namespace_gone() {
    ! namespace_listed "$1"
}

assert_no_zombie() {
    local namespace=$1 pid
    for pid in $(pids_in_namespace "$namespace"); do
        assert_ne Z "$(process_state "$pid")" "state of PID $pid in namespace $namespace"
    done
}

# Kept: the app (sh) exits with 3 at once, and the background sleep keeps the namespace until the
# test kills it, so no check below depends on how fast this machine is.
ctl launch --keep --wait -- sh -c \
    "sleep 300 >/dev/null &
     readlink /proc/self/ns/pid | tr -dc 0-9 >$OUTPUT_DIR/kept
     exit 3" >/dev/null 2>"$OUTPUT_DIR/kept-stderr" &
launch_pid=$!
wait_for_file "$OUTPUT_DIR/kept"
kept=$(cat "$OUTPUT_DIR/kept")

wait_until 5 command_gone "$kept" sh
[[ -n $(init_of_namespace "$kept") ]] || fail "namespace $kept lost its init when the app exited"
command_gone "$kept" sleep && fail "the background sleep of namespace $kept is gone"
namespace_listed "$kept" || fail "namespace $kept is not listed after its app exited"
assert_no_zombie "$kept"

# AppExited: launch --wait prints why it still waits.
wait_until 5 grep -qF \
    "the app exited with code 3; namespace $kept stays until its other processes have exited" \
    "$OUTPUT_DIR/kept-stderr"

kill -0 "$launch_pid" 2>/dev/null || fail "launch --keep --wait returned while the sleep lives"
pkill --ns "$(init_of_namespace "$kept")" --nslist pid -x sleep ||
    fail "no sleep to kill in namespace $kept"
run_status wait "$launch_pid"
assert_eq 3 "$STATUS" "exit status reported by launch --keep --wait"
assert_eq "" "$(pids_in_namespace "$kept")" "processes left in namespace $kept"
wait_until 5 namespace_gone "$kept"

# Not kept: the background sleep dies with the app, and launch --wait returns at once.
started=$SECONDS
run_status ctl launch --wait -- sh -c \
    "sleep 300 >/dev/null &
     readlink /proc/self/ns/pid | tr -dc 0-9 >$OUTPUT_DIR/ended
     exit 4" >/dev/null
assert_eq 4 "$STATUS" "exit status reported by launch --wait without --keep"
assert_between 0 5 $((SECONDS - started)) "seconds until the namespace without --keep ended"
ended=$(cat "$OUTPUT_DIR/ended")
wait_until 5 namespace_empty "$ended"

# Terminated: SIGTERM reaches every process of a kept namespace, and SIGKILL after the grace
# period ends a loop that ignores SIGTERM.
output=$(ctl launch --keep --detach -- sh -c \
    "(trap 'echo terminated >$OUTPUT_DIR/trapped; exit' TERM; while :; do sleep 0.2; done) &
     (trap '' TERM; while :; do sleep 0.2; done) &
     exit 0")
terminated=$(awk '{ print $2 }' <<<"$output")
[[ $terminated =~ ^[0-9]+$ ]] || fail "no namespace id in the launch output '$output'"
wait_until 5 namespace_listed "$terminated"
sleep 0.5
[[ -n $(init_of_namespace "$terminated") ]] || fail "kept namespace $terminated has no init"

ctl terminate "$terminated"
started=$SECONDS
wait_until 10 namespace_empty "$terminated"
assert_between 2 8 $((SECONDS - started)) "seconds until terminate ended the kept namespace"
wait_until 5 namespace_gone "$terminated"
assert_eq terminated "$(cat "$OUTPUT_DIR/trapped" 2>/dev/null)" "marker of the leftover's TERM trap"
