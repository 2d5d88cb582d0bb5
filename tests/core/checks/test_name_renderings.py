"""``name_renderings``: two spellings of one witness that render one name of the source."""

from __future__ import annotations

from auditor.core.checks.base import CheckContext
from auditor.core.checks.name_evidence import NameGroup
from auditor.core.checks.name_mentions import collect_mentions
from auditor.core.checks.name_renderings import _inside, rendered_loosely
from auditor.core.checks.name_variant import NameVariant
from auditor.core.names import Mention

from .checkhelpers import context, findings

EL = ("Ο δήμαρχος Γιώργος Καραμπέτσος ζήτησε βοήθεια. Η φωτιά έκαψε τρία χωριά. "
      "Ο Καραμπέτσος είπε ότι τα σπίτια άδειασαν. Οι πυροσβέστες έφτασαν το πρωί. "
      "Ο Καραμπέτσος ευχαρίστησε τους εθελοντές.")
EN = ("Mayor Giorgos Karampetsos asked for help. The fire burned three villages. "
      "Karampetsos said the houses had been emptied. Firefighters arrived in the morning. "
      "Mayor Karabetsos thanked the volunteers.")


def _groups(ctx: CheckContext, lang: str) -> tuple[list[NameGroup], list[Mention]]:
    ms = collect_mentions(ctx)
    mine = [m for m in ms if m.lang == lang]
    by_root: dict[str, NameGroup] = {}
    for m in mine:
        by_root.setdefault(m.text, NameGroup(m.text, lang)).mentions.append(m)
    return sorted(by_root.values(), key=lambda g: (g.norm, g.root)), [m for m in ms if m.lang != lang]


def test_two_spellings_behind_one_source_name_are_paired() -> None:
    ctx = context([("el", "el", EL, None), ("en", "en", EN, "el")])
    groups, others = _groups(ctx, "en")
    roots = {(groups[a].root, groups[b].root) for a, b in rendered_loosely(ctx, groups, others)}
    assert roots == {("Karabetsos", "Karampetsos")}


def test_the_check_reports_the_minority_spelling() -> None:
    ctx = context([("el", "el", EL, None), ("en", "en", EN, "el")])
    (f,) = [f for f in findings(NameVariant, ctx) if f.witness == "en"]
    assert f.spans[0].text == "Karabetsos" and f.suggestion == "Karampetsos"


def test_a_different_source_name_behind_the_second_spelling_is_two_people() -> None:
    el = EL.replace("Ο Καραμπέτσος ευχαρίστησε", "Ο Καραμπάτσος ευχαρίστησε")
    en = EN.replace("Mayor Karabetsos", "Mayor Karabatsos")
    ctx = context([("el", "el", el, None), ("en", "en", en, "el")])
    groups, others = _groups(ctx, "en")
    # the source spells the two apart (Καραμπάτσος): each renders its own name
    assert rendered_loosely(ctx, groups, others) == []


def test_spellings_differ_inside_not_by_an_ending_or_a_particle() -> None:
    assert _inside("karampetsos", "karabetsos", caseless=False)
    assert _inside("mostovoy", "mostovyi", caseless=True)
    assert not _inside("mostovoy", "mostovyi", caseless=False)  # an ending, where names decline
    assert not _inside("anna", "annanak", caseless=False)
    assert not _inside("sotkamon", "sotkamoon", caseless=True)
    assert not _inside("mana", "bemana", caseless=True)  # በማና, "at Mana"
