"""``addition``: translation text with no counterpart in the source."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from auditor.core.checks.anchored_clauses import without_duplicates
from auditor.core.checks.base import Check, CheckConfig, CheckContext
from auditor.core.checks.length_signals import (
    Knobs,
    Signal,
    coverage_evidence,
    finding,
    ratio_finding,
    short,
    signals,
)
from auditor.core.models import Alignment, Finding, Severity


class Addition(Check):
    """The translation contains text that is not in its source.

    The mirror of ``omission``: a null bead (0-1), a target segment the aligner matched to no
    source segment; or a bead whose translation is far longer than the hop's usual ratio
    (robust z-score of the log length ratio above ``z``, against the same hop's own beads,
    shrunk by the square root of the source's length over the hop's median when it is shorter:
    a short sentence's wordy translation is not padding).
    Segments with fewer than ``min_letters`` letters are ignored; the ratio test needs
    ``min_beads`` beads. A null target segment that is a moved source sentence (see
    ``omission``, within ``moved_z`` MADs) is left to ``omission``, which reports the move once;
    in a retelling, so is one whose anchors stand in a source sentence aligned elsewhere
    (``auditor.core.checks.told_elsewhere``). Outside retellings, a null target segment beside a
    null source segment and shorter than that segment's translation would be is what was kept of
    it (the aligner could not pair a sentence with its shortened translation): ``omission``
    reports the source sentence, and nothing was added. A long bead beside one as far off the
    other way, the two together as long as the hop's ratio says, took words across the sentence
    boundary (see ``omission``).

    And a merged bead (1-2, 1-3 …) whose translation is long by at least ``merged_z`` MADs
    but about right (within ``merged_fit`` MADs, and clearly better than leaving out any other) without one of its target segments: that
    segment is reported (``unsure_z`` MADs suffice when the bead's score is below
    ``unsure_score``: the aligner hardly preferred the merge). Where length alone cannot tell, anchors can: a target segment of a
    merged bead at least ``anchored_z`` MADs long that holds ``anchored_min`` or more words the
    hop carries across elsewhere, none with a counterpart in the source while the rest of the
    bead finds one, and without which the bead fits.

    With machine (or provided) translations of the source, a target segment of a bead with two
    or more whose words the source's translation lacks (coverage at most ``mt_low``, another
    segment at least ``mt_high``, ``mt_words`` words or more) is reported too
    (``auditor.core.checks.mt_gaps``).

    And a clause inside a bead, anchored by a number only the translation has (no number of
    the source's left in its place), in a bead at least ``clause_z`` MADs longer than usual
    (0: longer than the hop's median at all; ``auditor.core.checks.anchored_clauses``): an
    editor's background clause (``bei dem mehr als 17.000 Menschen ums Leben kamen``). Its
    number is then not also a ``number-mismatch`` (this check suppresses those on its span).
    A ``low-confidence-alignment`` finding on the same text is suppressed too: this finding
    already says what is doubtful about the bead.

    And a clause inside a bead at least ``gap_z`` MADs longer than usual, whose leaving out
    makes the bead fit (within ``gap_fit`` MADs) better than leaving out any other clause, and
    which holds at least ``gap_anchors`` words the hop carries across elsewhere (numbers,
    names, cognates) none of which the source of this bead has, while the rest of the
    translation does find its anchors there (``auditor.core.checks.clause_gaps``).

    And a clause set off by punctuation (not the first of its sentence) in a one-sentence
    translation at least ``punct_z`` MADs longer than usual, whose leaving out makes the bead fit
    (within ``punct_fit`` MADs) better than leaving out any other, when the translation has more
    clause marks than the source beyond the hop's usual difference and none of the clause's
    names, numbers or cognates is in the source (``auditor.core.checks.unpaired_clauses``):
    “…by tankers, which the regional government has hired from private firms”.

    A clause around a number only the translation has is also reported when the bead's length
    balances only because a source sentence of the bead was left out (``omission`` with
    evidence ``kind`` = ``names``): measured without that sentence, the translation is long
    (a substitution: one sentence dropped, a clause added in its place). ``lost_names``
    (0: off) is that detector's threshold.

    Params: ``z`` (3.5), ``min_letters`` (12), ``min_beads`` (8), ``clause_z`` (0.0), ``merged_z`` (2.0),
    ``merged_fit`` (1.5), ``unsure_z`` (0.5), ``unsure_score`` (0.6), ``anchored_z`` (1.0), ``anchored_min`` (1),
    ``moved_z`` (2.0), ``mt_low`` (0.15), ``mt_high`` (0.5),
    ``mt_words`` (3), ``gap_z`` (2.0), ``gap_fit`` (1.0), ``gap_anchors`` (2),
    ``punct_z`` (1.5), ``punct_fit`` (1.0), ``lost_names`` (2).
    """

    id = "addition"
    title = "Text added in translation"
    severity = Severity.MAJOR
    cost = 2
    family = "length-signals"
    suppresses = ("number-mismatch", "low-confidence-alignment")

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        return without_duplicates(list(self._run(ctx, cfg)))

    def _run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterator[Finding]:
        knobs = _knobs(cfg)
        for a in ctx.alignments:
            for s in signals(ctx, knobs, a, "target"):
                yield self._finding(a, s)

    def _finding(self, a: Alignment, s: Signal) -> Finding:
        if s.kind == "null":
            return finding(self, a, s, severity=self.severity,
                           message=f"Not in the source ‘{a.source}’: ‘{short(s.quote)}’",
                           evidence=(("bead", s.bead.kind),))
        if s.kind == "mt":
            mine, theirs = s.coverage
            what = "the source" if s.direct else "the machine translation of the source"
            return finding(self, a, s, severity=self.severity,
                           message=f"Probably not in the source ‘{a.source}’: ‘{short(s.quote)}’ was merged with "
                           f"another sentence, but {what} has {mine:.0%} of its words (the other sentence "
                           f"{theirs:.0%})",
                           evidence=coverage_evidence(s),
                           confidence=0.7)
        if s.kind == "merged" and s.anchors:
            return finding(self, a, s, severity=self.severity,
                           message=f"Probably not in the source ‘{a.source}’: ‘{short(s.quote)}’ was merged with "
                           f"another sentence, but none of its names, numbers or cognates ({s.anchors}) "
                           "is in the source, which is short for both",
                           evidence=(("bead", s.bead.kind), ("z", f"{s.z:.1f}"), ("z-without", f"{s.z_without:.1f}"),
                                     ("anchors", str(s.anchors))),
                           confidence=0.5)
        if s.kind == "merged":
            return finding(self, a, s, severity=self.severity,
                           message=f"Probably not in the source ‘{a.source}’: ‘{short(s.quote)}’ was merged with "
                           "another sentence, but the source is only as long as the other",
                           evidence=(("bead", s.bead.kind), ("z", f"{s.z:.1f}"), ("z-without", f"{s.z_without:.1f}")),
                           confidence=0.6)
        if s.kind == "clause":
            return finding(self, a, s, severity=Severity.MINOR,
                           message=f"Probably added in translation: ‘{short(s.quote)}’ "
                           f"(its number {s.number} is not in the source, and no other number is in its place"
                           + (", in a sentence unusually long)" if s.z >= 1.5 else ")"),
                           evidence=(("kind", "clause"), ("number", s.number), ("z", f"{s.z:.1f}")),
                           confidence=0.6)
        if s.kind == "gap":
            return finding(self, a, s, severity=Severity.MINOR,
                           message=f"Probably added in translation: ‘{short(s.quote)}’ "
                           f"(none of its {s.anchors} names or numbers is in the source, and the sentence is "
                           "unusually long)",
                           evidence=(("kind", "clause"), ("z", f"{s.z:.1f}"), ("z-without", f"{s.z_without:.1f}")),
                           confidence=0.5)
        if s.kind == "unpaired":
            return finding(self, a, s, severity=Severity.MINOR,
                           message=f"Probably added in translation: ‘{short(s.quote)}’ (a clause set off by "
                           "punctuation the source lacks, and the sentence is unusually long)",
                           evidence=(("kind", "clause"), ("z", f"{s.z:.1f}"), ("z-without", f"{s.z_without:.1f}")),
                           confidence=0.4)
        return ratio_finding(self, a, s, "much longer than its source: text may have been added")


def _knobs(cfg: CheckConfig) -> Knobs:
    # Read in the check's own module: its ``Params:`` line is tested against these calls.
    return Knobs(
        z=float(cfg.get("z", 3.5)), min_letters=int(cfg.get("min_letters", 12)), min_beads=int(cfg.get("min_beads", 8)),
        clause_z=float(cfg.get("clause_z", 0.0)), merged_z=float(cfg.get("merged_z", 2.0)),
        merged_fit=float(cfg.get("merged_fit", 1.5)),
        unsure_z=float(cfg.get("unsure_z", 0.5)), unsure_score=float(cfg.get("unsure_score", 0.6)),
        anchored_z=float(cfg.get("anchored_z", 1.0)),
        anchored_min=int(cfg.get("anchored_min", 1)), moved_z=float(cfg.get("moved_z", 2.0)),
        mt_low=float(cfg.get("mt_low", 0.15)), mt_high=float(cfg.get("mt_high", 0.5)),
        mt_words=int(cfg.get("mt_words", 3)),
        gap_z=float(cfg.get("gap_z", 2.0)),
        gap_fit=float(cfg.get("gap_fit", 1.0)), gap_anchors=int(cfg.get("gap_anchors", 2)),
        punct_z=float(cfg.get("punct_z", 1.5)), punct_fit=float(cfg.get("punct_fit", 1.0)),
        lost_names=int(cfg.get("lost_names", 2)),
    )
