"""The first page on an empty database: what Candor is for, and two ways to begin."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.a11y import named
from ui.i18n import tr

INTRO = QT_TR_NOOP(
    "Candor sits beside the phone or video call when you have bad news to give a client. "
    "It reminds you how to deliver it well, lets you note what is said and how the client "
    "reacts without losing the thread, and keeps every promise made."
)
AFTERWARDS = QT_TR_NOOP(
    "Afterwards it shows what you missed and helps you write the follow-up the client "
    "should get the same day; everything stays on this computer."
)


class WelcomeView(QWidget):
    newCallRequested = Signal()  # noqa: N815 (Qt signal naming)
    sampleRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel(tr("Welcome to Candor"))
        title.setObjectName("pageTitle")
        intro = QLabel(tr(INTRO))
        intro.setWordWrap(True)
        intro.setObjectName("bodyText")
        after = QLabel(tr(AFTERWARDS))
        after.setWordWrap(True)
        after.setObjectName("bodyText")
        self.start_button = named(
            QPushButton(tr("Start a call  (Ctrl+N)")),
            "welcomeStartButton",
            "Start a call",
            tr("Prepare a new call: client, subject and scenario"),
        )
        self.start_button.setDefault(True)
        self.start_button.setProperty("primary", True)
        self.sample_button = named(
            QPushButton(tr("Load sample data")),
            "loadSampleButton",
            "Load sample data",
            tr("Fill Candor with 30 realistic sample calls to look around"),
        )
        self.status = QLabel("")
        self.status.setObjectName("hintText")
        self.status.setAccessibleName("Sample data status")
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.setContentsMargins(32, 28, 32, 24)
        column.setSpacing(16)
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(after)
        column.addSpacing(8)
        column.addLayout(buttons)
        column.addWidget(self.status)
        panel = QWidget()
        panel.setObjectName("welcomePanel")
        panel.setLayout(column)
        panel.setFixedWidth(640)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(panel)
        centred.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(2)
        self.setTabOrder(self.start_button, self.sample_button)
        self.start_button.clicked.connect(self.newCallRequested)
        self.sample_button.clicked.connect(self.sampleRequested)

    def focus_start(self) -> None:
        self.start_button.setFocus()

    def set_loading(self, loading: bool, message: str = "") -> None:
        self.sample_button.setEnabled(not loading)
        self.start_button.setEnabled(not loading)
        self.status.setText(message)
