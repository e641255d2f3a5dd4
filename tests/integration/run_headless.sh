# SPDX-License-Identifier: GPL-3.0-or-later
# scripts/run without a display takes a screenshot of the GUI on Xvfb and prints the PNG's path
# as its last line. It starts its own private stack, so this test does not run inside one.
set -euo pipefail

fail() {
    echo "FAIL run_headless: $*" >&2
    exit 1
}

: "${NESTBOX_BUILD_DIR:?set NESTBOX_BUILD_DIR to the build tree to use}"
screenshot_dir=$(mktemp -d -t nestbox-run_headless.XXXXXX)
trap 'rm -rf "$screenshot_dir"' EXIT
chmod 0755 "$screenshot_dir"

output=$(env -u DISPLAY NESTBOX_SCREENSHOT="$screenshot_dir/shot.png" \
    "$(dirname "$0")/../../scripts/run") || fail "scripts/run exited with status $?"
file=$(tail -n 1 <<<"$output")

[[ $file == "$screenshot_dir/shot.png" ]] ||
    fail "last line of output: expected '$screenshot_dir/shot.png', got '$file'"
[[ -f $file ]] || fail "screenshot $file does not exist"

signature=$(head -c 8 "$file" | od -An -tx1 | tr -d ' \n')
[[ $signature == 89504e470d0a1a0a ]] ||
    fail "signature of $file: expected PNG (89504e470d0a1a0a), got '$signature'"

# A blank 1280x800 screen compresses to a few hundred bytes, a window with text to far more.
size=$(stat -c %s "$file")
((size > 10000)) || fail "size of $file: expected more than 10000 bytes, got $size"
