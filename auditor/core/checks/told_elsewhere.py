"""An unaligned sentence of a retelling's hop whose facts stand in a sentence that is aligned
elsewhere, for ``omission`` and ``addition``.

A retelling merges what it moves: a source sentence's numbers and names turn up inside a
target sentence that the aligner paired with some other source sentence (a quotation moved up
into the lead, a background sentence folded into another). Neither side is then unaligned
with the other, so the moved-sentence pairing (``moved_segments``), which pairs unaligned
sentences, cannot see it, and the source sentence looks omitted. Here it counts as told
elsewhere when some sentence of the other side holds at least ``MIN_SHARED`` of its anchors
(numbers, names, cognates the hop carries across: ``clause_gaps.shared_anchors``) and more of
them than that sentence shares with its own partner in the alignment: the pairing the aligner
chose has less to say for it than the moved facts do; or, once the partner has claimed its own
anchors there, at least ``MIN_SHARED`` of the rest are the sentence's (the retelling joined two
sentences: "85 staff in Yokneam" and "40 more by 2026"). That sentence's length is then no sign
of added text either. Not used for translations, which do not move sentences about.
"""

from __future__ import annotations

from auditor.core.checks.base import CheckContext
from auditor.core.checks.clause_gaps import _anchored, _claim, shared_anchors
from auditor.core.models import Alignment, Bead

MIN_SHARED = 2
"""Anchors a sentence elsewhere must hold (one name or number in common may be chance)."""


def told_elsewhere(
    ctx: CheckContext, a: Alignment, side: str, beads: list[Bead], hosts: set[str] | None = None
) -> set[int]:
    """The ``id``s of the given null beads (text on ``side`` only) whose text is told elsewhere;
    ``hosts``, when given, receives the other side's sentences that tell it."""
    if not beads:
        return set()
    vocab = shared_anchors(ctx, a)
    other_w = a.target if side == "source" else a.source
    partner: dict[str, tuple[str, ...]] = {}
    for b in a.beads:
        mine, other = (b.source, b.target) if side == "source" else (b.target, b.source)
        for sid in other:
            partner[sid] = mine
    # Blocking: a sentence of the other side is weighed only when it shares a feature.
    words: dict[str, list[tuple[str, ...]]] = {}
    by_feature: dict[str, set[str]] = {}
    for seg in ctx.segments.get(other_w, ()):
        ws = _anchored(seg.text, vocab)
        words[seg.id] = ws
        for feats in ws:
            for f in feats:
                by_feature.setdefault(f, set()).add(seg.id)
    out: set[int] = set()
    for b in beads:
        mine = b.source if side == "source" else b.target
        own = _anchored(" ".join(ctx.segment(s).text for s in mine), vocab)
        near = {sid for feats in own for f in feats for sid in by_feature.get(f, ())}
        for sid in sorted(near):
            shared = _claim([set(f) for f in words[sid]], own)
            if shared < MIN_SHARED:
                continue
            held = max((_claim([set(f) for f in words[sid]], _anchored(ctx.segment(p).text, vocab))
                        for p in partner.get(sid, ())), default=0)
            # what is left of the sentence's anchors once its own partner has claimed its own:
            # a retelling that joined two sentences holds both sets (85 staff in Yokneam, and
            # 40 more by 2026)
            pool = [set(f) for f in words[sid]]
            for p in partner.get(sid, ()):
                _claim(pool, _anchored(ctx.segment(p).text, vocab))
            if shared > held or _claim(pool, own) >= MIN_SHARED:
                out.add(id(b))
                if hosts is not None:
                    hosts.add(sid)
                break
    return out

