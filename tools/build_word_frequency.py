"""Write resources/tone/word_frequency.txt from wordfreq's English list (run by hand).

    .venv/bin/pip install -e '.[tools]' && .venv/bin/python tools/build_word_frequency.py

The tone review finds jargon partly by how rare a word is in general English.
wordfreq (https://github.com/rspeer/wordfreq) is the maintained source of those
frequencies, but importing it and loading its list takes about 200 ms here, five
times a bare `python -c pass`, which the `review` command cannot afford. So its
list is cut once into a small text file the review reads lazily: one line per
tenth of a Zipf unit ("3.4 word word ..."), most frequent first, so a reader can stop
at its threshold; plain lower-case words only, Zipf 2.0 and above (rarer words are
simply absent, which the review reads as rare).
wordfreq's data is CC BY-SA 4.0; the derived file keeps that licence (see
resources/tone/README.md).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from pathlib import Path

from wordfreq import get_frequency_dict

OUT = Path(__file__).resolve().parent.parent / "resources" / "tone" / "word_frequency.txt"
FLOOR = 2.0
WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")


def build() -> str:
    buckets: dict[float, list[str]] = defaultdict(list)
    for word, freq in get_frequency_dict("en", wordlist="large").items():
        zipf = round(math.log10(freq) + 9, 1)
        if zipf >= FLOOR and WORD.fullmatch(word):
            buckets[zipf].append(word)
    lines = [
        f"{zipf:.1f} {' '.join(sorted(words))}"
        for zipf, words in sorted(buckets.items(), reverse=True)
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    OUT.write_text(build(), encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes)")
