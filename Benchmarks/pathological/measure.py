#!/usr/bin/env python3
"""Runs one command and prints "CPU_SECONDS PEAK_KB" for Benchmarks/pathological/run.sh.

Usage: measure.py MIN_CPU MAX_RUNS LONG_RUNS COMMAND [ARGS...]

CPU seconds are the child's user + system time from wait4(2), which Linux reports to the
microsecond (the kernel's scheduler clock), not to /usr/bin/time's hundredth of a second.
The command is run up to MAX_RUNS times while its least CPU time so far is under MIN_CPU
seconds, and up to LONG_RUNS times in all once it is not; the least CPU time is printed: a
run's time only grows with noise (other work, cache misses), so the minimum is the best
estimate of its cost. A few tenths of a second are otherwise mostly noise, and one run of
several seconds has been seen to take nearly twice the least of its repeats (ofchain at 64x,
5.4 to 10.2 s, 2026-12-07), so long runs are repeated too, fewer times. The peak is the
largest resident size of any run. Standard output goes to /dev/null; standard error to the
file named by MEASURE_STDERR if set. The command's exit code is ignored (a refused input is
an expected outcome); a command killed by a signal (a crash) makes this script print the
signal and exit 1.
"""
import os
import sys


def run_once(argv, stderr_path):
    pid = os.fork()
    if pid == 0:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            err = os.open(stderr_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644) if stderr_path else devnull
            os.dup2(err, 2)
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    if os.WIFSIGNALED(status):
        print("CRASH (signal %d): %s" % (os.WTERMSIG(status), " ".join(argv)), file=sys.stderr)
        sys.exit(1)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def main():
    min_cpu, max_runs, long_runs = float(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    argv = sys.argv[4:]
    stderr_path = os.environ.get("MEASURE_STDERR")
    best, peak, runs = None, 0, 0
    while True:
        cpu, kb = run_once(argv, stderr_path)
        runs += 1
        best = cpu if best is None else min(best, cpu)
        peak = max(peak, kb)
        if runs >= (max_runs if best < min_cpu else long_runs):
            break
    print("%.6f %d" % (best, peak))


if __name__ == "__main__":
    main()
