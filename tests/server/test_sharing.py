"""An account shared beside its owner — with a manager who works it too, or the assistant
it is assigned to — reaches their laptops and leaves when unshared; only its owner (or a
director) shares it. Real PostgreSQL, the server as a process, the commands as typed."""

from __future__ import annotations

from pathlib import Path

from tests.server.conftest import RunningServer, workbench
from tests.server.laptops import (
    add_account,
    add_user,
    edit,
    new_colleague,
    new_laptop,
    read_account,
    sync,
)
from workbench.store.database import open_store

OWNER, COLLEAGUE, ASSISTANT = "Jorge Ruiz", "Marta Sanz", "Lucia Mora"


def _share(db: Path, *arguments: str) -> tuple[int, str]:
    done = workbench("share", "Hotel Sol", *arguments, "--db", str(db))
    return done.returncode, done.stdout + done.stderr


def test_a_shared_account_reaches_the_colleague_and_leaves_when_unshared(
    server: RunningServer, tmp_path: Path
) -> None:
    add_user(server, OWNER, "manager")
    add_user(server, COLLEAGUE, "manager")
    add_user(server, ASSISTANT, "assistant")
    director = new_laptop(tmp_path / "director.sqlite")
    add_account(director, "Hotel Sol", owner=OWNER)
    store = open_store(director)
    with store.transaction() as session:
        new_colleague(session, COLLEAGUE)
        new_colleague(session, ASSISTANT)
    store.close()
    sync(director, server)
    jorge = new_laptop(tmp_path / "jorge.sqlite")
    marta = new_laptop(tmp_path / "marta.sqlite")
    lucia = new_laptop(tmp_path / "lucia.sqlite")
    for laptop, user in ((jorge, OWNER), (marta, COLLEAGUE), (lucia, ASSISTANT)):
        sync(laptop, server, user)
    assert read_account(marta, "Hotel Sol") is None and read_account(lucia, "Hotel Sol") is None

    # Bad requests are refused with a reason, and nothing is stored.
    assert _share(jorge, "--with", OWNER) == (2, f"workbench share: {OWNER} owns Hotel Sol: "
                                              "it is theirs already\n")  # fmt: skip
    code, said = _share(jorge, "--with", "Nadie")
    assert code == 2 and "no colleague is called 'Nadie'" in said
    assert _share(jorge) == (0, "shared with nobody\n")

    assert _share(jorge, "--with", COLLEAGUE) == (0, f"shared with {COLLEAGUE}\n")
    again = COLLEAGUE.upper()
    assert _share(jorge, "--with", again) == (0, f"already shared with {again}\n")
    sync(jorge, server, OWNER)
    sync(marta, server, COLLEAGUE)
    reached = read_account(marta, "Hotel Sol")
    assert reached is not None and reached["contacts"] == ["ana@x.es"]
    # Marta works it too: her edit reaches its owner.
    edit(marta, "Hotel Sol", description="Marta's visit")
    sync(marta, server, COLLEAGUE)
    sync(jorge, server, OWNER)
    assert (read_account(jorge, "Hotel Sol") or {})["description"] == "Marta's visit"

    # She may not pass it on: only its owner or a director shares it.
    assert _share(marta, "--with", ASSISTANT)[0] == 0
    assert "refused, not yours on the team" in sync(marta, server, COLLEAGUE)
    sync(lucia, server, ASSISTANT)
    assert read_account(lucia, "Hotel Sol") is None

    # Assigned to the assistant by its owner, it reaches her; unshared, it leaves Marta.
    assert _share(jorge, "--with", ASSISTANT)[0] == 0
    assert _share(jorge, "--stop", COLLEAGUE) == (0, f"no longer shared with {COLLEAGUE}\n")
    sync(jorge, server, OWNER)
    sync(lucia, server, ASSISTANT)
    sync(marta, server, COLLEAGUE)
    assert read_account(lucia, "Hotel Sol") is not None
    assert read_account(marta, "Hotel Sol") is None
    assert read_account(jorge, "Hotel Sol") is not None
    assert _share(jorge) == (0, f"{ASSISTANT}\n")
    assert _share(lucia) == (0, f"{ASSISTANT}\n")
