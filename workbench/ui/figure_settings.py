"""The database's settings as the window reads and changes them: read when a screen needs
them (a handful of rows), changed through :class:`~workbench.ui.operations.Operations`
as one undoable change recorded in the field history, and adopted from the QSettings of
an older version when a database is opened (:func:`adopt_retired_settings`).

The typed settings, their checks and their storage are in
:mod:`workbench.services.settings`; the dialogs that edit them are the Dashboard's
settings, the Incidents' targets and the off-laptop backup folder.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from workbench.domain.enums import ChangeSource
from workbench.services.changes import ChangeSet
from workbench.services.settings import Settings, adopt_settings, load_settings, save_settings
from workbench.store.authorship import default_author
from workbench.ui.context import AppContext
from workbench.ui.operations import Operations, Undo
from workbench.ui.preferences import retired_settings
from workbench.ui.tasks import TaskHandle

if TYPE_CHECKING:  # the services' argument; the window never makes one itself
    from workbench.store.database import Store
    from workbench.ui.operations import Session

log = logging.getLogger(__name__)


def current_settings(context: AppContext) -> Settings:
    """The open database's settings (the defaults while none is open)."""
    found = Operations(context).read_now(load_settings)
    return found if found is not None else Settings()


def change_settings(
    context: AppContext,
    settings: Settings,
    text: str,
    *,
    on_done: Callable[[Settings], None] | None = None,
) -> TaskHandle | None:
    """Store *settings* as one change on the undo stack, named *text* in the Edit menu.

    Check them first (:func:`~workbench.services.settings.check_settings`): a refused value
    found here is reported as a failure, after nothing was written."""
    store = context.workspace.store
    if store is None:
        return None
    before = current_settings(context)
    return Operations(context).change(
        partial(_save, store, settings),
        on_done=on_done,
        undo=Undo(text, lambda session: _save(store, before, session)[1]),
    )


def _save(store: Store, settings: Settings, session: Session) -> tuple[Settings, ChangeSet]:
    previous = load_settings(session).author
    saved, changes = save_settings(session, settings)
    if saved.author != previous:
        # The store stamps its writes with the author it read once: it follows the setting.
        store.author = saved.author or default_author()
    return saved, changes


def adopt_retired_settings(context: AppContext, *, then: Callable[[], None]) -> None:
    """Copy into the open database the settings an older version kept in the window's
    QSettings that it does not hold yet (one change, from the system), remove them there,
    and *then* go on; straight on when there is nothing to adopt."""
    store = context.workspace.store
    found, sources = retired_settings(context.settings)
    if store is None or store.upgraded_from is not None or not found:
        then()  # an older database opened read-only keeps nothing
        return

    def adopted(keys: frozenset[str]) -> None:
        for key in keys:
            for source in sources[key]:
                context.settings.remove(source)
        log.info("settings adopted from the window's preferences: %s", ", ".join(sorted(keys)))
        then()

    def failed(error: Exception) -> None:
        log.warning("settings not adopted from the window's preferences: %s", error)
        then()

    Operations(context).change(
        lambda session: adopt_settings(session, found),
        source=ChangeSource.SYSTEM,
        on_done=adopted,
        on_failed=failed,
    )
