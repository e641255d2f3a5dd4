#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns the raw files of one scripts/bench run into a table of ratios and one JSON result file.

Usage: bench-report.py RESULTS_DIR OUTPUT_JSON
"""
import datetime
import json
import pathlib
import platform
import statistics
import sys


def load(folder, name):
    return json.loads((folder / name).read_text())


def hyperfine_ms(report, command_prefix):
    """Return (p50, p99) wall times in ms of the hyperfine entry whose command starts so."""
    for entry in report["results"]:
        if entry["command"].startswith(command_prefix):
            times = sorted(t * 1000 for t in entry["times"])
            return statistics.median(times), times[int(0.99 * (len(times) - 1))]
    raise KeyError(command_prefix)


def machine():
    model = "unknown CPU"
    for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    cores = len([l for l in pathlib.Path("/proc/cpuinfo").read_text().splitlines()
                 if l.startswith("processor")])
    return f"{model}, {cores} cores, Linux {platform.release()}"


def main():
    folder = pathlib.Path(sys.argv[1])
    output = pathlib.Path(sys.argv[2])

    b1 = load(folder, "b1_nestbox.json")
    b1_peers = load(folder, "b1_peers.json")
    unshare_p50, unshare_p99 = hyperfine_ms(b1_peers, "unshare")
    bwrap_p50, _ = hyperfine_ms(b1_peers, "bwrap")
    firejail_p50, _ = hyperfine_ms(b1_peers, "firejail")

    b2 = load(folder, "b2_nestbox.json")
    b2_peers = load(folder, "b2_peers.json")
    ps_args_p50, _ = hyperfine_ms(b2_peers, "ps -e -o pid,ppid,uid")
    ps_ns_p50, _ = hyperfine_ms(b2_peers, "ps -e -o pid,ppid,pidns")

    events = load(folder, "b3_events.json")
    churn = load(folder, "b3_churn.json")
    idle = load(folder, "b3_idle.json")
    gui = load(folder, "b4_gui.json")

    rows = [
        ("B1 launch p50 (ms)", b1["p50_ms"], "unshare", unshare_p50, "<= 1.0x"),
        ("B1 launch p50 (ms)", b1["p50_ms"], "bwrap", bwrap_p50, ""),
        ("B1 launch p50 (ms)", b1["p50_ms"], "firejail", firejail_p50, ""),
        ("B1 launch p99 (ms)", b1["p99_ms"], "unshare", unshare_p99, ""),
        ("B2 snapshot (ms)", b2["median_ms"], "ps ...args", ps_args_p50, "<= 0.5x"),
        ("B2 snapshot (ms)", b2["median_ms"], "ps ...pidns", ps_ns_p50, ""),
        ("B3 idle CPU (% core)", idle["helper_percent"], "htop", idle["htop_percent"], "<= 0.2%"),
    ]
    print(f"{'measure':<22} {'nestbox':>9} {'peer':<12} {'peer value':>10} {'ratio':>7}  goal")
    for name, ours, peer, theirs, goal in rows:
        ratio = f"{ours / theirs:.2f}x" if theirs else "n/a"
        print(f"{name:<22} {ours:>9.2f} {peer:<12} {theirs:>10.2f} {ratio:>7}  {goal}")
    print(f"B3 fork -> delta: p50 {events['fork_p50_ms']:.1f} ms, p99 {events['fork_p99_ms']:.1f} ms"
          f" (goal p50 <= 20, p99 <= 100); exit -> delta: p50 {events['exit_p50_ms']:.1f} ms,"
          f" p99 {events['exit_p99_ms']:.1f} ms; {events.get('unreported', 0)} of"
          f" {events['processes']} forks or exits not reported within 5 s")
    print(f"B3 churn: {churn['started']} started, {churn['unseen']} never reported,"
          f" {churn['stale_rows']} stale rows afterwards (goal 0 and 0)")
    print(f"B4 GUI: median {gui['median_ms']:.1f} ms, p99 {gui['p99_ms']:.1f} ms per delta"
          f" (goal median <= 5 ms); reset during updates: {gui['reset_during_updates']};"
          f" resident memory {gui['resident_mb']:.0f} MB (goal <= 150 MB)")
    print(f"B2 processes in the snapshot: {b2['processes']}, namespaces: {b2['namespaces']};"
          f" listing /proc alone: {b2['listing_median_ms']:.2f} ms")

    result = {
        "date": datetime.date.today().isoformat(),
        "machine": machine(),
        "b1": {"nestbox": b1, "unshare_p50_ms": unshare_p50, "unshare_p99_ms": unshare_p99,
               "bwrap_p50_ms": bwrap_p50, "firejail_p50_ms": firejail_p50},
        "b2": {"nestbox": b2, "ps_args_ms": ps_args_p50, "ps_pidns_ms": ps_ns_p50},
        "b3": {"events": events, "churn": churn, "idle": idle},
        "b4": gui,
    }
    tmp = output.with_suffix(".tmp")
    tmp.write_text(json.dumps(result, indent=2) + "\n")
    tmp.replace(output)
    print(f"machine: {result['machine']}; written to {output}")


if __name__ == "__main__":
    main()
