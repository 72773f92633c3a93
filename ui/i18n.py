"""The interface's language: Qt translators for Candor's strings and for Qt's own, chosen by
the setting, else the system locale; tr() for every visible string; dates worded for it.

Every string Candor shows is in one translation context, "" (pyside6-lupdate files a free
`tr("...")` call under it), so the same English reads the same everywhere. A constant that
is shown later is marked with QT_TR_NOOP where it is defined and passed through tr() where
it is shown, so changing the language never depends on import order. Text that comes from
domain/ (labels of enums, form fields, scenarios) is plain Python: ui/i18n_domain.py lists it
for lupdate (tools/i18n_domain.py writes that file) and the ui translates it with tr().

`make translations` runs pyside6-lupdate over ui/ into resources/translations/candor_<code>.ts
and pyside6-lrelease into the .qm files the app loads.
"""

from __future__ import annotations

import os
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

# QDate, QDateTime, QTime and QLibraryInfo are named only where a language other than
# English needs them: naming a PySide class builds its enums, and English (the source
# texts, domain.timefmt's dates) starts without them.
from domain import timefmt  # at the top: an import in a function costs PySide's import hook
from resources import resource_path

ENV = "CANDOR_LANG"  # CANDOR_LANG=de picks the language over the setting (tests, screenshots)
SOURCE_LANGUAGE = "en"
# The interface languages, each named in itself, as File > Profile and settings offers them.
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch"}
# Languages whose translation is complete: only these follow the system's language by
# themselves (a partial one would be offered as a preview, used only when chosen). German
# is complete: every source text translated, the shipped playbooks' texts included.
COMPLETE: frozenset[str] = frozenset({"en", "de"})

_translators: list[QTranslator] = []
_language = SOURCE_LANGUAGE


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the interface language. With `n`, "%n" becomes the count and a source
    text such as "%n call(s)" reads "1 call" / "3 calls" in English."""
    out = QCoreApplication.translate("", text, disambiguation, n)
    if n >= 0 and "(s)" in out:
        out = out.replace("(s)", "" if n == 1 else "s")
    return out


def choose_language(setting: str = "") -> str:
    """CANDOR_LANG, else the setting, else the system's language if Candor has all of it,
    else English."""
    for wanted in (os.environ.get(ENV, ""), setting):
        code = wanted.strip().lower()[:2]
        if code in LANGUAGES:
            return code
    system = QLocale.system().name().split("_")[0]
    return system if system in COMPLETE else SOURCE_LANGUAGE


def translation_file(code: str):  # noqa: ANN201 (Path)
    return resource_path("translations", f"candor_{code}.qm")


def install_language(code: str) -> str:
    """Put `code`'s translators in place of any installed before (before the window's
    widgets exist: texts are set when widgets are built). English installs none. The
    locale used for numbers and dates follows: the system's when it speaks that
    language, else the language's own. Returns the language installed."""
    remove_language()
    global _language
    app = QCoreApplication.instance()
    code = code if code in LANGUAGES else SOURCE_LANGUAGE
    if code != SOURCE_LANGUAGE and app is not None:
        ours = QTranslator(app)
        if ours.load(str(translation_file(code))):
            app.installTranslator(ours)
            _translators.append(ours)
        from PySide6.QtCore import QLibraryInfo

        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qts = QTranslator(app)
        if qts.load(f"qtbase_{code}", qt_folder):
            app.installTranslator(qts)
            _translators.append(qts)
    system = QLocale.system()
    if system.name().split("_")[0] == code:
        QLocale.setDefault(system)
    else:
        QLocale.setDefault(QLocale(code))
    _language = code
    return code


def remove_language() -> None:
    """Back to the English source texts (and the system's locale)."""
    global _language
    app = QCoreApplication.instance()
    while _translators:
        translator = _translators.pop()
        if app is not None:
            app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
    _language = SOURCE_LANGUAGE


def current_language() -> str:
    return _language


# Dates and numbers on screen -------------------------------------------------------------
# English keeps domain.timefmt's wording (the same as the exports); another language words
# them with Qt's locale data for that language.


def day_text(day: date | None, today: date | None = None) -> str:
    """'3 Mar 2026' ('3. März 2026'); within a week of `today` 'Today', 'Tomorrow',
    'Yesterday' or the weekday with the day ('Fri 6 Mar'); '' for None."""
    if _language == SOURCE_LANGUAGE or day is None:
        return timefmt.day_text(day, today)
    from PySide6.QtCore import QDate

    locale = QLocale()
    qdate = QDate(day.year, day.month, day.day)
    if today is not None:
        delta = (day - today).days
        special = {0: "Today", 1: "Tomorrow", -1: "Yesterday"}.get(delta)
        if special:
            return tr(special)
        if -7 < delta < 7:
            return locale.toString(qdate, "ddd d. MMM")
    return locale.toString(qdate, "d. MMM yyyy")


def when_text(at: datetime) -> str:
    """A stored UTC time as local date and time: '2026-03-03 14:05' in English (sortable,
    as the exports have it), the locale's short format otherwise ('03.03.26, 14:05')."""
    if _language == SOURCE_LANGUAGE:
        return timefmt.when_text(at)
    from PySide6.QtCore import QDate, QDateTime, QTime

    moment = at.astimezone()
    qdt = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    return QLocale().toString(qdt, QLocale.FormatType.ShortFormat)


def number_text(value: float, decimals: int = 0) -> str:
    """A number as the locale writes it ('1,234.5' / '1.234,5')."""
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)


def percent_text(fraction: float) -> str:
    """A share as a whole percentage: '83%' ('83 %')."""
    return QLocale().toString(round(fraction * 100)) + ("%" if _language == "en" else "\u00a0%")


def long_when_text(at: datetime) -> str:
    """A local time with its weekday: 'Tue 3 Mar 2026, 14:05' ('Di. 3. März 2026, 14:05')."""
    if _language == SOURCE_LANGUAGE:
        return f"{at:%a} {at.day} {at:%b %Y, %H:%M}"
    from PySide6.QtCore import QDate, QDateTime, QTime

    qdt = QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute))
    return QLocale().toString(qdt, "ddd d. MMM yyyy, HH:mm")


def owner_text(owner: str) -> str:
    """Who owns a next step, as shown: 'Us' / 'Client' in the interface language (through
    domain.model.owner_label), a person's name as written."""
    from domain.model import OWNER_CLIENT, OWNER_US, owner_label

    label = owner_label(owner)
    return tr(label) if owner in (OWNER_US, OWNER_CLIENT) else label
