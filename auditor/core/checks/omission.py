"""``omission``: source text with no counterpart in the translation (null beads, short beads).

The length-ratio model and detectors it shares with ``addition`` live in
``auditor.core.checks.length_signals``; ``letters``, ``length_outliers`` and ``Outlier`` are
re-exported here for the modules that import them from this one.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator

from auditor.core.checks.base import Check, CheckConfig, CheckContext
from auditor.core.checks.length_signals import (
    Knobs,
    Outlier,
    Signal,
    coverage_evidence,
    finding,
    length_outliers,
    letters,
    ratio_finding,
    short,
    signals,
)
from auditor.core.models import Alignment, Finding, Severity

__all__ = ["Omission", "Outlier", "length_outliers", "letters"]

_SHORT = 0.5
"""MADs below the hop's usual ratio at which a dropped clause's message adds that the bead is short."""


class Omission(Check):
    """Source text is missing from the translation.

    Two signals. A null bead (1-0): a source segment the aligner matched to nothing. And a
    bead whose translation is far shorter than the hop's usual ratio: the robust z-score of
    log(target letters / source letters) against the median and MAD of the same hop's beads is
    below −``z`` (the threshold comes from the document's own distribution, so Bengali→English
    and German→English each set their own scale; a source shorter than the hop's median
    predicts its translation's length more loosely, so its score shrinks by the square root of
    the proportion). Segments with fewer than ``min_letters``
    letters (numbering, datelines) are ignored, and the ratio test needs ``min_beads`` beads.

    The finding sits in the translation's witness; its spans and segments point to the source
    text that has no counterpart (for a null bead), or to the target segment and the source
    segment it falls short of (for a short bead; its segments are the target's).

    A short bead beside one as far off the other way, the two together as long as the hop's
    ratio says, lost nothing: words crossed the sentence boundary (an attribution the
    translation puts before the quotation's first sentence instead of after its second); the
    clause detectors below likewise leave a clause whose anchors stand in the neighbour's source.

    A null bead whose source turns up elsewhere in the translation is a move, not an omission:
    when an unaligned target segment holds at least one of its anchors (numbers, names,
    cognates the hop carries across) and their length ratio is within ``moved_z`` MADs of the
    hop's, each being the other's best partner, one minor finding (evidence ``kind`` =
    ``moved``, ``moved-to``) points at both places, and ``addition`` keeps quiet about the
    target (``auditor.core.checks.moved_segments``). In a retelling moves are expected
    (retellings reorder by design), so they are not reported unless ``moves_in_retellings``
    is true; the alignment still shows both places unpaired. A hop is a retelling when its
    witness's role says so, or when it moves two separate passages or three sentences (a
    retelling filed as a translation); what the usual length test leaves unpaired there is paired again with twice
    its spread, since a retelling condenses what it moves. And in a hop whose target is a
    retelling, an unaligned sentence whose anchors (at least two) stand in a sentence aligned
    elsewhere, more of them than that sentence shares with its own partner, was folded in
    there, not dropped (``auditor.core.checks.told_elsewhere``); and a clause missing inside a
    sentence the retelling keeps is its way of telling (the clause detectors below stay quiet
    there). Here a retelling is a witness filed as one, or filed as a translation that tells its
    parent's paragraphs out of order, as the numbers they share show (``auditor.core.reorder``).

    Third: a merged bead (2-1, 3-1 …) whose translation is short by at least ``merged_z`` MADs
    but about right (within ``merged_fit`` MADs, and clearly better than leaving out any other) once one of its source segments is left out:
    that segment is reported, the aligner having hidden its omission in the merge (and the bead
    is not reported again as short). A merge the aligner itself hardly preferred (bead score
    below ``unsure_score``: leaving the sentence unpaired scored almost as well) needs only
    ``unsure_z`` MADs: a short sentence dropped beside a long one (``Свою вину он не признал.``). Where length
    alone cannot tell (a short document, or one with many omissions, has a loose length
    model), anchors can: a segment of a merged bead at least ``anchored_z`` MADs short that
    holds ``anchored_min`` or more words the hop carries across elsewhere (numbers, names,
    cognates), none with a counterpart in the translation while the rest of the bead finds
    one, and without which the bead fits (``auditor.core.checks.clause_gaps.unanchored_segments``).

    With machine (or provided) translations of the source, a segment of a merged bead whose
    translation shares at most ``mt_low`` of its words (``mt_words`` or more) with the target,
    while another segment of the bead shares ``mt_high``, is reported too
    (``auditor.core.checks.mt_gaps``; evidence ``kind`` = ``mt``).

    Fourth: a clause inside a bead, anchored by a number only the source has while the
    translation has no number in its place (``auditor.core.checks.anchored_clauses``). A number
    gone with nothing instead is a dropped phrase (“limited to 2,000 people at a time” → “limited
    at any one time”), whatever the bead's length: a few words are lost in the length noise. It
    is then not also a ``number-mismatch`` (this check suppresses those on its span); a number
    replaced by another stays that check's.
    A ``low-confidence-alignment`` finding on the same text is suppressed too: this finding
    already says what is doubtful about the bead.

    Fifth: a clause inside a bead at least ``gap_z`` MADs shorter than usual, whose leaving out
    makes the bead fit (within ``gap_fit`` MADs) better than leaving out any other clause, and
    which holds at least ``gap_anchors`` words the hop carries across elsewhere (numbers,
    names, cognates) none of which the translation of this bead has, while the rest of the
    bead's source does find its anchors there (``auditor.core.checks.clause_gaps``).

    Sixth: a clause set off by punctuation (not the first of its sentence) in a one-sentence
    source at least ``punct_z`` MADs longer than its translation allows, whose leaving out makes
    the bead fit (within ``punct_fit`` MADs) better than leaving out any other, when the source
    has more clause marks than the translation beyond the hop's usual difference and none of
    the clause's names, numbers or cognates is in the translation
    (``auditor.core.checks.unpaired_clauses``): “…streets were hit hardest, where the water
    reaches the ground-floor windows” with nothing after “hardest”.

    Seventh, between two languages of one script: a sentence of a merged bead with
    ``lost_names`` or more names (capitalised words, not its first) that appear nowhere in the
    whole translation, while a neighbour in the bead has its names there
    (``auditor.core.checks.lost_names``; evidence ``kind`` = ``names``). Names are copied across
    such a hop; the bead's length need not say anything (a clause added elsewhere can make up for
    the sentence).

    Eighth: an attribution the translation dropped (``auditor.core.checks.dropped_attribution``;
    evidence ``kind`` = ``attribution``, ``cue``): the source credits a claim (``according to the
    ministry``, ``по словам врача``, ``"…," Petrov said``) and its translation has no cue of
    attribution at all, so it states the claim as fact: what a fact-checker looks for first. The
    cues are per-language lists (``auditor.core.attribution``, about 110 languages); a hop with
    a language without one, and a retelling, which drops attributions with the details it
    cuts, are not read. A translation that names whom the clause credits, quotes with words
    outside its quotation, has the cue a sentence or two away (moved across the sentence
    boundary, or at the other end of a quotation of several sentences), or is as long with the
    clause as the hop's ratio says, is taken to have kept it.

    Params: ``z`` (3.5), ``min_letters`` (12), ``min_beads`` (8), ``merged_z`` (2.0),
    ``merged_fit`` (1.5), ``unsure_z`` (0.5), ``unsure_score`` (0.6), ``anchored_z`` (1.0), ``anchored_min`` (1),
    ``moved_z`` (2.0), ``mt_low`` (0.15), ``mt_high`` (0.5),
    ``mt_words`` (3), ``gap_z`` (2.0), ``gap_fit`` (1.0), ``gap_anchors`` (2),
    ``punct_z`` (1.5), ``punct_fit`` (1.0), ``lost_names`` (2), ``moves_in_retellings`` (false),
    ``attributions`` (true).
    """

    id = "omission"
    title = "Source text missing in translation"
    severity = Severity.MAJOR
    cost = 6.5
    family = "length-signals"
    suppresses = ("number-mismatch", "low-confidence-alignment")

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        from auditor.core.checks.anchored_clauses import without_duplicates

        for a in ctx.alignments:
            yield from without_duplicates(list(self._hop(ctx, cfg, a)))

    def _hop(self, ctx: CheckContext, cfg: CheckConfig, a: Alignment) -> Iterator[Finding]:
        from auditor.core.checks.moved_segments import reorders

        k = _knobs(cfg)
        quiet_moves = not bool(cfg.get("moves_in_retellings", False)) and reorders(
            ctx, a, z=k.moved_z, min_letters=k.min_letters, min_beads=k.min_beads)
        for s in signals(ctx, k, a, "source"):
            if s.kind == "moved" and quiet_moves:
                continue
            yield self._finding(a, s)

    def _finding(self, a: Alignment, s: Signal) -> Finding:
        where = f"‘{a.target}’"
        if s.kind == "null":
            return finding(self, a, s, severity=self.severity,
                           message=f"Not translated in {where}: ‘{short(s.quote)}’ has no counterpart",
                           evidence=(("bead", f"{s.bead.kind}"), ("source-segments", " ".join(s.bead.source))))
        target = ("target-segments", " ".join(s.bead.target))
        if s.kind == "moved":
            there = s.moved_to[0]
            return finding(self, a, s, severity=Severity.MINOR,
                           message=f"Moved in {where}: ‘{short(s.quote)}’ is not at its place, but seems "
                           f"translated elsewhere as ‘{short(there.text)}’",
                           evidence=(("kind", "moved"), ("moved-to", s.segments[-1]), ("anchors", str(s.anchors)),
                                     ("z", f"{s.z:.1f}")),
                           confidence=0.6)
        if s.kind == "mt":
            mine, theirs = s.coverage
            how = ("shares" if s.direct else "its machine translation shares")
            return finding(self, a, s, severity=self.severity,
                           message=f"Probably not in {where}: ‘{short(s.quote)}’ was merged with another "
                           f"sentence, but {how} {mine:.0%} of its words with {where} (the other sentence "
                           f"{theirs:.0%})",
                           evidence=(*coverage_evidence(s), target),
                           confidence=0.7)
        if s.kind == "merged" and s.anchors:
            return finding(self, a, s, severity=self.severity,
                           message=f"Probably not translated in {where}: ‘{short(s.quote)}’ was merged with "
                           f"another sentence, but none of its names, numbers or cognates ({s.anchors}) "
                           "is in the translation, which is short for both",
                           evidence=(("bead", s.bead.kind), ("z", f"{s.z:.1f}"), ("z-without", f"{s.z_without:.1f}"),
                                     ("anchors", str(s.anchors)), target),
                           confidence=0.5)
        if s.kind == "merged":
            return finding(self, a, s, severity=self.severity,
                           message=f"Probably not translated in {where}: ‘{short(s.quote)}’ was merged with "
                           "another sentence, but the translation is only as long as the other",
                           evidence=(("bead", s.bead.kind), ("z", f"{s.z:.1f}"), ("z-without", f"{s.z_without:.1f}"),
                                     target),
                           confidence=0.6)
        if s.kind == "names":
            return finding(self, a, s, severity=self.severity,
                           message=f"Probably not translated in {where}: ‘{short(s.quote)}’ was merged with "
                           f"another sentence, but its names ({s.number}) appear nowhere in the translation",
                           evidence=(("bead", s.bead.kind), ("kind", "names"), ("names", s.number), target),
                           confidence=0.7)
        if s.kind == "attribution":
            return finding(self, a, s, severity=self.severity,
                           message=f"Attribution dropped in {where}: ‘{short(s.quote)}’ has no counterpart, so the "
                           "translation states the claim as fact",
                           evidence=(("bead", s.bead.kind), ("kind", "attribution"), ("cue", s.number), target),
                           confidence=0.7)
        if s.kind == "clause":
            return finding(self, a, s, severity=Severity.MINOR,
                           message=f"Probably dropped in {where}: ‘{short(s.quote)}’ "
                           f"(its number {s.number} is not in the translation, and no other number is in its place"
                           + (", which is short for the source)" if s.z <= -_SHORT else ")"),
                           evidence=(("kind", "clause"), ("number", s.number), ("z", f"{s.z:.1f}"), target),
                           confidence=0.6)
        if s.kind == "gap":
            return finding(self, a, s, severity=Severity.MINOR,
                           message=f"Probably dropped in {where}: ‘{short(s.quote)}’ "
                           f"(none of its {s.anchors} names or numbers is in the translation, which is unusually short)",
                           evidence=(("kind", "clause"), ("z", f"{s.z:.1f}"), ("z-without", f"{s.z_without:.1f}"),
                                     target),
                           confidence=0.5)
        if s.kind == "unpaired":
            return finding(self, a, s, severity=Severity.MINOR,
                           message=f"Probably dropped in {where}: ‘{short(s.quote)}’ (a clause set off by "
                           "punctuation the translation lacks, which is unusually short)",
                           evidence=(("kind", "clause"), ("z", f"{s.z:.1f}"), ("z-without", f"{s.z_without:.1f}"),
                                     target),
                           confidence=0.4)
        return ratio_finding(self, a, s, "much shorter than its source: part of it may be missing")


def _knobs(cfg: CheckConfig) -> Knobs:
    # Read in the check's own module: its ``Params:`` line is tested against these calls.
    return Knobs(
        z=float(cfg.get("z", 3.5)), min_letters=int(cfg.get("min_letters", 12)), min_beads=int(cfg.get("min_beads", 8)),
        clause_z=-math.inf, merged_z=float(cfg.get("merged_z", 2.0)),
        merged_fit=float(cfg.get("merged_fit", 1.5)),
        unsure_z=float(cfg.get("unsure_z", 0.5)), unsure_score=float(cfg.get("unsure_score", 0.6)),
        anchored_z=float(cfg.get("anchored_z", 1.0)),
        anchored_min=int(cfg.get("anchored_min", 1)), moved_z=float(cfg.get("moved_z", 2.0)),
        mt_low=float(cfg.get("mt_low", 0.15)), mt_high=float(cfg.get("mt_high", 0.5)),
        mt_words=int(cfg.get("mt_words", 3)),
        gap_z=float(cfg.get("gap_z", 2.0)),
        gap_fit=float(cfg.get("gap_fit", 1.0)), gap_anchors=int(cfg.get("gap_anchors", 2)),
        punct_z=float(cfg.get("punct_z", 1.5)), punct_fit=float(cfg.get("punct_fit", 1.0)),
        lost_names=int(cfg.get("lost_names", 2)), attributions=bool(cfg.get("attributions", True)),
    )
