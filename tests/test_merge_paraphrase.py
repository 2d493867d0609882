"""One happening told twice in one document, at the same date, in other words (chrono.clusters.merge_paraphrases)."""
from __future__ import annotations

from datetime import date

from chrono.chronology import merge_events
from chrono.model import Event, Mention, Modality, When

_2018 = When("2018", None, date(2018, 1, 1), date(2019, 1, 1), None)


def _event(headline: str, text: str, doc: str = "d", start: int = 0, modality: Modality = Modality.FACT) -> Event:
    return Event("", headline, text, _2018, modality, mentions=(Mention(doc, start, start + len(text)),),
                 timex_text="2018")


SUGGESTED = _event("Dr. Ronny Jackson suggested that the President change his diet",
                   "At the time of his 2018 physical, Dr. Ronny Jackson, the President's physician, suggested "
                   "that the President change his diet and get on a regular exercise regimen.")
RECEIVED = _event("The President received a diet and exercise plan after his annual physical",
                  "The President received a diet and exercise plan in 2018 after his annual physical, an aide said.",
                  start=500)


def test_one_happening_in_other_words_in_one_document_merges():
    got = merge_events([SUGGESTED, RECEIVED])
    assert len(got) == 1
    assert got[0].headline == SUGGESTED.headline and len(got[0].mentions) == 2


def test_not_across_documents_modalities_or_with_few_shared_words():
    other_doc = _event(RECEIVED.headline, RECEIVED.text, doc="e", start=500)
    assert len(merge_events([SUGGESTED, other_doc])) == 2
    forecast = _event(RECEIVED.headline, RECEIVED.text, start=500, modality=Modality.FORECAST)
    assert len(merge_events([SUGGESTED, forecast])) == 2
    cholesterol = _event("Trump had been diagnosed with heart disease after his physical",
                         "In his previous physical in 2018, Trump had been diagnosed with heart disease.", start=900)
    assert len(merge_events([SUGGESTED, cholesterol])) == 2


def test_headlines_sharing_under_two_words_do_not_merge_however_alike_the_sentences():
    a = _event("Starship lunar lander missions could begin",
               "Starship lunar lander missions could begin in 2018, carrying crews to the lunar surface.")
    b = _event("SNC would be able to start its cargo flights",
               "SNC would be able to start lunar lander missions and cargo flights to the lunar surface in 2018.",
               start=400)
    assert len(merge_events([a, b])) == 2


def test_a_dotted_abbreviation_and_a_possessive_are_one_word():
    from chrono.chronology import content_stems, names, similar
    assert content_stems("The U.K.’s election") == {"uk", "elect"}
    assert names("Raqqa's fall") == {"raqqa"} and not names("U.S. forces")
    assert similar("Jeremy Corbyn: the UK prepares for a General Election", "The U.K.’s election")
