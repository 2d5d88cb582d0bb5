"""Two passages that swapped places: the larger keeps its order, the other is taken out."""

from __future__ import annotations

from pathlib import Path

from auditor.core.align import align_texts
from auditor.core.align.crossing_moves import anchor_pairs, crossing_moves, disorder
from auditor.core.segment import segment_text

ROOT = Path(__file__).resolve().parents[3]
SWAPPED = ROOT / "bench" / "data" / "checks" / "pt-en-zh-retold-football"


def _anchors(*names: str) -> frozenset[str]:
    return frozenset(names)


def _moves(src: list[frozenset[str]], tgt: list[frozenset[str]]) -> tuple[list[int], list[int]] | None:
    return crossing_moves(anchor_pairs(src, tgt), len(src), len(tgt))


def test_the_smaller_of_two_swapped_passages_is_the_move() -> None:
    # source 1-3 moved after source 4-8 in the target; each sentence has its own number
    src = [_anchors("#0"), _anchors("#1", "k:a"), _anchors("#2"), _anchors("#3"),
           _anchors("#4"), _anchors("#5"), _anchors("#6"), _anchors("#7"), _anchors("#8"), _anchors("#9")]
    order = [0, 4, 5, 6, 7, 8, 1, 2, 3, 9]
    tgt = [src[i] for i in order]
    assert _moves(src, tgt) == ([1, 2, 3], [6, 7, 8])


def test_texts_in_order_and_sparse_anchors_move_nothing() -> None:
    same = [_anchors(f"#{k}") for k in range(8)]
    assert _moves(same, same) is None
    # two far pairs with nothing between to say where a passage would begin and end
    src = [_anchors("#0"), _anchors("#1"), frozenset(), frozenset(), frozenset(), _anchors("#5"),
           _anchors("#6"), _anchors("#7"), _anchors("#8"), _anchors("#9")]
    tgt = [_anchors("#0"), _anchors("#6"), _anchors("#7"), _anchors("#8"), _anchors("#9"),
           frozenset(), frozenset(), _anchors("#1"), frozenset(), _anchors("#5")]
    assert _moves(src, tgt) is None


def test_an_unanchored_sentence_inside_the_passage_moves_with_it() -> None:
    src = [_anchors("#0"), _anchors("#1"), _anchors("#2"), _anchors("#3"), _anchors("#4"),
           _anchors("#5"), _anchors("#6"), _anchors("#7"), _anchors("#8")]
    # target: 0, then 4 5 6 7, then 1 2, a sentence without anchors, 3, and 8 last
    tgt = [_anchors("#0"), _anchors("#4"), _anchors("#5"), _anchors("#6"), _anchors("#7"),
           _anchors("#1"), _anchors("#2"), frozenset(), _anchors("#3"), _anchors("#8")]
    assert _moves(src, tgt) == ([1, 2, 3], [5, 6, 7, 8])


def test_a_retelling_that_swapped_two_long_passages_pairs_the_kept_one_sentence_by_sentence() -> None:
    pt = [s.text for s in segment_text((SWAPPED / "pt.txt").read_text(encoding="utf-8"), "pt", "pt")]
    en = [s.text for s in segment_text((SWAPPED / "en.txt").read_text(encoding="utf-8"), "en", "en")]
    beads = align_texts(pt, en, src_lang="pt", tgt_lang="en")
    pairs = {(b.source, b.target) for b in beads}
    # the transfer news (pt 12-19) is en 2-10; the stadium passage (pt 2-11) came after it
    assert ((12,), (2,)) in pairs and ((13,), (3,)) in pairs and ((15,), (5,)) in pairs
    # no sentence of the stadium passage is paired with one of the transfer news
    for b in beads:
        assert not (set(b.source) & set(range(2, 12)) and set(b.target) & set(range(2, 11)))



def test_one_pair_of_three_anchors_opening_a_passage_of_unanchored_sentences_moves_it() -> None:
    # target opens with the source's last passage: 13 (three anchors) and three quotations after it
    src = [frozenset({f"#{k}"}) for k in range(13)] + [frozenset({"#62", "#35", "k:ln"})] + [frozenset()] * 3
    tgt = [frozenset()] + [src[13]] + [frozenset()] * 3 + [src[k] for k in range(1, 13)]
    moved = _moves(src, tgt)
    assert moved == ([13, 14, 15, 16], [1, 2, 3, 4])
    # a move that takes out sentences in order leaves the reordering unexplained
    assert disorder(anchor_pairs(src, tgt), moved) < disorder(anchor_pairs(src, tgt), ([1, 2], [6, 7]))
    # two anchors are not enough for one pair to carry a passage
    weak = [*src[:13], frozenset({"#62", "#35"}), *src[14:]]
    weak_t = [frozenset()] + [weak[13]] + [frozenset()] * 3 + [weak[k] for k in range(1, 13)]
    assert _moves(weak, weak_t) is None


def test_two_numbered_sentences_close_together_far_off_the_order_are_a_passage() -> None:
    # source 2 and 3 (a number each) stand at target 8 and 10 (the retelling split one of them);
    # the rest keeps its order
    src = [_anchors(f"#{k}") for k in range(12)]
    tgt = [src[k] for k in (0, 1, 4, 5, 6, 7, 8)] + [src[2], frozenset(), src[3]] + [src[k] for k in (9, 10, 11)]
    assert _moves(src, tgt) == ([2, 3], [7, 8, 9])
    # two such pairs with two unanchored sentences between say nothing of where those went
    far = [frozenset() if k in (3, 4) else _anchors(f"#{k}") for k in range(12)]
    e = frozenset()
    far_t = [far[0], far[1], e, e, far[6], far[7], far[8], far[2], e, far[5], far[9], far[10], far[11]]
    assert _moves(far, far_t) is None
