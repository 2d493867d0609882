"""Test settings shared by every test file.

Hypothesis runs derandomized by default so that CI is repeatable; set CHRONO_HYPOTHESIS=explore
to search with fresh random examples.
"""
import os

from hypothesis import settings

settings.register_profile("repeatable", derandomize=True, print_blob=True)
settings.register_profile("explore", print_blob=True)
settings.load_profile("explore" if os.environ.get("CHRONO_HYPOTHESIS") == "explore" else "repeatable")
