"""Which country an import file means, and that country's currency and time zone.

Files name countries every which way: ``ES``, ``ESP``, ``Spain``, ``España``,
``Espagne``, ``the Netherlands``, ``EE. UU.``, ``U.K.``. :func:`country_code` folds
the text (case, accents, punctuation, any Unicode white space, a leading "the")
and looks it up among the ISO 3166 alpha-2 and alpha-3 codes, the English names
of tzdata's ``iso3166.tab`` and a table of other names: Spanish, French, German,
Italian and Portuguese names of the countries customers are in, ISO's
English names (what CRMs export) and common aliases. Ambiguous text ("Virgin
Islands") and unknown text give ``None``: a wrong country is worse than none.
"Congo" is the Republic of the Congo, as in ISO 3166.

:func:`currency_of` and :func:`time_zone_of` give a new account's defaults. The
zone is the first one tzdata's ``zone.tab`` lists for the country, unless that is
not where most of its business happens (Australia/Lord_Howe, Europe/Kaliningrad,
Europe/Simferopol), which a small table corrects.

If the ``tzdata`` package is missing (a bundle built without it), English names
other than those in the tables are not recognised and only the corrected zones
are known; nothing fails.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources


def _pairs(table: str) -> dict[str, str]:
    """``"AD:AND AE:ARE"`` → ``{"AD": "AND", "AE": "ARE"}``."""
    return dict(pair.split(":", 1) for pair in table.split())


# fmt: off
# Data tables below are laid out as tables, not as the formatter would wrap them.

#: ISO 3166-1 alpha-2 → alpha-3, every officially assigned code.
_ALPHA3 = _pairs("""
AD:AND AE:ARE AF:AFG AG:ATG AI:AIA AL:ALB AM:ARM AO:AGO AQ:ATA AR:ARG AS:ASM AT:AUT AU:AUS
AW:ABW AX:ALA AZ:AZE BA:BIH BB:BRB BD:BGD BE:BEL BF:BFA BG:BGR BH:BHR BI:BDI BJ:BEN BL:BLM
BM:BMU BN:BRN BO:BOL BQ:BES BR:BRA BS:BHS BT:BTN BV:BVT BW:BWA BY:BLR BZ:BLZ CA:CAN CC:CCK
CD:COD CF:CAF CG:COG CH:CHE CI:CIV CK:COK CL:CHL CM:CMR CN:CHN CO:COL CR:CRI CU:CUB CV:CPV
CW:CUW CX:CXR CY:CYP CZ:CZE DE:DEU DJ:DJI DK:DNK DM:DMA DO:DOM DZ:DZA EC:ECU EE:EST EG:EGY
EH:ESH ER:ERI ES:ESP ET:ETH FI:FIN FJ:FJI FK:FLK FM:FSM FO:FRO FR:FRA GA:GAB GB:GBR GD:GRD
GE:GEO GF:GUF GG:GGY GH:GHA GI:GIB GL:GRL GM:GMB GN:GIN GP:GLP GQ:GNQ GR:GRC GS:SGS GT:GTM
GU:GUM GW:GNB GY:GUY HK:HKG HM:HMD HN:HND HR:HRV HT:HTI HU:HUN ID:IDN IE:IRL IL:ISR IM:IMN
IN:IND IO:IOT IQ:IRQ IR:IRN IS:ISL IT:ITA JE:JEY JM:JAM JO:JOR JP:JPN KE:KEN KG:KGZ KH:KHM
KI:KIR KM:COM KN:KNA KP:PRK KR:KOR KW:KWT KY:CYM KZ:KAZ LA:LAO LB:LBN LC:LCA LI:LIE LK:LKA
LR:LBR LS:LSO LT:LTU LU:LUX LV:LVA LY:LBY MA:MAR MC:MCO MD:MDA ME:MNE MF:MAF MG:MDG MH:MHL
MK:MKD ML:MLI MM:MMR MN:MNG MO:MAC MP:MNP MQ:MTQ MR:MRT MS:MSR MT:MLT MU:MUS MV:MDV MW:MWI
MX:MEX MY:MYS MZ:MOZ NA:NAM NC:NCL NE:NER NF:NFK NG:NGA NI:NIC NL:NLD NO:NOR NP:NPL NR:NRU
NU:NIU NZ:NZL OM:OMN PA:PAN PE:PER PF:PYF PG:PNG PH:PHL PK:PAK PL:POL PM:SPM PN:PCN PR:PRI
PS:PSE PT:PRT PW:PLW PY:PRY QA:QAT RE:REU RO:ROU RS:SRB RU:RUS RW:RWA SA:SAU SB:SLB SC:SYC
SD:SDN SE:SWE SG:SGP SH:SHN SI:SVN SJ:SJM SK:SVK SL:SLE SM:SMR SN:SEN SO:SOM SR:SUR SS:SSD
ST:STP SV:SLV SX:SXM SY:SYR SZ:SWZ TC:TCA TD:TCD TF:ATF TG:TGO TH:THA TJ:TJK TK:TKL TL:TLS
TM:TKM TN:TUN TO:TON TR:TUR TT:TTO TV:TUV TW:TWN TZ:TZA UA:UKR UG:UGA UM:UMI US:USA UY:URY
UZ:UZB VA:VAT VC:VCT VE:VEN VG:VGB VI:VIR VN:VNM VU:VUT WF:WLF WS:WSM YE:YEM YT:MYT ZA:ZAF
ZM:ZMB ZW:ZWE
""")

#: Names other than iso3166.tab's: in es/fr/de/it/pt for the countries customers are in,
#: ISO's official English names (CRM exports use them) and common aliases. Separated by "|".
_OTHER_NAMES: dict[str, str] = {
    # Europe
    "ES": "España|Espagne|Spanien|Spagna|Espanha|Reino de España|Kingdom of Spain",
    "PT": "Portogallo|República Portuguesa|Portuguese Republic",
    "FR": "Francia|Frankreich|França|République française|French Republic",
    "DE": "Alemania|Allemagne|Deutschland|Germania|Alemanha|Bundesrepublik Deutschland|"
          "Federal Republic of Germany",
    "IT": "Italia|Italie|Italien|Itália|Repubblica Italiana",
    "GB": "United Kingdom|United Kingdom of Great Britain and Northern Ireland|Great Britain|"
          "England|Scotland|Wales|Northern Ireland|Reino Unido|Gran Bretaña|Inglaterra|Escocia|"
          "Gales|"
          "Royaume-Uni|Grande-Bretagne|Angleterre|Écosse|Vereinigtes Königreich|Großbritannien|"
          "Regno Unito|Gran Bretagna|Inghilterra|Scozia|Grã-Bretanha",
    "IE": "Irlanda|Irlande|Irland|Éire|Republic of Ireland",
    "NL": "Netherlands, Kingdom of the|Holland|Países Bajos|Holanda|Pays-Bas|Hollande|Niederlande|"
          "Paesi Bassi|Olanda|Países Baixos",
    "BE": "Bélgica|Belgique|Belgien|Belgio|België",
    "LU": "Luxemburgo|Luxemburg|Lussemburgo",
    "CH": "Suiza|Suisse|Schweiz|Svizzera|Suíça|Swiss Confederation",
    "AT": "Autriche|Österreich|Oesterreich|Áustria",
    "SE": "Suecia|Suède|Schweden|Svezia|Suécia|Sverige",
    "NO": "Noruega|Norvège|Norwegen|Norvegia|Norge",
    "DK": "Dinamarca|Danemark|Dänemark|Danimarca|Danmark",
    "FI": "Finlandia|Finlande|Finnland|Finlândia|Suomi",
    "IS": "Islandia|Islande|Islanda|Islândia",
    "PL": "Polonia|Pologne|Polen|Polônia|Polónia|Polska",
    "CZ": "Czechia|Chequia|República Checa|Tchéquie|République tchèque|Tschechien|Repubblica Ceca|"
          "Cechia|Chéquia|República Tcheca",
    "SK": "Eslovaquia|Slovaquie|Slowakei|Slovacchia|Eslováquia",
    "SI": "Eslovenia|Slovénie|Slowenien|Eslovénia",
    "HR": "Croacia|Croatie|Kroatien|Croazia|Croácia",
    "HU": "Hungría|Hongrie|Ungarn|Ungheria|Hungria",
    "RO": "Rumania|Rumanía|Roumanie|Rumänien|Roménia|Romênia",
    "BG": "Bulgarie|Bulgarien|Bulgária",
    "GR": "Grecia|Grèce|Griechenland|Grécia|Hellas|Hellenic Republic",
    "CY": "Chipre|Chypre|Zypern|Cipro",
    "MT": "Malte",
    "EE": "Estonie|Estland",
    "LV": "Letonia|Lettonie|Lettland|Lettonia|Letónia",
    "LT": "Lituania|Lituanie|Litauen|Lituânia",
    "RU": "Russian Federation|Rusia|Russie|Russland|Rússia",
    "UA": "Ucrania|Ukraine|Ucraina|Ucrânia",
    "TR": "Türkiye|Turquía|Turquie|Türkei|Turchia|Turquia",
    "MD": "Moldova, Republic of|Republic of Moldova",
    "MK": "Macedonia|Republic of North Macedonia",
    "BA": "Bosnia and Herzegovina|Bosnia",
    "VA": "Holy See|Vatican|Holy See (Vatican City State)",
    # Americas
    "US": "United States of America|Estados Unidos|Estados Unidos de América|EE.UU.|EEUU|EUA|"
          "États-Unis|Vereinigte Staaten|Vereinigte Staaten von Amerika|Stati Uniti|"
          "Stati Uniti d'America",
    "CA": "Canadá|Kanada",
    "MX": "México|Méjico|Mexique|Mexiko|Messico|Estados Unidos Mexicanos",
    "BR": "Brasil|Brésil|Brasilien|Brasile",
    "AR": "Argentine|Argentinien|República Argentina",
    "CO": "Colombie|Kolumbien|Colômbia",
    "CL": "Chili|Cile",
    "PE": "Perú|Pérou",
    "EC": "Équateur|Equador",
    "BO": "Bolivia, Plurinational State of|Bolivie|Bolivien|Bolívia",
    "VE": "Venezuela, Bolivarian Republic of|Vénézuela",
    "UY": "Uruguai",
    "PY": "Paraguai",
    "PA": "Panamá",
    "CR": "Costa Rica",
    "DO": "República Dominicana|République dominicaine|Dominikanische Republik|"
          "Repubblica Dominicana",
    "PR": "Porto Rico",
    # Asia-Pacific, Middle East, Africa
    "CN": "Chine|Cina|República Popular China|People's Republic of China|PRC",
    "JP": "Japón|Japon|Giappone|Japão",
    "KR": "Korea|South Korea|Republic of Korea|Korea, Republic of|Corea del Sur|Corea|Corée du Sud|"
          "Südkorea|Corea del Sud|Coreia do Sul",
    "KP": "North Korea|Korea, Democratic People's Republic of|Corea del Norte",
    "TW": "Taiwán|Taiwan, Province of China",
    "HK": "Hongkong",
    "MO": "Macao",
    "IN": "Inde|Indien",
    "SG": "Singapur|Singapour|Singapura",
    "VN": "Viet Nam",
    "LA": "Lao People's Democratic Republic",
    "MM": "Myanmar|Burma",
    "BN": "Brunei Darussalam",
    "TL": "Timor-Leste",
    "IR": "Iran, Islamic Republic of",
    "SY": "Syrian Arab Republic",
    "PS": "Palestine, State of",
    "FM": "Micronesia, Federated States of",
    "AU": "Australie|Australien",
    "NZ": "Nueva Zelanda|Nouvelle-Zélande|Neuseeland|Nuova Zelanda|Nova Zelândia",
    "AE": "UAE|United Arab Emirates|Emiratos Árabes Unidos|EAU|Émirats arabes unis|"
          "Vereinigte Arabische Emirate|Emirati Arabi Uniti|Emirados Árabes Unidos",
    "SA": "KSA|Kingdom of Saudi Arabia|Arabia Saudita|Arabia Saudí|Arabie saoudite|Saudi-Arabien|"
          "Arábia Saudita",
    "IL": "Israël|Israele",
    "EG": "Egipto|Égypte|Ägypten|Egitto|Egito",
    "MA": "Marruecos|Maroc|Marokko|Marocco|Marrocos",
    "ZA": "Sudáfrica|Afrique du Sud|Südafrika|Sudafrica|África do Sul",
    "CI": "Ivory Coast|Costa de Marfil",
    "CV": "Cabo Verde",
    "CD": "Democratic Republic of the Congo|Congo, The Democratic Republic of the|DR Congo",
    "CG": "Congo|Republic of the Congo",  # ISO's short name; the other Congo is "DR Congo"
    "CF": "Central African Republic",
    "TZ": "Tanzania, United Republic of",
    "SZ": "Eswatini|Swaziland",
    # iso3166.tab's abbreviated or qualified names, said in full
    "AS": "American Samoa",
    "WS": "Samoa",
    "VG": "British Virgin Islands|Virgin Islands, British",
    "VI": "US Virgin Islands|Virgin Islands, U.S.",
    "TC": "Turks and Caicos Islands",
    "UM": "United States Minor Outlying Islands",
    "TF": "French Southern Territories",
    "VC": "Saint Vincent and the Grenadines",
    "MF": "Saint Martin (French part)|Saint Martin",
    "SX": "Sint Maarten (Dutch part)|Sint Maarten",
    "BQ": "Bonaire, Sint Eustatius and Saba|Caribbean Netherlands",
    "SH": "Saint Helena, Ascension and Tristan da Cunha",
    "FK": "Falkland Islands (Malvinas)",
}

#: Codes that are not ISO 3166 but are used for a country: the EU's for Greece and the UK.
_RESERVED_CODES = {"UK": "GB", "EL": "GR"}

#: ISO 4217 currency in use in each country (the euro for the euro area, Bulgaria
#: since 2026, and the territories and microstates that use it).
_CURRENCY = _pairs("""
AT:EUR BE:EUR BG:EUR CY:EUR DE:EUR EE:EUR ES:EUR FI:EUR FR:EUR GR:EUR HR:EUR IE:EUR IT:EUR
LT:EUR LU:EUR LV:EUR MT:EUR NL:EUR PT:EUR SI:EUR SK:EUR AD:EUR MC:EUR SM:EUR VA:EUR ME:EUR
AX:EUR GF:EUR GP:EUR MQ:EUR RE:EUR YT:EUR PM:EUR BL:EUR MF:EUR TF:EUR
CZ:CZK DK:DKK HU:HUF PL:PLN RO:RON SE:SEK FO:DKK GL:DKK
GB:GBP GG:GBP JE:GBP IM:GBP GS:GBP GI:GIP CH:CHF LI:CHF NO:NOK SJ:NOK BV:NOK IS:ISK
RS:RSD BA:BAM MK:MKD AL:ALL MD:MDL UA:UAH BY:BYN RU:RUB TR:TRY GE:GEL AM:AMD AZ:AZN
US:USD CA:CAD MX:MXN GT:GTQ BZ:BZD SV:USD HN:HNL NI:NIO CR:CRC PA:USD CU:CUP DO:DOP HT:HTG
JM:JMD BS:BSD BB:BBD TT:TTD BM:BMD KY:KYD AW:AWG CW:XCG SX:XCG BQ:USD PR:USD VI:USD VG:USD
TC:USD AG:XCD DM:XCD GD:XCD KN:XCD LC:XCD VC:XCD AI:XCD MS:XCD
CO:COP VE:VES EC:USD PE:PEN BO:BOB CL:CLP AR:ARS UY:UYU PY:PYG BR:BRL GY:GYD SR:SRD FK:FKP
CN:CNY JP:JPY KR:KRW KP:KPW TW:TWD HK:HKD MO:MOP MN:MNT IN:INR PK:PKR BD:BDT LK:LKR NP:NPR
BT:BTN MV:MVR AF:AFN SG:SGD MY:MYR ID:IDR TH:THB VN:VND PH:PHP MM:MMK KH:KHR LA:LAK BN:BND
TL:USD KZ:KZT UZ:UZS KG:KGS TJ:TJS TM:TMT IO:USD
AU:AUD NZ:NZD PG:PGK FJ:FJD SB:SBD VU:VUV WS:WST TO:TOP KI:AUD NR:AUD TV:AUD CX:AUD CC:AUD
NF:AUD HM:AUD CK:NZD NU:NZD TK:NZD PN:NZD PW:USD FM:USD MH:USD GU:USD AS:USD MP:USD UM:USD
NC:XPF PF:XPF WF:XPF
AE:AED SA:SAR QA:QAR KW:KWD BH:BHD OM:OMR YE:YER IL:ILS PS:ILS JO:JOD LB:LBP SY:SYP IQ:IQD
IR:IRR EG:EGP
ZA:ZAR NG:NGN KE:KES GH:GHS MA:MAD EH:MAD DZ:DZD TN:TND LY:LYD ET:ETB TZ:TZS UG:UGX RW:RWF
BI:BIF SD:SDG SS:SSP ER:ERN DJ:DJF SO:SOS AO:AOA ZM:ZMW ZW:ZWG MZ:MZN MW:MWK BW:BWP NA:NAD
LS:LSL SZ:SZL MG:MGA MU:MUR SC:SCR KM:KMF CV:CVE ST:STN GM:GMD GN:GNF SL:SLE LR:LRD MR:MRU
CD:CDF SH:SHP
CM:XAF CF:XAF TD:XAF CG:XAF GA:XAF GQ:XAF BJ:XOF BF:XOF CI:XOF GW:XOF ML:XOF NE:XOF SN:XOF
TG:XOF
""")

#: The main zone where zone.tab lists first another one (an island, an exclave, a
#: disputed region); also pinned for large countries whose order could change.
_MAIN_ZONE = {
    "AU": "Australia/Sydney",          # zone.tab: Australia/Lord_Howe
    "BR": "America/Sao_Paulo",         # America/Noronha
    "CA": "America/Toronto",           # America/St_Johns
    "RU": "Europe/Moscow",             # Europe/Kaliningrad
    "UA": "Europe/Kyiv",               # Europe/Simferopol (Crimea)
    "UZ": "Asia/Tashkent",             # Asia/Samarkand
    "FM": "Pacific/Pohnpei",           # Pacific/Chuuk; Palikir, the capital, is on Pohnpei
    "PS": "Asia/Hebron",               # Asia/Gaza; the West Bank holds most of the economy
    "US": "America/New_York",
    "MX": "America/Mexico_City",
    "AR": "America/Argentina/Buenos_Aires",
    "CN": "Asia/Shanghai",
    "ID": "Asia/Jakarta",
    "KZ": "Asia/Almaty",
    "CL": "America/Santiago",
    "ES": "Europe/Madrid",
    "PT": "Europe/Lisbon",
    "NZ": "Pacific/Auckland",
}

# fmt: on

_QUALIFIER = re.compile(r"\(.*?\)")
#: Punctuation that joins the letters of one word (U.S.A., d'Ivoire) rather than separating words.
_JOINING = ".'’"


def _fold(text: str) -> str:
    """Compare key of a country name: 'The U.S.A.' → 'usa', 'Côte d’Ivoire' → 'cotedivoire'."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = plain.replace("&", " and ")
    plain = "".join("" if c in _JOINING else c if c.isalnum() else " " for c in plain)
    words = plain.split()
    if len(words) > 1:  # not alone: "ST" is São Tomé
        if words[0] == "the":
            words = words[1:]
        words = ["saint" if word == "st" else word for word in words]
    return "".join(words)


@cache
def _tzdata_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The tab-separated rows of a tzdata table (iso3166.tab, zone.tab); none without tzdata."""
    try:
        text = (resources.files("tzdata.zoneinfo") / name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError):
        return ()
    return tuple(
        tuple(line.split("\t")) for line in text.splitlines() if line and not line.startswith("#")
    )


@cache
def _names() -> dict[str, str]:
    """Folded name or code → alpha-2 code."""
    index: dict[str, str] = {}
    # English names, with and without a parenthesised qualifier ("Britain (UK)"), the
    # short form only where it names one country ("Korea (North)", "Korea (South)").
    short: dict[str, set[str]] = {}
    for code, name, *_ in _tzdata_rows("iso3166.tab"):
        index[_fold(name)] = code
        if "(" in name:
            short.setdefault(_fold(_QUALIFIER.sub(" ", name)), set()).add(code)
    for key, codes in short.items():
        if len(codes) == 1:
            index.setdefault(key, codes.pop())
    for code, names in _OTHER_NAMES.items():
        for name in names.split("|"):
            index[_fold(name)] = code
    for code, alpha3 in _ALPHA3.items():
        index[alpha3.casefold()] = code
        index[code.casefold()] = code
    for reserved, code in _RESERVED_CODES.items():
        index[reserved.casefold()] = code
    return index


def country_code(text: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of the country *text* names, or ``None`` if unknown."""
    key = _fold(text)
    return _names().get(key) if key else None


def currency_of(code: str) -> str | None:
    """The ISO 4217 currency of the country with alpha-2 *code*, or ``None``."""
    return _CURRENCY.get(code.strip().upper())


@cache
def _first_zones() -> dict[str, str]:
    """Alpha-2 code → the first zone zone.tab lists for it."""
    zones: dict[str, str] = {}
    for code, _coordinates, zone, *_ in _tzdata_rows("zone.tab"):
        zones.setdefault(code, zone)
    return zones


def time_zone_of(code: str) -> str | None:
    """The IANA zone most of the country with alpha-2 *code* lives in, or ``None``."""
    code = code.strip().upper()
    return _MAIN_ZONE.get(code) or _first_zones().get(code)
