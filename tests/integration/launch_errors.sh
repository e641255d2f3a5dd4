# SPDX-License-Identifier: GPL-3.0-or-later
# A launch that fails in the app's process names what failed: the working directory when the user
# cannot enter it, the command when it cannot be executed. Both are LaunchFailed (exit code 7).
source "$(dirname "$0")/lib.sh"
user=nestbox-granted
require_user "$user"
make_output_dir "$user"

# Only root may enter this folder, and the app runs as the user.
mkdir -m 0700 "$OUTPUT_DIR/root-only"

run_status ctl_as "$user" launch --wait --cwd "$OUTPUT_DIR/root-only" -- true
assert_eq 7 "$STATUS" "exit status of launch with a folder the user cannot enter"
error=$(ctl_as "$user" launch --cwd "$OUTPUT_DIR/root-only" -- true 2>&1 || true)
assert_contains "$error" "working directory '$OUTPUT_DIR/root-only'" "error for a root-only folder"
assert_contains "$error" "Permission denied" "error for a root-only folder"

error=$(ctl_as "$user" launch --cwd /nonexistent -- true 2>&1 || true)
assert_contains "$error" "working directory '/nonexistent'" "error for a missing folder"
assert_contains "$error" "No such file or directory" "error for a missing folder"

error=$(ctl_as "$user" launch -- /etc/passwd 2>&1 || true)
assert_contains "$error" "cannot execute '/etc/passwd'" "error for a file without execute rights"
assert_contains "$error" "Permission denied" "error for a file without execute rights"
