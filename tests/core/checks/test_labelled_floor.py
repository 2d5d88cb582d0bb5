"""Floors on a small fixed subset of the labelled corpus (bench/data/checks), scored with the
bench's own matcher through the real pipeline: a regression net for the whole catalogue."""

from __future__ import annotations

import importlib.util
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[3]
SUBSET = ("ru-en-flood", "fr-en-strike", "de-en-council")


def _bench() -> ModuleType:
    if "bench_checks" in sys.modules:
        return sys.modules["bench_checks"]
    spec = importlib.util.spec_from_file_location("bench_checks", ROOT / "bench" / "checks.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_checks"] = mod  # dataclasses look their module up while being built
    spec.loader.exec_module(mod)
    return mod


def test_precision_and_recall_floors_on_a_labelled_subset() -> None:
    bench = _bench()
    tallies = defaultdict(bench.Tally)
    for name in SUBSET:
        folder = ROOT / "bench" / "data" / "checks" / name
        audit = bench.run_audit(folder)
        expects, avoids = bench.read_labels(folder, audit)
        bench.score(audit, expects, avoids, tallies, exhaustive=True, tag=name)
    tp = sum(t.tp for t in tallies.values())
    fp = sum(t.fp for t in tallies.values())
    fn = sum(t.fn for t in tallies.values())
    assert tp / (tp + fp) >= 0.9, [x for t in tallies.values() for x in t.fps]
    assert tp / (tp + fn) >= 0.8, [x for t in tallies.values() for x in t.fns]
    for check in ("term-mismatch", "same-as-source", "name-variant", "bracket-insertion"):
        assert tallies[check].recall >= 0.99, (check, tallies[check].fns)


def test_a_clean_chain_stays_clean() -> None:
    bench = _bench()
    audit = bench.run_audit(ROOT / "bench" / "data" / "checks" / "clean-en-ru-bridge")
    assert [f.message for f in audit.findings if f.check not in bench.SKIP_CHECKS] == []


# Known false alarms, each a limit stated in the notes ("chain: check span"). Hidden / Heijden,
# a sentence-initial word, was one until min_ratio_initial. The fjord one is a right 2-1 bead
# whose alternative (the short second sentence left unaligned) costs almost the same: the
# calibrated confidence is a coin flip, 0.49, and the check asks a reviewer to look.
KNOWN_ALARMS: frozenset[str] = frozenset({
    "clean-nb-en-fjord: low-confidence-alignment “Cabin owners and tourists come here at the weekends, and now "
    "Vangsnes will in practice be cut off from the north side of the fjord every Sunday,” says Fimreite, who "
    "accuses the county council of being “penny-wise and pound-foolish”.",
    # a right 2-1 bead the aligner rated a coin flip (0.499), whose isiXhosa source is long for
    # its number words (iikhilomitha ezilishumi elinambini: twelve kilometres): 0.57 MADs short
    "clean-xh-en-school: omission Oku bekubabiza imali nexesha.",
    # two people whose Bashkir names share a stem and a sound key once the case ending is cut
    # (the poet Mazhit Gafuri, the actor Ramil Gafarov); the English spells them apart, but a
    # check of that for cased scripts lost recall on a dozen labelled slips
    "clean-ba-en-theatre: name-variant Ғафури",
    # a Breton song genre (gwerzioù) the French keeps as a term, which the identifier cannot tell
    # from an untranslated word
    "clean-br-fr-festival: untranslated-span gwerzioù",
    # Ewe number words (blaetɔ̃-vɔ-eve, eighty-two) read as a clause the English lacks, and an
    # Ewe festival name kept in English; a short Pulaar sentence the French joined to the next
    # with nothing to tell by (session 10, round 39)
    "clean-ee-en-kente: omission avɔlɔmɔ̃ blaetɔ̃-vɔ-eve le eme",
    "clean-ee-en-kente: untranslated-span Takpekpe le",
    "clean-ff-fr-market: omission Coggu kulle ɓeydaama hikka.",
    # two Hawaiian names a syllable apart, the one the last word of a hālau's name (Hālau Ke
    # ʻOlu Makani), the other a dancer's surname (session 11, round 42)
    "clean-haw-en-festival: name-variant Makani",
    # two Taiwanese cities a letter apart in English (Taitung, Taichung), one mention each; the
    # Chinese source writes them 臺東 and 臺中, which no sound key reads (session 11, round 44)
    "clean-zh-hant-en-typhoon: name-variant Taitung",
    # session 12, round 50: a right 2-1 bead the aligner rated a coin flip (two Sorani sentences
    # on the building joined in English); a short English sentence split off an Italian one whose
    # length alone cannot vouch for it; an Oromo year of the Ethiopian calendar said with "bara"
    # and no era mark (bara 2005), which the English gives as 2012/13
    "clean-ckb-en-school: low-confidence-alignment Eng. Hawzhin Omar, the project supervisor, explained that the "
    "building was built to earthquake-resistance standards and that a solar power system with a capacity of 150 "
    "kilowatts had been installed on its roof.",
    "clean-it-en-leaflet: addition Do this even if you feel well.",
    "clean-om-en-coffee: number-mismatch 2012",
    # session 13, Burmese: a dateline (ပုဂံ၊ ဇန်နဝါရီ ၁၄) the aligner rated a coin flip (0.49) between
    # itself and the dateline with the first sentence; and 120,000 visitors, which the Burmese
    # writes in words as a lakh and two ten-thousands (တစ်သိန်း နှစ်သောင်း), read as two amounts
    # (until session 17 the finding showed the festival's year first, 2025, now matched)
    "clean-my-en-pagoda: low-confidence-alignment BAGAN, January 14",
    "clean-my-en-pagoda: number-mismatch 120,000",
    # Indonesian Belanda (the Netherlands) and Banda (Banda Aceh): two names two letters apart,
    # which nothing but their meaning tells apart (a rule against short pairs cost four true finds)
    "clean-id-en-nl-coffee: name-variant Belanda",
    # Armenian: a ministry's name the English lists with commas (Education, Science, Culture and
    # Sport) where the Armenian writes one compound, read as an added clause (the dye's name,
    # vordan karmir, kept transliterated by the English and copied by the
    # French, is no longer reported: none of its words is English)
    "clean-hy-en-fr-museum: addition Science, Culture and Sport",
    # session 14, round 59: the English spells out 真夏日 (a day of 30 degrees or more) where the
    # Japanese has one word and no number; and a French sentence the translator split in two at a
    # quoted cry, which the aligner rated a coin flip (0.49)
    "clean-ja-en-fr-festival: addition making it the third day this summer with temperatures of 30 degrees or more",
    "clean-ja-en-fr-festival: low-confidence-alignment Daisuke Matsuo, 36 ans, employé de bureau venu de Kumamoto "
    "avec sa famille de quatre personnes, a sauté pour la première fois comme haneto, en suivant le rythme du cri "
    "«\u202fRassera, rassera\u202f!",
    # round 60: an English sentence with two price ranges that the Polish splits in two; the
    # aligner pairs the English with the second half only (its two numbers) and leaves the first
    # unpaired, so one addition and one omission
    "clean-uk-en-pl-theatre: addition Bilety kosztują od 250 do 600 hrywien.",
    "clean-uk-en-pl-theatre: omission Tickets cost UAH 250",
    # round 63: a water company's name the English keeps in Serbian (JVP Vode Vojvodine) beside the
    # province's English name (Vojvodina), one mention each
    "clean-sr-en-hu-river: name-variant Vojvodina",
    # round 64: a Lithuanian company's name the English keeps (AB Baltijos krovinių terminalas); an Arabic
    # "a million and half a million" (مليونًا ونصف مليون) no reader takes for 1.5 million; and the
    # English glossing Nepali months with Gregorian ones in brackets (mid-March to mid-May)
    "clean-lt-en-lv-port: untranslated-span AB Baltijos krovinių terminalas",
    "clean-so-en-ar-market: omission Halimo added that the monthly rent is now 1.5 million Somali shillings",
    "clean-ne-en-hi-trek: bracket-insertion (mid-March to mid-May)",
    # session 15, round 67: a Bengali sentence that joins the doctor's words and his description, which the
    # Russian and English give as two; the aligner pairs it right but rates it a coin flip
    "clean-ru-en-bn-en-back-letter: low-confidence-alignment কর্মীদের এক সাধারণ সভায় অ্যানেসথেসিওলজিস্ট ও "
    "নিবিড় পরিচর্যা বিশেষজ্ঞ দিমিত্রি জাইৎসেভ বলেন, “এ নিয়ে টানা তৃতীয় মাস আমরা বাকিতে মানুষের চিকিৎসা করছি, আর ব্যাংকগুলো "
    "তো অপেক্ষা করবে না।”",
    # round 70: an appositive the English sets off with commas ("the presiding judge, Sophie
    # Garnier-Roux,") that the Arabic runs into its sentence without them
    "clean-fr-en-ar-court: omission the presiding judge, Sophie Garnier-Roux",
    # round 71: two right merges of Czech sentences into one English one, rated a coin flip
    "clean-cs-en-pl-tram: low-confidence-alignment The European Union covered CZK 812 million of that from "
    "the Operational Programme Transport, and the City of Brno paid the rest.",
    "clean-cs-en-pl-tram: low-confidence-alignment DPMB spent a further CZK 577.8 million on six new low-floor "
    "Škoda 45T trams, which means each tram cost CZK 96.3 million.",
    # session 16: a Dari quotation whose attribution the English moves from its head to its end
    # (the aligner pairs the sentences one off: the quote's last sentence is left unaligned)
    "clean-fa-en-tr-migration: omission در میان آنان ده\u200cها کودک زیر پنج سال نیز هستند.»",
    # two clauses the Arabic joins without the English commas (the clause test counts the marks)
    "clean-fr-en-ar-health: omission without waiting until you are thirsty",
    "clean-fr-en-ar-health: omission move the person into the shade",
    # session 17, round 78: "ice core" kept as a loanword in Bengali (আইস কোর) where "ice" is part
    # of হিমবাহবিজ্ঞানী (glaciologist) elsewhere; and a martial art's name, pencak silat, that English
    # keeps as it is (a loanword in its dictionaries)
    "clean-de-en-bn-en-back-obituary: inconsistent-translation আইস",
    "clean-id-en-ko-interview: untranslated-span pencak silat",
    # session 18, round 85: the English names the region Lombardy, and keeps Lombardia twice inside
    # the Italian company name Trasporti Bellotti Lombardia Srl, which outvotes it
    "clean-it-en-pt-court: name-variant Lombardy",
    # round 86: the French sets off "Aujourd’hui," where the English "Today I know" has no comma, and
    # the sentence is long for the hop: the clause test takes the rest of it for an added clause
    "clean-cs-en-fr-court: addition je sais que j’aurais dû refuser",
    # session 19, round 89: the Khmer names "all 37 families" again where the English, which gave
    # the 37 two sentences before, says "the families' lawyer": a repeated figure left out
    "clean-km-en-fr-court: omission មេធាវីការពារក្តីឱ្យគ្រួសារទាំង ៣៧ គឺលោកស្រី ចាន់ សុភា មកពីសមាគមមេធាវីដើម្បីសិទ្ធិដីធ្ល",
    # round 92: Azerbaijani "dövlət qulluğunda vəzifə tutmaq" (to hold a post in the state
    # service) is "barred from holding posts in the civil service": the word-rendering test takes
    # "holding" for a second rendering of "dövlət", "state" elsewhere
    "clean-az-en-ru-court: inconsistent-translation holding",
    # session 20: the Chinese opens the grower's two-sentence quotation without saying who
    # speaks (the sentence before names him as the subject of its own claim): the English "he
    # said" has no cue in the Chinese
    "clean-ms-en-zh-durian: omission he said",
    # round 97: the Hungarian joins the English "He suffered injuries to his arm and head." to the
    # sentence before it, which is then short for both by the hop's ratio
    "clean-ro-en-hu-bears: omission He suffered injuries to his arm and head.",
    # round 98: Hindi प्रवेश (entry) beside प्रदेश (state, as in Uttar Pradesh): in a script without
    # capitals two common words a letter apart read as one name spelt two ways
    "clean-hi-en-bn-metro: name-variant प्रवेश",
    # round 99: the English splits the Bengali "…, যদিও কর্তৃপক্ষ এই দাবি মানেনি" into two sentences;
    # the second reads as added, its source sentence being only a little long for both
    "clean-bn-en-hi-jute: addition The management has not accepted the claim.",
    # round 100: the English spells out the Japanese official's title as an apposition the
    # Japanese puts before the name
    "clean-ja-en-id-quake: addition head of the prefecture’s Crisis Management Department",
    # session 22, once the aligner tells a sentence opening a quotation from one closing it: the
    # Japanese 「…」と話す quotation split over two sentences is now paired 1-1 with the English
    # one, whose attribution (the hospital's director of nursing) stands in the other half; and
    # two right beads beside a short "he said." / a village mayor's sentence the aligner now
    # rates a coin flip (0.49 and 0.50 against a cut-off of 0.50)
    "clean-ja-en-ru-en-back-robot: addition the hospital’s director of nursing",
    "clean-ms-en-zh-durian: low-confidence-alignment 他说。",
    "clean-sm-en-church: low-confidence-alignment Lano's village mayor, Tuala Sefo Aiono, said the project had "
    "brought the village together with its families in faraway countries.",
    # round 103: an Italian sentence the English splits in two and the German joins again, its
    # second half (per poi sversarli: then dumped them) without an anchor to vouch for it, read as
    # one sentence too many in English and one too few in German; and the English writing
    # "ruling" twice and "judgment" once for the Spanish "sentencia", which WordNet calls near
    "clean-it-en-de-court: addition It then dumped them without any treatment.",
    "clean-it-en-de-court: omission It then dumped them without any treatment.",
    "clean-es-en-zh-court: inconsistent-translation judgment",
})


def test_every_clean_chain_of_the_corpus_audits_without_a_finding() -> None:
    # careful translations in 40-odd languages and several domains: any finding is a false alarm
    # (clean retellings, which move paragraphs and merge and split sentences, are the next test's)
    bench = _bench()
    folders = [f for f in sorted((ROOT / "bench" / "data" / "checks").glob("clean-*")) if "-retold-" not in f.name]
    assert len(folders) >= 30
    alarms = [f"{folder.name}: {f.check} {f.spans[0].text if f.spans else ''}"
              for folder in folders for f in bench.run_audit(folder).findings]
    assert [a for a in alarms if a not in KNOWN_ALARMS] == []


RETOLD_CEILING = 151
"""Findings on the clean retellings (session 10: 52 when they were added, 47 once whole paragraphs
could move on their pooled anchors; session 11: 18 on the same chains once a retelling's moves
were no findings and what the usual length test leaves was paired again more loosely, 25 with
four more, three of them filed as translations; session 12: 24 on those once a run of displaced
sentences could be cut where its offset jumps and amounts with scale words anchored, 30 with a
Korean retelling filed as a translation that shuffles six paragraphs, 6 of them; 24 once the
parts of a cut run shed edge sentences displaced by one cognate key and six moves could be
taken out instead of three, 4 of them on the Korean one; session 13: 21, with a French retelling
added clean, once a number met a sentence or two away counts as moved and a sentence whose
numbers the next bead holds counts as split off it; 35 with a Thai retelling, 14 of them there:
Thai marks no sentence end, so its sentences are paragraphs, which a reordering retelling
cannot be aligned with; a first try at breaking Thai at spaces helped there and hurt the other
Thai chains, and was dropped; 47 with a Chinese retelling, 12 of them there, that moves more
passages, several of them in Chinese sentences without numbers or Latin names, than the moves
search can take out; 51 with a Japanese retelling, 4 of them there; 54 with a Turkish one, 3 of
them there; session 14: 55 with a Spanish-English-Portuguese one, 1 of them there, 59 with a
Dutch-English-German one, 4 of them there: a headline and a lead the English wrote anew; 81 with
an Estonian one, 1 there, and a Vietnamese one, 21 there, whose English opens with a trader's
story from the end of the Vietnamese; 63 once a passage opened by one sentence pair of three
anchors and as many unanchored sentences on both sides could move, and a move is chosen by
the anchor pairs it leaves out of order, 2 of them on the Vietnamese one; 64 with a French cycling
and a Swahili safari one, 1 of them there; 66 with a Chinese museum one, 2 of them there: the
English opens with a sentence twice as long as the Chinese lead; 66 with a Portuguese festival
one, none there; session 15: 103 with a Japanese-English-Korean one, 7 there, a Persian-English-German
one, 5 there, a Hindi-English-Tamil one, none there, and a Thai-English-Chinese one, 25 there: Thai
paragraphs again; breaking Thai at spaces between long runs took the Thai retellings from 39 to
11 and gave the Thai translations about ten more, and was dropped; 101 with a Portuguese-English-Japanese
and a Serbian-English-Russian one, none there, once a retelling's sentence that leaves a glossary
term out is no rendering of it; 108 with an Arabic-English-French one, 3 there, and a Korean-English-Japanese
one, 4 there; 116 with an Italian-English-Polish one, none there, a Hungarian-English-German one, 3
there, and a Nepali-English-Bengali one, 5 there: Bikram Sambat dates the Bengali names; 97 once a Thai
witness that a retelling is made from is cut at the spaces between long runs, the
Thai-English-Chinese one 25 → 6; 112 with a Thai-English-Korean one, 3 there, a German-English-Spanish
one, 5 there, and a Turkish-English-Arabic one, 7 there; 95 once a number or date a retelling's
other side has anywhere is no changed one; session 16: 122 with six more, Greek-English-Arabic 3,
Indonesian-English-Vietnamese 7, Japanese-English-Russian 6, Serbian-English-Greek 4,
Ukrainian-English-Hindi-English 3 and Chinese-English-Bengali 5 there, once a retelling's bead that
only lacks a number is omission's to judge; 130 with four more, Polish-English-Ukrainian 1,
Hindi-English-Spanish 1, Persian-English-Russian 5 and Russian-English-Bengali-English 1 there;
111 once a retelling's unaligned sentence whose anchors stand in a sentence aligned elsewhere
counts as folded in there; 122 with four more, Korean-English-Bengali 5, Swahili-English-Arabic
none, Italian-English-Russian 2 and Spanish-English-Hebrew 5 there; 129 with a Malay-English-Thai
one, 3 there, and a Dutch-English-Japanese one, 4 there; 133 with a Portuguese-English-Russian
football report, 4 there; session 17: 104 once a Thai witness that a translation reorders is
cut at spaces (the Thai temple chain 14 → 1) and a translation that tells its parent's
paragraphs out of order is read as a retelling, 108 with a Swedish-English-Chinese transfer
report, 4 there; 99 once a clause missing inside a sentence a retelling keeps is its way of
telling, 102 with a Hindi-English-Nepali cricket report, 2 there, and a Thai-English-German one whose
English, filed as a translation, reorders the Thai, 1 there; 101 once Hijri dates in Latin
letters are soft; 104 with a Portuguese-English-Swahili port report, 3 there; session 18: 95 on those once numbers a retelling's moved sentence has near
are no change, a German comma set by rule no clause, a moved bracketed note no new one; 110 with
nine more, Arabic-English-Bengali-English 0, Hungarian-English-Polish 1, Indonesian-English-Korean 1,
Kazakh-Russian-English 1, Korean-English-Thai 3, Nepali-English-Hindi-English 0,
Romanian-English-Italian 4, Tamil-English-Malay 2 and Ukrainian-English-German 3 there, most of
them background sentences the retellings cut on purpose; 109 once Korean 2049 시청률 is an age
bracket, 20 to 49; 114 with three more, Persian-English-Arabic 3, Hebrew-English-Spanish 0 and
Spanish-English-Bengali-English 2 there; 118 with an Urdu-English-Bengali-English one, 2 there, and
a Burmese-English-Chinese one, 2 there; 117 once a Burmese crore is read; 118 with a
Bulgarian-English-Russian one, 1 there; session 19: 126 with four more, Yoruba-English-French 2,
Lithuanian-English-Russian 1, Gujarati-English-Hindi-English 2 and Albanian-English-Italian 4 there,
one fewer on the others; 133 with a Czech-English-Japanese one, 6 there (a moved paragraph whose
only anchors are a month, a katakana city name and a number word), and a Hausa-English-Arabic one, 2
there, one fewer on the others once words carried across a sentence boundary are no omission;
125 once a retelling's moved sentence is paired on anchors of its own (a month, a number in words,
a katakana city name: the Czech-English-Japanese one 6 → 1) and a retelling's sentence that joins
two of its parent's is read as telling both, with a Spanish-English-Chinese one, 2 there, and a
Hebrew-English-Russian one, none there; 128 with a Finnish-English-Japanese one, 1 there, and a
Bengali-English-Hindi-English one, 2 there; 133 with an Italian-English-Korean one, 3 there, and a
Dutch-English-Arabic one, 2 there; 135 with a Portuguese-English-Hindi one, 1 there, and a
Turkish-English-Korean one, 1 there; session 20: 136 with a French-English-Arabic one, 1 there, a
background sentence the retelling cuts on purpose; session 21: 137, an English sentence opening
with Myanmar read as a name once a sentence-initial word the English dictionary lacks counts as
one, beside the state firm Myanma Gems; session 22: 138 with a Croatian-English-German one, 1
there, and an Armenian-English-Persian one, 2 there, less 2 elsewhere once a moved sentence equally
anchored to two places takes the one its block went to; 146 with three more of round 102, 4
there, and 4 more elsewhere once the aligner reads which end of a quotation a sentence holds, a
retelling's moved quotes paired anew; 152 with two more of round 103, 6 there, 5 of them the
Polish-English-Ukrainian one's deliberate background cuts; 150 once a short sentence merged
into its moved neighbour goes with it; 151 with round 105's two clean chains in the seed's shape,
a Ukrainian parents' sentence merged into another in English): 6,275 segments,
the findings alignment slips around moved and merged paragraphs and deliberate cuts. A known limit of the aligner;
the test keeps it from getting worse."""


def test_clean_retellings_do_not_get_worse() -> None:
    bench = _bench()
    folders = sorted((ROOT / "bench" / "data" / "checks").glob("clean-*-retold-*"))
    assert len(folders) >= 6
    found = sum(1 for folder in folders for f in bench.run_audit(folder).findings if f.check not in bench.SKIP_CHECKS)
    assert found <= RETOLD_CEILING


def test_a_term_dropped_with_its_name_is_no_second_rendering() -> None:
    # fr drops "According to the Anambra State Police Command": the State of the parent's
    # name phrase is gone with Anambra, not rendered as the sentence's "enquête"
    bench = _bench()
    audit = bench.run_audit(ROOT / "bench" / "data" / "checks" / "ig-en-fr-market-fire")
    assert not [f for f in audit.findings if f.check == "inconsistent-translation" and f.witness == "fr"]
    # the French numbers in words still anchor: "depuis dix-huit ans" is the parent's 18 years
    assert not [f for f in audit.findings if f.check == "omission" and "18 years" in f.spans[0].text]


def test_a_phrase_carried_down_the_chain_is_reported_where_it_was_left() -> None:
    # en keeps the Portuguese job title and fr copies it from en: one problem, at pt → en
    bench = _bench()
    audit = bench.run_audit(ROOT / "bench" / "data" / "checks" / "pt-en-fr-retold-dengue")
    left = [f for f in audit.findings if f.check == "untranslated-span" and "endemias" in f.spans[0].text]
    assert [(f.witness, f.hop) for f in left] == [("en", ("pt", "en"))]
    # a Welsh source mutates the copied words (yn ei filltir sgwâr): found in en, not again in pl
    audit = bench.run_audit(ROOT / "bench" / "data" / "checks" / "cy-en-pl-school")
    left = [f for f in audit.findings if f.check == "untranslated-span" and "sgwâr" in f.spans[0].text]
    assert [(f.witness, f.hop) for f in left] == [("en", ("cy", "en"))]


def test_a_merged_sentence_whose_number_word_the_translation_keeps_is_translated() -> None:
    # "थकबाकी दोन टप्प्यांत …" (the dues in two instalments) merged with the next sentence into
    # one shorter English one: its number word is there ("two"), so it is not the one missing
    bench = _bench()
    audit = bench.run_audit(ROOT / "bench" / "data" / "checks" / "mr-en-kn-sugar")
    assert not [f for f in audit.findings if f.check == "omission" and f.witness == "en" and "दोन" in f.spans[0].text]
