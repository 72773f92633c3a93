"""File > Team…: join a team with a member URL (or leave it), see the last publish and
what is waiting. A view: it is given a TeamStatus and says what the user wants through
its signals; ui/shell/team.py does the work off the UI thread."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.team import TeamStatus
from ui.a11y import named
from ui.i18n import tr, when_text


class TeamDialog(QDialog):
    joinRequested = Signal(str)  # noqa: N815 (Qt signal naming) the member URL
    leaveRequested = Signal()  # noqa: N815
    publishRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamDialog")
        self.setAccessibleName(tr("Team"))
        self.setWindowTitle(tr("Team"))
        self.setMinimumWidth(520)
        self.intro = QLabel(
            tr(
                "Share your calls with your team on its PostgreSQL server: each member "
                "publishes their own calls and reads everyone's. Nothing leaves this computer "
                "until you join, and a call marked private never does."
            )
        )
        self.intro.setWordWrap(True)
        form = QFormLayout()
        self.form = form
        self.member = QLabel()
        self.server = QLabel()
        self.last = QLabel()
        self.pending = QLabel()
        for label, name, text in (
            (self.member, "teamMember", tr("Publishing as")),
            (self.server, "teamServer", tr("Server")),
            (self.last, "teamLastPublish", tr("Last publish")),
            (self.pending, "teamPending", tr("Waiting to be published")),
        ):
            named(label, name, text)
            label.setTextInteractionFlags(label.textInteractionFlags())
            form.addRow(text + ":", label)
        self.problem = named(QLabel(), "teamProblem", tr("Team problem"))
        self.problem.setWordWrap(True)
        self.problem.setProperty("problem", True)  # the style sheet's problem colour
        self.url = named(QLineEdit(), "teamUrl", tr("Member URL"))
        self.url.setPlaceholderText("postgresql://name:password@server/database?sslmode=require")
        self.url.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)  # it holds a password
        self.join = named(QPushButton(tr("&Join")), "teamJoin", tr("Join the team"))
        self.leave = named(QPushButton(tr("&Leave the team")), "teamLeave", tr("Leave the team"))
        self.publish = named(QPushButton(tr("&Publish now")), "teamPublish", tr("Publish now"))
        row = QHBoxLayout()
        row.addWidget(self.url, 1)
        row.addWidget(self.join)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        named(close, "teamClose", tr("Close"))
        buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.publish)
        actions.addWidget(self.leave)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        self.join_hint = QLabel(tr("Paste the member URL from whoever runs the team's server:"))
        layout.addWidget(self.join_hint)
        layout.addLayout(row)
        layout.addLayout(actions)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.join.clicked.connect(lambda: self.joinRequested.emit(self.url.text().strip()))
        self.url.returnPressed.connect(self.join.click)
        self.leave.clicked.connect(self.leaveRequested)
        self.publish.clicked.connect(self.publishRequested)
        self.show_status(None)

    def show_status(self, status: TeamStatus | None) -> None:
        """What the file publishes to, and what waits; None while it is being read."""
        link = status.link if status else None
        joined = link is not None
        self.member.setText(link.member if link else tr("not in a team"))
        self.server.setText(link.url if link else "")
        last = link.last_publish_at if link else None
        self.last.setText(when_text(last) if last else tr("never"))
        count = status.pending if status else 0
        self.pending.setText(tr("%n change(s)", None, count) if status else "…")
        for widget in (self.url, self.join, self.join_hint, self.intro):
            widget.setVisible(not joined)
        for widget in (self.server, self.last, self.pending):  # nothing is published yet
            self.form.setRowVisible(widget, joined)
        self.leave.setVisible(joined)
        self.publish.setVisible(joined)
        self.show_problem(status.problem if status and status.problem else "")

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        for button in (self.join, self.leave, self.publish):
            button.setEnabled(not busy)
