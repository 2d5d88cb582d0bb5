"""Decisions survive re-runs: after one witness sentence is edited and the chain re-audited
through the real pipeline, findings in untouched segments keep their fingerprints."""

from __future__ import annotations

from auditor.core.checks.base import GlossaryEntry
from auditor.core.models import Chain, Witness
from auditor.core.pipeline import audit_chain

RU = (
    "В ночь на 14 марта в Белозерске загорелось здание краеведческого музея. "
    "Пожар тушили 32 человека. Директор музея Андрей Щербаков рассказал, что фонды спасли. "
    "Следственный комитет возбудил уголовное дело. По словам Щербакова, сотрудники вынесли 1200 предметов. "
    "Крыша здания обрушилась. Музей рассчитывает открыться осенью. Щербаков поблагодарил пожарных."
)
EN = (
    "On the night of March 14, the building of the local history museum in Belozersk caught fire. "
    "The fire was fought by 23 people. Museum director Andrei Shcherbakov said the collections were saved. "
    "The Investigation Committee has opened a criminal case. According to Shcherbakov, staff carried out "
    "1,200 items. The roof of the building collapsed. The museum hopes to reopen in the autumn. "
    "Sherbakov thanked the firefighters."
)
GLOSSARY = (GlossaryEntry("Следственный комитет", "ru", {"en": ("Investigative Committee",)},
                          {"en": ("Investigation Committee",)}),)


def _audit(en: str):  # type: ignore[no-untyped-def]
    chain = Chain("t", (Witness("ru", "ru", RU, role="source"), Witness("en", "en", en, parent="ru")))
    return audit_chain(chain, glossary=GLOSSARY)


def test_fingerprints_survive_an_edit_elsewhere() -> None:
    before = _audit(EN)
    checks = {f.check for f in before.findings}
    assert {"number-mismatch", "term-mismatch", "name-variant"} <= checks
    edited_sentence = "The roof of the building collapsed."
    after = _audit(EN.replace(edited_sentence, "The roof of the old building collapsed completely."))
    edited = {s.id for s in after.segments["en"] if "collapsed" in s.text}
    touched = {s.id for s in before.segments["en"] if "collapsed" in s.text}
    keep = {f.fingerprint for f in before.findings if not set(f.segments) & (edited | touched)}
    assert keep and keep <= {f.fingerprint for f in after.findings}


def test_fingerprints_survive_an_inserted_sentence() -> None:
    before = _audit(EN)
    after = _audit(EN.replace("The roof of the building collapsed.",
                              "The roof of the building collapsed. Nobody was hurt."))
    assert {f.fingerprint for f in before.findings if f.check != "addition"} <= {f.fingerprint for f in after.findings}
