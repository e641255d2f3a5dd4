# SPDX-License-Identifier: GPL-3.0-or-later
# A launched app runs in a PID namespace of its own: nestbox-init is PID 1, the app is PID 2, and
# `ps` inside lists only the namespace's few processes, not the host's. The app writes to
# nestboxctl's own stdout, so its output is read straight from there.
source "$(dirname "$0")/lib.sh"

output=$(ctl launch --wait -- sh -c 'echo $$; ps -e -o pid= | wc -l; ps -o comm= -p 1')
# nestboxctl's "namespace <id> pid <hostPid>" line may come before or after the app's output.
app_output=$(grep -v '^namespace [0-9]* pid [0-9]*$' <<<"$output")
mapfile -t lines <<<"$app_output"

assert_eq 2 "${lines[0]}" "the app's PID inside its namespace"
# Expected: init, sh, ps and wc, plus perhaps a subshell. The host has far more (kernel threads).
host_count=$(ps -e -o pid= | wc -l)
assert_between 3 5 "${lines[1]}" "processes visible inside (host has $host_count)"
assert_eq nestbox-init "${lines[2]}" "command of PID 1 inside the namespace"
