# SPDX-License-Identifier: GPL-3.0-or-later
# Shared code of the integration tests: assertions that print the expected and the actual value,
# and ways to run nestboxctl as root or as a test user on the private bus of scripts/private-stack.
# Apps launched by the helper have no terminal, so they report through files in $OUTPUT_DIR.
set -euo pipefail

: "${NESTBOXCTL:?set NESTBOXCTL to the nestboxctl executable}"
: "${DBUS_SYSTEM_BUS_ADDRESS:?run this test through scripts/private-stack}"

TEST_NAME=$(basename "$0" .sh)

fail() {
    echo "FAIL $TEST_NAME: $*" >&2
    exit 1
}

skip() {
    echo "SKIP $TEST_NAME: $*" >&2
    exit 77
}

assert_eq() {
    local expected=$1 actual=$2 what=$3
    [[ $actual == "$expected" ]] || fail "$what: expected '$expected', got '$actual'"
}

assert_ne() {
    local unexpected=$1 actual=$2 what=$3
    [[ $actual != "$unexpected" ]] || fail "$what: expected anything but '$unexpected'"
}

assert_contains() {
    local haystack=$1 needle=$2 what=$3
    [[ $haystack == *"$needle"* ]] || fail "$what: expected to contain '$needle', got '$haystack'"
}

assert_not_contains() {
    local haystack=$1 needle=$2 what=$3
    [[ $haystack != *"$needle"* ]] || fail "$what: expected no '$needle', got '$haystack'"
}

assert_between() {
    local low=$1 high=$2 actual=$3 what=$4
    [[ $actual =~ ^[0-9]+$ ]] || fail "$what: expected a number, got '$actual'"
    ((actual >= low && actual <= high)) ||
        fail "$what: expected between $low and $high, got $actual"
}

# Runs "$@" and stores its exit status in $STATUS instead of letting set -e end the test.
run_status() {
    STATUS=0
    "$@" || STATUS=$?
}

# Waits up to SECONDS (default 10) for FILE to exist and be non-empty.
wait_for_file() {
    local file=$1 seconds=${2:-10}
    local tries=$((seconds * 10))
    while ((tries-- > 0)); do
        [[ -s $file ]] && return 0
        sleep 0.1
    done
    fail "timed out after ${seconds} s waiting for $file"
}

# Waits up to SECONDS (default 10) until the command "$@" succeeds.
wait_until() {
    local seconds=$1
    shift
    local tries=$((seconds * 10))
    while ((tries-- > 0)); do
        "$@" && return 0
        sleep 0.1
    done
    fail "timed out after ${seconds} s waiting for: $*"
}

require_user() {
    id -u "$1" >/dev/null 2>&1 || skip "test user $1 is missing; scripts/test creates it"
}

# A folder the launched app can write to, removed when the test ends. USER (default root) owns
# it, and a copy of nestboxctl sits in it because the build tree may be under a folder, such as
# /root, that a test user cannot enter. nestboxctl links its own libraries statically.
make_output_dir() {
    local owner=${1:-root}
    OUTPUT_DIR=$(mktemp -d -t "nestbox-$TEST_NAME.XXXXXX")
    trap 'rm -rf "$OUTPUT_DIR"' EXIT
    chmod 0755 "$OUTPUT_DIR"
    cp "$NESTBOXCTL" "$OUTPUT_DIR/nestboxctl"
    chown "$owner:" "$OUTPUT_DIR"
}

ctl() {
    "$NESTBOXCTL" "$@"
}

# Runs the copied nestboxctl as USER. LD_PRELOAD in the client's environment must never reach
# the app, because the helper accepts only allow-listed variables.
ctl_as() {
    local user=$1
    shift
    runuser -u "$user" -- env DBUS_SYSTEM_BUS_ADDRESS="$DBUS_SYSTEM_BUS_ADDRESS" \
        LD_PRELOAD=/nonexistent.so "$OUTPUT_DIR/nestboxctl" "$@"
}

# Calls the helper's Launch method as USER with raw dbus-send arguments, bypassing the client's
# own checks. Prints dbus-send's output and error, and fails nothing itself.
dbus_launch_as() {
    local user=$1
    shift
    runuser -u "$user" -- env DBUS_SYSTEM_BUS_ADDRESS="$DBUS_SYSTEM_BUS_ADDRESS" \
        dbus-send --system --print-reply --dest=org.nestbox.Helper /org/nestbox/Helper \
        org.nestbox.Helper1.Launch "$@" 2>&1 || true
}

# Prints the inode of the PID namespace of process PID (default: this shell).
pid_namespace_of() {
    local link
    link=$(readlink "/proc/${1:-self}/ns/pid")
    link=${link#pid:[}
    echo "${link%]}"
}

# Prints the host PIDs of the processes whose PID namespace has inode NAMESPACE. One stat for
# all of /proc, not a readlink per process, so a scan stays quick on a loaded machine.
pids_in_namespace() {
    stat -L --format='%n %i' /proc/[0-9]*/ns/pid 2>/dev/null |
        awk -v namespace="$1" '$2 == namespace { split($1, path, "/"); print path[3] }'
    return 0
}

# Prints the state letter (R, S, Z, ...) of host process PID, or nothing when it is gone.
process_state() {
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 0
    # The command name in field 2 may contain spaces, so cut after its closing parenthesis.
    stat=${stat##*) }
    echo "${stat%% *}"
}

# Prints the host PID of the process that has PID INNER_PID in namespace NAMESPACE.
host_pid_in_namespace() {
    local namespace=$1 inner_pid=$2 pid
    for pid in $(pids_in_namespace "$namespace"); do
        if [[ $(awk '/^NSpid:/ { print $NF }' "/proc/$pid/status" 2>/dev/null) == "$inner_pid" ]]
        then
            echo "$pid"
            return 0
        fi
    done
    return 0
}

init_of_namespace() {
    host_pid_in_namespace "$1" 1
}

# Prints the PID of the process that owns org.nestbox.Helper on the private bus.
helper_pid() {
    dbus-send --system --print-reply=literal --dest=org.freedesktop.DBus \
        /org/freedesktop/DBus org.freedesktop.DBus.GetConnectionUnixProcessID \
        string:org.nestbox.Helper | awk '{ print $2 }'
}
