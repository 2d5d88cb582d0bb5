"""Review operations as pure functions: decisions, notes, alignment edits, undo/redo, replay."""

from __future__ import annotations

import pytest

from auditor.core.models import Audit, Verdict
from auditor.tui.recheck import make_recheck
from auditor.tui.review import Op, ReviewSession, apply_op, decided_count


def fp_of(audit: Audit, check: str, witness: str) -> str:
    return next(f.fingerprint for f in audit.findings if f.check == check and f.witness == witness)


def test_decide_records_verdict_and_history(small_audit: Audit) -> None:
    fp = fp_of(small_audit, "untranslated-span", "de")
    out = apply_op(small_audit, Op("decide", {"fingerprints": [fp], "verdict": "dismissed"}, "ann", "2026-01-01T00:00:00Z"))
    d = out.decision_for(fp)
    assert d is not None and d.verdict is Verdict.DISMISSED and d.author == "ann"
    assert out.history[-1].who == "ann" and "dismissed" in out.history[-1].text
    assert decided_count(out) == (1, len(small_audit.findings))
    # a second decision replaces the first instead of piling up
    again = apply_op(out, Op("decide", {"fingerprints": [fp], "verdict": "accepted"}))
    assert [x.verdict for x in again.decisions if x.finding == fp] == [Verdict.ACCEPTED]


def test_correction_and_note_are_kept_together(small_audit: Audit) -> None:
    fp = fp_of(small_audit, "name-variant", "fr")
    a = apply_op(small_audit, Op("note", {"fingerprint": fp, "note": "check the source"}))
    a = apply_op(a, Op("decide", {"fingerprints": [fp], "verdict": "corrected", "correction": "Petrova"}))
    d = a.decision_for(fp)
    assert d is not None and d.verdict is Verdict.CORRECTED
    assert d.correction == "Petrova" and d.note == "check the source"


def test_unknown_fingerprint_changes_nothing(small_audit: Audit) -> None:
    assert apply_op(small_audit, Op("decide", {"fingerprints": ["nope"], "verdict": "accepted"})) is small_audit


def test_merge_split_move_confirm(small_audit: Audit) -> None:
    hop = ["en", "fr"]
    beads0 = small_audit.alignment("en", "fr").beads
    merged = apply_op(small_audit, Op("merge", {"hop": hop, "bead": 1}))
    b = merged.alignment("en", "fr").beads
    assert len(b) == len(beads0) - 1
    assert b[1].source == beads0[1].source + beads0[2].source and b[1].target == beads0[1].target + beads0[2].target
    split = apply_op(merged, Op("split", {"hop": hop, "bead": 1}))
    assert split.alignment("en", "fr").beads[1:3] == (
        beads0[1].__class__(beads0[1].source, beads0[1].target, b[1].score),
        beads0[2].__class__(beads0[2].source, beads0[2].target, b[1].score),
    )
    # a 1-1 bead splits into a deletion and an insertion
    one = apply_op(small_audit, Op("split", {"hop": hop, "bead": 0}))
    first, second = one.alignment("en", "fr").beads[:2]
    assert (first.source, first.target, second.source, second.target) == (("en-s1",), (), (), ("fr-s1",))
    moved = apply_op(small_audit, Op("move", {"hop": hop, "bead": 2, "side": "target", "direction": -1}))
    mb = moved.alignment("en", "fr").beads
    assert mb[1].target == ("fr-s2", "fr-s3") and mb[2].target == () and mb[2].source == ("en-s3",)
    back = apply_op(moved, Op("move", {"hop": hop, "bead": 1, "side": "target", "direction": 1}))
    assert [x.target for x in back.alignment("en", "fr").beads] == [x.target for x in beads0]
    conf = apply_op(small_audit, Op("confirm", {"hop": hop, "bead": 0}))
    assert conf.alignment("en", "fr").beads[0].confirmed
    assert all(c.status == "aligned" for c in conf.history[-1:])
    # every segment stays in exactly one bead through all of this
    for audit in (merged, split, one, moved, back):
        ids = [s for bead in audit.alignment("en", "fr").beads for s in bead.source + bead.target]
        assert sorted(ids) == sorted(s for bead in beads0 for s in bead.source + bead.target)


def test_edits_at_the_edges_are_refused(small_audit: Audit) -> None:
    last = len(small_audit.alignment("en", "fr").beads) - 1
    for op in (
        Op("merge", {"hop": ["en", "fr"], "bead": last}),
        Op("move", {"hop": ["en", "fr"], "bead": 0, "side": "target", "direction": -1}),
        Op("move", {"hop": ["en", "fr"], "bead": last, "side": "source", "direction": 1}),
    ):
        assert apply_op(small_audit, op) is small_audit


def test_session_undo_redo_and_ops(small_audit: Audit) -> None:
    s = ReviewSession(small_audit)
    fp = fp_of(small_audit, "untranslated-span", "de")
    assert s.apply(Op("decide", {"fingerprints": [fp], "verdict": "dismissed"}))
    assert s.apply(Op("merge", {"hop": ["fr", "de"], "bead": 0}))
    assert s.dirty and [o.kind for o in s.ops] == ["decide", "merge"]
    s.undo()
    assert len(s.audit.alignment("fr", "de").beads) == len(small_audit.alignment("fr", "de").beads)
    assert [o.kind for o in s.ops] == ["decide"]
    s.redo()
    assert len(s.audit.alignment("fr", "de").beads) == len(small_audit.alignment("fr", "de").beads) - 1
    s.undo()
    s.undo()
    assert s.audit is small_audit and not s.dirty
    assert s.undo() is None
    s.apply(Op("decide", {"fingerprints": [fp], "verdict": "accepted"}))
    s.mark_saved()
    assert not s.dirty and s.undo() is None


def test_replay_reproduces_the_state(small_audit: Audit) -> None:
    s = ReviewSession(small_audit, recheck=make_recheck())
    fp = fp_of(small_audit, "name-variant", "de")
    for op in (Op("decide", {"fingerprints": [fp], "verdict": "dismissed"}),
               Op("split", {"hop": ["en", "fr"], "bead": 3}),
               Op("confirm", {"hop": ["fr", "de"], "bead": 2})):
        s.apply(op)
    ops = [Op.from_json(o.to_json()) for o in s.ops]
    t = ReviewSession(small_audit, recheck=make_recheck())
    assert t.replay(ops) == 3
    assert t.audit.alignments == s.audit.alignments
    assert t.audit.decisions == s.audit.decisions
    assert t.audit.findings == s.audit.findings


def test_unknown_op_is_an_error(small_audit: Audit) -> None:
    with pytest.raises(ValueError):
        apply_op(small_audit, Op("explode"))
