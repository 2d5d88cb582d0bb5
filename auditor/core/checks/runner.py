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
from auditor.core.models import Finding, Severity, fingerprint_of

log = logging.getLogger(__name__)

INTERNAL_ERROR = "internal-error"


def run_checks(
    ctx: CheckContext,
    configs: Mapping[str, CheckConfig] | None = None,
    *,
    checks: Sequence[type[Check]] | None = None,
) -> tuple[tuple[Finding, ...], tuple[tuple[str, str], ...]]:
    """Run every enabled check; return (findings, skipped).

    ``skipped`` lists (check id, reason) for checks that could not run. Findings get their
    severity override from config, lose those suppressed by another check's findings on the
    same span, receive unique fingerprints and come back in a deterministic order: witness
    (parents first), first span start, check id. ``checks`` replaces the registry (tests,
    plug-ins).
    """
    if checks is None:
        from auditor.core.checks.registry import CHECKS  # late: registry imports every check

        checks = CHECKS
    configs = configs or {}
    raw: list[Finding] = []
    skipped: list[tuple[str, str]] = []
    suppressors: dict[str, tuple[str, ...]] = {}
    for cls in checks:
        cfg = configs.get(cls.id, CheckConfig())
        if not cfg.enabled:
            continue
        if cls.needs_mt and not ctx.translations and not ctx.back_translations:
            skipped.append((cls.id, "needs machine translation, and none is available"))
            continue
        suppressors[cls.id] = cls.suppresses
        raw.extend(_run_one(cls, ctx, cfg))
    findings = _suppress(raw, suppressors)
    findings = _attribute(ctx, findings)
    findings = _fingerprint(ctx, findings)
    return tuple(sorted(findings, key=_sort_key(ctx))), tuple(skipped)


def _run_one(cls: type[Check], ctx: CheckContext, cfg: CheckConfig) -> list[Finding]:
    try:
        out = list(cls().run(ctx, cfg))
    except Exception as exc:  # noqa: BLE001 - containment is the point
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


def _suppress(findings: list[Finding], suppressors: Mapping[str, tuple[str, ...]]) -> list[Finding]:
    by_check: dict[str, list[Finding]] = {}
    for f in findings:
        by_check.setdefault(f.check, []).append(f)
    out: list[Finding] = []
    for f in findings:
        dropped = any(
            f.check in suppressed and any(_overlaps(f, s) for s in by_check.get(sup, ()))
            for sup, suppressed in suppressors.items()
            if sup != f.check
        )
        if not dropped:
            out.append(f)
    return out


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
        out.append(replace(f, fingerprint=fp))
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
