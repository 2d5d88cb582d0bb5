"""``low-confidence-alignment`` flags beads far below their hop's own confidence level."""

from __future__ import annotations

from auditor.core.checks.base import CheckConfig, CheckContext
from auditor.core.checks.low_confidence_alignment import LowConfidenceAlignment
from auditor.core.models import Alignment, Bead, Chain, Segment, Witness, segment_id


def _ctx(scores: list[float], confirmed: int | None = None) -> CheckContext:
    n = len(scores)
    src_text = " ".join(f"S{i}." for i in range(n))
    tgt_text = " ".join(f"T{i}." for i in range(n))
    chain = Chain("t", (Witness("a", "en", src_text), Witness("b", "fr", tgt_text, parent="a")))

    def segs(wid: str, text: str) -> tuple[Segment, ...]:
        out, pos = [], 0
        for i, tok in enumerate(text.split(" ")):
            out.append(Segment(segment_id(wid, i), wid, i, pos, pos + len(tok), tok))
            pos += len(tok) + 1
        return tuple(out)

    beads = tuple(
        Bead((f"a-s{i + 1}",), (f"b-s{i + 1}",), s, confirmed=(i == confirmed)) for i, s in enumerate(scores)
    ) + (Bead(("a-s1",), (), 0.01),)
    return CheckContext(chain, {"a": segs("a", src_text), "b": segs("b", tgt_text)}, (Alignment("a", "b", beads),))


def test_flags_the_outlier_with_exact_span() -> None:
    scores = [0.97, 0.98, 0.96, 0.99] * 5 + [0.2]
    ctx = _ctx(scores)
    found = list(LowConfidenceAlignment().run(ctx, CheckConfig()))
    assert [f.segments for f in found] == [("b-s21",)]
    f = found[0]
    assert f.spans[0].text == ctx.text("b")[f.spans[0].start : f.spans[0].end] == "T20."
    assert f.hop == ("a", "b") and f.evidence_value("score") == "0.200"


def test_uniformly_shaky_hop_is_not_flooded_and_confirmed_beads_are_skipped() -> None:
    shaky = [0.55, 0.6, 0.58, 0.62, 0.57] * 4
    assert list(LowConfidenceAlignment().run(_ctx(shaky), CheckConfig())) == []
    scores = [0.97, 0.98, 0.96, 0.99] * 5 + [0.2]
    assert list(LowConfidenceAlignment().run(_ctx(scores, confirmed=20), CheckConfig())) == []
