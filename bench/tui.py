"""TUI responsiveness benchmark, driven with Textual's Pilot (headless).

Measures, for a synthetic 10k-bead, 3-witness audit (``auditor.tui.synthetic``):

* first screen: from ``make_app`` to the review screen drawn with its rows and findings list
  (target ≤ 1.5 s);
* next finding: the latency of ``n`` (jump, scroll, highlight, detail), median and worst over
  many presses (target ≤ 50 ms). Measured as the time the key's action and the screen refresh
  it causes take, without Pilot's own settle delays.

Usage: ``python bench/tui.py [--beads 10000] [--presses 50]``. Prints a table and exits 1 when a
target is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time

from auditor.tui.app import make_app
from auditor.tui.screens.review import ReviewScreen
from auditor.tui.synthetic import synthetic_audit

FIRST_SCREEN_S = 1.5
NEXT_FINDING_MS = 50.0


async def measure(beads: int, presses: int) -> tuple[float, list[float], int]:
    audit = synthetic_audit(beads, ("en", "fr", "de"))
    t0 = time.perf_counter()
    app = make_app(audit, path=None, save_path=None)
    async with app.run_test(size=(120, 40)) as pilot:
        while not isinstance(app.screen, ReviewScreen) or not app.screen.panel.filtered:
            await asyncio.sleep(0.005)
        await pilot.pause()  # first full refresh on screen
        first = time.perf_counter() - t0
        screen = app.screen
        latencies: list[float] = []
        for _ in range(presses):
            before = screen.current
            t = time.perf_counter()
            await app.run_action("next_finding(1)", screen)
            app.screen._compositor_refresh()  # draw now, as the next frame would
            latencies.append((time.perf_counter() - t) * 1000)
            assert screen.current != before
        await pilot.pause()
        return first, latencies, len(audit.findings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--beads", type=int, default=10_000)
    parser.add_argument("--presses", type=int, default=50)
    args = parser.parse_args()
    first, lat, n_findings = asyncio.run(measure(args.beads, args.presses))
    med, worst = statistics.median(lat), max(lat)
    print(f"audit: {args.beads} beads x 3 witnesses, {n_findings} findings")
    print(f"first screen      {first:7.3f} s    (target <= {FIRST_SCREEN_S} s)")
    print(f"next finding p50  {med:7.1f} ms   (target <= {NEXT_FINDING_MS} ms)")
    print(f"next finding max  {worst:7.1f} ms")
    ok = first <= FIRST_SCREEN_S and med <= NEXT_FINDING_MS
    print("OK" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
