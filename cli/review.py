"""`review`: the tone review of any draft text, from a file or stdin.

Needs no database (only the playbooks with --scenario), so it opens none. The tone
rules load here, and only here on the command line.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli.common import playbooks, print_json, report_problems
from domain.text import clip

TYPE_CHECKING = False  # importing typing costs the command line 2-3 ms; annotations are text
if TYPE_CHECKING:
    from typing import Any


def cmd_review(args: argparse.Namespace, db_path: Path | None = None) -> int:
    from domain.tone import Rule, review

    if args.file == "-":
        draft = sys.stdin.read()
    else:
        data = Path(args.file).expanduser().read_bytes()
        draft = data.decode("utf-8-sig", errors="replace")
    jargon: tuple[str, ...] = ()
    if args.scenario:
        from storage.paths import resolve_db_path

        library = playbooks(db_path or resolve_db_path(args.db))
        jargon = library.get(args.scenario).jargon
        report_problems(library)
    rows: list[dict[str, Any]] = []
    for f in review(draft, jargon):
        line = draft.count("\n", 0, f.start) + 1
        column = f.start - (draft.rfind("\n", 0, f.start) + 1) + 1
        label = Rule(f.rule).label if f.rule in set(Rule) else f.rule
        rows.append(
            {
                "rule": f.rule,
                "label": label,
                "start": f.start,
                "end": f.end,
                "line": None if f.document_level else line,
                "column": None if f.document_level else column,
                "excerpt": f.excerpt(draft),
                "why": f.why,
                "suggestion": f.suggestion,
            }
        )
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("No findings: the draft reads plainly.")
    for row in rows:
        where = "draft" if row["line"] is None else f"{row['line']}:{row['column']}"
        quoted = f' "{clip(row["excerpt"], 60)}"' if row["excerpt"] else ""
        print(f"{where}  {row['label']}{quoted}: {row['why']} {row['suggestion']}")
    return 0
