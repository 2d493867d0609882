"""Scoring chrono against TimeML gold: the reading of the gold files (:mod:`.gold`) and the event
scorer (:mod:`.events`). The timex scorer and ``evaluate`` itself stay in :mod:`chrono.evaluate`, the
module ``chrono eval`` calls."""
