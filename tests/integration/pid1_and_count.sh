# SPDX-License-Identifier: GPL-3.0-or-later
# A launched app runs in a PID namespace of its own: nestbox-init is PID 1, the app is PID 2, and
# `ps` inside lists only the namespace's few processes, not the host's.
source "$(dirname "$0")/lib.sh"
make_output_dir

run_status ctl launch --wait -- sh -c \
    "echo \$\$ >$OUTPUT_DIR/pid; ps -o comm= -p 1 >$OUTPUT_DIR/init;
     ps -e -o pid= | wc -l >$OUTPUT_DIR/count"
assert_eq 0 "$STATUS" "exit status of launch --wait"

assert_eq 2 "$(cat "$OUTPUT_DIR/pid")" "the app's PID inside its namespace"
assert_eq nestbox-init "$(cat "$OUTPUT_DIR/init")" "command of PID 1 inside the namespace"

# Expected: init, sh, ps and wc, plus perhaps a subshell. The host has far more (kernel threads).
host_count=$(ps -e -o pid= | wc -l)
assert_between 3 5 "$(cat "$OUTPUT_DIR/count")" "processes visible inside (host has $host_count)"
