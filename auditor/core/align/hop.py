"""Alignment of one hop of a chain (segments in, ``models.Alignment`` out) and confidence cut-off."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from auditor.core.align.aligner import align_texts
from auditor.core.align.costs import median
from auditor.core.align.params import AlignParams
from auditor.core.models import Alignment, Bead, Segment


def align_hop(
    source: Sequence[Segment],
    target: Sequence[Segment],
    *,
    src_lang: str = "und",
    tgt_lang: str = "und",
    translation: Sequence[str] | None = None,
    params: AlignParams | None = None,
    source_witness: str | None = None,
    target_witness: str | None = None,
) -> Alignment:
    """Align the segments of a parent witness (``source``) with those of a child (``target``).

    Witness ids come from the segments; pass ``source_witness``/``target_witness`` when a side
    may be empty. ``translation`` is a translation of each source segment into the target
    language (from MT or a provided file), or None.
    """
    src_id = source_witness or (source[0].witness if source else None)
    tgt_id = target_witness or (target[0].witness if target else None)
    if src_id is None or tgt_id is None:
        raise ValueError("align_hop needs source_witness/target_witness when a side is empty")
    beads = align_texts(
        [s.text for s in source],
        [t.text for t in target],
        src_lang=src_lang,
        tgt_lang=tgt_lang,
        translation=translation,
        params=params,
        paragraphs=([s.paragraph for s in source], [t.paragraph for t in target]),
    )
    out = tuple(
        Bead(
            tuple(source[i].id for i in b.source),
            tuple(target[j].id for j in b.target),
            float(b.score),
        )
        for b in beads
    )
    return Alignment(src_id, tgt_id, out)


def low_confidence_threshold(scores: Sequence[float], k: float = 3.0, floor: float = 0.05, ceiling: float = 0.5) -> float:
    """Scores below this are unusually low *for this document*: median − k·MAD, clipped.

    A robust cut-off from the document's own distribution, so a hard language pair (where
    every bead is less certain) does not flood the review with findings, while a bead far
    below its neighbours' confidence still stands out. Clipped to [floor, ceiling]; an empty
    input gives ``floor``.
    """
    if len(scores) == 0:
        return floor
    arr = np.asarray(scores, dtype=np.float64)
    med = median(arr)
    mad = median(np.abs(arr - med)) * 1.4826
    return float(np.clip(med - k * max(mad, 0.02), floor, ceiling))
