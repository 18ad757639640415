"""Country names as import files write them, and each country's currency and main zone."""

from __future__ import annotations

from importlib import resources
from zoneinfo import ZoneInfo

import pytest

from workbench.domain import countries
from workbench.domain.countries import country_code, currency_of, time_zone_of
from workbench.services.sample_vocabulary import COUNTRIES


def _tab(name: str) -> list[list[str]]:
    text = (resources.files("tzdata.zoneinfo") / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


ISO3166 = {row[0]: row[1] for row in _tab("iso3166.tab")}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("US", "US"),
        ("USA", "US"),
        ("United States", "US"),
        ("Estados Unidos", "US"),
        ("España", "ES"),
        ("Spain", "ES"),
        ("ES", "ES"),
        ("Deutschland", "DE"),
        ("United Kingdom", "GB"),
        ("UK", "GB"),
        ("Great Britain", "GB"),
        ("México", "MX"),
        ("Mexico", "MX"),
    ],
)
def test_the_ways_import_files_name_countries(text: str, code: str) -> None:
    assert country_code(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("es", "ES"),
        ("gbr", "GB"),
        ("Deu", "DE"),
        ("FRA", "FR"),
        ("MEX", "MX"),
        ("ESPANA", "ES"),
        ("espana", "ES"),
        ("  Spain\u3000", "ES"),
        ("\u00a0México\u00a0", "MX"),
        ("the Netherlands", "NL"),
        ("The United States", "US"),
        ("U.S.A.", "US"),
        ("EE. UU.", "US"),
        ("EEUU", "US"),
        ("Ｓｐａｉｎ", "ES"),  # full-width letters
        ("Côte d’Ivoire", "CI"),
        ("Cote d'Ivoire", "CI"),
        ("Bosnia and Herzegovina", "BA"),
        ("Bosnia & Herzegovina", "BA"),
        ("Saint Lucia", "LC"),
        ("St. Lucia", "LC"),
        ("Österreich", "AT"),
        ("Großbritannien", "GB"),
        ("Royaume-Uni", "GB"),
        ("Países Bajos", "NL"),
        ("Suíça", "CH"),
        ("Stati Uniti d'America", "US"),
        ("Korea, Republic of", "KR"),
        ("South Korea", "KR"),
        ("North Korea", "KP"),
        ("Britain", "GB"),
        ("Myanmar", "MM"),
        ("Burma", "MM"),
        ("Cocos Islands", "CC"),
        ("Türkiye", "TR"),
        ("Czechia", "CZ"),
        ("Russian Federation", "RU"),
        ("EL", "GR"),
    ],
)
def test_matching_ignores_case_accents_punctuation_white_space_and_a_leading_the(
    text: str, code: str
) -> None:
    assert country_code(text) == code


@pytest.mark.parametrize(
    "text", ["XX", "", "   ", ".", "the", "Virgin Islands", "Narnia", "ES-ES", "EU", "1234"]
)
def test_unknown_or_ambiguous_text_is_no_country(text: str) -> None:
    assert country_code(text) is None


def test_every_iso3166_code_and_english_name_names_its_country() -> None:
    assert len(ISO3166) == 249
    for code, name in ISO3166.items():
        assert country_code(code) == code
        assert country_code(code.lower()) == code
        assert country_code(name) == code, name


def test_alpha3_table_covers_exactly_the_iso3166_codes_without_repeats() -> None:
    assert set(countries._ALPHA3) == set(ISO3166)
    assert len(set(countries._ALPHA3.values())) == len(countries._ALPHA3)
    for code, alpha3 in countries._ALPHA3.items():
        assert country_code(alpha3) == code


def test_other_names_never_contradict_iso3166_names_or_each_other() -> None:
    english = {countries._fold(name): code for code, name in ISO3166.items()}
    seen: dict[str, str] = {}
    for code, names in countries._OTHER_NAMES.items():
        assert code in ISO3166
        for name in names.split("|"):
            key = countries._fold(name)
            assert key, name
            assert english.get(key, code) == code, name
            assert seen.setdefault(key, code) == code, name
            assert len(key) > 3 or key in {"eua", "eau", "uae", "ksa", "prc"}, name  # no codes


def test_every_country_but_antarctica_has_a_currency() -> None:
    assert set(countries._CURRENCY) <= set(ISO3166)
    assert set(ISO3166) - set(countries._CURRENCY) == {"AQ"}
    for currency in countries._CURRENCY.values():
        assert len(currency) == 3 and currency.isascii() and currency.isupper()


@pytest.mark.parametrize(
    ("code", "currency"),
    [
        ("ES", "EUR"),
        ("de", "EUR"),
        ("HR", "EUR"),
        ("BG", "EUR"),
        ("GB", "GBP"),
        ("CH", "CHF"),
        ("SE", "SEK"),
        ("PL", "PLN"),
        ("US", "USD"),
        ("EC", "USD"),
        ("MX", "MXN"),
        ("BR", "BRL"),
        ("JP", "JPY"),
        ("CN", "CNY"),
        ("IN", "INR"),
        ("AU", "AUD"),
        ("AE", "AED"),
        ("SA", "SAR"),
        ("ZA", "ZAR"),
        ("SN", "XOF"),
        ("CM", "XAF"),
    ],
)
def test_currency_of_a_country(code: str, currency: str) -> None:
    assert currency_of(code) == currency


def test_eurozone_members_use_the_euro() -> None:
    # fmt: off
    eurozone = ("AT", "BE", "BG", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT",
                "LT", "LU", "LV", "MT", "NL", "PT", "SI", "SK")
    # fmt: on
    assert {code: currency_of(code) for code in eurozone} == dict.fromkeys(eurozone, "EUR")


def test_unknown_codes_have_no_currency_or_zone() -> None:
    for code in ("XX", "", "ESP", "AQ"):
        assert currency_of(code) is None
    for code in ("XX", "", "ESP", "BV"):
        assert time_zone_of(code) is None


@pytest.mark.parametrize(
    ("code", "zone"),
    [
        ("US", "America/New_York"),
        ("ES", "Europe/Madrid"),
        ("au", "Australia/Sydney"),
        ("BR", "America/Sao_Paulo"),
        ("CA", "America/Toronto"),
        ("RU", "Europe/Moscow"),
        ("UA", "Europe/Kyiv"),
        ("MX", "America/Mexico_City"),
        ("AR", "America/Argentina/Buenos_Aires"),
        ("CN", "Asia/Shanghai"),
        ("ID", "Asia/Jakarta"),
        ("KZ", "Asia/Almaty"),
        ("UZ", "Asia/Tashkent"),
        ("GB", "Europe/London"),
        ("JP", "Asia/Tokyo"),
    ],
)
def test_main_time_zone_of_a_country(code: str, zone: str) -> None:
    assert time_zone_of(code) == zone


def test_every_country_with_a_zone_in_zone_tab_gets_one_that_loads() -> None:
    listed = {row[0] for row in _tab("zone.tab")}
    for code in ISO3166:
        zone = time_zone_of(code)
        assert (zone is not None) == (code in listed), code
        if zone is not None:
            ZoneInfo(zone)
    for zone in countries._MAIN_ZONE.values():
        ZoneInfo(zone)


def test_corrected_zones_are_zones_of_that_country() -> None:
    zones_of: dict[str, set[str]] = {}
    for row in _tab("zone.tab"):
        zones_of.setdefault(row[0], set()).add(row[2])
    for code, zone in countries._MAIN_ZONE.items():
        assert zone in zones_of[code], (code, zone)


def test_every_sample_portfolio_country_gets_its_currency_and_first_zone() -> None:
    first_zone: dict[str, str] = {}
    for country in COUNTRIES:
        first_zone.setdefault(country.code, country.time_zone)
        assert currency_of(country.code) == country.currency
    for code, zone in first_zone.items():
        assert time_zone_of(code) == zone


def test_without_tzdata_codes_and_table_names_still_match(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(countries, "_tzdata_rows", lambda name: ())
    for cached in (countries._names, countries._first_zones):
        cached.cache_clear()
    try:
        assert country_code("España") == "ES"
        assert country_code("ESP") == "ES"
        assert country_code("es") == "ES"
        assert country_code("Zambia") is None  # iso3166.tab's English names are gone
        assert time_zone_of("AU") == "Australia/Sydney"
        assert time_zone_of("JP") is None
    finally:
        monkeypatch.undo()
        for cached in (countries._names, countries._first_zones):
            cached.cache_clear()
