"""Recent calls as a table (when, client, subject, scenario, status, open commitments).

The rows are worded once, when the calls are set, into Qt's own item model: the view
asks for every cell of the rows in sight at each paint, and again for 30 rows a column
whenever it sizes its columns to their content, and none of that comes back to Python.
It is the first table on screen, so start-up waits for it (DESIGN.md: at most 1.5 x a
bare PySide6 window); overriding data() and headerData() in Python also made PySide
build the whole Qt namespace of enums (about 25 ms) for the header's orientation.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtGui import QStandardItem, QStandardItemModel

from domain.model import CallSummary
from domain.scenarios import scenario_label
from ui.i18n import tr, when_text

HEADERS = (
    QT_TR_NOOP("When"),
    QT_TR_NOOP("Client"),
    QT_TR_NOOP("Subject"),
    QT_TR_NOOP("Scenario"),
    QT_TR_NOOP("Status"),
    QT_TR_NOOP("Open commitments"),
)
# Qt.ItemDataRole.UserRole + 1 and Qt.ItemDataRole.TextAlignmentRole, and
# Qt.AlignmentFlag.AlignCenter, as numbers (naming Qt would build it: see above).
CALL_ID_ROLE = 0x0100 + 1
_ALIGNMENT_ROLE = 7
_CENTRED = 0x0004 | 0x0080


class CallSummaryModel(QStandardItemModel):
    """The calls' texts, one row a call; the call id under CALL_ID_ROLE in its first cell."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, len(HEADERS), parent)
        self.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        self._calls: list[CallSummary] = []
        self._names: dict[str, str] = {}

    def set_calls(
        self, calls: list[CallSummary], scenario_names: Mapping[str, str] | None = None
    ) -> None:
        """The calls, and how scenarios are named (PlaybookLibrary.scenario_names())."""
        self._calls = []
        self._names = dict(scenario_names or {})
        self.beginResetModel()
        self.blockSignals(True)  # one reset, not a signal per row
        try:
            self.setRowCount(0)
            self.add_calls(calls)
        finally:
            self.blockSignals(False)
        self.endResetModel()

    def ids(self) -> list[int]:
        """The calls' ids, in the order shown."""
        return [call.id for call in self._calls]

    def add_calls(self, calls: list[CallSummary]) -> None:
        """More calls below those shown (the rest of the list, after the first frame)."""
        labels: dict[object, str] = {}  # a scenario's or a status's words, once a call list
        for call in calls:
            self._calls.append(call)
            self.appendRow(_row(call, labels, self._names))


def _row(
    call: CallSummary, labels: dict[object, str], names: Mapping[str, str]
) -> list[QStandardItem]:
    scenario = labels.get(call.scenario)
    if scenario is None:
        scenario = labels[call.scenario] = tr(scenario_label(call.scenario, names))
    status = labels.get(call.status)
    if status is None:
        status = labels[call.status] = tr(call.status.label)
    texts = (
        when_text(call.started_at or call.created_at),
        call.client,
        call.title,
        scenario,
        status,
        str(call.open_next_steps) if call.open_next_steps else "",
    )
    items = [QStandardItem(text) for text in texts]  # the view edits nothing
    items[0].setData(call.id, CALL_ID_ROLE)  # the row's call (the view reads column 0's)
    items[5].setData(_CENTRED, _ALIGNMENT_ROLE)
    return items
