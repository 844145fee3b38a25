#!/usr/bin/env python3
"""Samples of a `perf record --call-graph` per thread, with each function's inclusive share of
its thread's samples (the function anywhere on the stack) and its self share (on top).

usage: perf script -i perf.data -F tid,ip,sym | bench/perf_by_thread.py [TOP] [SUBSTRING...]
Prints each thread with its samples, then the TOP functions by inclusive share (default 25), and
after them the inclusive share of every function whose name holds one of the SUBSTRINGs."""
import collections
import sys


def samples(lines):
    """Yields (tid, [symbols from the top of the stack down]) per sample of `perf script`."""
    tid, stack = None, []
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip():
            if tid is not None:
                yield tid, stack
            tid, stack = None, []
        elif not line[0].isspace():
            if tid is not None:
                yield tid, stack
            tid, stack = line.split()[0], []
        else:
            parts = line.split(None, 1)
            stack.append(parts[1] if len(parts) > 1 else "[unknown]")
    if tid is not None:
        yield tid, stack


def main():
    top = int(sys.argv[1]) if len(sys.argv) > 1 else 25
    wanted = sys.argv[2:]
    total = collections.Counter()
    inclusive = collections.defaultdict(collections.Counter)
    self_ = collections.defaultdict(collections.Counter)
    for tid, stack in samples(sys.stdin):
        total[tid] += 1
        for sym in set(stack):
            inclusive[tid][sym] += 1
        if stack:
            self_[tid][stack[0]] += 1
    for tid, n in total.most_common():
        print(f"thread {tid}: {n} samples")
        for sym, k in inclusive[tid].most_common(top):
            print(f"  {100 * k / n:5.1f}% incl {100 * self_[tid][sym] / n:5.1f}% self  {sym[:110]}")
        for sym, k in sorted(inclusive[tid].items(), key=lambda item: -item[1]):
            if any(w in sym for w in wanted):
                print(f"  [{100 * k / n:5.1f}% incl]  {sym[:110]}")


if __name__ == "__main__":
    main()
