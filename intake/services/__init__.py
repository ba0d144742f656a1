"""Services: the decisions, over a session passed in.

They never see ``request`` and never commit; the caller owns the transaction.
"""
