"""Turning a similarity into a reward on this document's own scale.

A similarity is scaled between the band's background (the median over all candidate pairs,
i.e. what an unrelated pair scores here) and the typical best match (the mean of each row's
best pair), so the same weight means the same thing for a language pair that shares many
cognates and for one that shares only names and numbers. (Learning a full log-likelihood
ratio per document from first-pass beads was tried; Gaussian fits did worse on every set.)
"""

from __future__ import annotations

import numpy as np


class LinearReward:
    """(x - background) / (match - background), clipped: the first-pass reward."""

    def __init__(self, background: float, match: float, weight: float, cap: float = 1.5) -> None:
        self.bg = background
        self.scale = max(match - background, 1e-6)
        self.weight = weight
        self.cap = cap

    def __call__(self, x: np.ndarray) -> np.ndarray:
        return self.weight * np.clip((x - self.bg) / self.scale, -0.5, self.cap)
