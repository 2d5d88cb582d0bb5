"""The registry: explicit, unique, documented, every severity one of the three levels."""

from __future__ import annotations

import pytest

from auditor.core.checks.base import Check
from auditor.core.checks.registry import CHECKS, check_ids, get_check
from auditor.core.models import Severity


# DESIGN.md §5: ids are stable once released.
CATALOGUE = {
    "untranslated-span", "same-as-source", "name-variant", "number-mismatch", "omission", "addition",
    "term-mismatch", "bracket-insertion", "inconsistent-translation", "mistranslation-suspect",
}


def test_ids_are_unique_and_in_order() -> None:
    ids = check_ids()
    assert len(set(ids)) == len(ids) == len(CHECKS)
    assert ids[0] == "untranslated-span" and "name-variant" in ids
    assert set(ids) <= CATALOGUE


@pytest.mark.parametrize("cls", CHECKS, ids=lambda c: c.id)
def test_every_check_declares_itself(cls: type[Check]) -> None:
    assert issubclass(cls, Check)
    assert cls.id == cls.id.lower() and " " not in cls.id
    assert cls.title and isinstance(cls.severity, Severity)
    assert cls.description() and len(cls.documentation().split("\n\n")) >= 2
    assert set(cls.suppresses) <= CATALOGUE, "suppresses names an unknown check"
    assert get_check(cls.id) is cls


def test_unknown_id_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match="unknown check 'nope'"):
        get_check("nope")
