"""Names, places and phrases the sample-portfolio generator draws from (Spanish and English)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from workbench.domain.enums import IncidentCategory, KpiDirection, KpiFrequency, Sector, Team

# fmt: off
# Data tables below are laid out as tables, not as the formatter would wrap them.


@dataclass(frozen=True)
class Country:
    code: str
    currency: str
    time_zone: str
    language: str  # "es" or "en"
    cities: tuple[str, ...]
    #: Rough units of the local currency per euro, so amounts look plausible.
    per_euro: Decimal
    legal_suffixes: tuple[str, ...]


COUNTRIES: tuple[Country, ...] = (
    Country("ES", "EUR", "Europe/Madrid", "es", ("Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao"), Decimal(1), ("S.A.", "S.L.")),
    Country("MX", "MXN", "America/Mexico_City", "es", ("Ciudad de México", "Monterrey", "Guadalajara"), Decimal(19), ("S.A. de C.V.",)),
    Country("AR", "ARS", "America/Argentina/Buenos_Aires", "es", ("Buenos Aires", "Córdoba", "Rosario"), Decimal(950), ("S.A.", "S.R.L.")),
    Country("CO", "COP", "America/Bogota", "es", ("Bogotá", "Medellín", "Cali"), Decimal(4300), ("S.A.S.",)),
    Country("CL", "CLP", "America/Santiago", "es", ("Santiago", "Valparaíso"), Decimal(1000), ("SpA", "S.A.")),
    Country("PE", "PEN", "America/Lima", "es", ("Lima", "Arequipa"), Decimal(4), ("S.A.C.",)),
    Country("US", "USD", "America/New_York", "en", ("New York", "Boston", "Chicago", "Atlanta"), Decimal("1.08"), ("Inc.", "LLC", "Corp.")),
    Country("US", "USD", "America/Los_Angeles", "en", ("San Francisco", "Seattle", "Los Angeles"), Decimal("1.08"), ("Inc.", "LLC")),
    Country("GB", "GBP", "Europe/London", "en", ("London", "Manchester", "Edinburgh"), Decimal("0.85"), ("Ltd", "plc")),
    Country("DE", "EUR", "Europe/Berlin", "en", ("Berlin", "Munich", "Hamburg"), Decimal(1), ("GmbH", "AG")),
    Country("FR", "EUR", "Europe/Paris", "en", ("Paris", "Lyon"), Decimal(1), ("SAS", "S.A.")),
    Country("JP", "JPY", "Asia/Tokyo", "en", ("Tokyo", "Osaka"), Decimal(160), ("K.K.",)),
)

#: Weight of each country entry: most of the book is Spanish-speaking.
COUNTRY_WEIGHTS = (30, 12, 6, 6, 4, 4, 10, 6, 8, 6, 5, 3)

SECTOR_WORDS: dict[Sector, dict[str, tuple[str, ...]]] = {
    Sector.TECHNOLOGY: {"es": ("Soluciones Digitales", "Sistemas", "Tecnologías"), "en": ("Software", "Systems", "Digital")},
    Sector.FINANCE: {"es": ("Banco", "Financiera", "Seguros"), "en": ("Capital", "Bank", "Insurance")},
    Sector.LOGISTICS: {"es": ("Transportes", "Logística", "Distribuciones"), "en": ("Logistics", "Freight", "Supply Chain")},
    Sector.CONSULTING: {"es": ("Consultores", "Asesores", "Estrategia"), "en": ("Consulting", "Advisory", "Partners")},
    Sector.MANUFACTURING: {"es": ("Industrias", "Fabricaciones", "Metalúrgica"), "en": ("Manufacturing", "Industries", "Components")},
    Sector.TELECOM: {"es": ("Telecomunicaciones", "Redes", "Comunicaciones"), "en": ("Telecom", "Networks", "Mobile")},
    Sector.ADVERTISING: {"es": ("Publicidad", "Medios", "Comunicación Creativa"), "en": ("Media", "Advertising", "Creative")},
    Sector.PHARMA: {"es": ("Laboratorios", "Farmacéutica", "Salud"), "en": ("Pharma", "Therapeutics", "Life Sciences")},
}

NAME_ROOTS = (
    "Alba", "Altamira", "Andes", "Aurora", "Atlas", "Boreal", "Cantábrico", "Cima", "Cobalto",
    "Delta", "Duero", "Ebro", "Estela", "Faro", "Galena", "Guadalquivir", "Horizonte", "Íbera",
    "Júcar", "Lumen", "Meridiano", "Miramar", "Mistral", "Nova", "Océano", "Olivo", "Orión",
    "Pampa", "Pegaso", "Pirineo", "Polaris", "Prisma", "Quasar", "Roble", "Sierra", "Solaris",
    "Tajo", "Teide", "Titán", "Vértice", "Zafiro", "Zenit", "Acme", "Blue Harbor", "Crescent",
    "Evergreen", "Granite", "Highland", "Keystone", "Lighthouse", "Maple", "Northwind",
    "Pinnacle", "Redwood", "Silverline", "Summit", "Thames", "Westbrook", "Bayside", "Ironbridge",
)

FIRST_NAMES = {
    "es": ("María", "Lucía", "Carmen", "Ana", "Laura", "Marta", "Elena", "Paula", "Sofía", "Isabel",
           "José", "Javier", "Carlos", "Miguel", "Antonio", "Pablo", "Alejandro", "Diego", "Jorge", "Raúl"),
    "en": ("Emma", "Olivia", "Charlotte", "Amelia", "Grace", "Hannah", "Sarah", "Emily", "Chloe", "Laura",
           "James", "Oliver", "William", "Thomas", "George", "Daniel", "Michael", "David", "Peter", "Ryan"),
}

LAST_NAMES = {
    "es": ("García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez",
           "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez",
           "Romero", "Navarro", "Torres", "Domínguez", "Vázquez", "Castillo", "Ortega", "Núñez"),
    "en": ("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor",
           "Anderson", "Thomas", "Moore", "Martin", "Clark", "Walker", "Hall", "Young", "King",
           "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Carter"),
}

JOB_TITLES = {
    "es": ("Director General", "Directora de Compras", "Director Financiero", "Jefa de Operaciones",
           "Responsable de TI", "Directora de Marketing", "Jefe de Logística", "Gerente de Proyectos",
           "Analista de Compras", "Coordinadora de Calidad"),
    "en": ("Chief Executive Officer", "Head of Procurement", "Chief Financial Officer",
           "VP Operations", "IT Director", "Marketing Director", "Logistics Manager",
           "Project Manager", "Procurement Analyst", "Quality Lead"),
}

INTERACTION_SUMMARIES = {
    "es": ("Seguimiento del pedido trimestral", "Revisión del informe mensual de KPIs",
           "Consulta sobre la factura de {month}", "Presentación de la nueva gama de servicios",
           "Llamada para confirmar fechas de entrega", "Resumen de la reunión de revisión",
           "Envío de la propuesta actualizada", "Visita a las oficinas del cliente",
           "Aclaración de condiciones contractuales", "Coordinación con operaciones sobre el plazo"),
    "en": ("Follow-up on the quarterly order", "Walk-through of the monthly KPI report",
           "Question about the {month} invoice", "Presented the new service range",
           "Call to confirm delivery dates", "Summary of the review meeting",
           "Sent the updated proposal", "On-site visit at the client's offices",
           "Clarified contract terms", "Aligned with operations on the timeline"),
}

MONTHS = {
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}

COLLEAGUES: tuple[tuple[str, str, Team, bool], ...] = (
    ("Elena Vidal", "elena.vidal@ourcompany.example", Team.ACCOUNT_MANAGEMENT, True),
    ("Marcos Herrera", "marcos.herrera@ourcompany.example", Team.ACCOUNT_MANAGEMENT, False),
    ("Rachel Moore", "rachel.moore@ourcompany.example", Team.ACCOUNT_MANAGEMENT, False),
    ("Iván Castro", "ivan.castro@ourcompany.example", Team.SALES, False),
    ("Nora Blake", "nora.blake@ourcompany.example", Team.SALES, False),
    ("Lucía Prieto", "lucia.prieto@ourcompany.example", Team.MARKETING, False),
    ("Tom Fletcher", "tom.fletcher@ourcompany.example", Team.MARKETING, False),
    ("Andrés Molina", "andres.molina@ourcompany.example", Team.OPERATIONS, False),
    ("Sandra Ortiz", "sandra.ortiz@ourcompany.example", Team.OPERATIONS, False),
    ("Ken Watanabe", "ken.watanabe@ourcompany.example", Team.SUPPORT, False),
    ("Beatriz Sanz", "beatriz.sanz@ourcompany.example", Team.SUPPORT, False),
    ("Hugo Lorenzo", "hugo.lorenzo@ourcompany.example", Team.FINANCE, False),
)

#: (code, name, unit, unit price in EUR, tax %)
PRODUCTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("PLAT-ENT", "Platform licence – Enterprise", "licence/year", "48000.00", "21"),
    ("PLAT-STD", "Platform licence – Standard", "licence/year", "18000.00", "21"),
    ("SEAT", "Additional user seat", "seat/year", "420.00", "21"),
    ("IMPL-D", "Implementation services", "day", "950.00", "21"),
    ("TRAIN-D", "On-site training", "day", "1200.00", "21"),
    ("SUP-PREM", "Premium support (24/7)", "year", "15000.00", "21"),
    ("SUP-STD", "Standard support", "year", "6000.00", "21"),
    ("INT-API", "Integration connector (ERP/CRM)", "connector", "7500.00", "21"),
    ("DATA-MIG", "Data migration package", "package", "12000.00", "21"),
    ("ANALYT", "Analytics & reporting module", "licence/year", "9600.00", "21"),
    ("LOG-EXP", "Express logistics service", "shipment", "350.00", "21"),
    ("CONS-H", "Strategy consulting", "hour", "180.00", "21"),
    ("CAMP-M", "Marketing campaign management", "month", "5400.00", "21"),
    ("AUDIT-Q", "Quality audit", "audit", "4200.00", "21"),
    ("SLA-GOLD", "Gold SLA upgrade", "year", "8800.00", "21"),
)

#: (name, unit, direction, target, frequency, typical value, spread)
AGREED_KPIS: tuple[tuple[str, str, KpiDirection, str, KpiFrequency, str, str], ...] = (
    ("On-time delivery", "%", KpiDirection.AT_LEAST, "98", KpiFrequency.MONTHLY, "97.5", "2.5"),
    ("System availability", "%", KpiDirection.AT_LEAST, "99.5", KpiFrequency.MONTHLY, "99.6", "0.4"),
    ("Ticket resolution time", "h", KpiDirection.AT_MOST, "24", KpiFrequency.WEEKLY, "21", "8"),
    ("Order accuracy", "%", KpiDirection.AT_LEAST, "99", KpiFrequency.MONTHLY, "99.1", "0.9"),
    ("Campaign CTR", "%", KpiDirection.AT_LEAST, "2.5", KpiFrequency.MONTHLY, "2.6", "0.6"),
    ("Average response time", "min", KpiDirection.AT_MOST, "30", KpiFrequency.WEEKLY, "26", "10"),
)

INCIDENT_TITLES: dict[IncidentCategory, dict[str, tuple[str, ...]]] = {
    IncidentCategory.DELIVERY_DELAY: {
        "es": ("Retraso en la entrega del pedido crítico", "Envío retenido en aduanas"),
        "en": ("Critical order delivered late", "Shipment held at customs")},
    IncidentCategory.CONTRACTUAL_MISUNDERSTANDING: {
        "es": ("Discrepancia sobre las condiciones del SLA",),
        "en": ("Disagreement on SLA terms",)},
    IncidentCategory.COMMUNICATION_BREAKDOWN: {
        "es": ("El cliente no recibió el informe mensual",),
        "en": ("Client missed the monthly report",)},
    IncidentCategory.REQUIREMENT_CHANGE: {
        "es": ("Cambio de requisitos a mitad del proyecto",),
        "en": ("Scope change mid-project",)},
    IncidentCategory.BUDGET_MISALIGNMENT: {
        "es": ("Presupuesto del cliente insuficiente para la ampliación",),
        "en": ("Client budget short for the extension",)},
    IncidentCategory.QUALITY: {
        "es": ("Lote con defectos de calidad",),
        "en": ("Defective batch reported",)},
}

COMPETITORS = ("Salesforce", "Oracle", "SAP", "Accenture", "DHL", "Telefónica", "Deloitte", "Siemens")

MARKET_NOTES = {
    "es": ("El competidor ofrece un 15 % de descuento en renovaciones",
           "Nueva regulación europea afecta a sus proveedores",
           "El cliente evalúa consolidar proveedores en 2027"),
    "en": ("Competitor offers 15% off renewals", "New EU regulation affects their suppliers",
           "Client considers consolidating vendors in 2027"),
}

SECTION_TEXT = {
    "es": (("executive_summary", "Resumen ejecutivo", "<p>Proponemos ampliar el servicio para acompañar el crecimiento de {account}.</p>"),
           ("client_needs", "Necesidades del cliente", "<ul><li>Reducir los plazos de entrega</li><li>Visibilidad de los KPIs acordados</li></ul>"),
           ("solution", "Solución propuesta", "<p>Implantación por fases con soporte premium.</p>"),
           ("commercial_terms", "Condiciones comerciales", "<p>Pago a 60 días. Validez de la oferta: 30 días.</p>")),
    "en": (("executive_summary", "Executive summary", "<p>We propose extending the service to support {account}'s growth.</p>"),
           ("client_needs", "Understanding of your needs", "<ul><li>Shorter lead times</li><li>Visibility of the agreed KPIs</li></ul>"),
           ("solution", "Proposed solution", "<p>A phased roll-out with premium support.</p>"),
           ("commercial_terms", "Commercial terms", "<p>Payment at 60 days. Offer valid for 30 days.</p>")),
}
# fmt: on
