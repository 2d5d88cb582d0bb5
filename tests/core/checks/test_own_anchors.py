"""``own_anchors``: what two sentences share, read from the sentences themselves."""

from __future__ import annotations

from auditor.core.checks.own_anchors import direct_anchors, name_keys

from .checkhelpers import pair


def test_a_moved_sentence_s_own_anchors_are_read_across_scripts() -> None:
    # a number in words, a month, and names as Japanese hears them (l is r: Milan = ミラノ)
    ctx = pair("en", "Twelve glassmakers will travel to Milan with Novák in April. The firm was founded in 1867.",
               "ja", "4月にはノヴァーク氏とともにガラス職人12人がミラノに赴く。 同社は長い歴史を持つ。")
    a = ctx.alignments[0]
    assert direct_anchors(ctx, a, "src-s1", "tgt-s1") == 4  # 12, April, Milan, Novák
    assert direct_anchors(ctx, a, "src-s2", "tgt-s1") == 0
    assert direct_anchors(ctx, a, "src-s1", "tgt-s2") == 0


def test_name_keys_read_names_as_japanese_and_korean_write_them() -> None:
    # l is r, and a voiced stop is its voiceless twin (목포 is romanised Mokpo)
    assert name_keys("to Milan") == name_keys("ミラノ") and name_keys("from Mokpo") == name_keys("목포")
    assert name_keys(" the ship left") == frozenset()  # no capital, no name
