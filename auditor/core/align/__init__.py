"""Sentence alignment: a coarse-to-fine banded DP over beads (0-1, 1-0, 1-1, 1-2, 2-1, 2-2,
1-3, 3-1) whose costs come from length, anchors (numbers, transliterated names, punctuation),
a dictionary learnt from the document itself and, when given, a translation of the source.

``align_texts`` works on plain sentence lists (0-based positions); ``align_hop`` on a chain's
segments. Scores are bead confidences in [0, 1]; ``low_confidence_threshold`` gives the
document's own cut-off for flagging doubtful beads.
"""

from __future__ import annotations

from auditor.core.align.aligner import IndexBead, align_texts
from auditor.core.align.hop import align_hop, low_confidence_threshold
from auditor.core.align.params import AlignParams

__all__ = ["AlignParams", "IndexBead", "align_hop", "align_texts", "low_confidence_threshold"]
