"""The project explains itself: every relative link in the README and docs/ resolves,
and the architecture page names modules that exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINK = re.compile(r"\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def documents() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def test_every_relative_link_resolves():
    broken = []
    for doc in documents():
        for target in LINK.findall(doc.read_text(encoding="utf-8")):
            if re.match(r"^[a-z]+:", target) or target.startswith("#"):
                continue
            path = (doc.parent / target.split("#")[0]).resolve()
            if not path.exists():
                broken.append(f"{doc.relative_to(ROOT)} -> {target}")
    assert broken == []


def test_the_readme_points_to_the_architecture_page():
    assert "docs/architecture.md" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_modules_named_in_the_architecture_page_exist():
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`((?:ui|domain|storage|exporters|importers|cli)(?:[./]\w+)+)`", text))
    missing = []
    for name in named:
        candidates = [name.replace(".", "/"), name]
        found = False
        for candidate in candidates:
            path = ROOT / candidate
            parts = candidate.split("/")
            for cut in range(len(parts), 0, -1):  # module.attribute: the module is enough
                base = ROOT.joinpath(*parts[:cut])
                if base.with_suffix(".py").exists() or base.is_dir():
                    found = True
                    break
            if found or path.exists():
                found = True
                break
        if not found:
            missing.append(name)
    assert sorted(missing) == []
