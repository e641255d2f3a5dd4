# SPDX-License-Identifier: GPL-3.0-or-later
# nestboxctl shows a launched namespace as a child of the host's, shows host and in-namespace
# PIDs in its tree, and nests a PID namespace that the app creates itself under the app's.
source "$(dirname "$0")/lib.sh"
make_output_dir

host_namespace=$(pid_namespace_of self)

# The app runs as root here, so it may create a PID namespace of its own with unshare.
ctl launch --wait -- sh -c \
    "readlink /proc/self/ns/pid | tr -dc 0-9 >$OUTPUT_DIR/namespace
     unshare --pid --fork --mount-proc sleep 30 &
     wait" &
launch_pid=$!
namespace=
trap 'kill -TERM "$(init_of_namespace "$namespace")" 2>/dev/null; wait; rm -rf "$OUTPUT_DIR"' EXIT

wait_for_file "$OUTPUT_DIR/namespace"
namespace=$(cat "$OUTPUT_DIR/namespace")

namespace_json() {
    ctl namespaces --json | jq -c --argjson id "$1" '.namespaces[] | select(.id == $id)'
}
nested_json() {
    ctl namespaces --json |
        jq -c --argjson parent "$namespace" '.namespaces[] | select(.parentId == $parent)'
}
wait_until 10 test -n "$(nested_json)"

app=$(namespace_json "$namespace")
assert_eq "$host_namespace" "$(jq -r .parentId <<<"$app")" "parentId of the launched namespace"
assert_eq 1 "$(jq -r .level <<<"$app")" "level of the launched namespace"
assert_eq true "$(jq -r .createdByNestbox <<<"$app")" "createdByNestbox of the launched namespace"
assert_eq "$(init_of_namespace "$namespace")" "$(jq -r .initHostPid <<<"$app")" \
    "initHostPid of the launched namespace"

nested=$(nested_json)
assert_eq 2 "$(jq -r .level <<<"$nested")" "level of the namespace the app created"
assert_eq false "$(jq -r .createdByNestbox <<<"$nested")" "createdByNestbox of the nested one"

# The app (sh) is PID 2 inside, and the tree must give both its host PID and that PID.
app_pid=$(host_pid_in_namespace "$namespace" 2)
[[ -n $app_pid ]] || fail "no PID 2 found in namespace $namespace"
process=$(ctl tree --json "$namespace" | jq -c --argjson id "$namespace" \
    --argjson pid "$app_pid" '.namespaces[] | select(.id == $id) | .processes[] |
    select(.hostPid == $pid)')
[[ -n $process ]] || fail "no process with hostPid $app_pid in the tree of namespace $namespace"
assert_eq 2 "$(jq -r .pid <<<"$process")" "PID inside the namespace of host PID $app_pid"
assert_eq sh "$(jq -r .name <<<"$process")" "name of host PID $app_pid in the tree"
