"""Our product and service catalog, from which proposal lines are quoted."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from workbench.domain.validation import (
    QT_TRANSLATE_NOOP,
    Problem,
    ValidationError,
    blank_to_none,
    check_currency,
    check_not_negative,
    check_range,
    check_required,
    check_scale,
)
from workbench.services.changes import ChangeSet
from workbench.store.errors import integrity_problem
from workbench.store.models import Product

#: What a change to the catalogue writes to (the proposal editor offers its products).
CHANGES = ChangeSet.of("products")


@dataclass(frozen=True)
class ProductDraft:
    code: str
    name: str
    unit_price: Decimal
    currency: str
    unit: str = "unit"
    tax_rate: Decimal = Decimal(0)
    description: str = ""


@dataclass(frozen=True)
class ProductRow:
    id: int
    draft: ProductDraft
    retired: bool


def list_products(
    session: Session, *, currency: str | None = None, include_retired: bool = False
) -> list[ProductRow]:
    query = select(Product).order_by(Product.name)
    if currency is not None:
        query = query.where(Product.currency == currency)
    if not include_retired:
        query = query.where(Product.retired.is_(False))
    return [
        ProductRow(
            p.id,
            ProductDraft(
                p.code, p.name, p.unit_price, p.currency, p.unit, p.tax_rate, p.description or ""
            ),
            p.retired,
        )
        for p in session.scalars(query)
    ]


def product_problems(draft: ProductDraft) -> list[Problem]:
    problems: list[Problem] = []
    check_required(problems, "code", draft.code)
    check_required(problems, "name", draft.name)
    check_currency(problems, "currency", draft.currency)
    check_not_negative(problems, "unit_price", draft.unit_price)
    check_scale(problems, "unit_price", draft.unit_price)
    check_range(problems, "tax_rate", draft.tax_rate, 0, 100)
    return problems


def save_product(
    session: Session, draft: ProductDraft, product_id: int | None = None
) -> tuple[int, ChangeSet]:
    """Add a product, or change one; a code already used is refused."""
    problems = product_problems(draft)
    if problems:
        raise ValidationError(problems)
    product = Product() if product_id is None else session.get_one(Product, product_id)
    product.code, product.name = draft.code.strip(), draft.name.strip()
    product.unit_price, product.currency = draft.unit_price, draft.currency
    product.unit, product.tax_rate = draft.unit.strip() or "unit", draft.tax_rate
    product.description = blank_to_none(draft.description)
    try:
        with session.begin_nested():
            session.add(product)
            session.flush()
    except IntegrityError as error:
        problem = integrity_problem(error)
        if "code" in str(error.orig):
            problem = Problem(
                "code", QT_TRANSLATE_NOOP("validation", "Another product already has this code.")
            )
        raise ValidationError([problem]) from error
    return product.id, CHANGES


def set_retired(session: Session, product_id: int, retired: bool) -> tuple[None, ChangeSet]:
    """A retired product stays on the proposals that quote it but is no longer offered."""
    session.get_one(Product, product_id).retired = retired
    session.flush()
    return None, CHANGES
