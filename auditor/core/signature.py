"""The reproducibility signature: everything that can change an audit's result.

Recorded as ordered key/value pairs: short form in the report header, full form in the TEI
``appInfo``. Versions come from installed package metadata, which is read-only and local.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import metadata

from auditor.core.align import AlignParams
from auditor.core.checks.base import CheckConfig
from auditor.core.checks.registry import CHECKS
from auditor.core.segment import segmenter_signature

PACKAGES = ("auditor", "rapidfuzz", "lxml", "deep-translator", "textual", "pyicu-wheels", "anyascii")


@lru_cache(maxsize=1)
def package_versions() -> tuple[tuple[str, str], ...]:
    """``(package, version)`` for each library whose version changes results (``absent`` when not installed)."""
    out = []
    for name in PACKAGES:
        try:
            out.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            out.append((name, "absent"))
    return tuple(out)


def build_signature(
    *,
    params: AlignParams,
    check_configs: Mapping[str, CheckConfig],
    given_segmentation: bool,
    extra: Sequence[tuple[str, str]] = (),
) -> tuple[tuple[str, str], ...]:
    """Versions, segmenter, aligner parameters, enabled checks with their settings, extras."""
    sig: list[tuple[str, str]] = [(f"version.{name}", v) for name, v in package_versions()]
    sig.append(("segmenter", "given-lines" if given_segmentation else segmenter_signature()))
    sig.append(("aligner", params.signature()))
    for check in CHECKS:
        cfg = check_configs.get(check.id, CheckConfig())
        if not cfg.enabled:
            sig.append((f"check.{check.id}", "off"))
            continue
        sev = (cfg.severity or check.severity).value
        knobs = ",".join(f"{k}={cfg.params[k]}" for k in sorted(cfg.params))
        sig.append((f"check.{check.id}", f"on|{sev}" + (f"|{knobs}" if knobs else "")))
    sig.extend(extra)
    return tuple(sig)


def short_signature(signature: Sequence[tuple[str, str]]) -> str:
    """One line for the report header, sacrebleu-style ``key:value|…``."""
    d = dict(signature)
    parts = [f"auditor:{d.get('version.auditor', '?')}", f"seg:{d.get('segmenter', '?')}"]
    parts.append(f"mt:{d.get('mt.provider', 'none')}")
    n_on = sum(1 for k, v in signature if k.startswith("check.") and v != "off")
    parts.append(f"checks:{n_on}")
    return "|".join(parts)
