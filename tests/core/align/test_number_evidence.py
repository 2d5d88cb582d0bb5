"""Numbers that find no partner across a bead: a per-document penalty against the bead."""

from __future__ import annotations

import numpy as np

from auditor.core.align import AlignParams, align_texts
from auditor.core.align.costs import Side
from auditor.core.align.features import Interner
from auditor.core.align.number_evidence import number_penalty, number_sides

MUSEUM_EN = [
    "The archaeology museum in Haifa will reopen on Tuesday, 9 June, after two years of renovation.",
    "The work cost 48 million shekels, about 12.5 million euros.",
    "The new permanent exhibition shows more than 3,000 objects, among them a bronze statue found off the coast in 1985.",
    "Curator Miriam Levi said that 400 of the objects had never been shown before.",
    '"We wanted visitors to see how people lived here 2,500 years ago," Levi explained.',
    "A special room is dedicated to Greek coins from the island of Rhodes.",
    "Tickets cost 35 shekels for adults; children under 12 enter free.",
    "The museum is open from 10:00 to 18:00 every day except Friday.",
]
MUSEUM_EL = [
    "Το αρχαιολογικό μουσείο της Χάιφα θα ανοίξει ξανά την Τρίτη 9 Ιουνίου, μετά από δύο χρόνια ανακαίνισης.",
    "Οι εργασίες κόστισαν 48 εκατομμύρια σέκελ, περίπου 12,5 εκατομμύρια ευρώ.",
    "Η νέα μόνιμη έκθεση παρουσιάζει περισσότερα από 3.000 αντικείμενα, ανάμεσά τους ένα χάλκινο άγαλμα "
    "που βρέθηκε στα ανοιχτά της ακτής το 1985.",
    "Η επιμελήτρια Μίριαμ Λέβι είπε ότι 400 από τα αντικείμενα δεν είχαν εκτεθεί ποτέ.",
    "«Θέλαμε οι επισκέπτες να δουν πώς ζούσαν οι άνθρωποι εδώ πριν από 2.500 χρόνια», εξήγησε η Λέβι.",
    "Μια ειδική αίθουσα είναι αφιερωμένη σε ελληνικά νομίσματα από το νησί της Ρόδου.",
    "Τα εισιτήρια κοστίζουν 35 σέκελ για τους ενήλικες· τα παιδιά κάτω των 12 ετών μπαίνουν δωρεάν.",
    "Το μουσείο είναι ανοιχτό από τις 10:00 έως τις 18:00 κάθε μέρα εκτός από την Παρασκευή.",
]


def _sides(src: list[str], tgt: list[str]) -> tuple[Side, Side]:
    interner = Interner()
    s_bag, _ = interner.analyse(src)
    t_bag, _ = interner.analyse(tgt)
    ls = np.array([len(x) for x in src], dtype=np.float64)
    lt = np.array([len(x) for x in tgt], dtype=np.float64)
    return number_sides(s_bag, t_bag, interner.features, ls, lt)


def test_a_sentence_dropped_with_its_number_is_a_null_bead_not_a_merge() -> None:
    # The Greek lost the quotation with 2,500 in it. Lengths alone read the gap as the quote
    # paired with the next sentence and two sentences merged after it.
    tgt = MUSEUM_EL[:4] + MUSEUM_EL[5:]
    beads = {(b.source, b.target) for b in align_texts(MUSEUM_EN, tgt, src_lang="en", tgt_lang="el")}
    assert ((4,), ()) in beads
    assert beads - {((4,), ())} == {((i,), (i - (i > 4),)) for i in range(8) if i != 4}


def test_number_sides_keep_numbers_only_and_one_sided_ones_too() -> None:
    src, _ = _sides(MUSEUM_EN, MUSEUM_EL[:4] + MUSEUM_EL[5:])
    # sentence 4's 2,500 has no partner in the target, yet it stays a feature of the source
    assert 4 in set(src.sent.tolist())
    assert set(src.sent.tolist()) == set(range(8)) - {5}  # the Rhodes sentence has no number
    assert float(src.weight.sum()) == len(src.fid)


def test_a_translation_that_keeps_its_numbers_makes_an_unshared_number_costly() -> None:
    src, tgt = _sides(MUSEUM_EN, MUSEUM_EL)
    beads = [(i, i + 1, i, i + 1) for i in range(8)]
    assert number_penalty(src, tgt, beads) > 1.0


def test_a_translation_that_spells_its_numbers_out_makes_them_no_evidence() -> None:
    src = [f"In {1900 + i} there were {i + 3} of them." for i in range(12)]
    tgt = ["Il y en avait quelques-uns cette année-là." for _ in range(12)]
    s, t = _sides(src, tgt)
    beads = [(i, i + 1, i, i + 1) for i in range(12)]
    assert number_penalty(s, t, beads) == 0.0


def test_no_numbers_no_penalty_and_weight_zero_turns_it_off() -> None:
    s, t = _sides(["No numbers here."] * 3, ["Keine Zahlen hier."] * 3)
    assert number_penalty(s, t, [(i, i + 1, i, i + 1) for i in range(3)]) == 0.0
    off = align_texts(MUSEUM_EN, MUSEUM_EL, params=AlignParams(number_weight=0.0))
    assert [(b.source, b.target) for b in off] == [((i,), (i,)) for i in range(8)]
