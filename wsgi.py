"""The app for a WSGI server of your own (``gunicorn 'wsgi:app'``). On PostgreSQL run
``intake label --follow`` beside it, as ``intake serve`` does, to label what the POSTs store."""

from intake import create_app

app = create_app()
