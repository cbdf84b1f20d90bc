"""Administering a municipality's organisation: units, staff accounts, their roles.

The parts:

* :mod:`.people` — the rules every staff account obeys, whoever sets it up (usernames,
  e-mail addresses, the provider's claim value, roles by name);
* :mod:`.setup` — ``bti admin create-user`` and ``bti admin list-users``: an account made
  on the server, the first administrator of a fresh database among them, and the list of
  accounts, page by page.

Every change and every read of the staff is audited with the purpose
``AuditPurpose.ADMINISTRATION``.
"""

from bti.services.administration.setup import CreatedUser as CreatedUser
from bti.services.administration.setup import UserPage as UserPage
from bti.services.administration.setup import UserRow as UserRow
from bti.services.administration.setup import create_user as create_user
from bti.services.administration.setup import list_users as list_users
