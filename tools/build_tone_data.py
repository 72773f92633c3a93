"""Rebuild the tone rules' stored data in resources/tone/ (run by hand after a rule change).

    .venv/bin/python tools/build_tone_data.py

Same as `python -m domain.tone_build`: writes gates.json (each rule alternative's pieces
and gates, for any Python) and compiled.<python>.bin (the compiled patterns, the parsed
lexicon and the common-word buckets, for the Python running this). See domain.tone_data;
tests/domain/test_tone_data.py fails while they are stale.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from domain.tone_build import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
