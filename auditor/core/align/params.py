"""Every knob of the sentence aligner in one frozen value, with a signature for the audit record."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class AlignParams:
    """Aligner settings. One set of defaults serves every language pair.

    Document-specific quantities (length ratio and spread, similarity background, the lexical
    dictionary) are estimated from each document itself, so these constants are priors and
    relative weights, not per-corpus tuning.
    """

    max_merge: int = 3
    """Largest side of a bead: 1-2/2-1 always, 2-2 and 1-3/3-1 when 3."""
    null_cost: float = 3.5
    """Cost (negative log prior) of a 1-0 or 0-1 bead: an omission or addition."""
    merge_cost: float = 2.8
    """Negative log prior of a 1-2 or 2-1 bead; each further sentence adds ``extra_cost``."""
    extra_cost: float = 1.5
    length_weight: float = 1.3
    """Weight of the length log-likelihood ratio (matched pair against a random pair)."""
    length_sigma: float = 0.3
    """Prior spread of the log length ratio; refined from the document's confident beads."""
    length_outlier: float = 0.0
    """Prior share of matched pairs whose length ratio is no better than a random pair's
    (captions, OCR debris); when above 0 it is refitted per document by EM and caps the length
    penalty. 0 (the default) keeps a pure Gaussian: on the bundled sets the cap traded NTREX
    precision for Anna Karenina recall."""
    ratio_refit: float = 0.15
    """When |log(source sentences / target sentences)| exceeds this, the second pass takes the
    length ratio from the first pass's 1-1 beads instead of the texts' totals, and the first
    pass also tries the ratio of sentence pairs that anchors pair unambiguously, keeping
    whichever reading (sentences merged, or sentences dropped) costs less (0: never)."""
    missing_evidence: float = 2.0
    """Standard errors by which the text's total length must fall short of (or exceed) what
    the first pass's 1-1 beads predict before null beads get cheaper (0: never)."""
    min_null_cost: float = 2.0
    """Floor of a null bead's cost when the lengths say text is missing."""
    length_scale: float = 60.0
    """Characters at which the length-ratio spread is sqrt(2) times that of long sentences
    (0: one spread for all lengths)."""
    sim_weight: float = 3.0
    """Weight of the lexical (anchor + dictionary) similarity reward."""
    number_weight: float = 1.0
    """Weight of the penalty for a bead with numbers on either side and none in common (a
    log-likelihood ratio estimated per document; 0: off)."""
    translation_weight: float = 4.0
    """Weight of the rapidfuzz similarity between a provided translation and the target."""
    gram_weight: float = 4.0
    """Weight of the character n-gram similarity (weighted Dice) between a provided
    translation and the target."""
    gram_sizes: tuple[int, ...] = (3, 4)
    """Character n-gram lengths of that similarity."""
    prior_strength: float = 200.0
    """Pseudo-count of the default bead-shape priors when re-estimating them from the first
    pass (0 keeps the defaults): a book whose target joins sentences gets cheaper 2-1 beads."""
    size_exponent: float = 0.0
    """Similarity rewards scale with ((a + b) / 2) ** size_exponent: 0 rewards per bead, 1 per
    sentence (so a merge that explains its sentences as well as separate beads is not penalised
    beyond its prior)."""
    reward_cap: float = 2.5
    """Largest similarity reward, in units of the document's typical best match."""
    passes: int = 2
    """Alignment passes; each after the first re-learns dictionary, priors and length spread."""
    absorb_nulls: bool = True
    """After the last pass, merge unaligned sentences into a neighbouring bead when the merged
    bead costs less than the two apart."""
    move_blocks: bool = True
    """After alignment, recognise a block of sentences moved elsewhere (``moves``) and align the
    rest again without it."""
    learn_dictionary: bool = True
    """Learn word translations from a confident first pass and realign."""
    dict_min_count: int = 2
    dict_min_dice: float = 0.3
    max_feature_share: float = 0.25
    """Features found in more than this share of a side's sentences carry no anchor weight."""
    paragraph_bonus: float = 3.0
    """Reward for a path through a node where a paragraph ends on both sides, scaled by how
    well a first path found without it says the two sides' paragraphs agree (so it needs
    ``passes`` >= 2), and only when both sides' paragraphs hold ``paragraph_size`` sentences on
    average: one sentence per line says nothing."""
    paragraph_size: float = 1.5
    small_full: int = 250_000
    """Problems up to this many DP cells are solved without banding."""
    coarse_factor: int = 8
    """Block size of each coarse level of the coarse-to-fine band search."""
    band_margin: int = 1
    """Extra coarse blocks kept on each side of the coarse path."""
    realign_margin: int = 5
    """Rows kept on each side of the first pass's path when the second pass realigns."""
    max_band: int = 1024
    """Upper bound on band width in cells, which bounds memory on very long documents."""

    def signature(self) -> str:
        """A short stable string naming these settings: ``align-v1:<hash>``."""
        items = sorted(asdict(self).items())
        digest = hashlib.sha256(repr(items).encode()).hexdigest()[:12]
        return f"align-v1:{digest}"
