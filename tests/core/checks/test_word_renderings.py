"""``word_renderings``: single words rendered two ways, seen through the chain or, in machine
output, against the document's own majority rendering."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from auditor.core.checks.base import CheckContext
from auditor.core.checks.inconsistent_translation import InconsistentTranslation
from auditor.core.checks.repeated_terms import akin, letters, name_like
from auditor.core.checks.word_renderings import chain_renderings, majority_renderings
from auditor.core.models import Chain

from .checkhelpers import context, findings

RU = ("Суд Кировского района приговорил чиновника к восьми годам колонии. Суд признал его виновным "
      "во взятке. Адвокат подаст апелляцию. Прокурор просил девять лет.")
EN = ("The court of the Kirovsky district sentenced the official to eight years in a colony. The tribunal "
      "found him guilty of bribery. The lawyer will appeal. The prosecutor asked for nine years.")
BN = ("কিরোভস্কি জেলার আদালত কর্মকর্তাকে আট বছরের কারাদণ্ড দিয়েছেন। আদালত তাঁকে ঘুষের দায়ে দোষী "
      "সাব্যস্ত করেছেন। আইনজীবী আপিল করবেন। কৌঁসুলি নয় বছর চেয়েছিলেন।")


def _text(ctx: CheckContext, wid: str, start: int, end: int) -> str:
    return ctx.text(wid)[start:end]


def test_a_middle_witness_that_splits_what_both_neighbours_keep_together() -> None:
    human = context([("ru", "ru", RU, None), ("en", "en", EN, "ru"), ("bn", "bn", BN, "en")])
    # one rendering against one: from a human translator as often deliberate variation
    assert list(chain_renderings(human)) == []
    ctx = _roles(human, "machine-translation")
    (r,) = chain_renderings(ctx)
    assert (r.witness, r.hop, r.segment) == ("en", ("ru", "en"), "en-s2")
    assert _text(ctx, "en", r.start, r.end) == "tribunal" and r.reference == "court"
    assert r.term == "Суд" and r.reference_segments == ("en-s1",)


def test_consistent_chain_and_two_witness_chain_are_quiet() -> None:
    ctx = context([("ru", "ru", RU, None), ("en", "en", EN.replace("tribunal", "court"), "ru"), ("bn", "bn", BN, "en")])
    assert list(chain_renderings(ctx)) == []
    # without a child the middle witness has no second informant: a synonym is not evidence
    ctx = context([("ru", "ru", RU, None), ("en", "en", EN, "ru")])
    assert list(chain_renderings(ctx)) == []


def test_a_leaf_that_splits_what_parent_and_grandparent_keep_together() -> None:
    ru = "Приговор несправедливый, заявил адвокат. Банк закрыл офис. Приговор пока не вступил в силу."
    en = "The verdict is unjust, the lawyer said. The bank closed its office. The verdict has not yet come into force."
    bn = "এই রায় অন্যায্য, আইনজীবী বলেন। ব্যাংক তার দপ্তর বন্ধ করেছে। এই সিদ্ধান্ত এখনো কার্যকর হয়নি।"
    ctx = _roles(context([("ru", "ru", ru, None), ("en", "en", en, "ru"), ("bn", "bn", bn, "en")]), "machine-translation")
    (r,) = chain_renderings(ctx)
    assert (r.witness, r.hop) == ("bn", ("en", "bn"))
    assert _text(ctx, "bn", r.start, r.end) == "সিদ্ধান্ত" and r.reference == "রায়"


def test_a_respelled_name_is_not_a_second_rendering() -> None:
    # the middle witness respells the name: name-variant's finding, not this one
    ru = "Лаптев дал показания. Суд отложил заседание. Лаптев получил условный срок."
    en = "Laptev testified. The court adjourned the hearing. Laptyev received a suspended sentence."
    bn = "লাপতেভ সাক্ষ্য দেন। আদালত শুনানি মুলতবি করেন। লাপতেভ শর্তসাপেক্ষ সাজা পান।"
    ctx = context([("ru", "ru", ru, None), ("en", "en", en, "ru"), ("bn", "bn", bn, "en")])
    assert list(chain_renderings(ctx)) == []


BN_MUSEUM = ("কর্মীরা ভবন থেকে ১২০০টির বেশি নিদর্শন বের করে আনেন। পরিচালক বাসিন্দাদের ধন্যবাদ জানান, যাঁরা নিদর্শন "
             "স্কুলে সরিয়ে নেন। আগুনের কারণ শর্টসার্কিট। দমকলকর্মীরা ভোরে আগুন নেভান। ছাদ মেরামতে টাকা দেওয়া হবে। কিছু নিদর্শন একটি অস্থায়ী প্রদর্শনীতে দেখানো হবে।")
EN_MUSEUM = ("The staff brought more than 1200 artefacts out of the building. The director thanked the residents who "
             "moved the artefacts to a school. The cause of the fire was a short circuit. Firefighters put the fire out at dawn. Money will be given to repair the roof. Some specimens "
             "will be shown at a temporary exhibition.")


def _roles(ctx: CheckContext, role: str) -> CheckContext:
    ws = tuple(replace(w, role=role) if w.parent else w for w in ctx.chain.witnesses)
    return replace(ctx, chain=Chain(ctx.chain.title, ws))


def test_machine_output_that_leaves_its_own_rendering_once() -> None:
    ctx = _roles(context([("bn", "bn", BN_MUSEUM, None), ("en", "en", EN_MUSEUM, "bn")]), "machine-translation")
    (r,) = majority_renderings(ctx, "bn", "en")
    assert _text(ctx, "en", r.start, r.end) == "specimens" and r.reference == "artefacts"
    assert r.kind == "majority" and r.segment == "en-s6"
    # the check reports it, and can be told not to
    (f,) = findings(InconsistentTranslation, ctx)
    assert f.spans[0].text == "specimens" and f.suggestion == "artefacts" and f.hop == ("bn", "en")
    assert findings(InconsistentTranslation, ctx, majority=False) == []


def test_a_human_translators_variation_is_left_alone() -> None:
    # a news desk varies its nouns on purpose; co-occurrence cannot tell that from inconsistency
    ctx = _roles(context([("bn", "bn", BN_MUSEUM, None), ("en", "en", EN_MUSEUM, "bn")]), "translation")
    assert list(majority_renderings(ctx, "bn", "en")) == []
    # machine output that keeps its rendering is consistent
    mt = _roles(context([("bn", "bn", BN_MUSEUM, None), ("en", "en", EN_MUSEUM.replace("specimens", "artefacts"), "bn")]),
                "machine-translation")
    assert list(majority_renderings(mt, "bn", "en")) == []


def test_word_helpers() -> None:
    assert letters("সিদ্ধান্ত") == 5 and letters("এই") == 2 and letters("判決") == 4
    assert akin("শহর", "শহরটি") and akin("নিদর্শন", "নিদর্শনগুলো") and not akin("court", "tribunal")
    assert name_like("Kochetkov", ["কোচেতকভকে"]) and not name_like("verdict", ["বিরুদ্ধে"])


def test_passages_sharing_a_rare_function_word_are_worded_alike() -> None:
    # kk айтуынша / ru По словам / en According to, twice, before different nouns: the same
    # rendering. Reworded once (no "According"), the two passages share no word and read as
    # two renderings of "словам".
    from dataclasses import replace as dc_replace

    from auditor.core.pipeline import audit_chain
    from auditor.io.chain import load_chain

    chain = load_chain(Path(__file__).resolve().parents[3] / "bench" / "data" / "checks" / "clean-kk-ru-en-steppe")
    assert [f for f in audit_chain(chain).findings if f.check == "inconsistent-translation"] == []
    en = chain.witness("en").text.replace(
        "According to the head of the farm, Bauyrzhan Toleuov, a tonne", "The head of the farm, Bauyrzhan Toleuov, says a tonne")
    reworded = dc_replace(chain, witnesses=tuple(dc_replace(w, text=en, role="machine-translation") if w.id == "en"
                                                 else w for w in chain.witnesses))
    (f,) = [f for f in audit_chain(reworded).findings if f.check == "inconsistent-translation"]
    assert f.witness == "en" and f.spans[0].text == "head"


def test_a_witness_without_spaces_between_words_is_not_read() -> None:
    # A Chinese "word" runs to the next punctuation mark: a clean es → en → zh chain whose
    # Chinese clauses differ (as clauses do) is no evidence of two renderings.
    from auditor.core.pipeline import audit_chain
    from auditor.io.chain import load_chain

    chain = load_chain(Path(__file__).resolve().parents[3] / "bench" / "data" / "checks" / "clean-es-en-zh-metro")
    assert [f for f in audit_chain(chain).findings if f.check == "inconsistent-translation"] == []


def test_three_passages_that_agree_point_at_the_usual_rendering() -> None:
    # суд / суд in four sentences; the English says court three times, then tribunal. The
    # reference is the word the other three share, wherever it stands.
    ru = ("Суд Софии приговорил бывшего мэра к шести годам. Суд также оштрафовал его. "
          "Прокурор просил больше. В суде он молчал. Суд признал его виновным.")
    en = ("The Sofia court sentenced the former mayor to six years. The court also fined him. "
          "The prosecutor asked for more. He kept silent in court. The tribunal found him guilty.")
    uk = ("Суд Софії засудив колишнього мера до шести років. Суд також оштрафував його. "
          "Прокурор просив більше. У суді він мовчав. Суд визнав його винним.")
    ctx = context([("ru", "ru", ru, None), ("en", "en", en, "ru"), ("uk", "uk", uk, "en")])
    (r,) = chain_renderings(ctx)
    assert _text(ctx, "en", r.start, r.end) == "tribunal" and r.reference.lower() == "court"


def test_a_lower_case_cognate_of_the_source_word_is_the_likeliest_deviant() -> None:
    # lt → en → lv: "resolution" is lēmums in the Latvian but once rezolūciju, next to norādot
    from auditor.core.pipeline import audit_chain
    from auditor.io.chain import load_chain

    chain = load_chain(Path(__file__).resolve().parents[3] / "bench" / "data" / "checks" / "lt-en-lv-regulation")
    found = [f for f in audit_chain(chain).findings if f.check == "inconsistent-translation"]
    assert [f.spans[0].text for f in found if f.witness == "lv"] == ["rezolūciju"]


def test_a_word_used_all_over_the_witness_is_no_rendering_of_one_term() -> None:
    # mn → ru → en, clean: the reference the chain signal found in Russian was год ("year")
    from auditor.core.pipeline import audit_chain
    from auditor.io.chain import load_chain

    chain = load_chain(Path(__file__).resolve().parents[3] / "bench" / "data" / "checks" / "clean-mn-ru-en-mine")
    assert [f for f in audit_chain(chain).findings if f.check == "inconsistent-translation"] == []


def test_a_word_after_a_number_word_is_an_amount_not_a_term() -> None:
    # "every day" and "ten days" share a stem in en and it; the German rightly writes täglich
    # and zehn Tagen, which share none: no inconsistency, the second is an amount
    it = ("Ogni giorno passano sul viadotto 83.000 veicoli. Il ministro ha chiesto una relazione entro "
          "dieci giorni. Il cantiere resta aperto.")
    en = ("Every day 83,000 vehicles cross the viaduct. The minister asked for a report within ten "
          "days. The site remains open.")
    de = ("Täglich fahren 83.000 Fahrzeuge über den Viadukt. Der Minister verlangte innerhalb von zehn "
          "Tagen einen Bericht. Die Baustelle bleibt offen.")
    ctx = context([("it", "it", it, None), ("en", "en", en, "it"), ("de", "de", de, "en")])
    assert list(chain_renderings(ctx)) == []


def test_function_words_and_ambiguous_references_give_no_rendering() -> None:
    # Icelandic "í nótt" (last night) is "overnight" twice and carried by "a.m." once; the two
    # passages that agree also share "evacuated", so no word can be pointed at with confidence
    from auditor.core.pipeline import audit_chain
    from auditor.io.chain import load_chain

    root = Path(__file__).resolve().parents[3] / "bench" / "data" / "checks"
    for name, term in (("is-en-nb-eruption", "nótt"), ("az-en-ru-pipeline", "capacity"), ("so-en-fr-drought", "haddii")):
        found = [f for f in audit_chain(load_chain(root / name)).findings
                 if f.check == "inconsistent-translation" and f.evidence_value("term") == term]
        assert found == [], (name, [f.message for f in found])


def test_two_passages_that_could_each_be_the_odd_one_out_say_nothing() -> None:
    # fa → en → ar: سرمربی (head coach) in four sentences; three English ones share "head coach",
    # three others "team": either of two could be the odd one out, so nothing is reported (the
    # word located before was "told", in "head coach, told the press conference")
    from auditor.core.pipeline import audit_chain
    from auditor.io.chain import load_chain

    chain = load_chain(Path(__file__).resolve().parents[3] / "bench" / "data" / "checks" / "fa-en-ar-football")
    found = [f for f in audit_chain(chain).findings if f.check == "inconsistent-translation"]
    assert "told" not in [f.spans[0].text for f in found]


CY_SCHOOLS = ("Bydd yr ysgol ardal newydd yn agor yn 2027. Mae'r cyngor wedi cymeradwyo'r ysgol ardal. "
              "Bydd bws i'r ysgol ardal bob bore. Mae rhieni'n poeni am yr ysgol ardal. "
              "Mae'r ysgol yn Rhos-fawr yn fach. Roedd yr ysgol gynradd yn llawn.")
EN_SCHOOLS = ("The new area school will open in 2027. The council has approved the area school. "
              "A bus will run to the area school every morning. Parents are worried about the community school. "
              "The school in Rhos-fawr is small. The primary school was full.")


def test_a_phrase_that_changes_one_word_once_is_a_second_rendering() -> None:
    from auditor.core.checks.phrase_renderings import phrase_renderings

    ctx = context([("cy", "cy", CY_SCHOOLS, None), ("en", "en", EN_SCHOOLS, "cy")])
    (r,) = phrase_renderings(ctx, ctx.alignments[0])
    assert _text(ctx, "en", r.start, r.end) == "community" and r.reference == "area" and r.kind == "phrase"
    assert r.term == "ardal" and r.hop == ("cy", "en")
    (f,) = findings(InconsistentTranslation, ctx)
    assert f.spans[0].text == "community" and f.suggestion == "area"
    assert findings(InconsistentTranslation, ctx, phrases=False) == []
    # used twice only, the usual phrase is no norm yet
    two = EN_SCHOOLS.replace("A bus will run to the area school", "A bus will run there")
    ctx = context([("cy", "cy", CY_SCHOOLS, None), ("en", "en", two, "cy")])
    assert list(phrase_renderings(ctx, ctx.alignments[0])) == []


def test_a_changed_word_the_source_also_changes_is_no_second_rendering() -> None:
    from auditor.core.checks.phrase_renderings import phrase_renderings

    # the source says "ysgol gymunedol" (community school) there too: two schools, not one
    cy = CY_SCHOOLS.replace("Mae rhieni'n poeni am yr ysgol ardal.", "Mae rhieni'n poeni am yr ysgol gymunedol.")
    ctx = context([("cy", "cy", cy, None), ("en", "en", EN_SCHOOLS, "cy")])
    assert list(phrase_renderings(ctx, ctx.alignments[0])) == []


def test_two_candidates_about_as_near_the_term_s_place_give_no_rendering() -> None:
    # a long sentence: "grand" and "tribunal" are both within a twentieth of it of where the
    # source's term stands, so which one renders it is a guess
    ru = ("Суд Кировского района приговорил чиновника к восьми годам колонии. Суд признал его виновным "
          "во взятке. Адвокат подаст апелляцию. Прокурор просил девять лет.")
    en = ("The court of the Kirovsky district sentenced the official to eight years in a colony. The grand tribunal "
          "of the regional capital, sitting after a long and difficult hearing that lasted for many weeks this "
          "spring, found him guilty of bribery. The lawyer will appeal. The prosecutor asked for nine years.")
    ctx = _roles(context([("ru", "ru", ru, None), ("en", "en", en, "ru"), ("bn", "bn", BN, "en")]),
                 "machine-translation")
    assert list(chain_renderings(ctx)) == []
    # with the deviant word alone near its place the rendering is found, as above
    plain = _roles(context([("ru", "ru", ru, None), ("en", "en", EN, "ru"), ("bn", "bn", BN, "en")]),
                   "machine-translation")
    assert [_text(plain, r.witness, r.start, r.end) for r in chain_renderings(plain)] == ["tribunal"]


def test_a_verb_of_saying_is_no_term_whose_renderings_should_agree() -> None:
    # machine output says "sagte" three times, then "teilte … mit": the sentence's turn, not a slip
    en = ("The ministry said the batch was recalled on Monday. Parents were told to stop using the formula. "
          "The importer said refunds would be paid in full. Shops removed the cans from their shelves. "
          "A doctor said no child had fallen ill so far. The recall covers two sizes of can. "
          "The agency said further tests were under way.")
    de = ("Das Ministerium sagte, die Charge sei am Montag zurückgerufen worden. Eltern sollten die Nahrung "
          "nicht mehr verwenden. Der Importeur sagte, der Kaufpreis werde voll erstattet. Geschäfte nahmen die "
          "Dosen aus den Regalen. Eine Ärztin sagte, bisher sei kein Kind erkrankt. Der Rückruf betrifft zwei "
          "Dosengrößen. Weitere Tests laufen, teilte die Behörde mit.")
    ctx = _roles(context([("en", "en", en, None), ("de", "de", de, "en")]), "machine-translation")
    assert list(majority_renderings(ctx, "en", "de")) == []
