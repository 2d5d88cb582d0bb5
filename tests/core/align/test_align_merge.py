"""The cost model behind the DP, reused for single beads, and the null-absorbing post-pass."""

from __future__ import annotations

import numpy as np

from auditor.core.align import AlignParams, align_texts
from auditor.core.align.band import full_band
from auditor.core.align.costs import BeadCosts
from auditor.core.align.features import Interner, weighted_sides
from auditor.core.align.merge import absorb_nulls
from auditor.core.align.mtsim import char_ngram_ids, ngram_bags

SRC = [f"Satz {k} über den Berg {100 + k} und das Tal {k * 7}." for k in range(12)]
TGT = [f"Phrase {k} sur la montagne {100 + k} et la vallée {k * 7}." for k in range(12)]


def _costs(src: list[str], tgt: list[str], types: list[tuple[int, int]]) -> BeadCosts:
    p = AlignParams()
    interner = Interner()
    s_bag, t_bag = interner.analyse(src)[0], interner.analyse(tgt)[0]
    ls = np.array([len(t) for t in src], dtype=np.float64)
    lt = np.array([len(t) for t in tgt], dtype=np.float64)
    s_side, t_side = weighted_sides(s_bag, t_bag, ls, lt, p)
    g_src, g_tgt = ngram_bags(src, tgt, p.gram_sizes)
    mt_sides = weighted_sides(g_src, g_tgt, ls, lt, p)
    lo, width = full_band(len(src), len(tgt))
    return BeadCosts(s_side, t_side, lo, width, types, p, 1.0, 0.3, 1.0, (src, tgt), None, mt_sides)


def test_single_bead_cost_equals_the_dp_cost() -> None:
    types = [(1, 1), (1, 0), (1, 2), (2, 1), (2, 2)]
    costs = _costs(SRC, TGT, types)
    table = costs(1, len(SRC) + 1)
    for t, (a, b) in enumerate(types):
        if b == 0:
            continue
        for i in range(a, len(SRC) + 1):
            for j in range(b, len(TGT) + 1):
                assert abs(costs.bead_cost(i - a, i, j - b, j) - table[t, i - 1, j]) < 1e-4  # float32 ratios


def test_char_ngrams_stay_inside_their_sentence() -> None:
    sent, hashes = char_ngram_ids(["ab", "ab", "xyz"], (3,))
    # " ab " has 2 trigrams, " xyz " 3; none spans two texts, equal texts share ids.
    assert sent.tolist() == [0, 0, 1, 1, 2, 2, 2]
    assert hashes[:2].tolist() == hashes[2:4].tolist()
    assert len(set(hashes[4:].tolist()) & set(hashes[:4].tolist())) == 0


def test_a_sentence_split_over_many_lines_is_one_bead() -> None:
    # Target line 5 is one sentence that the source splits over six short lines, more than
    # the DP's largest shape: the post-pass must gather them instead of leaving nulls.
    pieces = ["Am Morgen 11", "mit Anna 22", "und Ben 33", "nach Bern 44", "um acht 55", "Uhr 66."]
    src = SRC[:5] + pieces + SRC[5:]
    tgt = TGT[:5] + ["Le matin 11 avec Anna 22 et Ben 33 vers Berne 44 à huit 55 heures 66."] + TGT[5:]
    beads = align_texts(src, tgt)
    assert ((5, 6, 7, 8, 9, 10), (5,)) in [(b.source, b.target) for b in beads]
    assert not [b for b in beads if not b.source or not b.target]


def test_absorbing_never_merges_across_a_bead_and_keeps_cover() -> None:
    types = [(1, 1), (1, 0), (1, 2), (2, 1), (2, 2)]
    costs = _costs(SRC, TGT, types)
    beads = [(k, k + 1, k, k + 1) for k in range(12)]
    beads[3] = (3, 4, 3, 3)  # a wrong null: source 3 left out, target 3 then unaligned
    beads.insert(4, (4, 4, 3, 4))
    out, margins = absorb_nulls(beads, [1.0] * len(beads), costs)
    assert len(out) == len(margins)
    assert [i for b in out for i in range(b[0], b[1])] == list(range(12))
    assert [j for b in out for j in range(b[2], b[3])] == list(range(12))


def test_a_glued_fragment_is_not_charged_for_the_length_it_adds() -> None:
    # A long untranslated fragment spoils the length ratio of the bead it belongs to; with the
    # neighbour as ``part`` the merged bead keeps the neighbour's length term.
    src = SRC[:4] + ["Bildlegende Nadelhorn Stecknadelhorn Hohberghorn Dürrenhorn Lenzspitze."] + SRC[4:]
    costs = _costs(src, TGT, [(1, 1), (1, 0), (1, 2), (2, 1)])
    plain = costs.bead_cost(3, 5, 3, 4)
    floored = costs.bead_cost(3, 5, 3, 4, part=(3, 4, 3, 4))
    ls, lt = np.array([costs.ls[5] - costs.ls[3]]), np.array([costs.lt[4] - costs.lt[3]])
    spoilt = float(costs.length_cost(ls, lt)[0])
    own = float(costs.length_cost(np.array([costs.ls[4] - costs.ls[3]]), lt)[0])
    assert spoilt > own
    assert abs((plain - floored) - (spoilt - own)) < 1e-9
