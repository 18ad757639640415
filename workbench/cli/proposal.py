"""``workbench proposal list|export``: the proposals' newest versions, or one version as a
PDF or Word document in the proposal's language."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.cli.common import (
    database_option,
    database_path,
    in_user_language,
    positive_int,
    qt_application,
)

if TYPE_CHECKING:
    from workbench.cli.common import Commands
    from workbench.store.database import Store

PROPOSAL_STATUSES = ("draft", "sent", "accepted", "rejected", "expired")
EXPORT_FORMATS = ("pdf", "docx")


def add_parser(commands: Commands) -> None:
    common = database_option()
    proposal = commands.add_parser(
        "proposal",
        parents=[common],
        help="list proposals or export one to PDF or Word",
        description="List the proposals (their newest versions) or export one version "
        "as a PDF or a Word document, written in the proposal's language.",
    )
    proposal.set_defaults(run=run)
    actions = proposal.add_subparsers(dest="proposal_command", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list",
        parents=[common],
        help="list the proposals, newest edits first",
        description="List each proposal's newest version: id, version, title, account, "
        "status, total (taxes included), valid-until date and last edit.",
    )
    listing.add_argument("--account", metavar="NAME", help="only this account's proposals")
    listing.add_argument(
        "--status",
        action="append",
        choices=PROPOSAL_STATUSES,
        help="only proposals whose newest version has this status (repeatable)",
    )
    listing.add_argument("--json", action="store_true", help="a JSON array instead of a table")
    export = actions.add_parser(
        "export",
        parents=[common],
        help="write one proposal to a PDF or DOCX file",
        description="Write a proposal version (the newest unless --version) to a PDF or "
        "DOCX file in the client's language: sections, line items and totals, the phased "
        "plan and the ROI analysis with their charts. Exit 2 for an unknown proposal or "
        "version or a missing database.",
    )
    export.add_argument("id", type=positive_int, metavar="ID", help="the proposal's id")
    export.add_argument("--version", type=positive_int, metavar="N", help="version number")
    export.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        help="pdf or docx (default: from the output file's extension)",
    )
    export.add_argument("-o", "--output", required=True, metavar="FILE", type=Path)


def run(args: argparse.Namespace) -> int:
    from workbench.cli.store import open_for_command
    from workbench.services.accounts import AccountNameRefused

    db = database_path(args)
    command = f"workbench proposal {args.proposal_command}"
    if not db.exists():
        print(f"{command}: {db} does not exist", file=sys.stderr)
        return 2
    kind = ""
    if args.proposal_command == "export":
        kind = args.format or args.output.suffix.lower().lstrip(".")
        if kind not in EXPORT_FORMATS:
            print(
                f"{command}: say --format pdf or --format docx (or name the file .pdf or .docx)",
                file=sys.stderr,
            )
            return 2
    store = open_for_command(db, command)
    try:
        if args.proposal_command == "list":
            return _proposal_list(store, args)
        return _proposal_export(store, args, kind, command)
    except AccountNameRefused as exc:
        print(f"{command}: {in_user_language(exc)}", file=sys.stderr)
        return 2
    finally:
        store.close()


def _proposal_list(store: Store, args: argparse.Namespace) -> int:
    import json

    from workbench.cli.store import find_account
    from workbench.domain.enums import ProposalStatus
    from workbench.services.proposals import list_proposals

    account_id = find_account(store, args.account) if args.account else None
    statuses = [ProposalStatus(s) for s in args.status] if args.status else None
    with store.session() as session:
        rows = list_proposals(session, account_id=account_id, statuses=statuses)
    if args.json:
        records = [
            {
                "id": row.proposal_id,
                "version": row.number,
                "title": row.title,
                "account": row.account_name,
                "status": row.status.value,
                "currency": row.currency,
                "total": str(row.total),
                "valid_until": row.valid_until.isoformat() if row.valid_until else None,
                "last_edited": row.updated_at.isoformat(),
            }
            for row in rows
        ]
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return 0
    print(
        f"{'ID':>5}  {'VER':>3}  {'STATUS':<8}  {'TOTAL':>18}  {'VALID UNTIL':<11}  "
        f"{'ACCOUNT':<32}  TITLE"
    )
    for row in rows:
        total = f"{row.total:,} {row.currency}"
        valid = row.valid_until.isoformat() if row.valid_until else "-"
        account = row.account_name if len(row.account_name) <= 32 else row.account_name[:31] + "…"
        print(
            f"{row.proposal_id:>5}  {'v' + str(row.number):>3}  {row.status.value:<8}  "
            f"{total:>18}  {valid:<11}  {account:<32}  {row.title}"
        )
    print(f"{len(rows)} proposals")
    return 0


def _proposal_export(store: Store, args: argparse.Namespace, kind: str, command: str) -> int:
    from workbench.services.proposal_document import ProposalNotFound, load_document

    try:
        document = load_document(store, args.id, args.version)
    except ProposalNotFound as exc:
        print(f"{command}: {exc}", file=sys.stderr)
        return 2
    from workbench.charts.proposal_images import render_charts

    charts = render_charts(document)
    try:
        if kind == "pdf":
            qt_application()  # Qt lays text out only inside a GUI application
            from workbench.ui.reports.proposal_html import export_pdf

            pages = export_pdf(document, args.output, charts)
            written = f"{pages} pages"
        else:
            from workbench.io.proposal_docx import export_docx

            export_docx(document, args.output, charts)
            written = "DOCX"
    except OSError as exc:
        # Name the file at fault: it may be one the export reads, not the one it writes.
        culprit = (
            f" ({exc.filename})" if exc.filename and str(exc.filename) != str(args.output) else ""
        )
        print(
            f"{command}: cannot write {args.output}: {exc.strerror or exc}{culprit}",
            file=sys.stderr,
        )
        return 1
    print(f"wrote {args.output} ({written}, v{document.version}, {document.language})")
    return 0
