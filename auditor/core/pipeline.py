"""``audit_chain``: chain in, ``Audit`` out. Pure: no files, no network, no clock.

Another program can ``from auditor import audit_chain`` and get an Audit without touching a
terminal, a file or the network. MT output, when wanted, is computed outside and passed in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields, replace
from typing import Any

from auditor.core import reorder
from auditor.core.align import AlignParams, align_hop
from auditor.core.checks.base import CheckConfig, CheckContext, GlossaryEntry
from auditor.core.checks.runner import run_checks, warm_up_checks
from auditor.core.models import Alignment, Audit, Chain, Change, Segment
from auditor.core.normalize import primary_language
from auditor.core.segment import SPACED_LANGUAGES, segment_lines, segment_text
from auditor.core.signature import build_signature

Progress = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)``; stages are 'segment', 'align', 'check'."""


def align_params_from(overrides: Mapping[str, Any]) -> AlignParams:
    """AlignParams with the given field overrides; unknown names are refused."""
    names = {f.name for f in fields(AlignParams)}
    unknown = sorted(set(overrides) - names)
    if unknown:
        raise ValueError(f"unknown alignment setting(s): {', '.join(unknown)}")
    return replace(AlignParams(), **dict(overrides))


def segment_chain(chain: Chain, *, given_segmentation: bool = False) -> dict[str, tuple[Segment, ...]]:
    """Segments of every witness, keyed by witness id."""
    out: dict[str, tuple[Segment, ...]] = {}
    # a witness a retelling is made from, or a retelling: its sentences move, so Thai and Lao
    # are cut finer than their paragraphs (see ``segment.spaced_sentences``)
    reordered: set[str | None] = {w.parent for w in chain.witnesses if w.role == "retelling"} | {
        w.id for w in chain.witnesses if w.role == "retelling"}
    for w in chain.witnesses:
        out[w.id] = segment_lines(w.text, w.id) if given_segmentation else segment_text(
            w.text, w.lang, w.id, spaced=w.id in reordered)
    if not given_segmentation:
        # a retelling filed as a translation moves sentences too: its numbers tell
        for parent, child in chain.hops():
            for coarse, other in ((parent, child), (child, parent)):
                w = chain.witness(coarse)
                if coarse not in reordered and primary_language(w.lang) in SPACED_LANGUAGES \
                        and reorder.reordered(out[coarse], out[other]):
                    reordered.add(coarse)
                    out[coarse] = segment_text(w.text, w.lang, w.id, spaced=True)
    return out


def align_chain(
    chain: Chain,
    segments: Mapping[str, tuple[Segment, ...]],
    *,
    params: AlignParams | None = None,
    translations: Mapping[tuple[str, str], str] | None = None,
    progress: Progress | None = None,
) -> tuple[Alignment, ...]:
    """Align every hop, parent → child. A translation of the parent into the child's language,
    when present for every parent segment, feeds the aligner's provided-translation mode."""
    translations = translations or {}
    hops = chain.hops()
    out: list[Alignment] = []
    for n, (src, tgt) in enumerate(hops):
        src_w, tgt_w = chain.witness(src), chain.witness(tgt)
        src_segs, tgt_segs = segments[src], segments[tgt]
        given = [translations.get((s.id, tgt_w.lang)) for s in src_segs]
        translation = [t or "" for t in given] if src_segs and all(t is not None for t in given) else None
        out.append(
            align_hop(
                src_segs,
                tgt_segs,
                src_lang=src_w.lang,
                tgt_lang=tgt_w.lang,
                translation=translation,
                params=params,
                source_witness=src,
                target_witness=tgt,
            )
        )
        if progress:
            progress("align", n + 1, len(hops))
    return tuple(out)


def audit_chain(
    chain: Chain,
    *,
    check_configs: Mapping[str, CheckConfig] | None = None,
    align_params: AlignParams | None = None,
    glossary: Sequence[GlossaryEntry] = (),
    translations: Mapping[tuple[str, str], str] | None = None,
    back_translations: Mapping[str, str] | None = None,
    given_segmentation: bool = False,
    extra_signature: Sequence[tuple[str, str]] = (),
    when: str = "",
    progress: Progress | None = None,
    check_workers: int = 0,
) -> Audit:
    """Segment, align and check a chain.

    Args:
        chain: the witnesses and their parents.
        check_configs: per-check settings keyed by check id (defaults when absent).
        align_params: aligner settings (defaults when None).
        glossary: agreed renderings for ``term-mismatch`` and canonical names.
        translations: MT or provided translations keyed by (segment id, target language).
        back_translations: back-translations of target segments into their parent's language.
        given_segmentation: treat each input line as one segment.
        extra_signature: more provenance (MT provider, cache hits, config file) for the record.
        when: W3C timestamp of the run, recorded in the history (callers pass the clock).
        progress: optional callback for long runs.
        check_workers: processes the checks share (0: one per core on a long chain); the
            findings are the same whatever it is.
    """
    params = align_params or AlignParams()
    configs = dict(check_configs or {})
    warm_up_checks(configs)  # models load while the aligner works
    segments = segment_chain(chain, given_segmentation=given_segmentation)
    if progress:
        progress("segment", len(chain.witnesses), len(chain.witnesses))
    alignments = align_chain(chain, segments, params=params, translations=translations, progress=progress)
    ctx = CheckContext(
        chain=chain,
        segments=segments,
        alignments=alignments,
        glossary=tuple(glossary),
        translations=dict(translations or {}),
        back_translations=dict(back_translations or {}),
    )
    findings, skipped = run_checks(ctx, configs, workers=check_workers)
    if progress:
        progress("check", 1, 1)
    signature = build_signature(
        params=params, check_configs=configs, given_segmentation=given_segmentation, extra=extra_signature
    )
    n_beads = sum(len(a.beads) for a in alignments)
    history = (
        Change(
            when=when or "1970-01-01T00:00:00Z",
            who="auditor",
            status="audited",
            text=f"{len(chain.witnesses)} witnesses segmented, {len(alignments)} hops aligned "
            f"({n_beads} beads), {len(findings)} findings.",
        ),
    )
    return Audit(
        chain=chain,
        segments=segments,
        alignments=alignments,
        findings=findings,
        decisions=(),
        signature=signature,
        history=history,
        skipped=skipped,
    )
