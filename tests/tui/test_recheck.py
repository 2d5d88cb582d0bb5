"""Re-checking only the beads an alignment edit touched."""

from __future__ import annotations

import re

from auditor.core.models import Audit
from auditor.tui.recheck import make_recheck
from auditor.tui.review import Op, apply_op


def fps(audit: Audit) -> set[str]:
    return {f.fingerprint for f in audit.findings}


def test_edit_then_inverse_edit_restores_the_findings(seed_audit: Audit, small_audit: Audit) -> None:
    recheck = make_recheck()
    tried = 0
    for audit in (seed_audit, small_audit):
        for hop in (a.hop for a in audit.alignments):
            n = len(audit.alignment(*hop).beads)
            for i in range(0, n - 1, 3):
                merged = apply_op(audit, Op("merge", {"hop": list(hop), "bead": i}), recheck)
                back = apply_op(merged, Op("split", {"hop": list(hop), "bead": i}), recheck)
                if [(b.source, b.target) for b in back.alignment(*hop).beads] != [
                        (b.source, b.target) for b in audit.alignment(*hop).beads]:
                    continue  # a 1-2 merge does not split back into the same two beads
                tried += 1
                assert fps(back) == fps(audit), (hop, i)
    assert tried >= 5


def test_unaligning_a_segment_is_flagged_and_fixing_it_clears_the_flag(seed_audit: Audit) -> None:
    recheck = make_recheck()
    hop = ("bn", "en")
    beads = seed_audit.alignment(*hop).beads
    i = next(k for k, b in enumerate(beads) if b.kind == "1-1" and k > 2)
    src = beads[i].source[0]
    split = apply_op(seed_audit, Op("split", {"hop": list(hop), "bead": i}), recheck)
    added = [f for f in split.findings if f.fingerprint not in fps(seed_audit)]
    assert any(src in f.segments for f in added), "a source segment left without a translation must be flagged"
    for f in added:  # mapped back to the real witnesses: ids, offsets and span texts
        for s in f.spans:
            assert split.chain.witness(s.witness).text[s.start:s.end] == s.text
        assert all(sid in {x.id for x in split.iter_segments()} for sid in f.segments)
        for _, value in f.evidence:
            for sid in re.findall(r"\b[a-z]+-s\d+\b", value):
                assert sid in {x.id for x in split.iter_segments()}
    merged = apply_op(split, Op("merge", {"hop": list(hop), "bead": i}), recheck)
    assert not any(src in f.segments for f in merged.findings if f.fingerprint not in fps(seed_audit))
