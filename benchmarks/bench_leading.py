"""Start where you are: what a led pacer costs to build and to ask, printed as figures.

The longest lead there can be (1-1 to 15-15, about 56 minutes of breaths) is built once per
session and whenever "stay at this pace" is pressed; the circle asks it for the state ~30
times a second.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from companion.core.breathing import Pattern
from companion.core.leading import LeadingPacer


def main() -> None:
    """Print the build time of the longest lead and the cost of one state lookup."""
    runs = 20
    began = time.perf_counter()
    for _ in range(runs):
        pacer = LeadingPacer(Pattern(1, 1), Pattern(15, 15))
    build_ms = (time.perf_counter() - began) / runs * 1000
    calls = 100_000
    span = (pacer.arrived_at or 3600.0) * 1.2
    began = time.perf_counter()
    for i in range(calls):
        pacer.state_at(i * span / calls)
    lookup_us = (time.perf_counter() - began) / calls * 1e6
    print(
        f"leading pacer 1-1 -> 15-15 ({len(pacer.patterns)} breaths, arrives after "
        f"{(pacer.arrived_at or 0) / 60:.1f} min): built in {build_ms:.2f} ms; "
        f"state_at {lookup_us:.2f} us a call"
    )


if __name__ == "__main__":
    main()
