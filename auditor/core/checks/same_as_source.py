"""``same-as-source``: a translated segment identical or nearly identical to its source."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz

from auditor.core.checks.base import Check, CheckConfig, CheckContext
from auditor.core.models import Finding, Severity, Span
from auditor.core.normalize import digits_to_ascii, fold, primary_language

_URLISH = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.I)


def _content(text: str) -> str:
    """Words that need translating: URLs, numbers and capitalised names removed, folded."""
    text = _URLISH.sub(" ", text)
    words = [w for w in re.findall(r"[^\W\d_]+", text) if not w[:1].isupper()]
    return " ".join(fold(w) for w in words)


class SameAsSource(Check):
    """A translated segment is identical, or nearly so, to its source segment.

    Compares each 1-1 (or n-m) bead of a hop between different languages after case folding
    and digit normalisation; a rapidfuzz ratio of at least ``min_ratio`` flags the target.
    Names, numbers and URLs alone do not count: the comparison needs at least ``min_words``
    lower-case words on the source side (so ``Newsweek, 17 March 2022`` or a URL left as is
    is fine). Hops between witnesses of the same language (an edit, a retelling) are skipped.

    Params: ``min_ratio`` (90), ``min_words`` (3).
    """

    id = "same-as-source"
    title = "Translation same as source"
    severity = Severity.MAJOR

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        min_ratio = float(cfg.get("min_ratio", 90))
        min_words = int(cfg.get("min_words", 3))
        for a in ctx.alignments:
            src_w, tgt_w = ctx.chain.witness(a.source), ctx.chain.witness(a.target)
            if primary_language(src_w.lang) == primary_language(tgt_w.lang):
                continue
            for b in a.beads:
                if not b.source or not b.target:
                    continue
                src = " ".join(ctx.segment(s).text for s in b.source)
                tgt_segs = [ctx.segment(t) for t in b.target]
                tgt = " ".join(s.text for s in tgt_segs)
                content = _content(src)
                if len(content.split()) < min_words:
                    continue
                score = fuzz.ratio(digits_to_ascii(fold(src)), digits_to_ascii(fold(tgt)))
                if score < min_ratio:
                    continue
                yield Finding(
                    check=self.id,
                    severity=self.severity,
                    witness=a.target,
                    segments=tuple(b.target),
                    spans=tuple(Span(a.target, s.start, s.end, s.text) for s in tgt_segs),
                    message=f"Same as the {src_w.lang} source (similarity {score / 100:.2f}): not translated?",
                    hop=(a.source, a.target),
                    evidence=(("similarity", f"{score / 100:.2f}"), ("source-segments", " ".join(b.source))),
                )
