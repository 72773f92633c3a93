from datetime import date, timedelta

from tests.ui.review.conftest import add_call, add_note, add_step, unnamed
from ui.screenshots import screenshot_steps


def test_screenshot_steps_render_every_review_screen(store, qtbot):
    call = add_call(store, "Acme", "Release slips", follow_up_on=date.today())
    add_note(store, call, "Release slips by two weeks")
    add_step(store, call, "send the plan", date.today() - timedelta(days=2))
    steps = screenshot_steps(store)
    assert [name for name, _ in steps] == [
        "review-history-search",
        "review-client",
        "review-board",
    ]
    for _, widget in steps:
        qtbot.addWidget(widget)
        assert (widget.width(), widget.height()) == (1100, 720)
        assert not widget.grab().isNull()
        assert unnamed(widget) == []
    history = steps[0][1]
    assert history.search.model.rowCount() >= 1  # the sample query finds the latest call
    assert not history.banner.isHidden()
