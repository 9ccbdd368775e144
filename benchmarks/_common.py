"""Helpers shared by the benchmark scripts."""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def median(xs: list[float]) -> float:
    return statistics.median(xs)


def p95(xs: list[float]) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))]


def finish(figures: dict) -> None:
    """The last line every benchmark prints: its figures as one line of JSON."""
    print(json.dumps({k: (round(v, 4) if isinstance(v, float) else v) for k, v in figures.items()}))
    sys.stdout.flush()


def code_state() -> str:
    """The commit measured, and whether src/ had changes not yet committed."""
    import subprocess
    from pathlib import Path

    import reader

    root = Path(__file__).resolve().parent.parent

    where = Path(reader.__file__).resolve().parent
    if where != root / "src" / "reader":
        return f"reader imported from {where}, not this checkout"
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True).stdout
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "src"], cwd=root, capture_output=True, text=True)
    except OSError:
        return "unknown (no git)"
    return head.strip() + (" with uncommitted changes in src/" if dirty.stdout.strip() else "")


def solve(a: list[list[float]], b: list[float]) -> list[float]:
    """x with a x = b (Gauss-Jordan with partial pivoting)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        if abs(m[c][c]) < 1e-12:
            continue
        for r in range(n):
            if r != c and m[r][c]:
                k = m[r][c] / m[c][c]
                m[r] = [x - k * y for x, y in zip(m[r], m[c], strict=True)]
    return [m[i][n] / m[i][i] if abs(m[i][i]) > 1e-12 else 0.0 for i in range(n)]
