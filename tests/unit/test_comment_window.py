"""``CommentWindow``: the one rule for whether an item takes comments (issue 16's tidy).

The POST's refusal, the public form's notice and an item's ``accepting_comments`` all read
:meth:`CommentWindow.state`; a window opens at ``opens`` (included) and closes at ``closes``
(excluded), and a missing time leaves that side unbounded.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from intake.errors import CommentWindowClosed
from intake.services.items import CommentWindow

OPENS = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
CLOSES = datetime(2026, 12, 3, 17, 0, tzinfo=UTC)
TICK = timedelta(microseconds=1)


@pytest.mark.parametrize(
    ("opens", "closes", "now", "state"),
    [
        (OPENS, CLOSES, OPENS - TICK, "not_yet"),
        (OPENS, CLOSES, OPENS, "open"),
        (OPENS, CLOSES, CLOSES - TICK, "open"),
        (OPENS, CLOSES, CLOSES, "closed"),
        (None, None, CLOSES, "open"),
        (None, CLOSES, OPENS - timedelta(days=365), "open"),
        (OPENS, None, CLOSES + timedelta(days=365), "open"),
    ],
)
def test_state_accepting_and_refusal_agree(
    opens: datetime | None, closes: datetime | None, now: datetime, state: str
) -> None:
    window = CommentWindow("2026-00837", opens, closes)
    assert window.state(now) == state
    assert window.accepting(now) is (state == "open")
    refusal = window.refusal(now)
    assert (refusal is None) is (state == "open")


def test_a_refusal_says_when_the_window_opens_or_closed() -> None:
    window = CommentWindow("2026-00837", OPENS, CLOSES)
    early, late = window.refusal(OPENS - TICK), window.refusal(CLOSES)
    assert isinstance(early, CommentWindowClosed) and isinstance(late, CommentWindowClosed)
    assert str(early) == "Comments on 2026-00837 open at 2026-12-01T09:00:00+00:00."
    assert str(late) == "Comments on 2026-00837 closed at 2026-12-03T17:00:00+00:00."
