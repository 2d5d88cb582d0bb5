"""Run the registered checks over a context: config, failures, suppression, fingerprints, order.

Pure: no I/O. A failing check never aborts an audit: its exception becomes an
``internal-error`` finding and the other checks carry on (translate-toolkit wraps errors the
same way in ``run_filters``).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from auditor.core.checks.base import Check, CheckConfig, CheckContext
from auditor.core.checks.fanout import run_shared, worker_count
from auditor.core.gc_pause import cyclic_gc_paused
from auditor.core.models import Finding, Severity, fingerprint_of, with_fields

log = logging.getLogger(__name__)

INTERNAL_ERROR = "internal-error"


def run_checks(
    ctx: CheckContext,
    configs: Mapping[str, CheckConfig] | None = None,
    *,
    checks: Sequence[type[Check]] | None = None,
    workers: int = 0,
) -> tuple[tuple[Finding, ...], tuple[tuple[str, str], ...]]:
    """Run every enabled check; return (findings, skipped).

    ``skipped`` lists (check id, reason) for checks that could not run. Findings get their
    severity override from config, lose those suppressed by another check's findings on the
    same span, receive unique fingerprints and come back in a deterministic order: witness
    (parents first), first span start, check id. ``checks`` replaces the registry (tests,
    plug-ins). ``workers``: processes to share the checks among (0: one per core on a long
    chain; see ``auditor.core.checks.fanout``); the findings are the same whatever it is.
    """
    if checks is None:
        from auditor.core.checks.registry import CHECKS  # late: registry imports every check

        checks = CHECKS
    configs = configs or {}
    raw: list[Finding] = []
    skipped: list[tuple[str, str]] = []
    suppressors: dict[str, tuple[str, ...]] = {}
    runnable: list[tuple[type[Check], CheckConfig]] = []
    for cls in checks:
        cfg = configs.get(cls.id, CheckConfig())
        if not cfg.enabled:
            continue
        if cls.needs_mt and not ctx.translations and not ctx.back_translations:
            skipped.append((cls.id, "needs machine translation, and none is available"))
            continue
        runnable.append((cls, cfg))
    warm_up_checks(configs, checks=[cls for cls, _ in runnable])  # loads while earlier checks run
    n_segments = sum(len(s) for s in ctx.segments.values())
    n_workers = worker_count(workers, n_segments, len(runnable))
    with cyclic_gc_paused():  # see auditor.core.gc_pause
        by_check = run_shared(ctx, runnable, n_workers, _run_one)
        for cls, _ in runnable:  # registry order, as from one process
            suppressors[cls.id] = cls.suppresses
            raw.extend(by_check[cls.id])
        findings = _suppress(raw, suppressors)
        findings = _attribute(ctx, findings)
        findings = _fingerprint(ctx, findings)
        return tuple(sorted(findings, key=_sort_key(ctx))), tuple(skipped)


def warm_up_checks(
    configs: Mapping[str, CheckConfig] | None = None, *, checks: Sequence[type[Check]] | None = None
) -> None:
    """Let every enabled check start loading its slow resources in the background.

    ``run_checks`` does this itself; an audit calls it before segmenting and aligning, so a
    model loads while the aligner works. Calling it twice does no harm.
    """
    if checks is None:
        from auditor.core.checks.registry import CHECKS

        checks = CHECKS
    configs = configs or {}
    for cls in checks:
        if configs.get(cls.id, CheckConfig()).enabled:
            cls.warm_up()


def _run_one(cls: type[Check], ctx: CheckContext, cfg: CheckConfig) -> list[Finding]:
    try:
        out = list(cls().run(ctx, cfg))
    except Exception as exc:
        log.exception("check %s failed", cls.id)
        witness = ctx.chain.witnesses[0].id if ctx.chain.witnesses else ""
        return [
            Finding(
                check=INTERNAL_ERROR,
                severity=Severity.MAJOR,
                witness=witness,
                segments=(),
                spans=(),
                message=f"check ‘{cls.id}’ failed: {type(exc).__name__}: {exc}",
                evidence=(("check", cls.id), ("exception", type(exc).__name__)),
            )
        ]
    fixed: list[Finding] = []
    for f in out:
        if f.check != cls.id:
            f = replace(f, check=cls.id)
        if cfg.severity is not None and f.severity != cfg.severity:
            f = replace(f, severity=cfg.severity)
        fixed.append(f)
    return fixed


def _overlaps(a: Finding, b: Finding) -> bool:
    """Do two findings cover the same text? Spans when both have them, else segments."""
    if a.spans and b.spans:
        return any(
            x.witness == y.witness and x.start < y.end and y.start < x.end for x in a.spans for y in b.spans
        )
    return a.witness == b.witness and bool(set(a.segments) & set(b.segments))


def _covers(a: Finding, b: Finding) -> bool:
    """Does ``a`` cover ``b``'s text (at least 80 % of every span of b inside a span of a)?"""
    if a.spans and b.spans:
        return all(
            any(
                x.witness == y.witness and 5 * (min(x.end, y.end) - max(x.start, y.start)) >= 4 * (y.end - y.start)
                for x in a.spans
            )
            for y in b.spans
        )
    return set(b.segments) <= set(a.segments)


def _explains(a: Finding, b: Finding) -> bool:
    """Does ``a`` speak to ``b``'s problem: does it touch ``b`` in ``b``'s own witness (where
    ``b`` has spans there)? An omission whose source sentence holds a number explains that
    number missing, not a number changed in the next sentence that one finding reports along
    with it (``53`` for ``35`` in the translation, with the omitted sentence's date). A moved
    sentence's finding says where it went, not that a number in it changed."""
    if a.evidence_value("kind") == "moved":
        return False
    own = [y for y in b.spans if y.witness == b.witness]
    if not (a.spans and own):
        return True
    return any(x.witness == y.witness and x.start < y.end and y.start < x.end for x in a.spans for y in own)


def _suppress(findings: list[Finding], suppressors: Mapping[str, tuple[str, ...]]) -> list[Finding]:
    """Drop findings replaced by another check's finding on the same text.

    When two checks suppress each other (``same-as-source`` and ``untranslated-span`` on a
    segment copied whole), the finding that covers the other's text wins: the more specific
    diagnosis. On equal extents, the check listed later in the registry wins (generic checks
    are listed before the specific ones).
    """
    order = {c: i for i, c in enumerate(suppressors)}
    # Index suppressor findings by (witness, segment) so each finding meets only its neighbours.
    index: dict[str, dict[tuple[str, str, int], list[Finding]]] = {}
    for f in findings:
        if f.check in suppressors:
            for key in _keys(f):
                index.setdefault(f.check, {}).setdefault(key, []).append(f)
    out: list[Finding] = []
    for f in findings:
        dropped = False
        for sup, suppressed in suppressors.items():
            if sup == f.check or f.check not in suppressed or sup not in index:
                continue
            mutual = sup in suppressors.get(f.check, ())
            near = {id(s): s for k in _keys(f) for s in index[sup].get(k, ())}
            for s in near.values():
                if not _overlaps(f, s):
                    continue
                if mutual:
                    if not _covers(s, f):
                        continue
                    if _covers(f, s) and order.get(f.check, 0) > order.get(sup, 0):
                        continue
                elif not _explains(s, f):
                    continue
                dropped = True
                break
            if dropped:
                break
        if not dropped:
            out.append(f)
    return out


def _keys(f: Finding) -> set[tuple[str, str, int]]:
    """Buckets a finding falls in: its segments, and 1024-character blocks of its spans
    (spans may lie outside ``segments``, e.g. an omission's source text). Two findings that
    overlap share a bucket."""
    keys = {("seg", f"{f.witness}\x1f{s}", 0) for s in f.segments}
    for sp in f.spans:
        keys.update(("span", sp.witness, b) for b in range(sp.start // 1024, max(sp.start, sp.end - 1) // 1024 + 1))
    return keys


def _attribute(ctx: CheckContext, findings: list[Finding]) -> list[Finding]:
    """Drift attribution (which hop introduced each finding), when the chain has hops."""
    try:
        from auditor.core.drift import attribute
    except ImportError:  # drift lands after the first checks
        return findings
    return list(attribute(ctx, findings))


def _fingerprint(ctx: CheckContext, findings: Iterable[Finding]) -> list[Finding]:
    seg_text = {s.id: s.text for segs in ctx.segments.values() for s in segs}
    ordered = sorted(findings, key=_sort_key(ctx))
    seen: dict[str, int] = {}
    out: list[Finding] = []
    for f in ordered:
        fp = fingerprint_of(f, seg_text)
        n = seen.get(fp, 0)
        seen[fp] = n + 1
        if n:  # same check, segments and span texts: the k-th occurrence in text order
            fp = hashlib.sha256(f"{fp}#{n}".encode()).hexdigest()
        out.append(with_fields(f, fingerprint=fp))
    return out


def _sort_key(ctx: CheckContext):  # type: ignore[no-untyped-def]
    order = {w.id: i for i, w in enumerate(ctx.chain.topological())}
    for i, w in enumerate(ctx.chain.witnesses):
        order.setdefault(w.id, len(order) + i)

    def key(f: Finding) -> tuple[int, int, int, str, str, str]:
        start = min((s.start for s in f.spans if s.witness == f.witness), default=-1)
        if start < 0:
            start = min((_seg_start(ctx, sid) for sid in f.segments), default=0)
        end = max((s.end for s in f.spans if s.witness == f.witness), default=start)
        return (order.get(f.witness, len(order)), start, end, f.check, f.message, f.fingerprint)

    return key


def _seg_start(ctx: CheckContext, seg_id: str) -> int:
    try:
        return ctx.segment(seg_id).start
    except (KeyError, IndexError, StopIteration, ValueError):
        return 0
