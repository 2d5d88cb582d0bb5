"""``mistranslation-suspect``: a sentence whose back-translation has drifted from its source."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from auditor.core.checks.base import Check, CheckConfig, CheckContext
from auditor.core.models import Alignment, Bead, Finding, Severity
from auditor.core.normalize import digits_to_ascii, fold, primary_language

CHAR_ORDER = 6
BETA = 2.0


def _ngrams(text: str, n: int) -> Counter[str]:
    return Counter(text[i : i + n] for i in range(len(text) - n + 1))


def chrf_prepare(text: str) -> str:
    """What chrF compares: case-folded NFKC, ASCII digits, no whitespace (as sacrebleu does)."""
    return "".join(digits_to_ascii(fold(text)).split())


def chrf(hypothesis: str, reference: str) -> float:
    """Sentence chrF (Popović 2015) on 0–100: character 1..6-grams, β = 2, whitespace ignored.

    Same definition as sacrebleu's ``sentence_chrf`` defaults (word order 0): per-order
    precision and recall, their F-β, averaged over the orders both sides are long enough for.
    """
    hyp, ref = chrf_prepare(hypothesis), chrf_prepare(reference)
    scores: list[float] = []
    for n in range(1, CHAR_ORDER + 1):
        h, r = _ngrams(hyp, n), _ngrams(ref, n)
        h_total, r_total = sum(h.values()), sum(r.values())
        if not h_total or not r_total:
            continue
        match = sum((h & r).values())
        prec, rec = match / h_total, match / r_total
        denom = BETA**2 * prec + rec
        scores.append((1 + BETA**2) * prec * rec / denom if denom else 0.0)
    return 100.0 * sum(scores) / len(scores) if scores else 0.0


@dataclass(frozen=True)
class _Scored:
    alignment: Alignment
    bead: Bead
    source: str
    back: str
    score: float


def lower_fence(scores: Sequence[float], factor: float) -> tuple[float, float, float]:
    """(Q1 − factor·IQR, median, IQR) of ``scores``: Tukey's fence for low outliers."""
    q1, median, q3 = statistics.quantiles(scores, n=4, method="inclusive")
    return q1 - factor * (q3 - q1), median, q3 - q1


class MistranslationSuspect(Check):
    """A sentence whose back-translation differs much more from its source than the rest do.

    Needs machine translation. Each target segment is translated back into its parent's
    language; for every aligned bead the back-translation is compared with the parent's
    segment(s) using chrF, the character n-gram F-score standard in MT evaluation
    (Popović 2015; computed here as sacrebleu's ``sentence_chrf`` does, without the
    dependency). chrF was chosen over a rapidfuzz edit ratio because it rewards shared
    word stems in any order, so free but faithful word order still scores well, and it
    needs no tokenizer, so it works for every script.

    The threshold comes from the document itself: per hop, Tukey's lower fence
    (first quartile minus ``fence`` × interquartile range) of all bead scores, because what
    counts as a normal back-translation score varies with language pair and MT engine. A
    bead is flagged when its score is below both that fence and ``ceiling`` (a score above
    it is a usable back-translation however the rest score). Hops with fewer than
    ``min_beads`` scored beads fall back to the fixed ``fallback`` threshold.

    Skipped: beads with an empty side, sources shorter than ``min_chars`` characters (chrF is
    noise there), and back-translations identical to the target (the engine returned its
    input, which proves nothing).

    Parameters: ``fence`` (1.5), ``ceiling`` (50), ``min_beads`` (8), ``fallback`` (30: unrelated
    sentences in one language still share letters and score about 15–25), ``min_chars`` (20).
    Scores are chrF on 0–100.
    """

    id = "mistranslation-suspect"
    title = "Back-translation far from the source"
    severity = Severity.MAJOR
    cost = 0.1
    needs_mt = True

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        fence_factor = float(cfg.get("fence", 1.5))
        ceiling = float(cfg.get("ceiling", 50.0))
        min_beads = int(cfg.get("min_beads", 8))
        fallback = float(cfg.get("fallback", 30.0))
        min_chars = int(cfg.get("min_chars", 20))
        for alignment in ctx.alignments:
            scored = list(self._score(ctx, alignment, min_chars))
            if not scored:
                continue
            values = [s.score for s in scored]
            if len(values) >= max(min_beads, 4):
                fence, median, iqr = lower_fence(values, fence_factor)
                threshold, basis = min(fence, ceiling), "document"
            else:
                median, iqr = statistics.median(values), 0.0
                threshold, basis = min(fallback, ceiling), "fallback"
            for s in scored:
                if s.score < threshold:
                    yield self._finding(ctx, s, threshold, median, iqr, basis, len(values))

    def _score(self, ctx: CheckContext, alignment: Alignment, min_chars: int) -> Iterable[_Scored]:
        same_lang = primary_language(ctx.chain.witness(alignment.source).lang) == primary_language(
            ctx.chain.witness(alignment.target).lang)
        for bead in alignment.beads:
            if not bead.source or not bead.target:
                continue
            backs = [ctx.back_translations.get(t) for t in bead.target]
            if any(b is None for b in backs):
                continue
            source = " ".join(ctx.segment(s).text for s in bead.source)
            back = " ".join(b for b in backs if b is not None)
            target = " ".join(ctx.segment(t).text for t in bead.target)
            if len(chrf_prepare(source)) < min_chars:
                continue
            if not same_lang and chrf_prepare(back) == chrf_prepare(target):
                continue
            yield _Scored(alignment, bead, source, back, chrf(back, source))

    def _finding(self, ctx: CheckContext, s: _Scored, threshold: float, median: float, iqr: float,
                 basis: str, n: int) -> Finding:
        target_wid = s.alignment.target
        spans = tuple(ctx.span(target_wid, seg.start, seg.end) for seg in (ctx.segment(t) for t in s.bead.target))
        how = "the document's lower fence" if basis == "document" else "the fixed threshold for short hops"
        spread = max(iqr, 5.0)
        return Finding(
            check=self.id,
            severity=self.severity,
            witness=target_wid,
            segments=s.bead.target,
            spans=spans,
            message=(f"back-translation of ‘{target_wid}’ differs from its source ‘{s.alignment.source}’ "
                     f"(chrF {s.score:.0f}, below {how} {threshold:.0f}; median {median:.0f})"),
            suggestion="",
            hop=(s.alignment.source, s.alignment.target),
            evidence=(
                ("chrF", f"{s.score:.1f}"),
                ("threshold", f"{threshold:.1f}"),
                ("threshold basis", basis),
                ("median chrF", f"{median:.1f}"),
                ("beads scored", str(n)),
                ("source", s.source),
                ("back-translation", s.back),
                ("source segments", " ".join(s.bead.source)),
            ),
            confidence=round(min(1.0, 0.5 + (threshold - s.score) / (2 * spread)), 2),
        )
