"""A block of sentences moved elsewhere: recognised, and the rest aligned again without it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.core.align import AlignParams, align_texts
from auditor.core.align.moves import Bead, find_move, realign_without
from auditor.core.segment import segment_text

ROOT = Path(__file__).resolve().parents[3]
RETOLD = ROOT / "bench" / "data" / "checks" / "en-ru-retold"


def _sentences(wid: str) -> list[str]:
    return [s.text for s in segment_text((RETOLD / f"{wid}.txt").read_text(encoding="utf-8"), wid, wid)]


def test_a_retelling_that_moves_its_background_paragraph_to_the_end() -> None:
    en, ru = _sentences("en"), _sentences("ru")
    on = {(b.source, b.target) for b in align_texts(en, ru, src_lang="en", tgt_lang="ru")}
    off = {(b.source, b.target) for b in align_texts(en, ru, src_lang="en", tgt_lang="ru",
                                                      params=AlignParams(move_blocks=False))}
    # the background paragraph (en 3-5, ru 13-15) comes out unaligned on both sides ...
    assert {((3,), ()), ((4,), ()), ((5,), ())} <= on
    assert {((), (13,)), ((), (14,)), ((), (15,))} <= on
    # ... and the last sentence keeps its own translation instead of two moved ones
    assert ((14,), (11,)) in on and ((14,), (14, 15)) in off


def test_find_move_needs_strong_anchors_in_order() -> None:
    # source 1-2 (a number and a name, then a sentence without anchors) moved to target 5-6
    beads = [Bead((0,), (0,), 0.99), Bead((1,), (), 0.7), Bead((2,), (), 0.7), Bead((3,), (1,), 0.9),
             Bead((4,), (2,), 0.9), Bead((5,), (3,), 0.9), Bead((6,), (4,), 0.9), Bead((), (5,), 0.5),
             Bead((), (6,), 0.5)]
    src = [frozenset({"#1"}), frozenset({"#2009", "k:nrdk"}), frozenset(), frozenset({"#7"}), frozenset({"#8"}),
           frozenset({"#9"}), frozenset({"#10"})]
    tgt = [frozenset({"#1"}), frozenset({"#7"}), frozenset({"#8"}), frozenset({"#9"}), frozenset({"#10"}),
           frozenset({"#2009", "k:nrdk"}), frozenset()]
    assert find_move(beads, src, tgt) == ([1, 2], [5, 6])
    # one cognate key in common is no evidence
    weak_s = [*src[:1], frozenset({"k:nrdk"}), *src[2:]]
    weak_t = [*tgt[:5], frozenset({"k:nrdk"}), tgt[6]]
    assert find_move(beads, weak_s, weak_t) is None
    # nor is a block whose place is confidently taken by another sentence's translation
    held = [*beads[:6], Bead((6,), (4, 5), 0.95), Bead((), (6,), 0.5)]
    assert find_move(held, src, tgt) is None


def test_a_block_taken_by_beads_of_lengths_alone_is_still_a_move() -> None:
    # target 1-3 is the moved block; the path glued source 1-3 onto it with middling scores and
    # no anchor in common, while the moved sentences' anchors point there: a move
    beads = [Bead((0,), (0,), 0.99), Bead((1,), (1,), 0.86), Bead((2,), (2,), 0.86), Bead((3,), (3,), 0.86),
             Bead((4,), (), 0.9), Bead((5,), (), 0.9), Bead((6,), (), 0.9)]
    src = [frozenset({"#1"}), frozenset(), frozenset(), frozenset(), frozenset({"#48", "k:jng"}),
           frozenset({"#2026"}), frozenset({"k:rp", "k:vrs"})]
    tgt = [frozenset({"#1"}), frozenset({"#48", "k:jng"}), frozenset({"#2026"}), frozenset({"k:rp", "k:vrs"})]
    assert find_move(beads, src, tgt) == ([4, 5, 6], [1, 2, 3])
    # a bead that shares an anchor with its target, or is near certain, holds it
    shared = [*beads[:2], Bead((2,), (2,), 0.86), *beads[3:]]
    src_shared = [*src[:2], frozenset({"#2026"}), *src[3:]]
    assert find_move(shared, src_shared, tgt) is None
    sure = [*beads[:2], Bead((2,), (2,), 0.95), *beads[3:]]
    assert find_move(sure, src, tgt) is None


def test_a_number_breaks_a_tie_between_two_partners() -> None:
    from auditor.core.align.moves import _partner

    tgt = [frozenset({"k:sdl"}), frozenset({"#58"}), frozenset({"k:sdl"})]
    index = {"k:sdl": [0, 2], "#58": [1]}
    assert _partner(frozenset({"#58", "k:sdl"}), tgt, index) == (1, True)
    assert _partner(frozenset({"k:sdl"}), tgt, index) is None


@settings(max_examples=60, deadline=None)
@given(n=st.integers(2, 12), m=st.integers(2, 12), data=st.data())
def test_realigned_paths_are_monotone_and_complete(n: int, m: int, data: st.DataObject) -> None:
    lo_s = data.draw(st.integers(0, n - 2))
    lo_t = data.draw(st.integers(0, m - 2))
    moved_s = list(range(lo_s, lo_s + 2))
    moved_t = list(range(lo_t, lo_t + 2))

    def align(keep_s: list[int], keep_t: list[int]) -> list[Bead]:  # 1-1 in order, the rest unaligned
        k = min(len(keep_s), len(keep_t))
        return ([Bead((i,), (i,), 0.9) for i in range(k)] + [Bead((i,), (), 0.5) for i in range(k, len(keep_s))]
                + [Bead((), (j,), 0.5) for j in range(k, len(keep_t))])

    path = realign_without([], n, m, moved_s, moved_t, align)  # type: ignore[arg-type]
    if path is None:
        return
    assert sorted(i for b in path for i in b.source) == list(range(n))
    assert sorted(j for b in path for j in b.target) == list(range(m))
    last_s = last_t = -1
    for b in path:
        for i in b.source:
            assert i > last_s
            last_s = i
        for j in b.target:
            assert j > last_t
            last_t = j


def test_a_merged_block_keeps_its_edge_and_its_partner_is_held_only_by_an_anchor() -> None:
    # source 6-8 (two anchorless sentences, then one with #25 #12) moved to the end, where the
    # retelling merged 6+7 into target 11: the offset of 8 -> 12 puts the block at 10-12, but
    # target 10 is held by its own anchor (#62000) and only trims the block's edge; target 12,
    # the partner of source 8, sits in a confident bead without any anchor and is no obstacle
    beads = [*(Bead((i,), (i,), 0.95) for i in range(6)), Bead((6,), (), 0.55), Bead((7,), (), 0.55),
             Bead((8,), (), 0.67), Bead((9,), (6,), 0.9), Bead((10,), (7, 8), 0.8), Bead((11,), (10,), 0.95),
             Bead((), (9,), 0.5), Bead((), (11,), 0.8), Bead((12,), (12,), 0.95)]
    src = [frozenset({f"#{i}00"}) for i in range(6)] + [frozenset(), frozenset(), frozenset({"#25", "#12"}),
                                                        frozenset(), frozenset({"#9"}), frozenset({"#62000"}),
                                                        frozenset()]
    tgt = [frozenset({f"#{i}00"}) for i in range(6)] + [frozenset(), frozenset({"#9"}), frozenset(),
                                                        frozenset(), frozenset({"#62000"}), frozenset(),
                                                        frozenset({"#25", "#12"})]
    assert find_move(beads, src, tgt) == ([6, 7, 8], [11, 12])
    # a confident bead that shares the partner's anchors as strongly still holds it; one that
    # shares less (one number against the moved sentence's two) does not
    anchored = [*beads[:-1], Bead((12,), (12,), 0.95)]
    assert find_move(anchored, [*src[:12], frozenset({"#25", "#12"})], tgt) is None
    assert find_move(anchored, [*src[:12], frozenset({"#25"})], tgt) == ([6, 7, 8], [11, 12])


def test_myriads_are_read_as_one_number_for_anchors() -> None:
    from auditor.core.align.anchors import tokens

    assert "62000" in tokens("家畜約6万2000頭が死んだ。")
    assert {"8500", "85000000"} <= set(tokens("가격은 8,500만 원이다."))
    assert "12000" in tokens("約1.2万人")


def test_south_asian_numbers_in_parts_are_one_anchor_and_large_ones_also_in_millions() -> None:
    from auditor.core.align.anchors import tokens

    assert "26557" in tokens("२६ हजार ५ सय ५७ घर")
    assert {"625000000", "625"} <= set(tokens("रु. ६२ करोड ५० लाख"))
    assert "340" in tokens("३ सय ४० जना डकर्मी") and "3" not in tokens("३ सय ४० जना डकर्मी")
    assert {"3", "620"} <= set(tokens("৩ হাজার ৬২০ কোটি"))  # rising scales: no one number read here


def test_one_sentence_moves_alone_only_with_a_number_and_another_anchor_and_no_block_moved() -> None:
    # source 6 (a number and a name) moved up to target 3; the path glued neighbours onto it
    beads = [Bead((0,), (0,), 0.95), Bead((1,), (1,), 0.95), Bead((2,), (2,), 0.95), Bead((3,), (3,), 0.7),
             Bead((4,), (4,), 0.7), Bead((5,), (5,), 0.95), Bead((6,), (), 0.6), Bead((), (6,), 0.5)]
    src = [frozenset({"#1"}), frozenset({"#2"}), frozenset({"#3"}), frozenset(), frozenset(), frozenset({"#5"}),
           frozenset({"#612000", "k:trnt"})]
    tgt = [frozenset({"#1"}), frozenset({"#2"}), frozenset({"#3"}), frozenset({"#612000", "k:trnt"}), frozenset(),
           frozenset({"#5"}), frozenset()]
    assert find_move(beads, src, tgt) == ([6], [3])
    weak = [*src[:6], frozenset({"#612000"})]
    weak_t = [*tgt[:3], frozenset({"#612000"}), *tgt[4:]]
    assert find_move(beads, weak, weak_t) is None  # one number alone does not move a sentence


def test_a_bead_of_the_remainder_that_spans_a_taken_out_block_is_split() -> None:
    from auditor.core.align.moves import _split_across

    got = _split_across(Bead((1, 4, 5), (6, 7), 0.6))
    assert got == [Bead((1,), (), 0.5), Bead((4, 5), (6, 7), 0.6)]
    assert _split_across(Bead((3, 4), (5,), 0.9)) == [Bead((3, 4), (5,), 0.9)]


def test_korean_thousands_under_a_myriad_are_one_anchor() -> None:
    from auditor.core.align.anchors import tokens

    assert {"178032", "47008"} <= set(tokens("선거인 17만8천32명 가운데 4만7천8명이 투표"))
    assert "2848" in tokens("무소속 후보는 2천848표를 얻었다")


def test_two_neighbours_merged_into_one_sentence_of_a_moved_block_are_still_a_move() -> None:
    # source 1-3 moved to target 5-6, 1 and 2 merged there into one sentence (both anchor in it)
    beads = [Bead((0,), (0,), 0.99), Bead((1,), (1,), 0.7), Bead((2,), (2,), 0.7), Bead((3,), (3,), 0.9),
             Bead((4,), (4,), 0.9), Bead((), (5,), 0.5), Bead((), (6,), 0.5), Bead((5,), (7,), 0.9)]
    src = [frozenset({"#1"}), frozenset({"#178032", "#47008"}), frozenset({"#2022", "#479"}),
           frozenset({"#987"}), frozenset({"#10"}), frozenset({"#11"})]
    tgt = [frozenset({"#1"}), frozenset(), frozenset(), frozenset(), frozenset({"#10"}),
           frozenset({"#178032", "#47008", "#2022", "#479"}), frozenset({"#987"}), frozenset({"#11"})]
    move = find_move(beads, src, tgt)
    assert move is not None and move[0][:2] == [1, 2] and 5 in move[1]


def test_urdu_and_sindhi_numbers_in_parts_are_one_anchor() -> None:
    from auditor.core.align.anchors import tokens

    assert "27500000" in tokens("مرمت تي ۲ ڪروڙ ۷۵ لک رپيا خرچ")
    assert "23400" in tokens("متاثر ٿيا ۲۳ هزار ۴ سئو کان")


def test_a_paragraph_moved_whole_is_found_by_its_pooled_anchors() -> None:
    from auditor.core.align.moves import find_paragraph_move

    # source paragraphs 0, 1, 2, 3; the translation puts paragraph 1 last. Each sentence of
    # paragraph 1 has one anchor the paragraph shares with target paragraph 3 (none rare alone).
    src = [frozenset({"#1"}), frozenset({"k:ab"}), frozenset({"k:cd"}), frozenset({"#3"}), frozenset({"#4"})]
    tgt = [frozenset({"#1"}), frozenset({"#3"}), frozenset({"#4"}), frozenset({"k:ab"}), frozenset({"k:cd"})]
    paragraphs = ([0, 1, 1, 2, 3], [0, 1, 2, 3, 3])
    beads = [Bead((i,), (i,), 0.9) for i in range(5)]
    assert find_paragraph_move(beads, src, tgt, paragraphs) == ([1, 2], [3, 4])
    # in place, nothing moved
    assert find_paragraph_move(beads, src, src, ([0, 1, 1, 2, 3], [0, 1, 1, 2, 3])) is None


def test_a_run_of_displaced_sentences_going_two_ways_is_cut_where_the_offset_jumps() -> None:
    # source 2-4 went to target 8-10 (offset 6), source 5 to target 0: one run of displaced
    # sentences, two moves; the first one found is the block of three
    beads = [Bead((i,), (i,), 0.85) for i in range(12)]
    src = [frozenset() for _ in range(12)]
    tgt = [frozenset() for _ in range(12)]
    for s, t, f in ((2, 8, "#280000"), (3, 9, "#1150"), (4, 10, "#18000"), (5, 0, "#23000")):
        src[s] = frozenset({f})
        tgt[t] = frozenset({f})
    assert find_move(beads, src, tgt) == ([2, 3, 4], [8, 9, 10])
    # a sentence at the edge of a part, displaced by one cognate key alone, stays behind
    src[5], tgt[11] = frozenset({"k:bln"}), frozenset({"k:bln"})
    src[6], tgt[0] = frozenset({"#23000"}), frozenset({"#23000"})
    assert find_move(beads, src, tgt) == ([2, 3, 4], [8, 9, 10])


def _one_to_one(keep_s: Sequence[int], keep_t: Sequence[int]) -> list[Bead]:
    k = min(len(keep_s), len(keep_t))
    return ([Bead((i,), (i,), 0.9) for i in range(k)] + [Bead((i,), (), 0.5) for i in range(k, len(keep_s))]
            + [Bead((), (j,), 0.5) for j in range(k, len(keep_t))])


def test_a_block_the_rest_leaves_in_one_gap_is_aligned_where_it_stands() -> None:
    # source 2-3 and target 2-3 were taken out, but once the rest is aligned nothing stands
    # between them: the path had misplaced them, nobody moved them
    path = realign_without([], 6, 6, [2, 3], [2, 3], _one_to_one)
    assert path is not None
    assert [(b.source, b.target) for b in path] == [((i,), (i,)) for i in range(6)]


def test_a_block_with_the_rest_between_its_places_stays_unaligned() -> None:
    # source 1-2 moved to target 4-5: sentences of the rest stand between, a real move
    path = realign_without([], 6, 6, [1, 2], [4, 5], _one_to_one)
    assert path is not None
    pairs = [(b.source, b.target) for b in path]
    assert ((1,), ()) in pairs and ((2,), ()) in pairs and ((), (4,)) in pairs and ((), (5,)) in pairs


def test_a_retelling_that_shuffles_four_paragraphs_keeps_the_two_in_order() -> None:
    # ko-en-zh-retold-kpop: paragraphs 1 2 3 4 5 6 become 1 3 5 2 4 6 in the English retelling.
    # Two of them must move; the producer paragraph (2) and the money paragraph (4) stay in
    # order once the other two are out, and pair with their translations
    from auditor.core.pipeline import align_chain, segment_chain
    from auditor.io.chain import load_chain

    chain = load_chain(ROOT / "bench" / "data" / "checks" / "ko-en-zh-retold-kpop" / "chain.toml")
    hop = align_chain(chain, segment_chain(chain))[0]
    pairs = {(b.source, b.target) for b in hop.beads}
    assert {(("ko-s6",), ("en-s14",)), (("ko-s7",), ("en-s15",)), (("ko-s8",), ("en-s16",))} <= pairs  # producer
    assert {(("ko-s15",), ("en-s18",)), (("ko-s16",), ("en-s19",))} <= pairs  # the money paragraph
