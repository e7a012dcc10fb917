"""Demo catalogue content: themes, partner organisations and good practices (pure data).

All organisations except the UN entities and Norec are fictional, and every text was written
for Minga. PRACTICES use the import interchange format; partner strings are
"<PARTNERS name> (<role>)" with role one of provider, beneficiary, facilitating, funder.
"""

THEMES: list[str] = [
    "Food security",
    "Digital public infrastructure",
    "Health systems",
    "Climate adaptation",
    "Capacity development",
    "Gender equality",
    "Trade and investment",
    "Water and sanitation",
    "Education",
    "Disaster risk reduction",
]

PARTNERS: list[dict] = [
    {
        "slug": "unossc",
        "name": "United Nations Office for South-South Cooperation",
        "acronym": "UNOSSC",
        "type": "un-entity",
        "country": "US",
        "website": "https://unsouthsouth.org",
        "themes": ["Capacity development", "Digital public infrastructure", "Trade and investment"],
        "sdgs": [17],
        "description": (
            "The UN office that promotes and coordinates South-South and triangular cooperation "
            "across the United Nations system. It brokers partnerships between developing "
            "countries, convenes a coalition of Southern think-tank networks and curates a "
            "catalogue of good practices that others can adapt."
        ),
    },
    {
        "slug": "undp",
        "name": "United Nations Development Programme",
        "acronym": "UNDP",
        "type": "un-entity",
        "country": "US",
        "website": "https://www.undp.org",
        "themes": [
            "Capacity development",
            "Disaster risk reduction",
            "Digital public infrastructure",
            "Climate adaptation",
        ],
        "sdgs": [1, 5, 10, 13, 16, 17],
        "description": (
            "The UN's global development network, working in some 170 countries and territories on "
            "poverty, governance and resilience. It often funds and facilitates exchanges between "
            "developing countries and hosts the UN office for South-South cooperation."
        ),
    },
    {
        "slug": "fao",
        "name": "Food and Agriculture Organization of the United Nations",
        "acronym": "FAO",
        "type": "un-entity",
        "country": "IT",
        "website": "https://www.fao.org",
        "themes": ["Food security", "Climate adaptation", "Water and sanitation"],
        "sdgs": [2, 6, 12, 14, 15],
        "description": (
            "The UN specialised agency for food, agriculture, fisheries and forestry, "
            "headquartered in Rome. It supports farmer-to-farmer and expert exchanges between "
            "developing countries and helps national services turn successful pilots into policy."
        ),
    },
    {
        "slug": "wfp",
        "name": "World Food Programme",
        "acronym": "WFP",
        "type": "un-entity",
        "country": "IT",
        "website": "https://www.wfp.org",
        "themes": ["Food security", "Education", "Disaster risk reduction"],
        "sdgs": [2, 4, 17],
        "description": (
            "The UN's humanitarian food assistance agency. Beyond emergency response, it finances "
            "learning between governments on school meals, market information and shock-responsive "
            "social protection."
        ),
    },
    {
        "slug": "norec",
        "name": "Norwegian Agency for Exchange Cooperation",
        "acronym": "Norec",
        "type": "government",
        "country": "NO",
        "website": "https://www.norec.no",
        "themes": ["Capacity development", "Health systems", "Education"],
        "sdgs": [3, 4, 17],
        "description": (
            "A Norwegian public agency that finances and facilitates year-long exchanges of staff "
            "between partner organisations, North-South as well as South-South. Its partnerships "
            "are built on jointly agreed goals, so that sending and hosting institutions both "
            "learn."
        ),
    },
    {
        "slug": "coapa",
        "name": "Centre Ouest-Africain d'Analyse des Politiques Agricoles",
        "acronym": "COAPA",
        "type": "think-tank",
        "country": "SN",
        "website": "https://example.org/partners/coapa",
        "themes": ["Food security", "Climate adaptation", "Capacity development"],
        "sdgs": [2, 13, 15],
        "description": (
            "A Dakar-based policy research centre working on seed systems, pastoralism and "
            "agricultural trade in the Sahel. It hosts researchers from neighbouring countries for "
            "long placements and publishes its policy briefs in French and English."
        ),
    },
    {
        "slug": "abct",
        "name": "Agence Béninoise de Coopération Technique",
        "acronym": "ABCT",
        "type": "government",
        "country": "BJ",
        "website": "https://example.org/partners/abct",
        "themes": ["Capacity development", "Health systems"],
        "sdgs": [3, 16, 17],
        "description": (
            "A public agency that manages the mobility of Beninese civil servants within West "
            "Africa and receives technical cooperation from Southern partners. It has developed "
            "follow-up tools to track what returning officers do with their new skills."
        ),
    },
    {
        "slug": "kigali-agridata",
        "name": "Kigali AgriData Ltd",
        "acronym": "KAD",
        "type": "private-sector",
        "country": "RW",
        "website": "https://example.org/partners/kigali-agridata",
        "themes": ["Food security", "Digital public infrastructure", "Trade and investment"],
        "sdgs": [2, 9],
        "description": (
            "A Rwandan social enterprise that collects and publishes agricultural market prices by "
            "SMS, voice and open API. It operates across the Great Lakes region under data-sharing "
            "agreements with national statistics offices."
        ),
    },
    {
        "slug": "ncdg",
        "name": "Nairobi Centre for Digital Governance",
        "acronym": "NCDG",
        "type": "think-tank",
        "country": "KE",
        "website": "https://example.org/partners/ncdg",
        "themes": ["Digital public infrastructure", "Capacity development"],
        "sdgs": [9, 16, 17],
        "description": (
            "An independent think tank researching how African governments design, govern and "
            "share digital public infrastructure. It runs peer-learning programmes between public "
            "digital teams and advises on data protection and open standards."
        ),
    },
    {
        "slug": "cecm",
        "name": "Centro de Estudos de Cooperação de Maputo",
        "acronym": "CECM",
        "type": "academia",
        "country": "MZ",
        "website": "https://example.org/partners/cecm",
        "themes": ["Education", "Capacity development", "Health systems"],
        "sdgs": [4, 8, 17],
        "description": (
            "A university-based research centre in Maputo that studies cooperation among "
            "Portuguese-speaking countries. It accompanies exchange programmes as a neutral "
            "observer and coordinates a network of agricultural technical schools."
        ),
    },
    {
        "slug": "iaec",
        "name": "Instituto Andino de Estudios de Cooperación",
        "acronym": "IAEC",
        "type": "academia",
        "country": "PE",
        "website": "https://example.org/partners/iaec",
        "themes": ["Disaster risk reduction", "Climate adaptation", "Capacity development"],
        "sdgs": [11, 13, 17],
        "description": (
            "An academic institute in Lima that evaluates cooperation between Andean countries and "
            "supports community-based risk management. Its comparative reviews of technical "
            "exchanges are widely used by planning ministries in the region."
        ),
    },
    {
        "slug": "territorios-vivos",
        "name": "Fundación Territorios Vivos",
        "acronym": "FTV",
        "type": "ngo",
        "country": "CO",
        "website": "https://example.org/partners/territorios-vivos",
        "themes": ["Food security", "Climate adaptation", "Trade and investment"],
        "sdgs": [1, 2, 8, 13],
        "description": (
            "A Colombian foundation that works with smallholder coffee and cocoa growers on "
            "climate adaptation and market access. It shares its field-school methods with rural "
            "organisations in Central America."
        ),
    },
    {
        "slug": "ressc",
        "name": "Rede Sul-Sul de Saúde Comunitária",
        "acronym": "ReSSC",
        "type": "network",
        "country": "BR",
        "website": "https://example.org/partners/ressc",
        "themes": ["Health systems", "Capacity development"],
        "sdgs": [3, 5, 10],
        "description": (
            "A network of Brazilian municipal health services and community health worker "
            "associations, based in Recife. It organises reciprocal exchanges of primary health "
            "care teams with Portuguese-speaking African countries."
        ),
    },
    {
        "slug": "crn",
        "name": "Caribbean Resilience Network",
        "acronym": "CRN",
        "type": "network",
        "country": "JM",
        "website": "https://example.org/partners/crn",
        "themes": ["Disaster risk reduction", "Capacity development", "Climate adaptation"],
        "sdgs": [1, 11, 13],
        "description": (
            "A network of disaster management offices and public works departments of Caribbean "
            "small island states. It keeps a roster of trained officials who can be deployed to "
            "neighbouring islands after a hurricane."
        ),
    },
    {
        "slug": "bbac",
        "name": "Bay of Bengal Adaptation Collective",
        "acronym": "BBAC",
        "type": "ngo",
        "country": "BD",
        "website": "https://example.org/partners/bbac",
        "themes": ["Climate adaptation", "Disaster risk reduction", "Gender equality"],
        "sdgs": [1, 13, 14],
        "description": (
            "A Dhaka-based NGO working with coastal fishing and farming communities on mangrove "
            "restoration and climate-resilient livelihoods. It organises farmer-to-farmer "
            "exchanges around the Bay of Bengal."
        ),
    },
    {
        "slug": "lmwfc",
        "name": "Lower Mekong Water Futures Centre",
        "acronym": "LMWFC",
        "type": "think-tank",
        "country": "KH",
        "website": "https://example.org/partners/lmwfc",
        "themes": ["Water and sanitation", "Climate adaptation", "Digital public infrastructure"],
        "sdgs": [6, 13, 15],
        "description": (
            "A regional think tank in Phnom Penh that studies drought, floods and water governance "
            "in the lower Mekong basin. It produces open drought-monitoring products with national "
            "hydrological agencies."
        ),
    },
    {
        "slug": "saipst",
        "name": "South Asian Institute for Public Service Training",
        "acronym": "SAIPST",
        "type": "academia",
        "country": "LK",
        "website": "https://example.org/partners/saipst",
        "themes": ["Capacity development", "Disaster risk reduction"],
        "sdgs": [11, 16, 17],
        "description": (
            "A training institute in Colombo for local and national civil servants of South Asia. "
            "It designs placement programmes in which municipal officers work for several months "
            "in a peer municipality of another country."
        ),
    },
    {
        "slug": "cmef",
        "name": "Centre maghrébin pour l'entrepreneuriat féminin",
        "acronym": "CMEF",
        "type": "ngo",
        "country": "TN",
        "website": "https://example.org/partners/cmef",
        "themes": ["Gender equality", "Trade and investment", "Food security"],
        "sdgs": [5, 8, 12],
        "description": (
            "A Tunis-based association that incubates women's agri-food cooperatives in the "
            "Maghreb. It pairs experienced cooperatives with younger ones across borders and "
            "manages a shared loan-guarantee fund."
        ),
    },
    {
        "slug": "andg",
        "name": "Arab Network for Digital Government",
        "acronym": "ANDG",
        "type": "network",
        "country": "EG",
        "website": "https://example.org/partners/andg",
        "themes": ["Digital public infrastructure", "Education"],
        "sdgs": [9, 16, 17],
        "description": (
            "A network of e-government agencies from the Arab region, with a small secretariat in "
            "Cairo. Members second staff to each other and maintain open technical specifications "
            "for cross-border public services."
        ),
    },
    {
        "slug": "lwarc",
        "name": "Levant Water and Agriculture Research Centre",
        "acronym": "LWARC",
        "type": "academia",
        "country": "JO",
        "website": "https://example.org/partners/lwarc",
        "themes": ["Water and sanitation", "Food security", "Climate adaptation"],
        "sdgs": [2, 6, 12],
        "description": (
            "An applied research centre in Amman specialising in water reuse and irrigation for "
            "dry areas. It trains farmer groups and regulators from neighbouring countries on safe "
            "use of treated wastewater."
        ),
    },
]

PRACTICES: list[dict] = [
    {
        "source_id": "MINGA-DEMO-001",
        "title": "Community seed banks for drought-tolerant millet and sorghum",
        "subtitle": "Farmer-managed seed systems shared across three Sahelian countries",
        "summary": (
            "Farmer organisations in Senegal, Niger and Burkina Faso set up village seed banks "
            "that conserve, multiply and lend drought-tolerant varieties of millet and sorghum. "
            "Exchange placements between seed committees let each country adapt the model to its "
            "own seed regulations."
        ),
        "language": "en",
        "countries": ["SN", "NE", "BF"],
        "sdgs": [2, 13, 15],
        "themes": ["Food security", "Climate adaptation"],
        "modality": "regional-south-south",
        "partners": [
            "Centre Ouest-Africain d'Analyse des Politiques Agricoles (provider)",
            "Food and Agriculture Organization of the United Nations (funder)",
        ],
        "start_year": 2016,
        "end_year": 2021,
        "stage": "successful",
        "challenge": (
            "Repeated dry spells have shortened the rainy season by up to three weeks in parts of "
            "the Sahel, and many households eat or sell their seed stock during the lean season. "
            "When the rains arrive, they plant whatever the market offers, often varieties bred "
            "for wetter zones. Formal seed companies rarely reach remote villages, and national "
            "catalogues list few of the local landraces that farmers actually trust."
        ),
        "objectives": (
            "The initiative aimed to give smallholders reliable access to good seed of adapted "
            "varieties at sowing time, to keep local genetic diversity in use, and to build enough "
            "trust between farmer groups and national seed services for community-produced seed to "
            "be recognised officially."
        ),
        "solution": (
            "Each village elected a seed committee, at least half of whose members had to be "
            "women, and equipped a simple storage room with hermetic bags. Committees lend seed at "
            "sowing and are repaid after harvest with a 20 percent premium in grain, which "
            "replenishes the stock. Participatory variety trials let farmers compare local and "
            "improved varieties side by side. Senegalese committees, which had run the model since "
            "2012, hosted peers from Niger and Burkina Faso for two-week placements at sowing and "
            "harvest, while national researchers documented the quality-control methods."
        ),
        "building_blocks": [
            {
                "title": "Elected seed committees with rotating roles",
                "description": (
                    "Committees of seven to nine members manage the stock, keep a loan register "
                    "and organise an annual seed fair."
                ),
                "enabling_factors": (
                    "Existing village savings groups brought bookkeeping habits and a culture of "
                    "mutual accountability."
                ),
                "lessons_learned": (
                    "Rotating the treasurer every two years reduced suspicion and kept knowledge "
                    "from resting with a single person."
                ),
            },
            {
                "title": "Participatory variety trials",
                "description": (
                    "Farmers grow four to six varieties in demonstration plots and score them on "
                    "yield, taste, cooking time and fodder value."
                ),
                "enabling_factors": (
                    "Agreements with national research institutes gave access to breeder seed and "
                    "support with trial design."
                ),
                "lessons_learned": (
                    "Women's scores often differed from men's, especially on processing time, "
                    "which changed which varieties were multiplied."
                ),
            },
            {
                "title": "Cross-border peer placements",
                "description": (
                    "Committee members spent two weeks in a partner village at key moments of the "
                    "season, learning by doing rather than in a classroom."
                ),
                "enabling_factors": (
                    "Shared languages across border areas (Wolof, Fulfulde, Hausa and French) made "
                    "informal learning easy."
                ),
                "lessons_learned": (
                    "Placements worked best when a return visit was planned from the start, so "
                    "that hosts also became learners."
                ),
            },
        ],
        "results": (
            "By 2021, 212 seed banks were operating (96 in Senegal, 63 in Niger and 53 in Burkina "
            "Faso), holding about 410 tonnes of seed of 38 varieties. Repayment rates stayed above "
            "90 percent in four of five seasons. In the 2019 drought, villages with a seed bank "
            "replanted on average eleven days earlier than neighbouring villages, and their millet "
            "yields were 18 to 27 percent higher. Niger's seed service adopted a simplified "
            "quality-declared seed standard based on the committees' protocols."
        ),
        "beneficiaries": (
            "About 41,000 smallholder households, 47 percent of them headed by or registered to "
            "women, as well as extension agents and the national seed services of the three "
            "countries."
        ),
        "sustainability": (
            "The grain premium keeps stocks self-financing once the room and bags are in place. "
            "Committees are federated into national networks that negotiate with seed services, "
            "and two of the three governments now include community seed banks in their "
            "agricultural investment plans."
        ),
        "replicability": (
            "The model needs little capital and can work wherever farmers save their own seed, but "
            "it depends on legal room for quality-declared seed. Teams in Mali and Chad have "
            "already adapted the committee manual; where seed laws are strict, a pilot agreement "
            "with the regulator should come first."
        ),
        "budget": 1850000,
        "currency": "USD",
        "url": "https://example.org/practices/community-seed-banks-sahel",
    },
    {
        "source_id": "MINGA-DEMO-002",
        "title": "Plateforme régionale d'information sur les prix agricoles",
        "subtitle": (
            "Des SMS et des données ouvertes pour les marchés transfrontaliers des Grands Lacs"
        ),
        "summary": (
            "Une entreprise rwandaise et des coopératives du Burundi et de l'est de la RD Congo "
            "mettent en commun les relevés de prix de 64 marchés. Les producteurs reçoivent les "
            "prix du jour par SMS ou par serveur vocal, et les données agrégées alimentent les "
            "systèmes nationaux d'alerte sur la sécurité alimentaire."
        ),
        "language": "fr",
        "countries": ["RW", "BI", "CD"],
        "sdgs": [2, 9, 17],
        "themes": ["Food security", "Digital public infrastructure", "Trade and investment"],
        "modality": "south-south",
        "partners": [
            "Kigali AgriData Ltd (provider)",
            "World Food Programme (funder)",
            "United Nations Office for South-South Cooperation (facilitating)",
        ],
        "start_year": 2021,
        "end_year": None,
        "stage": "promising",
        "challenge": (
            "Dans la région des Grands Lacs, une grande partie du haricot, du maïs et du manioc "
            "franchit les frontières par l'intermédiaire de petits commerçants. Les producteurs "
            "vendent souvent en bord de champ sans connaître les prix pratiqués à quelques "
            "dizaines de kilomètres, alors que l'écart entre deux marchés voisins peut dépasser 40 "
            "%. Les services statistiques publient des relevés mensuels, trop tardifs pour "
            "orienter une vente, et chaque pays utilise ses propres formats."
        ),
        "objectives": (
            "Donner aux producteurs et aux petits commerçants un accès quotidien et abordable à "
            "des prix fiables, harmoniser la collecte entre les trois pays et mettre les données à "
            "la disposition des services publics et des acteurs humanitaires sous licence ouverte."
        ),
        "solution": (
            "Des enquêteurs recrutés parmi les membres des coopératives relèvent les prix deux "
            "fois par semaine avec une application qui fonctionne hors connexion. Après un "
            "contrôle automatique, les données sont diffusées par SMS, par serveur vocal en "
            "kinyarwanda, kirundi, swahili et français, et par une interface de programmation "
            "ouverte. L'entreprise rwandaise, qui avait conçu l'outil pour son marché national, a "
            "formé les équipes burundaises et congolaises lors de missions croisées de trois "
            "semaines, et un comité régional arrête la liste des produits et des unités de mesure."
        ),
        "building_blocks": [
            {
                "title": "Un dictionnaire commun des produits et des unités",
                "description": (
                    "Les partenaires ont défini 22 produits et leurs unités locales (bassine, sac, "
                    "tas) avec leur équivalent en kilogrammes."
                ),
                "enabling_factors": (
                    "L'appui des services statistiques nationaux a donné de la légitimité aux "
                    "conversions retenues."
                ),
                "lessons_learned": (
                    "Sans accord préalable sur les unités, les premières comparaisons de prix "
                    "étaient trompeuses."
                ),
            },
            {
                "title": "Des enquêteurs issus des coopératives",
                "description": (
                    "Chaque marché est suivi par deux membres de coopérative rémunérés au relevé."
                ),
                "enabling_factors": (
                    "Des téléphones utilisables hors connexion et une petite prime à la qualité "
                    "ont limité les abandons."
                ),
                "lessons_learned": (
                    "Le contrôle croisé entre deux enquêteurs a réduit de moitié les erreurs de "
                    "saisie en six mois."
                ),
            },
            {
                "title": "Des données ouvertes et réutilisables",
                "description": (
                    "Les séries de prix sont publiées sous licence ouverte et accessibles par une "
                    "API documentée."
                ),
                "enabling_factors": (
                    "Un accord de partage signé avec les ministères concernés a clarifié la "
                    "propriété des données."
                ),
                "lessons_learned": (
                    "L'ouverture a attiré des utilisateurs inattendus, notamment des institutions "
                    "de microfinance."
                ),
            },
        ],
        "results": (
            "Fin 2023, 64 marchés étaient suivis et 38 500 abonnés recevaient les messages, dont "
            "41 % de femmes. Une enquête auprès de 900 producteurs montre un prix de vente moyen "
            "du haricot supérieur de 9 % chez les abonnés. Deux systèmes nationaux d'alerte "
            "précoce utilisent les données chaque mois, et le délai de publication des prix est "
            "passé de 30 jours à 48 heures."
        ),
        "beneficiaries": (
            "Les petits producteurs et les commerçants transfrontaliers, en particulier les "
            "femmes, très présentes dans le petit commerce frontalier, ainsi que les services "
            "statistiques et les acteurs humanitaires."
        ),
        "sustainability": (
            "L'abonnement de base reste gratuit ; des services payants vendus aux acheteurs "
            "institutionnels et aux banques couvrent environ 35 % des coûts d'exploitation. Le "
            "comité régional prévoit de transférer progressivement la collecte aux services "
            "statistiques."
        ),
        "replicability": (
            "Le modèle convient aux zones de commerce transfrontalier dense. Il suppose une "
            "couverture mobile minimale et un accord politique sur le partage des données ; "
            "l'outil lui-même est disponible sous licence libre."
        ),
        "budget": 740000,
        "currency": "USD",
        "url": "https://example.org/practices/prix-agricoles-grands-lacs",
    },
    {
        "source_id": "MINGA-DEMO-003",
        "title": "Geminação de agentes comunitários de saúde entre Brasil e Moçambique",
        "subtitle": "Um intercâmbio de mão dupla entre equipes de atenção primária",
        "summary": (
            "Equipes de saúde da família do Nordeste brasileiro e de distritos de Nampula trocam "
            "profissionais por períodos de três a seis meses. O intercâmbio fortaleceu as visitas "
            "domiciliares em Moçambique e trouxe para o Brasil práticas moçambicanas de vigilância "
            "comunitária."
        ),
        "language": "pt",
        "countries": ["BR", "MZ"],
        "sdgs": [3, 5, 10],
        "themes": ["Health systems", "Capacity development"],
        "modality": "triangular",
        "partners": [
            "Rede Sul-Sul de Saúde Comunitária (provider)",
            "Centro de Estudos de Cooperação de Maputo (beneficiary)",
            "Norwegian Agency for Exchange Cooperation (funder)",
        ],
        "start_year": 2017,
        "end_year": None,
        "stage": "advanced",
        "challenge": (
            "Em muitos distritos de Nampula, cada agente polivalente elementar acompanha mais de "
            "2.000 pessoas espalhadas por grandes distâncias, com pouca supervisão e sem "
            "instrumentos para seguir as famílias ao longo do tempo. No Brasil, as equipes de "
            "saúde da família têm ampla cobertura, mas encontram dificuldade para envolver "
            "lideranças comunitárias e chegar a populações ribeirinhas e quilombolas. Os dois "
            "sistemas tinham o que ensinar, mas a cooperação tradicional tratava apenas o Brasil "
            "como fonte de conhecimento."
        ),
        "objectives": (
            "Fortalecer a atenção primária nos dois países por meio de intercâmbios recíprocos de "
            "profissionais, com metas de aprendizagem definidas em conjunto pelas instituições de "
            "envio e de acolhimento, e transformar a experiência individual em mudanças concretas "
            "nos serviços."
        ),
        "solution": (
            "A cada ciclo, seis profissionais brasileiros (agentes comunitários, enfermeiros e "
            "gestores) vão para Nampula e seis moçambicanos vêm para Pernambuco e o Ceará. Antes "
            "da viagem, cada par de instituições assina um plano de aprendizagem com até três "
            "resultados esperados. Os participantes trabalham integrados às equipes locais, com um "
            "mentor no serviço anfitrião, e ao voltar têm 90 dias para apresentar e aplicar uma "
            "proposta de melhoria na própria unidade. Um centro acadêmico de Maputo acompanha os "
            "ciclos e sistematiza as lições."
        ),
        "building_blocks": [
            {
                "title": "Planos de aprendizagem assinados pelas duas instituições",
                "description": (
                    "Cada intercâmbio começa com um documento curto que define o que cada lado "
                    "espera aprender e ensinar."
                ),
                "enabling_factors": (
                    "O envolvimento dos gestores distritais e municipais desde o início garantiu "
                    "espaço para aplicar as propostas de retorno."
                ),
                "lessons_learned": (
                    "Metas vagas, como “trocar experiências”, resultaram em estágios pouco "
                    "produtivos nos primeiros ciclos."
                ),
            },
            {
                "title": "Mentoria no serviço anfitrião",
                "description": (
                    "Um profissional experiente da equipe que acolhe acompanha o participante "
                    "semanalmente."
                ),
                "enabling_factors": (
                    "Reconhecer a mentoria na carga horária do mentor evitou sobrecarga."
                ),
                "lessons_learned": (
                    "Os mentores também relataram aprendizagens, o que reforçou o caráter "
                    "recíproco do programa."
                ),
            },
            {
                "title": "Projetos de retorno com prazo",
                "description": (
                    "Ao voltar, o participante lidera uma mudança concreta em 90 dias, com apoio "
                    "da chefia."
                ),
                "enabling_factors": (
                    "Um pequeno fundo de até 1.500 dólares por projeto permitiu testar ideias "
                    "rapidamente."
                ),
                "lessons_learned": (
                    "Projetos simples e baratos tiveram mais continuidade do que propostas "
                    "ambiciosas."
                ),
            },
        ],
        "results": (
            "Entre 2017 e 2023, 84 profissionais participaram de sete ciclos, 42 em cada direção. "
            "Em Nampula, quatro distritos adotaram fichas de acompanhamento familiar inspiradas no "
            "modelo brasileiro, e a proporção de gestantes com quatro consultas de pré-natal "
            "passou de 51% para 68% nas áreas acompanhadas. No Brasil, dez municípios criaram "
            "comitês comunitários de vigilância inspirados na experiência moçambicana, que "
            "detectaram 37 surtos de diarreia e sarampo antes do sistema regular de notificação."
        ),
        "beneficiaries": (
            "Cerca de 310 mil pessoas atendidas pelas unidades participantes nos dois países, além "
            "das próprias equipes de saúde e dos gestores locais."
        ),
        "sustainability": (
            "Desde 2021 os ministérios da saúde dos dois países cofinanciam passagens e diárias, e "
            "o conteúdo do intercâmbio foi incorporado à formação continuada dos agentes "
            "comunitários em Nampula."
        ),
        "replicability": (
            "A proximidade linguística facilitou muito a aprendizagem, mas o modelo de planos "
            "recíprocos e projetos de retorno pode ser aplicado entre outros sistemas de atenção "
            "primária, desde que haja mentores disponíveis e apoio das chefias."
        ),
        "budget": 1120000,
        "currency": "USD",
        "url": "https://example.org/practices/geminacao-saude-brasil-mocambique",
    },
    {
        "source_id": "MINGA-DEMO-004",
        "title": "Shared civil registration platform for Pacific island states",
        "subtitle": "One open-source system, configured and maintained by three countries",
        "summary": (
            "Three Pacific island states pooled resources to adopt a common open-source civil "
            "registration and vital statistics system instead of each buying its own. Registrars "
            "trained one another and now maintain a shared code base and a rotating support desk."
        ),
        "language": "en",
        "countries": ["FJ", "WS", "TO"],
        "sdgs": [3, 16, 17],
        "themes": ["Digital public infrastructure", "Health systems"],
        "modality": "multilateral",
        "partners": [
            "United Nations Development Programme (funder)",
            "United Nations Office for South-South Cooperation (facilitating)",
        ],
        "start_year": 2019,
        "end_year": None,
        "stage": "advanced",
        "challenge": (
            "Small island states must register births, deaths and marriages just like large "
            "countries, but with registry offices of a handful of staff and populations spread "
            "over many islands. Paper records were vulnerable to cyclones, and stand-alone "
            "software bought from vendors was expensive to maintain. In one country, an estimated "
            "12 percent of births on outer islands went unregistered during the first year of life."
        ),
        "objectives": (
            "Reach universal and timely registration of vital events, cut the cost of registry "
            "software by sharing it, and produce reliable cause-of-death statistics for health "
            "planning."
        ),
        "solution": (
            "With support from a multilateral programme, the three registrar offices agreed on a "
            "common data model and adopted an open-source registration platform. Each country runs "
            "its own instance, with its data hosted in-country. Registration was extended to "
            "health facilities and village officials, who use tablets that synchronise when a "
            "connection is available. A joint team of six developers, two from each country, "
            "maintains the shared code and takes turns providing support."
        ),
        "building_blocks": [
            {
                "title": "A common data model with national data",
                "description": (
                    "A shared set of fields and codes makes joint maintenance possible while each "
                    "country keeps full control of its records."
                ),
                "enabling_factors": (
                    "Early agreement among the three registrars-general on what would and would "
                    "not be shared."
                ),
                "lessons_learned": (
                    "Spending four months on the data model saved far more time during "
                    "configuration."
                ),
            },
            {
                "title": "Registration at the point of service",
                "description": (
                    "Nurses and village officials record births and deaths on tablets, and "
                    "registry staff validate them remotely."
                ),
                "enabling_factors": (
                    "Most births already took place in health facilities, so registration followed "
                    "existing routines."
                ),
                "lessons_learned": (
                    "Offline synchronisation was essential: an early version that required a "
                    "constant connection failed on outer islands."
                ),
            },
            {
                "title": "A rotating regional support desk",
                "description": (
                    "Each country takes a four-month turn providing first-line technical support "
                    "to the other two."
                ),
                "enabling_factors": (
                    "A shared issue tracker and monthly video calls between the technical teams."
                ),
                "lessons_learned": (
                    "The rotation built personal relationships that proved valuable during a later "
                    "cyclone response."
                ),
            },
        ],
        "results": (
            "Between 2019 and 2023, birth registration within one year rose from 86 to 97 percent "
            "across the participating countries. Annual software maintenance costs fell by an "
            "estimated 60 percent compared with separate vendor contracts. Medically certified "
            "causes of death now cover 78 percent of deaths, up from 52 percent, and the data fed "
            "directly into two national strategies on non-communicable diseases."
        ),
        "beneficiaries": (
            "Around 1.1 million residents whose vital events are recorded, along with registry and "
            "health staff and national statistics offices."
        ),
        "sustainability": (
            "Registry budgets now cover the shared technical team, and the open licence means no "
            "country is locked into a vendor. A fourth country has asked to join, which would "
            "spread costs further."
        ),
        "replicability": (
            "Suited to any group of small administrations with comparable legal frameworks. The "
            "main precondition is political agreement on data sovereignty; technically, the "
            "platform can be configured for a new country in about six months."
        ),
        "budget": 2300000,
        "currency": "USD",
        "url": "https://example.org/practices/pacific-civil-registration",
    },
    {
        "source_id": "MINGA-DEMO-005",
        "title": "Sistemas comunitarios de alerta temprana ante crecidas en cuencas andinas",
        "subtitle": (
            "Pluviómetros, radios y brigadas vecinales conectados con los servicios meteorológicos"
        ),
        "summary": (
            "Comunidades rurales de Perú, Bolivia y Ecuador instalaron redes de observación de "
            "lluvias y niveles de ríos gestionadas por brigadas vecinales. Un intercambio entre "
            "los tres países permitió unificar protocolos y conectar los datos comunitarios con "
            "los servicios meteorológicos nacionales."
        ),
        "language": "es",
        "countries": ["PE", "BO", "EC"],
        "sdgs": [6, 11, 13],
        "themes": ["Disaster risk reduction", "Climate adaptation"],
        "modality": "regional-south-south",
        "partners": [
            "Instituto Andino de Estudios de Cooperación (provider)",
            "United Nations Development Programme (funder)",
        ],
        "start_year": 2017,
        "end_year": 2022,
        "stage": "successful",
        "challenge": (
            "En las cuencas altas de los Andes, las lluvias intensas provocan crecidas y huaicos "
            "que llegan a los poblados en menos de una hora. Las estaciones meteorológicas "
            "oficiales son escasas en estas zonas y los avisos nacionales, cuando existen, cubren "
            "áreas demasiado extensas para orientar una evacuación. Durante el Niño costero de "
            "2017, varias comunidades quedaron aisladas sin haber recibido ningún aviso."
        ),
        "objectives": (
            "Reducir las pérdidas humanas y materiales por crecidas mediante avisos locales "
            "oportunos, fortalecer la organización comunitaria y generar datos útiles para los "
            "servicios hidrometeorológicos."
        ),
        "solution": (
            "Cada comunidad conformó una brigada de cinco a ocho personas, con participación "
            "obligatoria de mujeres y jóvenes, que registra a diario la lluvia y el nivel del río "
            "con pluviómetros manuales y reglas limnimétricas. Los datos se envían por radio o "
            "mensajería a una central municipal que aplica umbrales definidos con los servicios "
            "meteorológicos. Cuando se superan, sirenas y altoparlantes comunitarios activan la "
            "evacuación por rutas señalizadas. Brigadistas peruanos con más experiencia "
            "acompañaron durante tres semanas la instalación en Bolivia y Ecuador y, a su vez, "
            "aprendieron del uso boliviano de indicadores naturales."
        ),
        "building_blocks": [
            {
                "title": "Brigadas vecinales reconocidas por el municipio",
                "description": (
                    "Cada brigada cuenta con una resolución municipal que la reconoce y le asigna "
                    "un pequeño presupuesto."
                ),
                "enabling_factors": (
                    "El compromiso de alcaldes que habían vivido desastres recientes."
                ),
                "lessons_learned": (
                    "Sin reconocimiento formal, las brigadas se disolvían con cada cambio de "
                    "autoridades."
                ),
            },
            {
                "title": "Umbrales acordados con los servicios meteorológicos",
                "description": (
                    "Los niveles de alerta se calcularon con los institutos nacionales a partir de "
                    "datos históricos y de la memoria local."
                ),
                "enabling_factors": (
                    "Convenios de intercambio de datos entre municipios e institutos."
                ),
                "lessons_learned": (
                    "Combinar saberes locales y datos técnicos aumentó la confianza de la "
                    "población en las alertas."
                ),
            },
            {
                "title": "Simulacros anuales",
                "description": (
                    "Cada año se realiza un simulacro de evacuación antes de la temporada de "
                    "lluvias."
                ),
                "enabling_factors": (
                    "Las escuelas participan y difunden las rutas entre las familias."
                ),
                "lessons_learned": (
                    "Los simulacros revelaron rutas bloqueadas que nadie había detectado en los "
                    "mapas."
                ),
            },
        ],
        "results": (
            "Se instalaron 146 puntos de observación en 58 comunidades. Entre 2019 y 2022 se "
            "emitieron 31 alertas, con una anticipación media de 47 minutos. En las crecidas de "
            "febrero de 2022 no hubo víctimas mortales en las comunidades participantes, mientras "
            "que en cuencas vecinas sin sistema se registraron nueve. Los datos comunitarios se "
            "integraron a la red oficial de observación en Perú y Ecuador."
        ),
        "beneficiaries": (
            "Unas 52.000 personas de 58 comunidades rurales, en su mayoría quechuas y aimaras, "
            "además de los gobiernos municipales y los servicios meteorológicos."
        ),
        "sustainability": (
            "Los municipios financian el mantenimiento de los equipos y el seguro de los "
            "brigadistas; los institutos meteorológicos capacitan a nuevos brigadistas cada dos "
            "años."
        ),
        "replicability": (
            "El sistema es de bajo costo, unos 3.000 dólares por comunidad, y se adapta a cuencas "
            "pequeñas con tiempos de respuesta cortos. Son claves el reconocimiento municipal y un "
            "acuerdo técnico con el servicio meteorológico nacional."
        ),
        "budget": 960000,
        "currency": "USD",
        "url": "https://example.org/practices/alerta-temprana-andina",
    },
    {
        "source_id": "MINGA-DEMO-006",
        "title": "Mangrove-friendly shrimp farming on the Bay of Bengal coast",
        "subtitle": "Restoring coastal buffers while protecting livelihoods",
        "summary": (
            "Coastal communities in Bangladesh and Sri Lanka combine mangrove replanting with "
            "improved shrimp and crab farming, so that restoration pays for itself. "
            "Farmer-to-farmer exchanges between cooperatives spread practical techniques in both "
            "directions."
        ),
        "language": "en",
        "countries": ["BD", "LK"],
        "sdgs": [1, 13, 14],
        "themes": ["Climate adaptation", "Disaster risk reduction"],
        "modality": "south-south",
        "partners": [
            "Bay of Bengal Adaptation Collective (provider)",
            "United Nations Development Programme (funder)",
        ],
        "start_year": 2018,
        "end_year": None,
        "stage": "advanced",
        "challenge": (
            "The expansion of shrimp ponds has cleared large areas of mangrove along the Bay of "
            "Bengal, leaving villages exposed to storm surges and saline intrusion. Pond yields "
            "also fall after a few years as water quality degrades. Restoration projects that "
            "ignored livelihoods saw replanted seedlings removed within a few seasons."
        ),
        "objectives": (
            "Restore mangrove cover as a natural storm barrier while raising household income from "
            "aquaculture, and give cooperatives the skills to manage the combined system without "
            "outside support."
        ),
        "solution": (
            "Farmers convert part of each pond into mangrove islands and planted dikes, which "
            "shade the water, filter waste and provide nursery habitat for fish. Stocking "
            "densities are lowered and mud crab is added as a second crop. Bangladeshi "
            "cooperatives that piloted the method hosted farmers from Sri Lanka's eastern lagoons, "
            "and the Sri Lankan groups in turn shared their experience of community-run hatcheries."
        ),
        "building_blocks": [
            {
                "title": "Ponds redesigned around mangrove islands",
                "description": (
                    "At least 30 percent of each pond area is planted with native mangroves, with "
                    "channels that keep water circulating."
                ),
                "enabling_factors": (
                    "Village nurseries run by women's groups supplied seedlings at low cost."
                ),
                "lessons_learned": (
                    "Farmers accepted a smaller pond area only after seeing a neighbour's accounts."
                ),
            },
            {
                "title": "Paid farmer-to-farmer hosting",
                "description": (
                    "Groups of ten farmers spend ten days with a host cooperative during stocking "
                    "and harvest."
                ),
                "enabling_factors": (
                    "Hosts receive a daily fee for their time, which recognises them as trainers."
                ),
                "lessons_learned": (
                    "Seeing the technique in a similar salinity context convinced farmers more "
                    "than any lecture."
                ),
            },
        ],
        "results": (
            "By 2023, some 1,450 hectares of mangrove had been restored across 2,100 ponds. Net "
            "household income from ponds rose by 22 percent on average, driven by crab sales and "
            "lower feed costs. When a severe cyclone struck in 2020, embankments behind restored "
            "mangrove belts in the pilot area suffered 40 percent less damage than unprotected "
            "ones."
        ),
        "beneficiaries": (
            "About 6,800 fishing and farming households, including 1,900 women who run mangrove "
            "nurseries and crab fattening."
        ),
        "sustainability": (
            "Cooperatives fund nursery work through a small levy on crab sales, and district "
            "fisheries offices have added the model to their extension packages."
        ),
        "replicability": (
            "Applicable along tropical coasts where aquaculture competes with mangroves. Secure "
            "tenure over ponds is a precondition: farmers need to be sure they will benefit from "
            "the trees they plant."
        ),
        "budget": 1400000,
        "currency": "USD",
        "url": "https://example.org/practices/mangrove-shrimp-bay-of-bengal",
    },
    {
        "source_id": "MINGA-DEMO-007",
        "title": "Incubateur de coopératives féminines de transformation agroalimentaire",
        "subtitle": "Couscous, huile d'argan et dattes : de l'atelier familial au marché régional",
        "summary": (
            "Une association tunisienne accompagne des coopératives de femmes de Tunisie, du Maroc "
            "et de Mauritanie pour passer de la production artisanale à la vente sur les marchés "
            "régionaux. Le programme combine formation à la gestion, mise aux normes sanitaires et "
            "mentorat entre coopératives de pays différents."
        ),
        "language": "fr",
        "countries": ["TN", "MA", "MR"],
        "sdgs": [5, 8, 12],
        "themes": ["Gender equality", "Trade and investment", "Food security"],
        "modality": "regional-south-south",
        "partners": [
            "Centre maghrébin pour l'entrepreneuriat féminin (provider)",
            "Food and Agriculture Organization of the United Nations (facilitating)",
        ],
        "start_year": 2015,
        "end_year": 2020,
        "stage": "successful",
        "challenge": (
            "Dans les zones rurales du Maghreb, les femmes assurent une grande part de la "
            "transformation des produits agricoles, mais elles vendent surtout en vrac à des "
            "intermédiaires, sans marque ni certification. Moins d'une coopérative féminine sur "
            "cinq disposait d'une autorisation sanitaire, ce qui lui fermait l'accès à la grande "
            "distribution et à l'exportation. Faute de garanties, l'accès au crédit restait très "
            "limité."
        ),
        "objectives": (
            "Augmenter les revenus des coopératives féminines en améliorant la qualité, "
            "l'emballage et la commercialisation de leurs produits, et créer un réseau durable "
            "d'entraide entre coopératives de la région."
        ),
        "solution": (
            "Chaque coopérative retenue suit un parcours d'incubation de dix-huit mois : "
            "diagnostic, plan d'affaires, mise aux normes de l'atelier, création d'une marque "
            "collective et participation à des salons. Les coopératives tunisiennes les plus "
            "avancées servent de mentores à des coopératives marocaines et mauritaniennes, avec "
            "des visites croisées de dix jours. Un fonds de garantie commun facilite l'accès au "
            "crédit auprès d'institutions de microfinance partenaires."
        ),
        "building_blocks": [
            {
                "title": "Mentorat entre coopératives",
                "description": (
                    "Une coopérative expérimentée accompagne deux coopératives plus jeunes pendant "
                    "toute la durée de l'incubation."
                ),
                "enabling_factors": (
                    "La proximité culturelle et l'usage partagé de l'arabe dialectal et du "
                    "français ont facilité les échanges."
                ),
                "lessons_learned": (
                    "Les mentores ont souvent profité des visites pour revoir leurs propres prix "
                    "et circuits de vente."
                ),
            },
            {
                "title": "Mise aux normes sanitaires mutualisée",
                "description": (
                    "Les coopératives d'une même zone partagent un atelier équipé et une "
                    "responsable qualité."
                ),
                "enabling_factors": (
                    "Des visites-conseils des services sanitaires régionaux avant l'inspection "
                    "officielle."
                ),
                "lessons_learned": (
                    "La mutualisation de l'atelier a divisé par trois le coût d'accès à "
                    "l'autorisation sanitaire."
                ),
            },
            {
                "title": "Fonds de garantie régional",
                "description": "Un fonds couvre 50 % des prêts accordés aux coopératives incubées.",
                "enabling_factors": (
                    "Des conventions signées avec quatre institutions de microfinance."
                ),
                "lessons_learned": (
                    "Un taux de remboursement de 96 % a convaincu les institutions de prêter sans "
                    "garantie au second cycle."
                ),
            },
        ],
        "results": (
            "Quatre-vingt-quatre coopératives regroupant 2 350 femmes ont achevé l'incubation. La "
            "part des coopératives disposant d'une autorisation sanitaire est passée de 18 % à 71 "
            "%, et leur chiffre d'affaires moyen a plus que doublé en trois ans. Trente "
            "coopératives exportent désormais vers des pays voisins ou vers l'Europe, et 1,2 "
            "million de dollars de crédits leur ont été accordés."
        ),
        "beneficiaries": (
            "Les membres des coopératives, en majorité des femmes rurales de 25 à 55 ans, leurs "
            "familles et les petits producteurs qui les approvisionnent."
        ),
        "sustainability": (
            "Les coopératives versent désormais une cotisation au réseau régional, et le fonds de "
            "garantie est alimenté par les intérêts des prêts remboursés."
        ),
        "replicability": (
            "Le parcours d'incubation est décrit dans un guide en arabe et en français. Il suppose "
            "un cadre juridique favorable aux coopératives et des institutions de microfinance "
            "présentes en zone rurale."
        ),
        "budget": 2100000,
        "currency": "USD",
        "url": "https://example.org/practices/cooperatives-feminines-maghreb",
    },
    {
        "source_id": "MINGA-DEMO-008",
        "title": "Interoperable digital credentials for cross-border public services",
        "subtitle": (
            "Mutual recognition of e-signatures and diplomas among Arab public administrations"
        ),
        "summary": (
            "Digital government agencies in Jordan, Tunisia and Egypt are piloting mutual "
            "recognition of electronic signatures and verifiable credentials, starting with "
            "university diplomas and professional licences. The work rests on an open "
            "specification and structured peer reviews between national teams."
        ),
        "language": "en",
        "countries": ["JO", "TN", "EG"],
        "sdgs": [9, 16, 17],
        "themes": ["Digital public infrastructure", "Education"],
        "modality": "south-south",
        "partners": [
            "Arab Network for Digital Government (provider)",
            "Nairobi Centre for Digital Governance (facilitating)",
            "United Nations Development Programme (funder)",
        ],
        "start_year": 2022,
        "end_year": None,
        "stage": "promising",
        "challenge": (
            "Professionals moving between Arab countries must have diplomas and licences verified "
            "through slow paper procedures involving embassies and several ministries. Verifying a "
            "single degree can take three months, delaying job offers and encouraging fraud. Each "
            "country has built its own digital identity and e-signature system, but none "
            "recognises the others."
        ),
        "objectives": (
            "Cut the time needed to verify credentials across borders to less than a day, protect "
            "personal data by sharing only what is strictly needed, and lay a common technical and "
            "legal basis for further cross-border services."
        ),
        "solution": (
            "The agencies agreed on an open specification for verifiable credentials and a trust "
            "framework listing the public keys of recognised issuers. Universities and "
            "professional bodies issue signed digital credentials that holders keep in a wallet "
            "app and present to an employer or ministry abroad. National teams review each other's "
            "implementations twice a year, and a Kenyan think tank facilitates comparisons with "
            "similar work in Africa."
        ),
        "building_blocks": [
            {
                "title": "A trust framework before the technology",
                "description": (
                    "A legal memorandum defines which issuers are recognised and how their keys "
                    "are published and revoked."
                ),
                "enabling_factors": (
                    "Sponsorship at the level of ministers responsible for the digital economy."
                ),
                "lessons_learned": (
                    "Technical pilots moved quickly once the legal basis was in place, and not "
                    "before."
                ),
            },
            {
                "title": "Peer reviews between national teams",
                "description": (
                    "Every six months, one country's team reviews another's implementation against "
                    "an agreed checklist."
                ),
                "enabling_factors": (
                    "A shared checklist based on open standards for identity and signatures."
                ),
                "lessons_learned": (
                    "Peer reviews surfaced privacy risks that internal audits had missed."
                ),
            },
        ],
        "results": (
            "During the pilot, 14 universities and three engineering syndicates issued about "
            "52,000 digital diplomas and licences. Average verification time for pilot credentials "
            "fell from 63 days to under one hour. No personal data beyond the credential itself is "
            "exchanged between governments."
        ),
        "beneficiaries": (
            "Graduates and professionals seeking work in the region, employers, universities and "
            "professional regulators."
        ),
        "sustainability": (
            "Each agency funds its own node from the national budget, and the specification is "
            "maintained by a working group of the network with a rotating chair."
        ),
        "replicability": (
            "Any country with a functioning e-signature law can adopt the open specification. "
            "Legal harmonisation, not technology, is the main bottleneck."
        ),
        "budget": 680000,
        "currency": "USD",
        "url": "https://example.org/practices/digital-credentials-arab-region",
    },
    {
        "source_id": "MINGA-DEMO-009",
        "title": "Solar-powered water kiosks with smart metering in peri-urban settlements",
        "subtitle": "A utility-to-utility staff exchange between Norway, Kenya and Uganda",
        "summary": (
            "Water utilities in Kenya and Uganda installed solar-powered kiosks with prepaid smart "
            "meters in informal settlements, supported by a year-long exchange of engineers with a "
            "Norwegian municipal utility. Households now buy treated water at the official tariff, "
            "a fraction of what vendors charged."
        ),
        "language": "en",
        "countries": ["KE", "UG"],
        "sdgs": [6, 7, 11],
        "themes": ["Water and sanitation", "Capacity development"],
        "modality": "north-south",
        "partners": [
            "Norwegian Agency for Exchange Cooperation (funder)",
            "Nairobi Centre for Digital Governance (facilitating)",
        ],
        "start_year": 2018,
        "end_year": 2023,
        "stage": "successful",
        "challenge": (
            "Residents of informal settlements around Kisumu and Kampala often buy water from "
            "carts and resellers at five to ten times the utility tariff. Utilities lose a large "
            "share of the water they produce through leaks and illegal connections, and diesel "
            "pumping is costly. Earlier kiosks run by private operators had closed because of "
            "cash-handling problems and revenue disputes."
        ),
        "objectives": (
            "Provide safe, affordable water within 200 metres of every household in the targeted "
            "settlements, reduce non-revenue water and strengthen the utilities' engineering and "
            "customer-service capacity."
        ),
        "solution": (
            "The utilities built kiosks with solar pumps and prepaid meters: customers load credit "
            "onto a tag through mobile money and draw water at any hour. Meter data feeds a "
            "dashboard that flags leaks and unusual consumption. Three Kenyan and Ugandan "
            "engineers spent a year in a Norwegian municipal utility working on asset management "
            "and metering, while two Norwegian engineers worked in Kisumu and Kampala, where they "
            "learned about low-cost network design and community engagement."
        ),
        "building_blocks": [
            {
                "title": "Prepaid tags and mobile money",
                "description": (
                    "Customers pay in advance through mobile money, so kiosk attendants no longer "
                    "handle cash."
                ),
                "enabling_factors": "Near-universal use of mobile money in both countries.",
                "lessons_learned": (
                    "A small free daily allowance for the poorest households, agreed with "
                    "community leaders, prevented exclusion."
                ),
            },
            {
                "title": "Reciprocal engineer placements",
                "description": (
                    "Engineers worked as regular staff in the host utility for twelve months, with "
                    "a joint assignment agreed in advance."
                ),
                "enabling_factors": (
                    "Both utilities named a supervisor and kept the placement within their annual "
                    "work plans."
                ),
                "lessons_learned": (
                    "The Norwegian utility adopted simplified leak-detection routines it had first "
                    "seen in Kampala."
                ),
            },
            {
                "title": "Community water committees",
                "description": (
                    "Elected committees choose kiosk sites, report faults and settle disputes with "
                    "the utility."
                ),
                "enabling_factors": (
                    "Local chiefs and women's groups were involved from the site-selection stage."
                ),
                "lessons_learned": (
                    "Kiosks sited without committee input were used far less, even when they were "
                    "closer to homes."
                ),
            },
        ],
        "results": (
            "The utilities installed 118 kiosks serving around 190,000 people. The price "
            "households pay for a 20-litre jerrycan fell by about 80 percent. Non-revenue water in "
            "the targeted zones dropped from 46 to 29 percent, and solar pumping cut energy costs "
            "per kiosk by roughly 70 percent."
        ),
        "beneficiaries": (
            "Around 190,000 residents of informal settlements, most of them women and girls who "
            "previously spent hours fetching water, and the staff of the participating utilities."
        ),
        "sustainability": (
            "Kiosk revenue covers operation and maintenance, and both utilities have included "
            "kiosk expansion in their investment plans. Former exchange participants now lead the "
            "metering units."
        ),
        "replicability": (
            "The approach fits any utility serving dense informal areas where mobile money is "
            "common. The staff exchange component can be run between utilities of any two "
            "countries with a shared technical agenda."
        ),
        "budget": 3200000,
        "currency": "USD",
        "url": "https://example.org/practices/solar-water-kiosks",
    },
    {
        "source_id": "MINGA-DEMO-010",
        "title": "Compras públicas a la agricultura familiar para la alimentación escolar",
        "subtitle": "La experiencia colombiana de compras locales adaptada en Guatemala y Honduras",
        "summary": (
            "Organizaciones de agricultores familiares de Guatemala y Honduras abastecen los "
            "comedores escolares con productos frescos gracias a reformas de las compras públicas "
            "inspiradas en experiencias colombianas. Una fundación colombiana brindó la asistencia "
            "técnica, con financiamiento y facilitación de agencias de Naciones Unidas."
        ),
        "language": "es",
        "countries": ["GT", "HN", "CO"],
        "sdgs": [1, 2, 4, 12],
        "themes": ["Food security", "Education"],
        "modality": "triangular",
        "partners": [
            "Fundación Territorios Vivos (provider)",
            "World Food Programme (funder)",
            "Food and Agriculture Organization of the United Nations (facilitating)",
        ],
        "start_year": 2016,
        "end_year": None,
        "stage": "advanced",
        "challenge": (
            "Los programas de alimentación escolar de la región dependían de alimentos procesados "
            "comprados a grandes proveedores, mientras que los agricultores familiares de esas "
            "mismas comunidades no encontraban mercados estables. Las reglas de contratación "
            "pública exigían garantías y volúmenes imposibles de cumplir para una asociación "
            "campesina."
        ),
        "objectives": (
            "Mejorar la calidad nutricional de la alimentación escolar y asegurar un mercado "
            "estable a la agricultura familiar, adaptando las normas de compra pública sin perder "
            "transparencia."
        ),
        "solution": (
            "Equipos de los ministerios de educación y agricultura visitaron municipios "
            "colombianos donde las compras locales funcionaban desde hacía una década, y "
            "especialistas colombianos acompañaron durante dos años la redacción de reglamentos y "
            "la formación de organizaciones de productores. Las escuelas, a través de sus juntas "
            "de padres de familia, compran directamente a organizaciones registradas, con precios "
            "de referencia públicos y pagos por transferencia. Los menús se ajustan al calendario "
            "agrícola de cada zona."
        ),
        "building_blocks": [
            {
                "title": "Reforma del marco de compras",
                "description": (
                    "Se creó una modalidad de compra directa a organizaciones de agricultura "
                    "familiar, con montos máximos por escuela."
                ),
                "enabling_factors": (
                    "La voluntad política que siguió a la aprobación de leyes de alimentación "
                    "escolar."
                ),
                "lessons_learned": (
                    "Involucrar desde el inicio a los órganos de control evitó que la reforma "
                    "fuera impugnada."
                ),
            },
            {
                "title": "Registro y acompañamiento de organizaciones de productores",
                "description": (
                    "Las organizaciones se inscriben en un registro público y reciben apoyo en "
                    "facturación, inocuidad y logística."
                ),
                "enabling_factors": "Técnicos de extensión formados por el equipo colombiano.",
                "lessons_learned": (
                    "Las organizaciones lideradas por mujeres cumplieron mejor los plazos de "
                    "entrega."
                ),
            },
        ],
        "results": (
            "En 2023, más de 11.400 escuelas compraban al menos parte de sus alimentos a 1.270 "
            "organizaciones de agricultura familiar, con ventas anuales superiores a 38 millones "
            "de dólares. En las escuelas monitoreadas, el consumo de frutas y verduras aumentó un "
            "35 % y la asistencia escolar mejoró en los meses de mayor escasez."
        ),
        "beneficiaries": (
            "Alrededor de 1,6 millones de estudiantes de primaria y unas 21.000 familias "
            "productoras."
        ),
        "sustainability": (
            "Las compras se financian con los presupuestos nacionales de educación; la cooperación "
            "solo cubrió la asistencia técnica y la formación."
        ),
        "replicability": (
            "Requiere un programa de alimentación escolar con presupuesto estable y disposición a "
            "reformar las reglas de compras públicas. El acompañamiento entre pares de países con "
            "sistemas administrativos parecidos acelera el proceso."
        ),
        "budget": 4500000,
        "currency": "USD",
        "url": "https://example.org/practices/compras-publicas-alimentacion-escolar",
    },
    {
        "source_id": "MINGA-DEMO-011",
        "title": "Public service exchange for disaster-ready local governments",
        "subtitle": "Six-month placements of municipal officers across South Asia",
        "summary": (
            "Municipal planners and disaster management officers from Sri Lanka, Nepal and the "
            "Maldives spend six months in a peer local government of another country to strengthen "
            "risk-informed planning. A regional training institute designs the programme and a "
            "Norwegian exchange agency co-finances the placements."
        ),
        "language": "en",
        "countries": ["LK", "NP", "MV"],
        "sdgs": [11, 16, 17],
        "themes": ["Capacity development", "Disaster risk reduction"],
        "modality": "triangular",
        "partners": [
            "South Asian Institute for Public Service Training (provider)",
            "Norwegian Agency for Exchange Cooperation (funder)",
            "United Nations Office for South-South Cooperation (facilitating)",
        ],
        "start_year": 2019,
        "end_year": None,
        "stage": "advanced",
        "challenge": (
            "Decentralisation has made local governments in South Asia responsible for land-use "
            "planning and emergency response, yet few municipal officers are trained in risk "
            "assessment. Classroom courses produced certificates but rarely changed how budgets "
            "and building permits were decided, and officers had little contact with peers facing "
            "similar hazards in neighbouring countries."
        ),
        "objectives": (
            "Build disaster risk into municipal planning, budgeting and permitting by creating a "
            "cohort of officers with hands-on experience in peer municipalities."
        ),
        "solution": (
            "Each year, twelve officers are selected in pairs of sending and hosting "
            "municipalities. After a three-week preparatory course, they work for six months in "
            "the host municipality on a concrete assignment, such as a flood-risk overlay for the "
            "zoning plan or a school safety audit. Host and sender sign a learning agreement, and "
            "each officer returns with a reintegration plan endorsed by their mayor or chief "
            "executive. Alumni meet once a year and mentor the next cohort."
        ),
        "building_blocks": [
            {
                "title": "Paired municipalities",
                "description": (
                    "Municipalities facing similar hazards are matched so that each one both sends "
                    "and hosts an officer."
                ),
                "enabling_factors": (
                    "Existing sister-city agreements gave a formal basis for the placements."
                ),
                "lessons_learned": (
                    "Reciprocity made mayors far more willing to release staff for six months."
                ),
            },
            {
                "title": "Reintegration plans endorsed by leadership",
                "description": (
                    "Before leaving, each officer agrees with their superior how the new skills "
                    "will be used on return."
                ),
                "enabling_factors": (
                    "Placements count towards promotion under civil service rules in two of the "
                    "three countries."
                ),
                "lessons_learned": (
                    "Without an endorsed plan, several early returnees were assigned to unrelated "
                    "duties."
                ),
            },
            {
                "title": "Alumni mentoring",
                "description": (
                    "Former participants coach new cohorts online and during the preparatory "
                    "course."
                ),
                "enabling_factors": "A small alumni budget covers one meeting a year.",
                "lessons_learned": (
                    "Alumni turned out to be the programme's most effective recruiters."
                ),
            },
        ],
        "results": (
            "Between 2019 and 2024, 61 officers from 34 municipalities completed placements. "
            "Twenty-two municipalities added hazard overlays to their zoning plans and 19 "
            "introduced a risk screening step for building permits. During a 2023 monsoon flood, "
            "two Nepali municipalities used evacuation plans drafted during placements and moved "
            "3,600 people to safety within six hours."
        ),
        "beneficiaries": (
            "Municipal officers and, indirectly, some 2.4 million residents of the participating "
            "municipalities."
        ),
        "sustainability": (
            "Two national ministries of local government now pay for placements of their own "
            "officers, and the preparatory course is part of the institute's regular curriculum."
        ),
        "replicability": (
            "The model works where local governments hold real planning powers. Civil service "
            "rules on secondment must be clarified early, and each host municipality needs a named "
            "supervisor."
        ),
        "budget": 1050000,
        "currency": "USD",
        "url": "https://example.org/practices/municipal-officer-exchange-south-asia",
    },
    {
        "source_id": "MINGA-DEMO-012",
        "title": "Rede de escolas técnicas agrárias: formação de formadores",
        "subtitle": "Professores de Moçambique, Angola e Cabo Verde aprendem uns com os outros",
        "summary": (
            "Um centro de estudos de Maputo coordena uma rede de escolas técnicas agrárias que "
            "organiza estágios cruzados de professores entre Moçambique, Angola e Cabo Verde. Os "
            "professores actualizam os currículos com práticas de agricultura de conservação e de "
            "gestão de pequenos negócios rurais."
        ),
        "language": "pt",
        "countries": ["MZ", "AO", "CV"],
        "sdgs": [4, 8],
        "themes": ["Education", "Capacity development"],
        "modality": "south-south",
        "partners": [
            "Centro de Estudos de Cooperação de Maputo (provider)",
            "Food and Agriculture Organization of the United Nations (funder)",
        ],
        "start_year": 2018,
        "end_year": None,
        "stage": "advanced",
        "challenge": (
            "As escolas técnicas agrárias dos países africanos de língua portuguesa formam "
            "milhares de técnicos por ano, mas muitos currículos datam dos anos 1990 e privilegiam "
            "a teoria. Os professores raramente têm oportunidades de actualização prática, e as "
            "escolas trabalham isoladas, apesar de partilharem a língua e desafios semelhantes."
        ),
        "objectives": (
            "Modernizar o ensino técnico agrário com métodos práticos e conteúdos adaptados às "
            "alterações climáticas, e criar uma comunidade de professores que partilhe materiais e "
            "experiências de forma contínua."
        ),
        "solution": (
            "Todos os anos, dezoito professores fazem estágios de oito semanas numa escola de "
            "outro país, onde leccionam e acompanham a exploração agrícola escolar. Antes do "
            "estágio, cada professor define com a escola anfitriã um tema de trabalho, como a "
            "cobertura morta ou a gestão de viveiros. No regresso, adapta um módulo do currículo e "
            "partilha-o numa biblioteca digital comum. Encontros virtuais mensais mantêm a rede "
            "activa entre estágios."
        ),
        "building_blocks": [
            {
                "title": "Estágios com tema definido",
                "description": (
                    "Cada estágio tem um tema acordado com antecedência e termina com um módulo "
                    "curricular revisto."
                ),
                "enabling_factors": (
                    "Os directores das escolas anfitriãs participam na escolha dos temas."
                ),
                "lessons_learned": (
                    "Os estágios sem tema claro transformavam-se em visitas de cortesia."
                ),
            },
            {
                "title": "Biblioteca digital partilhada",
                "description": (
                    "Os módulos revistos são publicados com licença aberta e podem ser "
                    "reutilizados por qualquer escola da rede."
                ),
                "enabling_factors": (
                    "Um coordenador pedagógico no centro de Maputo revê e formata os materiais."
                ),
                "lessons_learned": (
                    "Os materiais curtos, com vídeos gravados em telemóvel, foram os mais "
                    "reutilizados."
                ),
            },
        ],
        "results": (
            "Desde 2018, 97 professores de 23 escolas participaram em estágios e 41 módulos "
            "curriculares foram revistos. As explorações agrícolas de 15 escolas passaram a usar "
            "técnicas de agricultura de conservação, com aumentos da produção de milho entre 20% e "
            "35%. Num inquérito, 82% dos diplomados afirmam ter aplicado no primeiro emprego "
            "técnicas aprendidas nos módulos revistos."
        ),
        "beneficiaries": (
            "Professores e cerca de 9.800 alunos por ano nas escolas da rede, bem como os "
            "empregadores do sector agrário."
        ),
        "sustainability": (
            "Os ministérios da educação de Moçambique e de Cabo Verde reconhecem os estágios como "
            "formação contínua para efeitos de progressão na carreira, e as escolas anfitriãs "
            "cobrem o alojamento."
        ),
        "replicability": (
            "O modelo pode ser alargado a outros países com língua comum e a outras áreas "
            "técnicas. Depende de acordos entre ministérios para a mobilidade de professores "
            "durante o ano lectivo."
        ),
        "budget": 620000,
        "currency": "USD",
        "url": "https://example.org/practices/escolas-tecnicas-agrarias",
    },
    {
        "source_id": "MINGA-DEMO-013",
        "title": "Lower Mekong drought monitoring with open satellite data",
        "subtitle": "A shared drought index for four riparian countries",
        "summary": (
            "Hydrologists from Cambodia, Lao PDR, Thailand and Viet Nam built a common drought "
            "monitoring service using free satellite imagery and open-source tools. Monthly "
            "bulletins now guide planting advice and reservoir operations across the lower basin."
        ),
        "language": "en",
        "countries": ["KH", "LA", "TH", "VN"],
        "sdgs": [6, 13, 15, 17],
        "themes": ["Water and sanitation", "Climate adaptation", "Digital public infrastructure"],
        "modality": "multilateral",
        "partners": [
            "Lower Mekong Water Futures Centre (provider)",
            "Food and Agriculture Organization of the United Nations (facilitating)",
            "United Nations Development Programme (funder)",
        ],
        "start_year": 2020,
        "end_year": None,
        "stage": "promising",
        "challenge": (
            "Droughts in the lower Mekong have become longer and less predictable, and rainfall "
            "stations are sparse in upland areas. Each country used its own drought indicators, so "
            "maps stopped at borders and contradicted each other where river basins were shared. "
            "Farmers often received advice on planting dates only after the season had started."
        ),
        "objectives": (
            "Provide a consistent, timely picture of drought conditions across the lower basin, "
            "strengthen national agencies' capacity to use satellite data, and get actionable "
            "advice to farmers before planting decisions are made."
        ),
        "solution": (
            "A joint technical team of hydrologists and remote-sensing specialists from the four "
            "countries defined a combined drought index based on rainfall estimates, soil moisture "
            "and vegetation health from free satellite data. The processing chain runs on "
            "open-source software, and each national agency validates its own territory against "
            "ground stations before the monthly bulletin is released. Bulletins are translated "
            "into local languages and passed to extension services with simple planting "
            "recommendations."
        ),
        "building_blocks": [
            {
                "title": "A jointly defined drought index",
                "description": (
                    "The four agencies agreed on indicators, thresholds and map colours so that "
                    "results are comparable across borders."
                ),
                "enabling_factors": (
                    "A neutral regional think tank hosted the technical meetings and kept the code."
                ),
                "lessons_learned": (
                    "Agreeing on who publishes the bulletin, and under whose logo, took longer "
                    "than the technical work."
                ),
            },
            {
                "title": "National validation before release",
                "description": (
                    "Each agency checks the index for its territory against ground observations "
                    "and can annotate the map."
                ),
                "enabling_factors": (
                    "Staff exchanges of two to four weeks between agencies built shared skills in "
                    "data validation."
                ),
                "lessons_learned": (
                    "Giving each country the last word on its own area made joint publication "
                    "politically acceptable."
                ),
            },
        ],
        "results": (
            "Since 2021, 38 monthly bulletins have been issued. Extension services in 112 "
            "districts use them, and during the 2023 dry season advisories helped around 46,000 "
            "farmers switch to short-cycle rice varieties or delay transplanting. Validation "
            "against ground stations shows 83 percent agreement on drought classes."
        ),
        "beneficiaries": (
            "National hydrological and agricultural agencies of four countries, extension workers "
            "and, through them, rice and maize farmers in drought-prone districts."
        ),
        "sustainability": (
            "Running costs are low because the data and software are free; the main cost is staff "
            "time, now covered by national agency budgets. The regional centre maintains the code "
            "base."
        ),
        "replicability": (
            "Any group of countries sharing a river basin can reuse the open processing chain. The "
            "harder part is the governance of joint publication, which should be agreed before the "
            "technical work starts."
        ),
        "budget": 890000,
        "currency": "USD",
        "url": "https://example.org/practices/mekong-drought-monitoring",
    },
    {
        "source_id": "MINGA-DEMO-014",
        "title": "Téléconsultation obstétricale entre hôpitaux de district et centres de référence",
        "subtitle": "Un réseau béninois étendu au Togo et au Niger",
        "summary": (
            "Des sages-femmes et médecins d'hôpitaux de district peuvent joindre à toute heure un "
            "gynécologue d'un centre de référence par une application sécurisée. Né au Bénin, le "
            "réseau a été adapté au Togo et au Niger grâce à des séjours croisés d'équipes "
            "soignantes et techniques."
        ),
        "language": "fr",
        "countries": ["BJ", "TG", "NE"],
        "sdgs": [3, 5, 9],
        "themes": ["Health systems", "Gender equality", "Digital public infrastructure"],
        "modality": "south-south",
        "partners": [
            "Agence Béninoise de Coopération Technique (provider)",
            "United Nations Office for South-South Cooperation (facilitating)",
        ],
        "start_year": 2020,
        "end_year": None,
        "stage": "promising",
        "challenge": (
            "Dans de nombreux hôpitaux de district d'Afrique de l'Ouest, les accouchements "
            "compliqués sont gérés par des sages-femmes ou des médecins généralistes, sans "
            "gynécologue sur place. Les évacuations vers les centres de référence prennent souvent "
            "plusieurs heures, et la décision de transférer est parfois prise trop tard. Les "
            "hémorragies du post-partum restent la première cause de décès maternel."
        ),
        "objectives": (
            "Réduire la mortalité maternelle en permettant aux équipes de district d'obtenir un "
            "avis spécialisé en quelques minutes, et améliorer la qualité des décisions de "
            "transfert."
        ),
        "solution": (
            "Une application sécurisée relie chaque hôpital de district à une permanence de "
            "gynécologues des centres de référence. La sage-femme envoie un formulaire structuré, "
            "des photos du partogramme et, si nécessaire, appelle en vidéo. L'avis est enregistré "
            "et sert à des revues mensuelles de cas. Des équipes togolaises et nigériennes ont "
            "passé trois semaines dans les hôpitaux béninois pour observer le dispositif, puis des "
            "techniciens béninois les ont accompagnées lors du lancement chez elles."
        ),
        "building_blocks": [
            {
                "title": "Un formulaire clinique structuré",
                "description": (
                    "Le formulaire guide la sage-femme pour transmettre les informations "
                    "essentielles en moins de trois minutes."
                ),
                "enabling_factors": (
                    "Sa conception avec des sages-femmes de terrain, et non seulement avec des "
                    "spécialistes."
                ),
                "lessons_learned": (
                    "Les premières versions, trop longues, étaient abandonnées dans l'urgence."
                ),
            },
            {
                "title": "Des revues de cas mensuelles",
                "description": (
                    "Chaque mois, les équipes discutent à distance de quelques cas difficiles, "
                    "sans chercher de coupable."
                ),
                "enabling_factors": "Le soutien des directions départementales de la santé.",
                "lessons_learned": (
                    "Les revues ont davantage amélioré les pratiques que les formations classiques."
                ),
            },
        ],
        "results": (
            "Vingt-sept hôpitaux de district sont connectés dans les trois pays et plus de 4 800 "
            "téléconsultations ont été réalisées. Le délai médian de réponse est de 14 minutes. "
            "Dans les hôpitaux béninois connectés depuis 2020, la létalité des hémorragies du "
            "post-partum est passée de 1,9 % à 1,1 %, et la part des transferts jugés tardifs a "
            "diminué de moitié."
        ),
        "beneficiaries": (
            "Les femmes enceintes suivies dans les hôpitaux de district, soit environ 62 000 "
            "accouchements par an, ainsi que les sages-femmes et les médecins."
        ),
        "sustainability": (
            "Les ministères de la santé prennent en charge les forfaits de données et "
            "l'hébergement de l'application ; les gardes de téléconsultation sont intégrées au "
            "planning des centres de référence."
        ),
        "replicability": (
            "Le dispositif demande une couverture mobile minimale, des gynécologues disponibles et "
            "un cadre clair sur la responsabilité médicale à distance. Le code de l'application "
            "est partagé avec les pays partenaires."
        ),
        "budget": 540000,
        "currency": "USD",
        "url": "https://example.org/practices/teleconsultation-obstetricale",
    },
    {
        "source_id": "MINGA-DEMO-015",
        "title": "Treated wastewater for smallholder irrigation in the Levant",
        "subtitle": "Safe reuse protocols shared between Jordanian and Lebanese farmer groups",
        "summary": (
            "Jordanian researchers and farmer groups with long experience of treated wastewater "
            "reuse trained counterparts in Lebanon's Bekaa valley. Together they adapted "
            "safe-reuse protocols, crop choices and monitoring to local conditions."
        ),
        "language": "en",
        "countries": ["JO", "LB"],
        "sdgs": [2, 6, 12],
        "themes": ["Water and sanitation", "Food security", "Climate adaptation"],
        "modality": "south-south",
        "partners": [
            "Levant Water and Agriculture Research Centre (provider)",
            "Food and Agriculture Organization of the United Nations (funder)",
        ],
        "start_year": 2017,
        "end_year": 2022,
        "stage": "successful",
        "challenge": (
            "Groundwater in the Bekaa valley is falling fast, while small treatment plants "
            "discharge water that could irrigate crops. Farmers distrusted treated wastewater, "
            "some used untreated effluent illegally, and there were no local guidelines on which "
            "crops could be irrigated safely."
        ),
        "objectives": (
            "Replace groundwater and untreated effluent with safely treated wastewater for fodder "
            "and tree crops, protect farmers' and consumers' health, and build trust in reuse "
            "among farmers and regulators."
        ),
        "solution": (
            "Lebanese farmer groups, municipal plant operators and health inspectors spent study "
            "periods with Jordanian cooperatives that have irrigated with treated water for "
            "decades. The partners then set up demonstration farms near three treatment plants, "
            "using drip irrigation, crop restrictions and monthly water-quality tests. A joint "
            "Jordanian-Lebanese team drafted reuse guidelines that the Lebanese authorities later "
            "adopted as a reference."
        ),
        "building_blocks": [
            {
                "title": "Farmer-led demonstration plots",
                "description": (
                    "Respected local farmers ran the demonstration plots and hosted field days for "
                    "neighbours."
                ),
                "enabling_factors": (
                    "Jordanian farmers who had used treated water for years answered questions "
                    "from their own experience."
                ),
                "lessons_learned": (
                    "Farmers trusted other farmers' yields more than laboratory results."
                ),
            },
            {
                "title": "Transparent water-quality monitoring",
                "description": (
                    "Test results from each plant are posted monthly at the plant gate and shared "
                    "with farmers by message."
                ),
                "enabling_factors": (
                    "An agreement with a university laboratory for low-cost testing."
                ),
                "lessons_learned": (
                    "Publishing bad results as well as good ones was what finally built trust."
                ),
            },
        ],
        "results": (
            "About 620 hectares are now irrigated with treated wastewater, saving an estimated 3.1 "
            "million cubic metres of groundwater a year. Fodder yields on demonstration farms rose "
            "by 15 percent thanks to the nutrients in the water, and farmers' fertiliser costs "
            "fell by a third. No quality exceedances above the agreed health limits were recorded "
            "after the first year."
        ),
        "beneficiaries": (
            "Some 430 farming households, municipal treatment plant operators and the populations "
            "of villages that depend on the same aquifer."
        ),
        "sustainability": (
            "Farmers pay a small fee per cubic metre that covers testing and pump maintenance, and "
            "the reuse guidelines are now part of the national regulatory framework."
        ),
        "replicability": (
            "Relevant across water-scarce regions with small treatment plants near farmland. Clear "
            "crop restrictions and public monitoring are indispensable; technical solutions alone "
            "do not overcome distrust."
        ),
        "budget": 1300000,
        "currency": "USD",
        "url": "https://example.org/practices/treated-wastewater-levant",
    },
    {
        "source_id": "MINGA-DEMO-016",
        "title": "Escuelas de campo para adaptar el café al cambio climático",
        "subtitle": "De productor a productor entre Colombia, Honduras y Nicaragua",
        "summary": (
            "Caficultores colombianos con experiencia en sistemas agroforestales compartieron sus "
            "prácticas con cooperativas de Honduras y Nicaragua mediante escuelas de campo y "
            "pasantías en finca. Las cooperativas adaptaron variedades, sombra y manejo de suelos "
            "a sus propias condiciones."
        ),
        "language": "es",
        "countries": ["CO", "HN", "NI"],
        "sdgs": [8, 13, 15],
        "themes": ["Climate adaptation", "Trade and investment"],
        "modality": "south-south",
        "partners": [
            "Fundación Territorios Vivos (provider)",
            "Instituto Andino de Estudios de Cooperación (facilitating)",
        ],
        "start_year": 2014,
        "end_year": 2019,
        "stage": "successful",
        "challenge": (
            "El aumento de las temperaturas y las lluvias irregulares favorecieron la roya del "
            "café y redujeron la productividad en las zonas bajas de Centroamérica. Muchas "
            "familias pensaban abandonar el cultivo, y la asistencia técnica disponible se "
            "limitaba a recomendar la renovación con variedades resistentes, sin atender la sombra "
            "ni el suelo."
        ),
        "objectives": (
            "Recuperar la productividad y los ingresos del café con prácticas de adaptación "
            "accesibles para pequeños productores, y crear una red de promotores capaces de "
            "enseñar a otros."
        ),
        "solution": (
            "Cada cooperativa organizó escuelas de campo de dieciocho meses, con una parcela de "
            "aprendizaje y sesiones mensuales siguiendo el ciclo del cultivo. Promotores "
            "colombianos acompañaron las primeras sesiones y recibieron en sus fincas a grupos de "
            "productores hondureños y nicaragüenses durante la cosecha. Las prácticas incluyeron "
            "sombra diversificada con frutales y maderables, barreras vivas, abonos orgánicos y "
            "renovación escalonada con variedades tolerantes."
        ),
        "building_blocks": [
            {
                "title": "Parcelas de aprendizaje",
                "description": (
                    "Cada grupo maneja una parcela donde compara sus prácticas habituales con las "
                    "nuevas."
                ),
                "enabling_factors": (
                    "Productores dispuestos a prestar parte de su finca durante dos ciclos."
                ),
                "lessons_learned": (
                    "Los resultados visibles en la parcela convencieron más que cualquier charla."
                ),
            },
            {
                "title": "Pasantías en fincas colombianas",
                "description": (
                    "Grupos de diez productores convivieron una semana con familias caficultoras "
                    "durante la cosecha."
                ),
                "enabling_factors": (
                    "Las familias anfitrionas recibieron un pago por alojamiento y enseñanza."
                ),
                "lessons_learned": (
                    "Lo que más se aprendió fue la organización del trabajo y la comercialización, "
                    "no solo la técnica."
                ),
            },
        ],
        "results": (
            "Participaron 3.200 familias en 146 escuelas de campo. La incidencia de roya en las "
            "parcelas con sombra diversificada fue un 40 % menor, y los rendimientos se "
            "recuperaron en promedio un 28 % en tres años. Los frutales y la madera aportaron "
            "hasta una cuarta parte del ingreso de las fincas, y 58 promotores locales siguen "
            "formando a otros productores."
        ),
        "beneficiaries": (
            "Familias caficultoras de pequeña escala, incluidas unas 900 mujeres jefas de finca, y "
            "las cooperativas a las que pertenecen."
        ),
        "sustainability": (
            "Las cooperativas financian a sus promotores con un aporte por quintal vendido, y dos "
            "de ellas obtuvieron acceso a mercados diferenciados que pagan una prima por prácticas "
            "sostenibles."
        ),
        "replicability": (
            "Las escuelas de campo se adaptan a otros cultivos perennes como el cacao. Se requiere "
            "un horizonte de al menos dos ciclos productivos y promotores reconocidos por sus "
            "pares."
        ),
        "budget": None,
        "currency": None,
        "url": "https://example.org/practices/escuelas-de-campo-cafe",
    },
    {
        "source_id": "MINGA-DEMO-017",
        "title": "Caribbean peer deployments for hurricane recovery",
        "subtitle": "A roster of public officials ready to support neighbouring islands",
        "summary": (
            "Caribbean small island states maintain a shared roster of trained engineers, planners "
            "and social workers who can be deployed to a neighbouring island within 72 hours of a "
            "hurricane. Deployments strengthen the affected government while giving deployed "
            "officials rare hands-on recovery experience."
        ),
        "language": "en",
        "countries": ["JM", "DM", "BS", "AG"],
        "sdgs": [1, 10, 11, 13],
        "themes": ["Disaster risk reduction", "Capacity development"],
        "modality": "regional-south-south",
        "partners": [
            "Caribbean Resilience Network (provider)",
            "United Nations Development Programme (funder)",
        ],
        "start_year": 2018,
        "end_year": None,
        "stage": "advanced",
        "challenge": (
            "After a major hurricane, small island administrations must assess damage, restore "
            "services and plan reconstruction with a few dozen technical staff, many of whom are "
            "themselves affected. International consultants arrive late, do not know local "
            "building codes and leave before reconstruction starts."
        ),
        "objectives": (
            "Give affected governments rapid access to experienced peers from the region and build "
            "a pool of officials with real recovery experience."
        ),
        "solution": (
            "Member governments nominate officials to a roster and release them for deployments of "
            "two to eight weeks. Rostered officials follow a common training on damage assessment, "
            "recovery planning and psychosocial first aid. When a hurricane hits, the affected "
            "government requests specific profiles, and deployed officials work under its direct "
            "authority. Home governments continue paying salaries, while the network covers travel "
            "and allowances."
        ),
        "building_blocks": [
            {
                "title": "Standing agreements between governments",
                "description": (
                    "A memorandum sets out release procedures, liability and chain of command in "
                    "advance."
                ),
                "enabling_factors": (
                    "Political backing from heads of government after a devastating season."
                ),
                "lessons_learned": (
                    "Negotiating terms before a disaster saved the days that matter most."
                ),
            },
            {
                "title": "Common training and tools",
                "description": (
                    "All rostered officials use the same damage assessment forms and apps."
                ),
                "enabling_factors": (
                    "Shared building codes and legal traditions across much of the region."
                ),
                "lessons_learned": (
                    "Refresher exercises every year were needed to keep the roster ready."
                ),
            },
            {
                "title": "Learning reviews after each deployment",
                "description": (
                    "Deployed officials and host counterparts hold a structured review within a "
                    "month of return."
                ),
                "enabling_factors": "A simple template and a facilitator from the network.",
                "lessons_learned": (
                    "Host governments asked for longer deployments for recovery planning than for "
                    "damage assessment."
                ),
            },
        ],
        "results": (
            "The roster now counts 240 officials from 14 countries. After six storms, 96 officials "
            "were deployed in nine operations. Housing damage assessments were completed in ten "
            "days on average, compared with about six weeks previously, and three islands adopted "
            "recovery frameworks drafted with deployed peers."
        ),
        "beneficiaries": (
            "Governments and populations of affected islands, and the deployed officials and their "
            "home administrations, which gain recovery expertise."
        ),
        "sustainability": (
            "Members pay an annual contribution based on population, and the network has secured a "
            "standing arrangement to finance deployments from a regional risk-financing facility."
        ),
        "replicability": (
            "Applicable to any group of neighbouring administrations exposed to similar hazards. "
            "Legal clarity on liability and command must come first."
        ),
        "budget": 780000,
        "currency": "USD",
        "url": "https://example.org/practices/caribbean-peer-deployments",
    },
    {
        "source_id": "MINGA-DEMO-018",
        "title": "Shared social registry toolkit for shock-responsive cash transfers",
        "subtitle": (
            "Kenyan, Bangladeshi and Nepali teams co-develop open tools for registering vulnerable "
            "households"
        ),
        "summary": (
            "Public digital teams from Kenya, Bangladesh and Nepal are co-developing an "
            "open-source toolkit to register vulnerable households and pay cash transfers quickly "
            "after floods or droughts. The toolkit pays special attention to registering women in "
            "their own name."
        ),
        "language": "en",
        "countries": ["KE", "BD", "NP"],
        "sdgs": [1, 5, 10, 16],
        "themes": ["Digital public infrastructure", "Gender equality"],
        "modality": "south-south",
        "partners": [
            "Nairobi Centre for Digital Governance (provider)",
            "Bay of Bengal Adaptation Collective (beneficiary)",
            "United Nations Development Programme (facilitating)",
        ],
        "start_year": 2022,
        "end_year": None,
        "stage": "promising",
        "challenge": (
            "When floods or droughts strike, governments want to scale up cash transfers quickly, "
            "but their social registries are often outdated and list households under the name of "
            "a male head. Registration drives after a disaster are slow, paper-based and prone to "
            "exclusion errors, and each country has been building similar software separately."
        ),
        "objectives": (
            "Enable governments to register or update affected households within days, pay them "
            "directly, and ensure that women can be registered and paid in their own name."
        ),
        "solution": (
            "Teams from the three countries agreed on a minimum data standard for household "
            "registration and are co-developing open-source modules for offline enrolment, "
            "eligibility checks and payment lists. The modules connect to existing national "
            "identity and payment systems instead of replacing them. Developers and social "
            "protection officers spend joint sprints of two weeks in each country, alternating "
            "hosts."
        ),
        "building_blocks": [
            {
                "title": "A minimum data standard",
                "description": (
                    "A short list of fields and codes allows registries to exchange data with "
                    "payment providers and humanitarian agencies."
                ),
                "enabling_factors": (
                    "Involvement of social protection officials, not only technologists, from the "
                    "first meeting."
                ),
                "lessons_learned": (
                    "Keeping the standard small made it easier for each country to adopt without "
                    "legal changes."
                ),
            },
            {
                "title": "Registration designed with women",
                "description": (
                    "Enrolment forms and procedures allow any adult woman to be registered as a "
                    "recipient, with safeguards against coercion."
                ),
                "enabling_factors": "Consultations with women's groups in flood-prone districts.",
                "lessons_learned": (
                    "Paying women directly required changes in payment providers' identity checks, "
                    "not only in the registry."
                ),
            },
        ],
        "results": (
            "In a 2023 pilot after flooding in one Bangladeshi district, 18,500 households were "
            "registered or updated in nine days, compared with about five weeks in a previous "
            "response. Women were the registered recipients in 64 percent of households, up from "
            "21 percent in the old registry. Kenya is testing the modules for drought response in "
            "two counties."
        ),
        "beneficiaries": (
            "Households affected by climate shocks, especially women, and the social protection "
            "agencies that serve them."
        ),
        "sustainability": (
            "The code is published under an open licence and maintained by a small joint team; "
            "each government funds the hosting and operation of its own deployment."
        ),
        "replicability": (
            "Designed for reuse: any country with a basic social registry and digital payments can "
            "adopt the modules. Data protection rules must be reviewed before linking registries "
            "with payment systems."
        ),
        "budget": None,
        "currency": None,
        "url": "https://example.org/practices/social-registry-toolkit",
    },
]
