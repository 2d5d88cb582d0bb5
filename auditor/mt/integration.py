"""MT put to work on a chain: forward and back translations before the audit, suggestions after.

``auditor.app_service`` drives it::

    session = MTSession(settings.mt, warn=warn)
    translations, back = session.translate_chain(chain, segments)   # before audit_chain
    audit = session.finish(audit)                                    # after

``translate_chain`` makes one batch call per hop and direction: the parent's segments into
the child's language (the aligner's provided-translation mode and ``CheckContext.translations``)
and the child's segments back into the parent's language (``mistranslation-suspect``).
``finish`` adds a suggested translation to each ``untranslated-span`` finding, records for every
MT-derived value whether it came from the cache, turns "MT unavailable" into skipped notices,
and appends the provider, engine and cache use to the signature.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from auditor.core.models import Audit, Chain, Finding, Segment
from auditor.core.normalize import expected_scripts, primary_language
from auditor.mt.protocol import Translator
from auditor.mt.service import MTService

UNTRANSLATED = "untranslated-span"
MISTRANSLATION = "mistranslation-suspect"

# When no witness of the chain is written in the span's script and language id is unsure.
_SCRIPT_LANG = {
    "Bengali": "bn", "Devanagari": "hi", "Cyrillic": "ru", "Arabic": "ar", "Hebrew": "he", "Greek": "el",
    "Han": "zh", "Hiragana": "ja", "Katakana": "ja", "Hangul": "ko", "Thai": "th", "Georgian": "ka",
    "Armenian": "hy", "Tamil": "ta", "Gujarati": "gu", "Gurmukhi": "pa", "Telugu": "te", "Kannada": "kn",
    "Malayalam": "ml", "Sinhala": "si", "Ethiopic": "am", "Khmer": "km", "Lao": "lo", "Myanmar": "my",
}


class MTSession:
    """One audit's use of MT: wraps an ``MTService`` and remembers what came from the cache."""

    def __init__(self, settings: Any, *, warn: Callable[[str], None] | None = None,
                 cache_path: str | Path | None = None, provider: Translator | None = None,
                 env: Mapping[str, str] | None = None, backoff: float = 0.5) -> None:
        self.service = MTService(settings, warn=warn, cache_path=cache_path, provider=provider, env=env,
                                 backoff=backoff)
        self.translation_cached: dict[tuple[str, str], bool] = {}
        self.back_cached: dict[str, bool] = {}

    def translate_chain(
        self, chain: Chain, segments: Mapping[str, Sequence[Segment]]
    ) -> tuple[dict[tuple[str, str], str], dict[str, str]]:
        """(translations keyed by (segment id, target language), back-translations by segment id)."""
        translations: dict[tuple[str, str], str] = {}
        back: dict[str, str] = {}
        for parent_id, child_id in chain.hops():
            parent, child = chain.witness(parent_id), chain.witness(child_id)
            if primary_language(parent.lang) == primary_language(child.lang):
                continue
            psegs, csegs = list(segments.get(parent_id, ())), list(segments.get(child_id, ()))
            if psegs and not all((s.id, child.lang) in translations for s in psegs):
                res = self.service.translate_segments([s.text for s in psegs], parent.lang, child.lang)
                for seg, tr, cached in zip(psegs, res.translations, res.from_cache, strict=True):
                    if tr is not None:
                        translations[(seg.id, child.lang)] = tr
                        self.translation_cached[(seg.id, child.lang)] = cached
            if csegs:
                res = self.service.translate_segments([s.text for s in csegs], child.lang, parent.lang)
                for seg, tr, cached in zip(csegs, res.translations, res.from_cache, strict=True):
                    if tr is not None:
                        back[seg.id] = tr
                        self.back_cached[seg.id] = cached
        return translations, back

    def finish(self, audit: Audit) -> Audit:
        """Suggestions, cache provenance, skipped notices and signature; closes the service."""
        try:
            findings = self._suggest(audit)
            findings = tuple(self._mark_back(f) for f in findings)
            skipped = self._skipped(audit)
            sig_keys = {k for k, _ in self.service.signature()}
            signature = tuple(p for p in audit.signature if p[0] not in sig_keys) + tuple(self.service.signature())
            return replace(audit, findings=findings, skipped=skipped, signature=signature)
        finally:
            self.service.close()

    # -- helpers ----------------------------------------------------------------------------

    def _suggest(self, audit: Audit) -> tuple[Finding, ...]:
        wanted: dict[tuple[str, str], list[int]] = {}
        for i, f in enumerate(audit.findings):
            if f.check != UNTRANSLATED or f.suggestion or not f.spans:
                continue
            tgt = audit.chain.witness(f.witness).lang
            src = self._span_language(audit.chain, f)
            if src and primary_language(src) != primary_language(tgt):
                wanted.setdefault((src, tgt), []).append(i)
        findings = list(audit.findings)
        if not self.service.available:
            return tuple(findings)
        engine = self._engine()
        for (src, tgt), idxs in wanted.items():
            texts = [findings[i].spans[0].text for i in idxs]
            res = self.service.translate_segments(texts, src, tgt)
            for i, text, tr, cached in zip(idxs, texts, res.translations, res.from_cache, strict=True):
                if tr is None or tr.strip() == text.strip():  # Google may hand the input back
                    continue
                f = findings[i]
                findings[i] = replace(f, suggestion=tr, evidence=f.evidence + (
                    ("suggestion by", engine), ("suggestion languages", f"{src}→{tgt}"),
                    ("suggestion from cache", "yes" if cached else "no")))
        return tuple(findings)

    def _mark_back(self, f: Finding) -> Finding:
        if f.check != MISTRANSLATION:
            return f
        cached = [self.back_cached.get(s) for s in f.segments if s in self.back_cached]
        if not cached:
            return f
        return replace(f, evidence=f.evidence + (
            ("back-translation by", self._engine()),
            ("back-translation from cache", "yes" if all(cached) else "no" if not any(cached) else "partly")))

    def _skipped(self, audit: Audit) -> tuple[tuple[str, str], ...]:
        reason = self.service.reason
        if reason is None:
            return audit.skipped
        from auditor.core.checks.registry import CHECKS

        note = f"machine translation unavailable: {reason}"
        out = [(cid, note if cid in {c.id for c in CHECKS if c.needs_mt} else r) for cid, r in audit.skipped]
        done = {cid for cid, _ in out}
        needs = [c.id for c in CHECKS if c.needs_mt and c.id not in done]
        if needs and not self.back_cached:
            out.extend((cid, note) for cid in needs)
        return tuple(out)

    def _engine(self) -> str:
        p = self.service.provider
        return f"{p.name} ({p.engine})" if p is not None else self.service.name

    @staticmethod
    def _span_language(chain: Chain, f: Finding) -> str | None:
        script = dict(f.evidence).get("script", "")
        # A witness up the chain written in that script is the likeliest source language.
        for wid in reversed(chain.path_to(f.witness)[:-1]):
            lang = chain.witness(wid).lang
            if script and script in expected_scripts(lang):
                return lang
        for w in chain.witnesses:
            if script and script in expected_scripts(w.lang) and w.id != f.witness:
                return w.lang
        if script in _SCRIPT_LANG:
            return _SCRIPT_LANG[script]
        try:
            import py3langid

            lang, _ = py3langid.classify(f.spans[0].text)
            return str(lang)
        except Exception:  # language id is a best effort
            return None
