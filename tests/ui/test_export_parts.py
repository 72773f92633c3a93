"""Export parts on their own: the default folder offered, the reaction chart PNG."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from domain.model import Call, Client, Profile, Reaction, ReactionKind, utc_now


def test_default_folder_prefers_the_profile_then_the_last_one(ui, store, tmp_path):
    export = ui.controller.export
    chosen = tmp_path / "letters"
    chosen.mkdir()
    store.settings.save_profile(Profile(name="Dana", export_dir=str(chosen)))
    assert export.default_folder() == chosen
    store.settings.save_profile(Profile(name="Dana", export_dir=str(tmp_path / "gone")))
    store.settings.update(last_export_folder=str(tmp_path))
    assert export.default_folder() == tmp_path
    store.settings.update(last_export_folder="")
    assert export.default_folder() in (Path.home() / "Documents", Path.home())


def test_reaction_chart_png(qapp):  # noqa: ANN001
    from PySide6.QtGui import QImage

    from ui.widgets.reaction_chart_png import reaction_chart_png

    started = utc_now()
    call = Call(client=Client("N"), title="t", started_at=started)
    assert reaction_chart_png(call) is None
    call.reactions = [
        Reaction(1, kind, started + timedelta(minutes=i), i * 60000)
        for i, kind in enumerate(ReactionKind)
    ]
    png = reaction_chart_png(call)
    assert png is not None and png.startswith(b"\x89PNG")
    image = QImage.fromData(png)
    assert image.width() >= 1200 and round(image.dotsPerMeterX() * 0.0254) == 200
