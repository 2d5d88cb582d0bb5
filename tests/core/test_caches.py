"""Dropping the per-text caches between audits keeps results and keeps the slow model caches."""

from __future__ import annotations

from auditor.core.caches import KEEP_AT_MOST, clear_text_caches
from auditor.core.models import Chain, Witness
from auditor.core.pipeline import audit_chain

CHAIN = Chain(
    "t",
    (
        Witness("en", "en", "Vladimir Osechkin spoke on 17 March. Osekkin spoke again later. He left."),
        Witness("de", "de", "Vladimir Osechkin sprach am 17. März. Osekkin sprach später wieder. Er ging."),
    ),
)
CHAIN = Chain(CHAIN.title, (CHAIN.witnesses[0], Witness("de", "de", CHAIN.witnesses[1].text, parent="en")))


def test_clearing_caches_changes_no_result_and_empties_the_large_ones() -> None:
    import auditor.core.names as names

    first = audit_chain(CHAIN)
    large = [f for f in vars(names).values() if hasattr(f, "cache_info") and (f.cache_info().maxsize or 10**9) > KEEP_AT_MOST]
    assert large and any(f.cache_info().currsize for f in large)
    assert clear_text_caches() > 0
    assert all(f.cache_info().currsize == 0 for f in large)
    assert audit_chain(CHAIN).findings == first.findings
