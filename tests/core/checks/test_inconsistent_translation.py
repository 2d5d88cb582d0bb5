"""``inconsistent-translation``: repeated sources rendered differently; glossary terms
rendered several ways within one witness."""

from __future__ import annotations

from auditor.core.checks.base import GlossaryEntry
from auditor.core.checks.inconsistent_translation import InconsistentTranslation

from .checkhelpers import fails, pair, passes

MCHS = GlossaryEntry("МЧС", "ru", {"en": ("Emergencies Ministry", "Ministry of Emergency Situations")},
                     {"en": ("MChS",)})
DRIVER = GlossaryEntry("conducteur", "fr", {"en": ("driver",)}, {"en": ("conductor",)})


def test_term_rendered_three_ways() -> None:
    ctx = pair(
        "ru",
        "МЧС сообщило об эвакуации. Спасатели МЧС работают круглосуточно. Горячая линия МЧС открыта. "
        "Глава МЧС прибыл на место.",
        "en",
        "The Emergencies Ministry reported an evacuation. Emergencies Ministry rescuers work around the clock. "
        "The MChS hotline is open. The head of the Ministry of Emergency Situations arrived.",
        glossary=(MCHS,),
    )
    got = fails(InconsistentTranslation, ctx)
    assert sorted(s.text for f in got for s in f.spans) == ["MChS", "Ministry of Emergency Situations"]
    assert all(f.suggestion == "Emergencies Ministry" for f in got)


def test_inflected_false_friend_against_the_majority() -> None:
    ctx = pair(
        "fr",
        "Les conducteurs de bus sont en grève. Les conducteurs demandent une hausse. "
        "Un conducteur a parlé aux journalistes.",
        "en",
        "Bus drivers are on strike. The drivers want a raise. One conductor spoke to reporters.",
        glossary=(DRIVER,),
    )
    (f,) = fails(InconsistentTranslation, ctx)
    assert f.spans[0].text == "conductor"


def test_consistent_renderings_and_glosses_pass() -> None:
    passes(InconsistentTranslation, pair(
        "fr", "Les conducteurs sont en grève. Les conducteurs demandent une hausse.",
        "en", "The conductors are on strike. The conductors want a raise.", glossary=(DRIVER,),
    ))  # consistently forbidden: term-mismatch's finding, not this one
    acronym = GlossaryEntry("BIWTA", "en", {"bn": ("বিআইডব্লিউটিএ", "বাংলাদেশ অভ্যন্তরীণ নৌপরিবহন কর্তৃপক্ষ")})
    passes(InconsistentTranslation, pair(
        "en", "BIWTA said the launch was overloaded. BIWTA will investigate.",
        "bn", "বিআইডব্লিউটিএ (বাংলাদেশ অভ্যন্তরীণ নৌপরিবহন কর্তৃপক্ষ) জানায়, লঞ্চে অতিরিক্ত যাত্রী ছিল। "
              "বিআইডব্লিউটিএ তদন্ত করবে।",
        glossary=(acronym,),
    ))


def test_repeated_source_sentence_translated_differently() -> None:
    ctx = pair(
        "de",
        "Die Sitzung ist öffentlich. Der Rat tagt am Montag. Die Sitzung ist öffentlich.",
        "en",
        "The meeting is open to the public. The council meets on Monday. The session is public.",
    )
    (f,) = fails(InconsistentTranslation, ctx)
    assert f.spans[0].text == "The session is public." and f.evidence_value("kind") == "segment"


def test_different_sources_same_translation() -> None:
    ctx = pair(
        "de",
        "Die Brücke wird im Mai gesperrt. Der Tunnel bleibt bis Juni offen. Die Straße wird im Mai gesperrt.",
        "en",
        "The bridge will be closed in May. The tunnel stays open until June. The bridge will be closed in May.",
    )
    (f,) = fails(InconsistentTranslation, ctx)
    assert f.segments == ("tgt-s3",) and f.evidence_value("kind") == "segment"


def test_prose_without_repeats_passes() -> None:
    passes(InconsistentTranslation, pair(
        "ru", "Вода поднялась на два метра. Эвакуированы 1150 человек. Дамбу укрепляют.",
        "en", "The water rose by two metres. 1,150 people were evacuated. The dam is being reinforced.",
    ), segments=True, terms=True)
