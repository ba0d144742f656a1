"""The app for a WSGI server of your own (``gunicorn 'wsgi:app'``; without ``--preload``, so each
worker builds its own app and starts its own labeller thread, as ``intake serve`` does)."""

from intake import create_app
from intake.wiring import start_labeller

app = create_app()
start_labeller(app)
