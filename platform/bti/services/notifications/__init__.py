"""Notifications through an outbox (DESIGN.md, «Going live and growing»: «Notifications go
through an outbox table written in the same transaction as the action, and a worker sends
them»).

An action that should tell someone calls :func:`queue` inside its own transaction: the row is
committed with the action or not at all, and a failed send later never undoes the action.
Nothing queued names a child, a guardian or a concern; the message is composed when it is
sent, from the kind, a neutral reference and a link.
"""

from bti.services.notifications.outbox import queue, tell, tell_case_people

__all__ = ["queue", "tell", "tell_case_people"]
