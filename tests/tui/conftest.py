"""Fixtures for the TUI tests: the seed sample's audit and a small three-witness chain."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.core.models import Audit, Chain, Witness
from auditor.core.pipeline import audit_chain

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "samples" / "fsb-letter"

EN = (
    "Maria Petrova arrived in Berlin on 3 May. She met the mayor at noon. "
    "The meeting lasted two hours. Afterwards Petrova spoke to reporters.\n\n"
    "The city will build 12 new schools. Critics say the plan costs too much. "
    "Petrova disagrees. She will return in June."
)
FR = (
    "Maria Petrova est arrivée à Berlin le 3 mai. Elle a rencontré le maire à midi. "
    "La réunion a duré deux heures. Ensuite Petrowa a parlé aux journalistes.\n\n"
    "La ville construira 12 nouvelles écoles. Les critiques disent que le plan coûte trop cher. "
    "Petrova n'est pas d'accord. Elle reviendra en juin."
)
DE = (
    "Maria Petrova kam am 3. Mai in Berlin an. Sie traf den Bürgermeister am Mittag. "
    "Das Treffen dauerte zwei Stunden. Danach sprach Petrova mit Reportern.\n\n"
    "Die Stadt wird 12 neue Schulen bauen. Kritiker sagen, der Plan sei zu teuer, слишком дорогой. "
    "Petrowa widerspricht. Sie kommt im Juni zurück."
)


def small_chain() -> Chain:
    return Chain(
        title="small test chain",
        witnesses=(
            Witness("en", "en", EN, role="source"),
            Witness("fr", "fr", FR, parent="en"),
            Witness("de", "de", DE, parent="fr"),
        ),
    )


@pytest.fixture(scope="session")
def small_audit() -> Audit:
    """A real audit (segmented, aligned, checked) of a three-witness chain in memory."""
    return audit_chain(small_chain())


@pytest.fixture(scope="session")
def seed_audit() -> Audit:
    from auditor.app_service import open_audit

    return open_audit(SEED)


def pilot_test(fn):  # type: ignore[no-untyped-def]
    """Run an async Pilot test in a fresh event loop (no async pytest plugin needed)."""
    import asyncio
    import functools

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        asyncio.run(fn(*args, **kwargs))

    return wrapper
