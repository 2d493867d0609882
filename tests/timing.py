"""The cost of a call for the tests that check an algorithm runs in linear time (not speed targets: those
live in benchmarks)."""
from __future__ import annotations

import time
from typing import Callable


def best_of_three(call: Callable[[], object]) -> float:
    """The least wall time of three runs of ``call``: a busy machine slows one run, not all three."""
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - t)
    return best
