"""A small multilingual corpus of search entries, written for the relevance tests."""

import datetime as dt

UTC = dt.UTC


def _date(year: int, month: int = 1) -> dt.datetime:
    return dt.datetime(year, month, 1, tzinfo=UTC)


CORPUS: list[dict] = [
    {
        "key": "school-feeding",
        "kind": "practice",
        "title": "Home-grown school feeding with family farmers",
        "language": "en",
        "body": "Schools buy fresh food from local smallholder farmers so that children receive a "
        "nutritious daily meal and farmers gain a stable market. The programme reduced dropout "
        "rates and raised farm incomes in rural districts.",
        "countries": ["BR", "GH"],
        "regions": ["419", "019", "011", "202", "002"],
        "sdgs": [2, 4],
        "themes": ["Food security", "Education"],
        "modality": "triangular",
        "partners": ["World Food Programme", "Ministry of Education of Ghana"],
        "years": [2015, 2016, 2017, 2018],
        "source_id": "UNDESA-0001",
        "published_at": _date(2021, 3),
    },
    {
        "key": "solar-mini-grids",
        "kind": "practice",
        "title": "Mini-réseaux solaires pour les villages isolés",
        "language": "fr",
        "body": "Des coopératives villageoises installent et gèrent des mini-réseaux solaires qui "
        "fournissent de l'électricité aux ménages, aux écoles et aux centres de santé des zones "
        "rurales éloignées du réseau national.",
        "countries": ["SN", "ML"],
        "regions": ["011", "202", "002"],
        "sdgs": [7, 13],
        "themes": ["Energy"],
        "modality": "regional-south-south",
        "partners": ["Agence sénégalaise d'électrification rurale"],
        "years": [2018, 2019, 2020],
        "source_id": "PANORAMA-0042",
        "published_at": _date(2022, 5),
    },
    {
        "key": "mobile-money",
        "kind": "practice",
        "title": "Mobile money for the unbanked",
        "language": "en",
        "body": "A mobile phone payment service lets people without a bank account save, send and "
        "receive money, improving financial inclusion for rural women and small traders.",
        "countries": ["KE", "TZ"],
        "regions": ["014", "202", "002"],
        "sdgs": [1, 5, 8],
        "themes": ["Financial inclusion"],
        "modality": "south-south",
        "partners": ["Central Bank of Kenya"],
        "years": [2012, 2013, 2014],
        "source_id": "GALAXY-0100",
        "published_at": _date(2020, 1),
    },
    {
        "key": "water-harvesting",
        "kind": "practice",
        "title": "Cosecha de agua de lluvia en comunidades andinas",
        "language": "es",
        "body": "Las comunidades campesinas construyen reservorios y zanjas de infiltración para "
        "almacenar el agua de lluvia y regar sus cultivos durante la estación seca, adaptándose "
        "al cambio climático.",
        "countries": ["PE", "BO"],
        "regions": ["419", "019"],
        "sdgs": [6, 13],
        "themes": ["Water", "Climate adaptation"],
        "modality": "south-south",
        "partners": ["Ministerio de Desarrollo Agrario y Riego"],
        "years": [2016, 2017],
        "source_id": "PANORAMA-0077",
        "published_at": _date(2019, 9),
    },
    {
        "key": "family-health",
        "kind": "practice",
        "title": "Programa Saúde da Família nas periferias urbanas",
        "language": "pt",
        "body": "Equipes de saúde da família com agentes comunitários visitam os domicílios, "
        "acompanham gestantes e crianças e reduzem a mortalidade infantil nas periferias.",
        "countries": ["BR", "MZ"],
        "regions": ["419", "019", "014", "202", "002"],
        "sdgs": [3],
        "themes": ["Health"],
        "modality": "triangular",
        "partners": ["Fundação Oswaldo Cruz"],
        "years": [2010, 2011, 2012],
        "source_id": "GALAXY-0200",
        "published_at": _date(2018, 6),
    },
    {
        "key": "volunteer-exchange",
        "kind": "practice",
        "title": "Utveksling av unge fagfolk mellom partnerorganisasjoner",
        "language": "no",
        "body": "Unge fagfolk fra organisasjoner i sør jobber et år hos en partnerorganisasjon i et "
        "annet land, deler kunnskap og bygger kapasitet i begge organisasjonene.",
        "countries": ["NO", "UG", "NP"],
        "regions": ["154", "150", "014", "202", "002", "034", "142"],
        "sdgs": [17, 4],
        "themes": ["Capacity building"],
        "modality": "triangular",
        "partners": ["Norec"],
        "years": [2019, 2020, 2021],
        "source_id": "NOREC-0003",
        "published_at": _date(2023, 2),
    },
    {
        "key": "mangroves",
        "kind": "practice",
        "title": "Community mangrove restoration",
        "language": "en",
        "body": "Fishing communities replant mangrove forests to protect the coast from storms, "
        "store carbon and restore fish nurseries.",
        "countries": ["ID", "PH"],
        "regions": ["035", "142"],
        "sdgs": [13, 14],
        "themes": ["Climate adaptation", "Oceans"],
        "modality": "regional-south-south",
        "partners": ["Wetlands International"],
        "years": [2017, 2018, 2019],
        "source_id": "UNDESA-0002",
        "published_at": _date(2022, 11),
    },
    {
        "key": "cash-transfers",
        "kind": "practice",
        "title": "Transferencias monetarias condicionadas para familias pobres",
        "language": "es",
        "body": "Las familias en situación de pobreza reciben una transferencia mensual si sus "
        "hijos asisten a la escuela y a los controles de salud.",
        "countries": ["MX"],
        "regions": ["419", "019"],
        "sdgs": [1, 10],
        "themes": ["Social protection"],
        "modality": "south-south",
        "partners": ["Secretaría de Bienestar"],
        "years": [2014, 2015],
        "source_id": "GALAXY-0300",
        "published_at": _date(2017, 4),
    },
    {
        "key": "fiocruz",
        "kind": "partner",
        "title": "Fundação Oswaldo Cruz (Fiocruz)",
        "language": "pt",
        "body": "Instituição de pesquisa em saúde pública, vacinas e formação de profissionais de "
        "saúde no Brasil e em países de língua portuguesa.",
        "countries": ["BR"],
        "regions": ["419", "019"],
        "themes": ["Health"],
        "partners": ["Fundação Oswaldo Cruz"],
        "published_at": _date(2016, 1),
    },
    {
        "key": "norec",
        "kind": "partner",
        "title": "Norec",
        "language": "en",
        "body": "Norwegian agency for exchange cooperation: professional exchanges between "
        "organisations in Norway and the Global South.",
        "countries": ["NO"],
        "regions": ["154", "150"],
        "themes": ["Capacity building"],
        "partners": ["Norec"],
        "published_at": _date(2016, 2),
    },
    {
        "key": "wfp",
        "kind": "partner",
        "title": "World Food Programme",
        "language": "en",
        "body": "The UN agency fighting hunger, running school meal programmes and emergency food "
        "assistance.",
        "countries": ["IT"],
        "regions": ["039", "150"],
        "themes": ["Food security"],
        "partners": ["World Food Programme"],
        "published_at": _date(2016, 3),
    },
    {
        "key": "discussion-exchange",
        "kind": "discussion",
        "title": "What makes professional exchanges work?",
        "language": "en",
        "body": "An e-discussion on exchanges of staff between organisations in the South: "
        "recruitment, hosting, and what participants bring home.",
        "themes": ["Capacity building"],
        "sdgs": [17],
        "partners": ["Norec"],
        "published_at": _date(2024, 1),
    },
    {
        "key": "contribution-hosting",
        "kind": "contribution",
        "title": "Hosting a participant takes preparation",
        "language": "fr",
        "body": "Accueillir un participant demande une préparation : un tuteur désigné, un plan "
        "de travail clair et un logement trouvé avant son arrivée.",
        "discussion_title": "What makes professional exchanges work?",
        "questions": ["2. How do host organisations prepare?"],
        "themes": ["Capacity building"],
        "published_at": _date(2024, 2),
    },
]


def entry_dicts(content_type_id: int) -> list[dict]:
    """SearchEntry dicts (fake source ids under one content type) with predictable URLs."""
    entries = []
    for number, record in enumerate(CORPUS, start=1):
        entry = {k: v for k, v in record.items() if k != "key"}
        entry.update(
            content_type_id=content_type_id,
            object_id=number,
            url=f"/en/{record['kind']}s/{record['key']}/",
        )
        entries.append(entry)
    return entries
