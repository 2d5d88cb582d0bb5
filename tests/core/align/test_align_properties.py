"""Structural properties of every alignment: monotone, complete, sane on degenerate input."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.core.align import AlignParams, IndexBead, align_texts, low_confidence_threshold

sentence = st.text(
    alphabet=st.sampled_from(list("abcdefghij klmnoXYZ 0123456789.,?!«»абвгдেকখ")), min_size=0, max_size=40
)
sentences = st.lists(sentence, min_size=0, max_size=25)


def _check_cover(beads: list[IndexBead], n: int, m: int) -> None:
    src = [i for b in beads for i in b.source]
    tgt = [j for b in beads for j in b.target]
    assert src == list(range(n)), "every source index exactly once, in order"
    assert tgt == list(range(m)), "every target index exactly once, in order"
    for b in beads:
        assert b.source or b.target
        assert list(b.source) == sorted(b.source) and list(b.target) == sorted(b.target)
        assert 0.0 <= b.score <= 1.0


@settings(max_examples=60, deadline=None)
@given(sentences, sentences)
def test_beads_are_monotone_and_cover_everything(src: list[str], tgt: list[str]) -> None:
    _check_cover(align_texts(src, tgt), len(src), len(tgt))


@settings(max_examples=25, deadline=None)
@given(sentences, sentences)
def test_translation_mode_keeps_the_invariants(src: list[str], tgt: list[str]) -> None:
    _check_cover(align_texts(src, tgt, translation=list(reversed(src))), len(src), len(tgt))


@settings(max_examples=40, deadline=None)
@given(st.lists(sentence, min_size=8, max_size=40), st.lists(sentence, min_size=0, max_size=12))
def test_very_different_sentence_counts_keep_the_invariants(long: list[str], short: list[str]) -> None:
    # Counts this far apart run the anchored-ratio first pass and the missing-text priors.
    _check_cover(align_texts(long, short), len(long), len(short))
    _check_cover(align_texts(short, long), len(short), len(long))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet="abcdefgh ijk XYZ 123", min_size=8, max_size=60), min_size=1, max_size=30, unique=True))
def test_identical_texts_align_one_to_one(src: list[str]) -> None:
    beads = align_texts(src, list(src))
    assert [(b.source, b.target) for b in beads] == [((i,), (i,)) for i in range(len(src))]


def test_empty_and_one_sided_inputs() -> None:
    assert align_texts([], []) == []
    assert [(b.source, b.target) for b in align_texts(["a", "b"], [])] == [((0,), ()), ((1,), ())]
    assert [(b.source, b.target) for b in align_texts([], ["x"])] == [((), (0,))]


def test_long_inputs_use_the_band_and_stay_complete() -> None:
    # Large enough for two coarse levels; an omission of 30 target lines mid-way.
    src = [f"Line {i} says {i * 7} things about Zorn{i % 13}." for i in range(900)]
    tgt = [s.replace("says", "dit") for s in src[:400] + src[430:]] + ["tail"]
    p = AlignParams()
    beads = align_texts(tgt, src, params=p)
    _check_cover(beads, len(tgt), len(src))
    ones = {(b.source, b.target) for b in beads if len(b.source) == len(b.target) == 1}
    assert ((400,), (430,)) in ones and ((399,), (399,)) in ones


def test_low_confidence_threshold_follows_the_document() -> None:
    assert low_confidence_threshold([]) == 0.05
    confident = [0.98] * 50 + [0.97] * 50 + [0.2]
    t = low_confidence_threshold(confident)
    assert 0.2 < t <= 0.5
    shaky = [0.3, 0.35, 0.4, 0.32, 0.38] * 10
    assert low_confidence_threshold(shaky) < min(shaky)


def test_very_unbalanced_long_inputs_stay_complete() -> None:
    # One side 30x longer than the other: the band search must still connect start and end.
    few = [f"Heading {i} about Zorn{i} and {i * 3} items?" for i in range(100)]
    many = [f"line {j} of filler text number {j % 17}" for j in range(3000)]
    _check_cover(align_texts(few, many), len(few), len(many))
    _check_cover(align_texts(many, few), len(many), len(few))


def test_ratio_is_refitted_from_one_to_one_beads_only_when_sentence_counts_differ() -> None:
    from auditor.core.align.document_priors import refit_ratio
    from auditor.core.align.params import AlignParams

    p = AlignParams()
    ls = np.full(20, 100.0)
    lt = np.full(20, 150.0)
    beads = [(i, i + 1, i, i + 1) for i in range(20)]
    # Same counts: the totals' ratio stands, whatever the beads say.
    assert refit_ratio(beads, ls, lt, 0.9, p) == 0.9
    # A quarter of the target dropped: the ratio comes from the 1-1 beads (about 1.5).
    short_lt = lt[:15]
    beads15 = [(i, i + 1, i, i + 1) for i in range(15)] + [(i, i + 1, 15, 15) for i in range(15, 20)]
    assert abs(refit_ratio(beads15, ls, short_lt, 1.1, p) - 152.0 / 102.0) < 1e-9
    assert refit_ratio(beads15, ls, short_lt, 1.1, AlignParams(ratio_refit=0.0)) == 1.1
