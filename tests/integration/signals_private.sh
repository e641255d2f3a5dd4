# SPDX-License-Identifier: GPL-3.0-or-later
# The helper's signals carry every user's processes and command lines, so it addresses each one
# to the clients entitled to it instead of broadcasting it. A user whom polkit refuses, listening
# to everything the helper sends, hears nothing of another user's launch, while the launching
# client still learns that its namespace has ended.
source "$(dirname "$0")/lib.sh"
user=nestbox-denied
require_user "$user"
make_output_dir "$user"
command -v gdbus >/dev/null || fail "gdbus is missing (Debian package libglib2.0-bin)"

# gdbus monitor subscribes to every signal the helper sends, as an ordinary client can.
runuser -u "$user" -- env DBUS_SYSTEM_BUS_ADDRESS="$DBUS_SYSTEM_BUS_ADDRESS" \
    gdbus monitor --system --dest org.nestbox.Helper >"$OUTPUT_DIR/overheard" 2>&1 &
monitor=$!
trap 'kill "$monitor" 2>/dev/null || true; rm -rf "$OUTPUT_DIR"' EXIT
wait_until 5 grep -q "Monitoring signals" "$OUTPUT_DIR/overheard"

run_status ctl launch --wait -- sh -c 'exit 5'
assert_eq 5 "$STATUS" "exit status that the launching client received in NamespaceExited"
sleep 0.5 # lets a misaddressed signal reach the monitor too

kill "$monitor"
wait "$monitor" 2>/dev/null || true
# gdbus prints each signal as "PATH: INTERFACE.NAME (ARGUMENTS)".
overheard=$(grep -F "org.nestbox.Helper1." "$OUTPUT_DIR/overheard" || true)
assert_eq "" "$overheard" "signals $user heard from the helper"
