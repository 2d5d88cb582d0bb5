"""Post-pass: absorb unaligned sentences into a neighbouring bead when that explains them better.

The DP's bead shapes stop at ``max_merge`` sentences a side, so a fragment next to a 3-1 bead
(an OCR line break, a caption glued to a sentence, a unit of four short sentences) can only
be left unaligned. Here each null bead is merged into its left or right neighbour whenever
the merged bead, costed by the same model with a prior extrapolated to its shape, is
cheaper than the null and the neighbour apart. With a provided translation the merged bead's
length term is at most the neighbour's: the translation's similarity, not the length ratio a
glued-in untranslated fragment spoils, decides. Merges never cross a bead, so the result
stays monotone and complete.
"""

from __future__ import annotations

from collections.abc import Sequence

from auditor.core.align.costs import BeadCosts

Bead4 = tuple[int, int, int, int]


def _is_null(b: Bead4) -> bool:
    return b[0] == b[1] or b[2] == b[3]


def absorb_nulls(
    beads: Sequence[Bead4], margins: Sequence[float], costs: BeadCosts, max_side: int = 8
) -> tuple[list[Bead4], list[float]]:
    """Beads with null beads merged into neighbours where that lowers the path cost.

    Each merged bead takes the smaller margin of its parts. Beads never grow beyond
    ``max_side`` sentences on a side.
    """
    out = list(beads)
    marg = list(margins)
    cache: dict[Bead4, float] = {}

    def cost(b: Bead4) -> float:
        if b not in cache:
            cache[b] = costs.bead_cost(*b)
        return cache[b]

    changed = True
    while changed:
        changed = False
        k = 0
        while k < len(out):
            b = out[k]
            if not _is_null(b):
                k += 1
                continue
            best, best_side = 0.0, 0
            for side in (-1, 1):
                q = k + side
                if not 0 <= q < len(out) or _is_null(out[q]):
                    continue
                lo_b, hi_b = (out[q], b) if side < 0 else (b, out[q])
                merged = (lo_b[0], hi_b[1], lo_b[2], hi_b[3])
                if max(merged[1] - merged[0], merged[3] - merged[2]) > max_side:
                    continue
                if costs.grams is not None:
                    # With a translation, its similarity decides whether the fragment belongs
                    # to the neighbour; lengths would keep an untranslated caption apart.
                    delta = costs.bead_cost(*merged, part=out[q]) - cost(b) - cost(out[q])
                else:
                    delta = cost(merged) - cost(b) - cost(out[q])
                # The merge takes the path off the node between the two beads.
                delta += costs.node_bonus_at(hi_b[0], hi_b[2])
                if delta < best - 1e-9:
                    best, best_side = delta, side
            if best_side == 0:
                k += 1
                continue
            q = k + best_side
            lo_i, hi_i = min(k, q), max(k, q)
            merged = (out[lo_i][0], out[hi_i][1], out[lo_i][2], out[hi_i][3])
            out[lo_i : hi_i + 1] = [merged]
            marg[lo_i : hi_i + 1] = [min(marg[lo_i], marg[hi_i])]
            changed = True
            k = lo_i
    return out, marg
