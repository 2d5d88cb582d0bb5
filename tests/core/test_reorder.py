"""Reading a reordering off the numbers two texts share, and the Thai segmentation it switches."""

from __future__ import annotations

from pathlib import Path

from auditor.core.pipeline import segment_chain
from auditor.core.reorder import out_of_order, reordered
from auditor.core.segment import segment_text
from auditor.io.chain import load_chain

ROOT = Path(__file__).resolve().parents[2]

THAI = ("ข่าวแรก มีผู้ชม 120 คน และรายได้ 4500 บาท\n\n"
        "ข่าวที่สอง ระยะทาง 37 กิโลเมตร ใช้เวลา 18 เดือน\n\n"
        "ข่าวที่สาม ราคา 2567 บาท และอายุ 190 ปี\n")
IN_ORDER = ("There were 120 visitors. Income was 4500 baht.\n\n"
            "The route is 37 km. It took 18 months.\n\n"
            "The price was 2567 baht. It is 190 years old.\n")
SHUFFLED = ("It is 190 years old. There were 120 visitors.\n\n"
            "It took 18 months. Income was 4500 baht.\n\n"
            "The route is 37 km. The price was 2567 baht.\n")


def test_a_translation_keeps_the_paragraphs_in_order() -> None:
    th, en = segment_text(THAI, "th", "th"), segment_text(IN_ORDER, "en", "en")
    assert len(th) == 3  # a paragraph a segment: Thai writes no full stop
    assert out_of_order(th, en) == 0 and not reordered(th, en)


def test_a_shuffled_retelling_goes_back_in_paragraph_order() -> None:
    th, en = segment_text(THAI, "th", "th"), segment_text(SHUFFLED, "en", "en")
    assert out_of_order(th, en) >= 2 and reordered(th, en)


def test_numbers_held_twice_say_nothing() -> None:
    th = segment_text("ปี 2024 มี 55 คน\n\nปี 2024 มี 66 คน\n", "th", "th")
    en = segment_text("In 2024 there were 66 people. In 2024 there were 55 people.\n", "en", "en")
    assert out_of_order(th, en) == 1  # 66 then 55; 2024 stands in both paragraphs
    assert not reordered(th, en)


def test_a_retelling_filed_as_a_translation_cuts_thai_at_spaces() -> None:
    chain = load_chain(ROOT / "bench" / "data" / "checks" / "clean-th-en-retold-temple")
    assert {w.role for w in chain.witnesses} == {"source", "translation"}
    th = next(w for w in chain.witnesses if w.lang == "th")
    coarse = segment_text(th.text, th.lang, th.id)
    assert len(segment_chain(chain)[th.id]) > 2 * len(coarse)


def test_a_thai_translation_in_order_keeps_its_paragraphs() -> None:
    chain = load_chain(ROOT / "bench" / "data" / "checks" / "clean-th-en-rice")
    th = next(w for w in chain.witnesses if w.lang == "th")
    assert segment_chain(chain)[th.id] == segment_text(th.text, th.lang, th.id)


def test_a_few_numbers_met_by_chance_in_a_long_text_say_nothing() -> None:
    # the shuffled numbers again, in a text of two hundred sentences that give no other number
    filler = " ".join("Work went on as planned that day." for _ in range(200))
    th = segment_text(THAI, "th", "th")
    en = segment_text(SHUFFLED + "\n\n" + filler + "\n", "en", "en")
    assert out_of_order(th, en) >= 2
    assert not reordered(th, en)  # six numbers shared once in 206 sentences: too few to read an order
