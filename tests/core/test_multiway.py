"""Multi-way rows compose beads through the hops of a chain."""

from __future__ import annotations

from auditor.core.align import align_hop
from auditor.core.models import Alignment, Bead, Chain, Segment, Witness, segment_id
from auditor.core.multiway import multiway_rows


def _segs(wid: str, texts: list[str]) -> tuple[Segment, ...]:
    out, pos = [], 0
    for i, t in enumerate(texts):
        out.append(Segment(segment_id(wid, i), wid, i, pos, pos + len(t), t))
        pos += len(t) + 1
    return tuple(out)


def _chain(*ids_parents: tuple[str, str | None]) -> Chain:
    return Chain("t", tuple(Witness(i, "en", "x", parent=p) for i, p in ids_parents))


def _b(src: list[str], tgt: list[str]) -> Bead:
    return Bead(tuple(src), tuple(tgt), 0.9)


def test_rows_compose_merge_and_keep_additions() -> None:
    chain = _chain(("a", None), ("b", "a"), ("c", "b"))
    segs = {"a": _segs("a", ["1", "2", "3"]), "b": _segs("b", ["1", "2", "+", "3"]), "c": _segs("c", ["12", "+", "3"])}
    alignments = [
        Alignment("a", "b", (_b(["a-s1"], ["b-s1"]), _b(["a-s2"], ["b-s2"]), _b([], ["b-s3"]), _b(["a-s3"], ["b-s4"]))),
        # c merges b-s1 and b-s2, which sit in two rows: those rows merge.
        Alignment("b", "c", (_b(["b-s1", "b-s2"], ["c-s1"]), _b(["b-s3"], ["c-s2"]), _b(["b-s4"], ["c-s3"]))),
    ]
    rows = multiway_rows(chain, segs, alignments)
    assert [r.as_dict() for r in rows] == [
        {"a": ("a-s1", "a-s2"), "b": ("b-s1", "b-s2"), "c": ("c-s1",)},
        {"a": (), "b": ("b-s3",), "c": ("c-s2",)},
        {"a": ("a-s3",), "b": ("b-s4",), "c": ("c-s3",)},
    ]
    everything = [sid for r in rows for _, ids in r.cells for sid in ids]
    assert sorted(everything) == sorted(s.id for w in segs.values() for s in w)
    assert rows[1].witnesses == ("b", "c")


def test_unaligned_segments_and_missing_hop_still_get_rows() -> None:
    chain = _chain(("a", None), ("b", "a"), ("c", "a"))
    segs = {"a": _segs("a", ["x", "y"]), "b": _segs("b", ["x", "y"]), "c": _segs("c", ["q"])}
    alignments = [Alignment("a", "b", (_b(["a-s1"], ["b-s1"]), _b(["a-s2"], [])))]
    rows = multiway_rows(chain, segs, alignments)
    seen = [sid for r in rows for _, ids in r.cells for sid in ids]
    assert sorted(seen) == ["a-s1", "a-s2", "b-s1", "b-s2", "c-s1"]
    assert len(seen) == len(set(seen))
    # b-s2 is unaligned: its own row right after b-s1's; c has no alignment: rows at the end.
    assert [r.as_dict() for r in rows] == [
        {"a": ("a-s1",), "b": ("b-s1",), "c": ()},
        {"a": (), "b": ("b-s2",), "c": ()},
        {"a": ("a-s2",), "b": (), "c": ()},
        {"a": (), "b": (), "c": ("c-s1",)},
    ]


def test_align_hop_feeds_multiway() -> None:
    chain = _chain(("bn", None), ("en", "bn"))
    bn = _segs("bn", ["ওসেচকিন ১৭ মার্চ চিঠি পাঠান।", "জাপান ২০২২ সালে।", "শেষ কথা?"])
    en = _segs("en", ["Osechkin sent the letter on 17 March.", "Japan in 2022.", "Last word?"])
    alignment = align_hop(bn, en, src_lang="bn", tgt_lang="en")
    assert (alignment.source, alignment.target) == ("bn", "en")
    assert [(b.source, b.target) for b in alignment.beads] == [
        (("bn-s1",), ("en-s1",)), (("bn-s2",), ("en-s2",)), (("bn-s3",), ("en-s3",))
    ]
    assert all(0.0 <= b.score <= 1.0 for b in alignment.beads)
    rows = multiway_rows(chain, {"bn": bn, "en": en}, [alignment])
    assert [r["en"] for r in rows] == [("en-s1",), ("en-s2",), ("en-s3",)]
    empty = align_hop((), en, source_witness="bn", target_witness="en")
    assert [b.target for b in empty.beads] == [("en-s1",), ("en-s2",), ("en-s3",)]
