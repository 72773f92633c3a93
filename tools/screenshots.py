"""Screenshots of the real window, for docs/screenshots (run by `make screenshots`).

Starts its own Xvfb when there is no DISPLAY, builds a temporary database with
realistic content, drives the window to each screen and saves one PNG per step.
To add a screen, write a function that takes the Session, brings the window to
that screen and returns the widget to grab, and append a Step to STEPS.

Two passes: Light into docs/screenshots/, then Dark (View > Appearance > Dark) into
docs/screenshots/dark/; the printed documents (paper steps) only in the Light pass.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from ui.shell.pages import Page  # noqa: E402 (after the path: this checkout's ui, not another)

OUT_DIR = ROOT / "docs" / "screenshots"
WINDOW_SIZE = (1100, 720)
COMPACT_SIZE = (420, 720)
XVFB_SCREEN = "1400x900x24"


# --- display ------------------------------------------------------------------------
@contextmanager
def display() -> Iterator[None]:
    """Use the current display, or run a private Xvfb for the duration."""
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        yield
        return
    if shutil.which("Xvfb") is None:
        sys.exit("No DISPLAY and no Xvfb: install xvfb, or run from a desktop session.")
    number = next(n for n in range(99, 160) if not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", XVFB_SCREEN, "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 10
    while not socket.exists() and time.monotonic() < deadline and server.poll() is None:
        time.sleep(0.05)
    if not socket.exists():
        server.kill()
        sys.exit("Xvfb did not start.")
    os.environ["DISPLAY"] = f":{number}"
    try:
        yield
    finally:
        server.terminate()
        server.wait(timeout=10)


# --- session and steps ------------------------------------------------------------------
@dataclass
class Session:
    """What a step may drive: the application, the window, its controller, the store."""

    app: Any
    window: Any
    controller: Any
    store: Any
    call_id: int | None = None

    def settle(self, ms: int = 300) -> None:
        from PySide6.QtTest import QTest

        self.app.processEvents()
        QTest.qWait(ms)


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[Session], Any]  # brings the window to the screen; returns what to grab
    paper: bool = False  # a printed document: the same in either appearance


def welcome(s: Session) -> Any:
    s.controller.navigator.home()
    return s.window


def prepare(s: Session) -> Any:
    import screenshot_content as content

    s.controller.new_call()
    view = s.controller.page(Page.PREPARE).view
    view.client_field.setText(content.CLIENT)
    view.client_field.editingFinished.emit()
    view.subject_field.setText(content.SUBJECT)
    view.scenario_combo.setCurrentIndex(view.scenario_combo.findData(content.SCENARIO))
    view.set_contact(*content.CONTACT)
    view.contactTyped.emit()
    for name, text in content.PREP.items():
        view.fields.editors[name].setPlainText(text)
    s.controller.page(Page.PREPARE).flush()
    s.call_id = s.controller.page(Page.PREPARE).call_id
    view.fields.editors["amends"].setFocus()
    return s.window


def live(s: Session) -> Any:
    """The call 14 minutes in: entries stored with their real offsets, then reopened."""
    import screenshot_content as content

    from domain.model import NoteKind, utc_now

    started = utc_now() - timedelta(minutes=content.CALL_MINUTES, seconds=12)
    s.store.calls.start(s.call_id, started)
    entries = s.store.entries
    for note in content.notes(s.call_id, started):
        entries.add_note(note)
    for reaction in content.reactions(s.call_id, started):
        entries.add_reaction(reaction)
    for tick in content.ticks(s.call_id, started):
        entries.add_tick(tick)
    for step in content.next_steps(s.call_id, started.date()):
        entries.add_next_step(step)
    s.store.drafts.save(s.call_id, content.DRAFT)
    s.controller.navigator.open_call(s.call_id)
    s.controller.page(Page.LIVE).view.note_line.set_kind(NoteKind.QUESTION)
    return s.window


def compact(s: Session) -> Any:
    s.controller.compact_action.trigger()
    s.window.resize(*COMPACT_SIZE)
    return s.window


def wrapup_from_prep(s: Session) -> Any:
    """The call just ended: the wrap-up's fields start from the prep, marked as such."""
    s.controller.compact_action.trigger()
    s.window.resize(*WINDOW_SIZE)
    from PySide6.QtWidgets import QMessageBox

    ask = QMessageBox.question
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    try:
        s.controller.page(Page.LIVE).end_call()  # as the user ends it: then the wrap-up
    finally:
        QMessageBox.question = ask
    settle_tone(s)
    return s.window


def wrapup(s: Session) -> Any:
    import screenshot_content as content

    for name, text in content.FOLLOW_UP.items():
        s.controller.page(Page.WRAPUP).view.fields.editors[name].setPlainText(text)
    s.controller.page(Page.WRAPUP).flush()
    settle_tone(s)
    return s.window


def recent(s: Session) -> Any:
    """Home once there is history: 40 sample calls beside the one above."""
    from storage.demo_writer import write_demo

    write_demo(s.store, calls=40, seed=11)
    s.controller.navigator.home()
    return s.window


def review_history_search(s: Session) -> Any:
    """All calls (Ctrl+H) with the search panel (Ctrl+F) open on a word of the call above."""
    s.controller.navigator.show(Page.HISTORY)
    s.controller.show_search()
    s.controller.search().search_now("VAT")
    return s.window


def review_client(s: Session) -> Any:
    """The client with the most calls: reactions across calls, promises kept."""
    from collections import Counter

    s.controller.search().hide()
    counts = Counter(summary.client for summary in s.store.calls.summaries())
    s.controller.navigator.show(Page.CLIENT, counts.most_common(1)[0][0])
    return s.window


def review_board(s: Session) -> Any:
    s.controller.navigator.show(Page.BOARD)
    return s.window


def detail(s: Session) -> Any:
    """The call above, reopened from the history: its record and follow-up, editable."""
    s.controller.navigator.open_call(s.call_id)
    detail = s.controller.page(Page.DETAIL)
    detail.view.notes.setCurrentIndex(detail.notes.index(5, 0))
    return s.window


STEPS: list[Step] = [
    Step("welcome", welcome),
    Step("prepare", prepare),
    Step("live", live),
    Step("compact", compact),
    Step("wrapup-from-prep", wrapup_from_prep),
    Step("wrapup", wrapup),
    Step("recent", recent),
    Step("review-history-search", review_history_search),
    Step("review-client", review_client),
    Step("review-board", review_board),
    Step("detail", detail),
]


# --- exports: the Word files as they print, and the wrap-up's tone review -----------------
SHOT_PROFILE = {
    "name": "Daniel Ortiz",
    "role": "Delivery lead",
    "company": "Brightline Data",
    "email": "daniel.ortiz@brightline.example",
    "phone": "+44 20 7946 0321",
}


@dataclass
class DocumentPage:
    """A .docx whose first page, printed to PDF by LibreOffice, stands in for a widget."""

    path: Path

    def grab(self) -> Any:
        from PySide6.QtGui import QPixmap

        folder = self.path.parent
        profile = (folder / "lo-profile").as_uri()  # never share another LibreOffice's profile
        for command in (
            ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
             "--outdir", str(folder), str(self.path)],
            ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1",
             str(self.path.with_suffix(".pdf")), str(folder / self.path.stem)],
        ):  # fmt: skip
            subprocess.run(command, check=True, capture_output=True, timeout=180)
        [png] = sorted(folder.glob(f"{self.path.stem}-*.png"))
        return QPixmap(str(png))


def _export_folder(s: Session) -> Path:
    folder = getattr(s, "export_folder", None)
    if folder is None:
        import atexit

        folder = Path(tempfile.mkdtemp(prefix="candor-shots-"))
        atexit.register(shutil.rmtree, folder, True)
        s.export_folder = folder  # type: ignore[attr-defined]
    return folder


def _sample_call(s: Session) -> tuple[Any, Any, Any]:
    from domain.model import Profile

    s.store.settings.save_profile(Profile(**SHOT_PROFILE))
    call = s.store.calls.get(s.call_id)
    return call, s.controller.ctx.playbooks.get(call.scenario), s.store.settings.profile()


def letter(s: Session) -> Any:
    """The follow-up letter of the call above, as the exporter writes it (page 1)."""
    from exporters.documents import LETTER, write_document

    call, playbook, profile = _sample_call(s)
    path = _export_folder(s) / "letter.docx"
    return DocumentPage(write_document(LETTER, "docx", call, playbook, profile, path))


def letter_de(s: Session) -> Any:
    """The same letter in German, as for a client whose letters go out in German."""
    from exporters.documents import LETTER, write_document

    call, playbook, profile = _sample_call(s)
    path = _export_folder(s) / "letter-de.docx"
    return DocumentPage(
        write_document(LETTER, "docx", call, playbook, profile, path, language="de")
    )


def record(s: Session) -> Any:
    """The internal record of the same call, with the reaction chart drawn by ui/."""
    from exporters.documents import RECORD, write_document
    from ui.widgets.reaction_chart_png import reaction_chart_png

    call, playbook, profile = _sample_call(s)
    path = _export_folder(s) / "record.docx"
    chart = reaction_chart_png(call)
    return DocumentPage(write_document(RECORD, "docx", call, playbook, profile, path, chart))


def settle_tone(s: Session) -> Any:
    """Review the fields as they are now and wait for the tone panel to show it."""
    tone = s.controller.page(Page.WRAPUP).tone
    tone.timer.stop()
    tone.refresh()
    deadline = time.monotonic() + 10
    while tone.busy and time.monotonic() < deadline:
        s.settle(50)
    return tone


def wrapup_tone(s: Session) -> Any:
    """The wrap-up with a hedge typed into a field: the tone review lists and marks it."""
    import screenshot_content as content

    s.controller.navigator.show(Page.WRAPUP, s.call_id)
    view = s.controller.page(Page.WRAPUP).view
    editor = view.fields.editors["what_we_need"]
    editor.setPlainText(content.FOLLOW_UP["what_we_need"] + " We will try to send it asap.")
    tone = settle_tone(s)
    view.side_tabs.setCurrentIndex(tone.tab)
    editor.setFocus()
    return s.window


def playbooks(s: Session) -> Any:
    """File > Playbooks…: the shipped Delivery delay reworded as the user's copy, and a
    scenario of the user's own in the list. Last: the steps above show shipped wording."""
    from dataclasses import replace

    from domain import playbook_edit
    from domain.model import Section
    from storage.playbook_files import save_playbook

    library = s.controller.ctx.playbooks
    own = playbook_edit.copy_as_new(library.get("budget_overrun"), set(), "Price increase")
    summary = "Prices go up at renewal: say how much, from when, and what they can do."
    save_playbook(library, s.store.db, replace(own, summary=summary))
    s.controller.navigator.show(Page.PLAYBOOKS, "delivery_delay")
    page = s.controller.page(Page.PLAYBOOKS)
    first = page.draft.section(Section.FACTS)[0]
    page.reword(first.id, "Say the new date in the first minute", first.hint)
    page.flush()
    page.view.focus_item(first.id)
    return s.window


def history_own_scenario(s: Session) -> Any:
    """A scenario of the user's own made with New from this (Budget overrun (mine)), and
    History filtered to it: its calls named as its playbook is, not as its id."""
    from domain.model import Call, utc_now

    s.controller.navigator.show(Page.PLAYBOOKS, "budget_overrun")
    page = s.controller.page(Page.PLAYBOOKS)
    page.new_from_current()
    own = page.current
    store, now = s.store, utc_now()
    for n, (client, title) in enumerate(
        [
            ("Northwind Foods", "Rollout: 40 extra days of work"),
            ("Harbour Dental Group", "Migration over the agreed budget"),
            ("Kestrel Logistics", "Integration estimate exceeded"),
        ]
    ):
        known = store.calls.get_or_create_client(client)
        call = store.calls.create(Call(client=known, title=title, scenario=own))
        store.calls.start(call.id, now - timedelta(days=3 * n + 1, hours=2))
        store.calls.end(call.id, now - timedelta(days=3 * n + 1, hours=1, minutes=35))
        store.calls.mark_letter_sent(call.id, now - timedelta(days=3 * n + 1))
    s.controller.navigator.show(Page.HISTORY)
    s.controller.page(Page.HISTORY).view.choose_scenario(own)
    return s.window


STEPS += [
    Step("letter", letter, paper=True),
    Step("letter-de", letter_de, paper=True),
    Step("record", record, paper=True),
    Step("wrapup-tone", wrapup_tone),
    Step("playbooks", playbooks),
    Step("history-own-scenario", history_own_scenario),
]


# --- running --------------------------------------------------------------------------
def save(s: Session, widget: Any, path: Path) -> None:
    s.settle()
    s.window.statusBar().clearMessage()  # transient notices (a backup made) are not the screen
    s.settle(50)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"Could not write {path}")
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


APPEARANCES = {"light": "", "dark": "dark"}  # appearance: its sub-folder of the output


def run(out_dir: Path, only: set[str], appearance: str = "light", language: str = "en") -> int:
    from PySide6.QtWidgets import QApplication

    from storage.store import Store
    from ui.app import App as AppController
    from ui.palette import PALETTES
    from ui.shell.main_window import MainWindow
    from ui.style import apply_style

    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["candor-screenshots"])
    app.setStyle("Fusion")
    from ui.i18n import install_language, remove_language

    remove_language()
    if language != "en":
        install_language(language)  # as the window does at start for a German desktop
    apply_style(app, palette=PALETTES[appearance])
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "candor.db") as store:
        store.settings.update(appearance=appearance)  # as chosen in View > Appearance
        window = MainWindow()
        controller = AppController(store, window)
        window.resize(*WINDOW_SIZE)
        window.move(40, 40)
        controller.start()
        session = Session(app, window, controller, store)
        for step in STEPS:
            if step.paper and (appearance != "light" or language != "en"):
                continue
            widget = step.run(session)
            if not only or step.name in only:
                save(session, widget, out_dir / f"{step.name}.png")
        window.close()
        session.settle(50)
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--out", type=Path, default=OUT_DIR, help="folder for the PNGs")
    parser.add_argument(
        "--appearance",
        choices=[*APPEARANCES, "both"],
        default="both",
        help="light (into the folder), dark (into its dark/ sub-folder) or both (default)",
    )
    parser.add_argument(
        "--language",
        choices=["en", "de", "both"],
        default="both",
        help="the interface language: en (into the folder), de (its de/ sub-folder), both",
    )
    parser.add_argument("names", nargs="*", help="only these steps (default: all)")
    args = parser.parse_args(argv)
    chosen = list(APPEARANCES) if args.appearance == "both" else [args.appearance]
    languages = ["en", "de"] if args.language == "both" else [args.language]
    with display():
        for language in languages:
            for appearance in chosen:
                folder = args.out / ("" if language == "en" else language) / APPEARANCES[appearance]
                code = run(folder, set(args.names), appearance, language)
                if code:
                    return code
        return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
