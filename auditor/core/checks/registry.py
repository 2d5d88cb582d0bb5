"""The check registry: an explicit tuple of every check class, in run order.

Ids are stable once released. Listed by hand (no introspection), so a helper can never
become a check by accident and the order of ``auditor checks`` is deliberate.
"""

from __future__ import annotations

from auditor.core.checks.addition import Addition
from auditor.core.checks.base import Check
from auditor.core.checks.bracket_insertion import BracketInsertion
from auditor.core.checks.hidden_text import HiddenText
from auditor.core.checks.inconsistent_translation import InconsistentTranslation
from auditor.core.checks.low_confidence_alignment import LowConfidenceAlignment
from auditor.core.checks.markup_mismatch import MarkupMismatch
from auditor.core.checks.mistranslation_suspect import MistranslationSuspect
from auditor.core.checks.name_variant import NameVariant
from auditor.core.checks.number_mismatch import NumberMismatch
from auditor.core.checks.omission import Omission
from auditor.core.checks.same_as_source import SameAsSource
from auditor.core.checks.term_mismatch import TermMismatch
from auditor.core.checks.untranslated_span import UntranslatedSpan

CHECKS: tuple[type[Check], ...] = (
    HiddenText,
    UntranslatedSpan,
    SameAsSource,
    NameVariant,
    NumberMismatch,
    MarkupMismatch,
    Omission,
    Addition,
    TermMismatch,
    InconsistentTranslation,
    BracketInsertion,
    MistranslationSuspect,
    LowConfidenceAlignment,
)


def get_check(check_id: str) -> type[Check]:
    """The check class with this id; KeyError naming the known ids otherwise."""
    for cls in CHECKS:
        if cls.id == check_id:
            return cls
    raise KeyError(f"unknown check {check_id!r} (known: {', '.join(check_ids())})")


def check_ids() -> tuple[str, ...]:
    """Every registered check id, in run order."""
    return tuple(cls.id for cls in CHECKS)
