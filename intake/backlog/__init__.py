"""Backlog import: an old system's comments brought in and labelled as live intake labels them.

A city adopting intake already holds comments in its previous eComment system, and a docket can
hold millions, so the file is read as a stream (one row at a time, never the whole file) and
stored in chunks the caller commits one by one.

Every row is checked with the wire schema (:class:`schemas.comments.CommentCreateSchema`) and
the configured body length, so an import accepts exactly what the API accepts; ``received_at``
comes from the file (the comments are historical), read as ISO 8601 and taken as UTC when it has
no offset. A rejected row is reported with its line number and the rest goes on.

Each row gets a stable **import key**, unique per item (``comments.import_key``): the hash of the
row's own identifier when the file has one (column ``id``, ``external_id`` or ``comment_id``),
else the hash of its content with its ``received_at`` from the file, else (no timestamp column)
of its content with its line number. Rows whose key is stored already are skipped, which makes
re-running an import a no-op and an interrupted import resume where its last committed chunk
ended. Two rows with the same content and timestamp and no identifier are taken as one row
exported twice (old exports repeat rows across page boundaries); without a timestamp, only their
place tells two identical rows apart, so both are imported.

The file's order is the arrival order: rows are stored and labelled in it, a chunk at a time,
by :meth:`CommentService.store_backlog`: the same rows and the same labeller as every other way
in, so an import labels exactly as the same comments posted
one by one in that order would be. The file is not re-sorted by ``received_at``: that would need
the whole file in memory, and exports from eComment systems are chronological already; sort a
file that is not before importing it. Imported comments carry ``source`` ``import:<file name>``
and no client key, like a token holder's posts, so velocity and burst signals count only
per-person repeats, measured on each comment's own ``received_at``.

The package has three parts: :mod:`~intake.backlog.reading` (the file, streamed as validated
rows), :mod:`~intake.backlog.storing` (rows stored through the one write path,
:meth:`CommentService.store_backlog`) and :mod:`~intake.backlog.command` (``intake import``:
the run, chunk by chunk through :func:`intake.chunked.run_in_chunks`, and its summary). The JSON
Lines *export* lives with the other exports (:mod:`intake.services.export`).
"""
