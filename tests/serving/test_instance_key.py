"""One secret key for every worker and restart, even when ``INTAKE_SECRET_KEY`` is not set.

Receipt links, staff sessions and CSRF tokens are signed by one worker and checked by whichever
worker takes the next request; a key per process broke them at random under ``scripts/serve``.
"""

from __future__ import annotations

import http.cookiejar
import json
import multiprocessing
import re
import stat
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from intake import create_app
from intake.config import ConfigError, load_settings
from intake.instance_key import KEY_FILE, instance_secret_key
from tests.served import Served, intake_serve
from tests.web.form_token import hidden_fields

pytestmark = pytest.mark.slow

REQUESTS = 20


def test_the_first_start_makes_an_owner_only_key_that_later_starts_reuse(tmp_path: Path) -> None:
    first = instance_secret_key(tmp_path)
    assert len(first) >= 48
    assert stat.S_IMODE((tmp_path / KEY_FILE).stat().st_mode) == 0o600
    assert instance_secret_key(tmp_path) == first
    assert [p.name for p in tmp_path.iterdir()] == [KEY_FILE]  # no scratch file left behind


def _key_in(instance: str) -> str:
    return instance_secret_key(instance)


def test_workers_starting_together_agree_on_one_key(tmp_path: Path) -> None:
    with multiprocessing.get_context("spawn").Pool(6) as pool:
        keys = pool.map(_key_in, [str(tmp_path)] * 12)
    assert len(set(keys)) == 1


def test_a_key_readable_by_others_is_made_owner_only(tmp_path: Path) -> None:
    key = instance_secret_key(tmp_path)
    (tmp_path / KEY_FILE).chmod(0o644)
    assert instance_secret_key(tmp_path) == key
    assert stat.S_IMODE((tmp_path / KEY_FILE).stat().st_mode) == 0o600


def test_an_empty_key_file_stops_the_start_with_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / KEY_FILE).write_text("\n")
    with pytest.raises(ConfigError, match="delete it to make a new one"):
        load_settings(tmp_path, environ={})


def test_the_environment_key_wins_and_writes_no_file(tmp_path: Path) -> None:
    settings = load_settings(tmp_path, environ={"INTAKE_SECRET_KEY": "x" * 40})
    assert settings.secret_key == "x" * 40
    assert not (tmp_path / KEY_FILE).exists()


def test_two_apps_on_one_instance_sign_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTAKE_INSTANCE_PATH", str(tmp_path))
    monkeypatch.delenv("INTAKE_SECRET_KEY", raising=False)
    one, two = create_app(), create_app()
    assert one.secret_key == two.secret_key == (tmp_path / KEY_FILE).read_text().strip()


def _no_redirects() -> urllib.request.OpenerDirector:
    class Keep(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: object, **kwargs: object) -> None:
            return None

    return urllib.request.build_opener(Keep())


def _open_item(served: Served) -> str:
    staff = served.cli("token", "create", "--role", "staff", "--name", "clerk").strip()
    staff = staff.splitlines()[-1]
    request = urllib.request.Request(
        served.url + "/api/v1/agenda-items",
        data=json.dumps({"id": "KEY-1", "title": "Branch library"}).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {staff}"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 201
    return staff


def _receipt_link(served: Served) -> str:
    with urllib.request.urlopen(served.url + "/items/KEY-1/comment", timeout=10) as page:
        hidden = hidden_fields(page.read().decode())
    fields = {"body": "Please fund the branch library.", "position": "support", "name": "Ana Ruiz"}
    form = urllib.parse.urlencode({**hidden, **fields})
    try:
        _no_redirects().open(served.url + "/items/KEY-1/comment", data=form.encode(), timeout=10)
    except urllib.error.HTTPError as exc:
        assert exc.code == 303, exc.read()[:500]
        return str(exc.headers["Location"])
    raise AssertionError("the form did not redirect to a receipt")


def _status(opener: urllib.request.OpenerDirector, url: str, data: bytes | None = None) -> int:
    try:
        with opener.open(url, data=data, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return exc.code


@pytest.mark.slow
def test_receipts_and_staff_sessions_hold_across_the_workers_of_scripts_serve(
    tmp_path: Path,
) -> None:
    with intake_serve(tmp_path / "instance", "--workers", "2") as served:
        staff = _open_item(served)
        link = served.url + _receipt_link(served)
        plain = urllib.request.build_opener()
        assert [_status(plain, link) for _ in range(REQUESTS)] == [200] * REQUESTS

        jar = http.cookiejar.CookieJar()
        browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        with browser.open(served.url + "/staff/sign-in", timeout=10) as page:
            html = page.read().decode()
        match = re.search(r'name="csrf_token" value="([^"]+)"', html)
        assert match
        form = urllib.parse.urlencode({"csrf_token": match[1], "next": "", "token": staff})
        assert _status(browser, served.url + "/staff/sign-in", form.encode()) == 200
        assert [_status(browser, served.url + "/staff") for _ in range(REQUESTS)] == [
            200
        ] * REQUESTS
