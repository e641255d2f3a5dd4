# SPDX-License-Identifier: GPL-3.0-or-later
# Shell functions shared by scripts/run and scripts/screenshots. A script sets build_dir (the
# build folder) before it sources this file, and work_dir (a private temporary folder) before it
# calls start_xvfb, which stores the server's PID in xvfb_pid for the script to stop.
# shellcheck shell=bash disable=SC2154

# Prints "SCRIPT: MESSAGE" on standard error and exits with status 1.
fail() {
    echo "$(basename "$0"): $*" >&2
    exit 1
}

# Prints the path of the built executable NAME, searching the build tree.
find_executable() {
    local path
    path=$(find "$build_dir" -path '*/CMakeFiles' -prune -o -name "$1" -type f -perm -u+x \
        -print -quit)
    [[ -n $path ]] || fail "no $1 in $build_dir; did the build fail?"
    echo "$path"
}

# Starts Xvfb with one screen of SIZE (WIDTHxHEIGHTxDEPTH) on the first free display number,
# which Xvfb picks and writes to -displayfd, and exports DISPLAY. With -noreset the server does not
# reset when its last client disconnects. trayer, started just as a nestbox run ended, once failed
# to open the display, most likely during such a reset.
start_xvfb() {
    local size=$1 display_file=$work_dir/display
    : >"$display_file"
    Xvfb -displayfd 3 -screen 0 "$size" -nolisten tcp -noreset 3>"$display_file" \
        >"$work_dir/xvfb.log" 2>&1 &
    xvfb_pid=$!
    for _ in {1..100}; do
        local number
        number=$(<"$display_file")
        if [[ $number =~ ^[0-9]+$ ]]; then
            export DISPLAY=:$number
            return 0
        fi
        kill -0 "$xvfb_pid" 2>/dev/null || break
        sleep 0.1
    done
    cat "$work_dir/xvfb.log" >&2
    fail "Xvfb did not start; its log is above"
}
