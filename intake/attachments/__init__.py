"""Files a comment carries (letters as PDF, DOCX or plain text): checked, read and stored.

``detect`` names a file's type from its bytes alone; ``extract`` reads its text in a bounded
child process (``worker``); ``intake`` turns a request's uploads into :class:`ReceivedAttachment`
values before any transaction begins, so a slow or hostile file never holds a database lock.
"""
