"""Demo e-discussions, their contributions and the members who wrote them (pure data).

Dates are relative: the loader turns `status` into an open period (open: opened 20 days ago,
closes in 15 days; closed: closed 60 days ago after five weeks) and `days_ago` into a
posting date. Question numbers in `questions` are 1-based and run on across sections.
Bodies use a Markdown subset: paragraphs, **bold**, *italic*, '- ' lists, links, '> ' quotes.
"""

DISCUSSIONS: list[dict] = [
    {
        "slug": "personnel-exchange-south-south",
        "title": (
            "Learning by working together: personnel exchange in South-South and triangular "
            "cooperation"
        ),
        "summary": (
            "How can placements of staff between organisations of the Global South become a "
            "lasting cooperation model rather than a one-off study trip? Share your experience of "
            "reciprocal exchanges, mentoring, return and measurement."
        ),
        "background": (
            "<p>Some of the most durable results of cooperation between developing countries come "
            "not from reports or workshops but from people working side by side: an agronomist "
            "spending a season at a research station across the border, a municipal planner "
            "seconded to a city that faces the same floods, a nurse learning how another health "
            "system organises home visits. Working in someone else's organisation turns knowledge "
            "that is hard to write down into everyday practice.</p>"
            "<p>Yet personnel exchange is often treated as a minor add-on to technical projects. "
            "Placements are short, preparation is thin, returnees are rarely asked what they "
            "learned, and what the host organisation learned goes unrecorded. The assumption that "
            "one side teaches and the other learns still shapes many programmes, even when both "
            "partners are from the South.</p>"
            "<h3>Why this discussion, and why now</h3>"
            "<p>This e-discussion brings together think tanks, exchange agencies, public "
            "institutions and practitioners to examine what makes personnel exchange work as a "
            "model for South-South and triangular cooperation. We are particularly interested in "
            "reciprocal models, where sending and hosting organisations agree on shared goals and "
            "both expect to change, and in how the hybrid formats that spread after 2020 can "
            "complement time spent in another workplace without replacing it.</p>"
            "<p>Contributions will feed a short synthesis and a list of research questions that "
            "members of the think-tank network may take up. You may write in English, French, "
            "Spanish or Portuguese, answer as many of the questions below as you wish, and reply "
            "to other participants. The most useful contributions include:</p>"
            "<ul>"
            "<li>concrete cases: which organisations, which countries, how long, in which "
            "sector;</li>"
            "<li>evidence of what changed, even if it is partial or anecdotal;</li>"
            "<li>difficulties and failures, which teach as much as successes.</li>"
            "</ul>"
        ),
        "status": "open",
        "timezone": "America/New_York",
        "languages": ["en", "fr", "es", "pt"],
        "organisers": ["unossc", "norec"],
        "facilitators": ["unossc", "saipst"],
        "sections": [
            {
                "title": "Relevance and reciprocity",
                "questions": [
                    {
                        "text": (
                            "What role can personnel exchange play in meeting national development "
                            "priorities and the SDGs, compared with other forms of cooperation?"
                        ),
                        "explanation": (
                            "Think of financial, technical and policy cooperation: where does "
                            "exchange add something they cannot?"
                        ),
                    },
                    {
                        "text": (
                            "What makes an exchange genuinely reciprocal, so that both the sending "
                            "and the hosting organisation learn? Share an example where knowledge "
                            "flowed both ways, or where it did not."
                        ),
                        "explanation": (
                            "Power imbalances between partners, language and funding often decide "
                            "who is seen as the teacher."
                        ),
                    },
                ],
            },
            {
                "title": "Designing and running exchanges",
                "questions": [
                    {
                        "text": (
                            "Which arrangements for preparation, mentoring and return have you "
                            "found most important for turning individual learning into "
                            "institutional change?"
                        ),
                        "explanation": "",
                    },
                    {
                        "text": (
                            "How should virtual and hybrid formats be combined with physical "
                            "placements, and what can online tools not replace?"
                        ),
                        "explanation": (
                            "Please consider participants with poor connectivity or strict rules "
                            "on the tools they may use."
                        ),
                    },
                    {
                        "text": (
                            "Which funding and cost-sharing arrangements make South-South "
                            "exchanges sustainable, especially for small organisations and small "
                            "states?"
                        ),
                        "explanation": (
                            "Who pays salaries, travel, accommodation and insurance in the "
                            "exchanges you know?"
                        ),
                    },
                ],
            },
            {
                "title": "Measuring change and next steps",
                "questions": [
                    {
                        "text": (
                            "How can the results of personnel exchange be measured at the "
                            "individual, institutional and community levels?"
                        ),
                        "explanation": (
                            "Examples of indicators, follow-up surveys or evaluation methods are "
                            "especially welcome."
                        ),
                    },
                    {
                        "text": (
                            "Which research questions on exchange cooperation should think tanks "
                            "of the Global South take up in the coming years?"
                        ),
                        "explanation": "",
                    },
                ],
            },
        ],
        "summary_report": None,
    },
    {
        "slug": "food-security-knowledge-exchange",
        "title": "What travels and what does not: South-South knowledge exchange for food security",
        "summary": (
            "Farmers, researchers and officials shared which food-security practices crossed "
            "borders successfully, what had to be adapted, and what it takes for a pilot learned "
            "from peers to become national policy."
        ),
        "background": (
            "<p>Countries of the Global South have accumulated a wealth of practical solutions for "
            "feeding their populations under pressure: community seed banks, farmer field schools, "
            "school meals supplied by local producers, market information by SMS, drought "
            "early-warning bulletins. Many of these solutions have already travelled from one "
            "country to another through study visits, farmer-to-farmer exchanges and technical "
            "cooperation.</p>"
            "<p>Yet transfers often disappoint. A technique that works in one place fails in "
            "another because land tenure, water governance, procurement rules or gender roles are "
            "different. Pilots that succeed during a project end when the funding stops. And the "
            "people who hold much of the practical knowledge, often women farmers and processors, "
            "are rarely invited to teach.</p>"
            "<h3>Purpose of the discussion</h3>"
            "<p>This e-discussion invites practitioners, researchers and public officials to share "
            "concrete experiences of food-security knowledge exchange between Southern countries, "
            "with the aim of identifying what makes adaptation and scaling succeed. A synthesis "
            "prepared by the moderators will be shared with the participating organisations and "
            "published on this page.</p>"
            "<p>Contributions in English, French, Spanish and Portuguese are welcome. Please say "
            "which question or questions you are answering.</p>"
        ),
        "status": "closed",
        "timezone": "Africa/Dakar",
        "languages": ["en", "fr", "es", "pt"],
        "organisers": ["fao", "unossc"],
        "facilitators": ["coapa", "iaec"],
        "sections": [
            {
                "title": "Transfer and adaptation",
                "questions": [
                    {
                        "text": (
                            "Which food-security practices have you seen successfully adapted from "
                            "one Southern country to another, and what had to change along the way?"
                        ),
                        "explanation": (
                            "Techniques, institutions, rules, calendars: what travelled as it was "
                            "and what had to be reinvented?"
                        ),
                    },
                    {
                        "text": (
                            "What role do farmers' organisations, extension services and local "
                            "researchers play in peer learning between countries?"
                        ),
                        "explanation": "",
                    },
                ],
            },
            {
                "title": "Data, scaling and inclusion",
                "questions": [
                    {
                        "text": (
                            "How can shared data systems, such as early warning, market "
                            "information or soil maps, be built and governed across borders?"
                        ),
                        "explanation": (
                            "Who owns the data, who publishes it, and how are farmers' interests "
                            "protected?"
                        ),
                    },
                    {
                        "text": (
                            "Which financing and policy conditions allow a pilot learned from "
                            "peers to scale nationally once the exchange ends?"
                        ),
                        "explanation": "",
                    },
                    {
                        "text": (
                            "How can exchanges ensure that women and young farmers are recognised "
                            "as holders of knowledge, and not only as beneficiaries?"
                        ),
                        "explanation": "",
                    },
                ],
            },
        ],
        "summary_report": (
            "<p>Over five weeks, participants from West and East Africa, Central America, the "
            "Andes, Southeast Asia and Portuguese-speaking countries contributed in four "
            "languages. A clear pattern emerged from their cases: <strong>techniques travel well, "
            "institutions do not</strong>. Alternate wetting and drying of rice, improved rice "
            "parboiling or soil conservation barriers were adopted within a season or two once "
            "farmers saw them working on a peer's plot. What had to be reinvented each time were "
            "the arrangements around them: who controls canal water in Cambodia, how school "
            "purchases are organised island by island in Cabo Verde, which units of measure are "
            "used on markets either side of the Rwanda-DRC border.</p>"
            "<p>On data and scaling, contributors agreed that governance deserves at least as much "
            "time and money as technology. Cross-border drought maps and price platforms became "
            "usable only after partners settled who publishes, under whose name, and how data stay "
            "in public hands if a private operator leaves. Several cases showed that pilots scale "
            "when they gain a line in the national budget and when procurement and finance "
            "officials take part in exchanges from the start; a pilot in Mozambique stopped "
            "precisely because public procurement rules were never adapted.</p>"
            "<p>Finally, participants from Central America and the Andes showed that changing who "
            "is recognised as an expert changes what is exchanged: when women promoters and seed "
            "guardians became hosts and teachers, home gardens, nutrition and seed diversity "
            "entered the agenda. The moderators propose three follow-ups: a short guide on "
            "data-governance clauses for cross-border food-security platforms, the inclusion of "
            "finance and procurement officials in future study visits, and selection criteria for "
            "farmer trainers that value the knowledge women hold.</p>"
        ),
    },
]

CONTRIBUTIONS: list[dict] = [
    {
        "key": "pe-welcome",
        "discussion": "personnel-exchange-south-south",
        "author": "moderator",
        "language": "en",
        "questions": [],
        "parent": None,
        "days_ago": 19,
        "body": (
            "Dear colleagues,\n\n"
            "Welcome, and thank you for joining this e-discussion. I am Amara Diallo from the "
            "knowledge management team at UNOSSC, and I will moderate the exchange together with "
            "colleagues from Norec and the South Asian Institute for Public Service Training.\n\n"
            "A few practical points:\n\n"
            "- Please mention the number of the question or questions you are answering, for "
            "example *Q2* or *Q3 and Q5*. One question answered in depth is worth more than seven "
            "answered briefly.\n"
            "- Write in English, French, Spanish or Portuguese. We will summarise across "
            "languages.\n"
            "- Concrete cases are the most valuable: which organisations, which countries, how "
            "long, what changed and what went wrong.\n\n"
            "We will post a short mid-point note in the third week. After the discussion closes, a "
            "synthesis will be shared with all participants and published here.\n\n"
            "**We look forward to learning from you.**"
        ),
    },
    {
        "key": "pe-ndiaye-1",
        "discussion": "personnel-exchange-south-south",
        "author": "aissatou.ndiaye",
        "language": "fr",
        "questions": [1, 2],
        "parent": None,
        "days_ago": 18,
        "body": (
            "Bonjour à toutes et à tous,\n\n"
            "Je réponds aux questions 1 et 2 à partir de notre expérience au COAPA, à Dakar.\n\n"
            "Entre 2019 et 2022, nous avons accueilli onze chercheurs et techniciens venus du "
            "Niger, du Mali et du Burkina Faso pour des séjours de quatre à neuf mois, et envoyé "
            "sept de nos agents dans les institutions partenaires. Sur le papier, il s'agissait de "
            "transférer nos méthodes d'analyse des politiques semencières. Dans les faits, ce sont "
            "nos équipes qui ont le plus appris : nos collègues nigériens connaissaient bien mieux "
            "que nous les systèmes pastoraux et la gestion des conflits entre éleveurs et "
            "agriculteurs, un sujet devenu central dans l'est du Sénégal.\n\n"
            "Pour moi, la réciprocité ne se décrète pas, elle se prépare. Trois choses ont fait la "
            "différence :\n\n"
            "- **des objectifs d'apprentissage écrits pour l'institution d'accueil**, et pas "
            "seulement pour la personne accueillie ;\n"
            "- un binôme de travail désigné dès le premier jour ;\n"
            "- une restitution publique à mi-parcours, où la personne accueillie présente ce "
            "qu'elle a observé chez nous, y compris ce qui ne fonctionne pas.\n\n"
            "Là où nous ne l'avons pas fait, l'échange est resté une formation à sens unique, et "
            "plutôt coûteuse."
        ),
    },
    {
        "key": "pe-solberg-reply",
        "discussion": "personnel-exchange-south-south",
        "author": "ingrid.solberg",
        "language": "en",
        "questions": [2],
        "parent": "pe-ndiaye-1",
        "days_ago": 16,
        "body": (
            "Merci, Aïssatou. This is very close to what we see in the partnerships we support.\n\n"
            "The point about learning objectives for the *host institution* is one we keep "
            "returning to. Partners agree on shared goals before anyone travels, but in practice "
            'the hosting side often writes broad objectives such as "intercultural '
            'understanding" while the sending side writes precise technical ones. A year later, '
            "the precise goals are reported on and the broad ones quietly disappear.\n\n"
            "Two questions for you and for others:\n\n"
            "- How did you document what COAPA learned from your Nigerien colleagues? Was it "
            "captured anywhere beyond the memory of the people involved?\n"
            "- Did the mid-term public presentation create tension? Hearing from a guest what does "
            "not work is valuable, but not every institutional culture welcomes it.\n\n"
            "I suspect many think tanks in this network have faced the same questions, so other "
            "examples are very welcome."
        ),
    },
    {
        "key": "pe-ndiaye-2",
        "discussion": "personnel-exchange-south-south",
        "author": "aissatou.ndiaye",
        "language": "fr",
        "questions": [3, 6],
        "parent": "pe-solberg-reply",
        "days_ago": 15,
        "body": (
            "Merci Ingrid pour ces deux questions très justes.\n\n"
            "Sur la documentation : depuis 2021, nous utilisons un *carnet de bord* partagé, tenu "
            "à quatre mains par la personne accueillie et son binôme. Chaque mois, ils notent "
            "trois choses : ce qui a été appris, auprès de qui, et ce qui a changé dans le "
            "travail. C'est modeste, mais c'est ce carnet qui nous a permis de montrer à notre "
            "conseil d'administration que notre note sur la transhumance transfrontalière devait "
            "beaucoup à un collègue de Niamey.\n\n"
            "Sur la restitution à mi-parcours : oui, la première a été délicate. Une chercheuse "
            "malienne a fait remarquer que nos réunions internes excluaient de fait les jeunes "
            "assistants. Le silence dans la salle était pesant. Six mois plus tard, pourtant, nous "
            "avions changé le format de ces réunions. Désormais, nous préparons la restitution "
            "avec la direction, pour qu'elle soit reçue comme un service rendu et non comme une "
            "critique.\n\n"
            "Il reste un point faible : le suivi après le retour. Nous perdons souvent le contact "
            "au bout d'un an."
        ),
    },
    {
        "key": "pe-houngbedji-1",
        "discussion": "personnel-exchange-south-south",
        "author": "jbhoungbedji",
        "language": "fr",
        "questions": [3, 6],
        "parent": "pe-ndiaye-2",
        "days_ago": 13,
        "body": (
            "Je rebondis sur la dernière phrase d'Aïssatou, car c'est aussi notre principale "
            "difficulté du côté de l'administration publique.\n\n"
            "À l'ABCT, nous avons suivi 64 agents béninois partis en mobilité dans la sous-région "
            "entre 2016 et 2022. Deux ans après leur retour, un tiers occupaient un poste sans "
            "rapport avec ce qu'ils avaient appris, et une dizaine avaient quitté la fonction "
            "publique. L'échange avait réussi pour la personne, beaucoup moins pour "
            "l'institution.\n\n"
            "Depuis 2023, nous testons deux mesures :\n\n"
            "- la mobilité est inscrite dans le **plan de formation de la direction**, et le "
            "supérieur hiérarchique s'engage par écrit à réaffecter l'agent sur un poste lié "
            "pendant au moins dix-huit mois ;\n"
            "- un entretien court et standardisé a lieu six et dix-huit mois après le retour, et "
            "les réponses sont consolidées chaque année.\n\n"
            "Un mot enfin sur les indemnités. Dans notre contexte, le montant des per diem pèse "
            "parfois plus lourd que le contenu de l'échange dans le choix des candidats. Un barème "
            "commun aux partenaires de la sous-région aiderait à sortir de cette logique."
        ),
    },
    {
        "key": "pe-quispe-1",
        "discussion": "personnel-exchange-south-south",
        "author": "rosa.quispe",
        "language": "es",
        "questions": [1, 7],
        "parent": None,
        "days_ago": 17,
        "body": (
            "Estimadas y estimados colegas:\n\n"
            "En el Instituto Andino de Estudios de Cooperación revisamos el año pasado 48 "
            "intercambios de personal entre instituciones públicas de Perú, Bolivia, Ecuador y "
            "Colombia, financiados entre 2015 y 2022. Comparto tres hallazgos que pueden aportar a "
            "la pregunta 1:\n\n"
            "- El 70 % de los intercambios duró menos de tres semanas. En realidad eran visitas de "
            "estudio. Los cambios institucionales que encontramos se concentraban en los pocos "
            "intercambios de tres meses o más.\n"
            "- Casi ninguno tenía línea de base. Sabemos cuántas personas viajaron, no qué "
            "cambió.\n"
            "- Los intercambios que mejor funcionaron se apoyaban en una relación previa entre las "
            "instituciones, casi siempre impulsada por una persona concreta.\n\n"
            "Sobre la pregunta 7, propongo tres líneas de investigación para la red de *think "
            "tanks*: ¿cuál es la duración mínima para que un intercambio produzca cambios "
            "organizacionales?; ¿cuánto cuesta por participante un intercambio Sur-Sur frente a la "
            "asistencia técnica tradicional?; y ¿cómo influye la jerarquía entre países "
            '"oferentes" y "receptores" en lo que realmente se aprende?\n\n'
            "Estaríamos dispuestos a coordinar un estudio comparativo si hay interés."
        ),
    },
    {
        "key": "pe-morales-1",
        "discussion": "personnel-exchange-south-south",
        "author": "diego.morales",
        "language": "es",
        "questions": [4],
        "parent": None,
        "days_ago": 14,
        "body": (
            "Buenos días. Respondo a la pregunta 4 desde la experiencia de la Fundación "
            "Territorios Vivos.\n\n"
            "En 2020 tuvimos que suspender un intercambio presencial de técnicos cafeteros entre "
            "Colombia y Honduras, y lo convertimos en un programa virtual de ocho semanas: "
            "sesiones semanales, recorridos por fincas transmitidos desde el celular y un grupo de "
            "mensajería. La participación fue alta, 63 técnicos en lugar de los 15 previstos, y el "
            "costo por participante bajó a menos de la décima parte.\n\n"
            "Pero cuando retomamos las pasantías presenciales en 2022, vimos la diferencia. En la "
            "finca se aprende lo que a nadie se le ocurre explicar: cómo se organiza la cosecha, "
            "cómo se negocia con el comprador, qué se conversa en la cena. Eso no cabe en una "
            "pantalla.\n\n"
            "Hoy aplicamos un modelo mixto que nos funciona bien:\n\n"
            "- seis semanas virtuales para seleccionar y preparar a los participantes;\n"
            "- tres o cuatro semanas de estancia en finca;\n"
            "- seis meses de seguimiento virtual.\n\n"
            "La fase virtual previa sirve además de filtro: quienes no participan en ella rara vez "
            "aprovechan la estancia."
        ),
    },
    {
        "key": "pe-cifuentes-1",
        "discussion": "personnel-exchange-south-south",
        "author": "mariela.cifuentes",
        "language": "es",
        "questions": [4, 5],
        "parent": "pe-morales-1",
        "days_ago": 12,
        "body": (
            "Diego, coincido con lo que cuentas, y agrego una advertencia desde Guatemala.\n\n"
            "En nuestra red de extensión rural el modelo mixto funcionó bien con los técnicos de "
            "las cabeceras departamentales, pero dejó fuera, sin quererlo, a muchas promotoras "
            "comunitarias de Alta Verapaz y Huehuetenango. Varias no tienen señal estable en casa "
            "ni saldo suficiente, y algunas se expresan mejor en q'eqchi' o en mam que en español. "
            "Si la fase virtual es la puerta de entrada, hay que cuidar que no se convierta en un "
            "filtro social.\n\n"
            "Lo resolvimos en parte con puntos de conexión en las oficinas municipales y con "
            "paquetes de datos pagados por el proyecto, unos 12 dólares por persona al mes.\n\n"
            "Sobre la pregunta 5: entre Guatemala y Honduras llegamos a un reparto de costos "
            "bastante sencillo. La institución de origen sigue pagando el salario, la de acogida "
            "cubre alojamiento y alimentación, y el financiador externo solo paga transporte y "
            "seguro. Así el intercambio le cuesta poco al donante y las dos instituciones se "
            "sienten dueñas del proceso."
        ),
    },
    {
        "key": "pe-almeida-1",
        "discussion": "personnel-exchange-south-south",
        "author": "thiago.almeida",
        "language": "pt",
        "questions": [2, 3],
        "parent": None,
        "days_ago": 16,
        "body": (
            "Olá a todas e a todos. Escrevo da Rede Sul-Sul de Saúde Comunitária, no Recife.\n\n"
            "Há seis anos fazemos intercâmbios de agentes comunitários e enfermeiros entre o "
            "Nordeste brasileiro e a província de Nampula, em Moçambique. No começo, confesso, o "
            'desenho era clássico: o Brasil "ensinava" o modelo de saúde da família. Foi a '
            "equipe moçambicana que nos mostrou quanto tínhamos a aprender com os comitês "
            "comunitários de vigilância, que identificam surtos antes do sistema formal.\n\n"
            "Sobre a pergunta 3, o que mais funcionou para nós:\n\n"
            "- **um plano de aprendizagem assinado** pelas duas instituições antes da viagem, com "
            "no máximo três resultados esperados;\n"
            "- um mentor na equipe anfitriã, com horas reconhecidas na escala de trabalho;\n"
            "- um projeto de retorno de 90 dias, com um pequeno fundo para testar a ideia.\n\n"
            "Esse último ponto foi decisivo. Sem o projeto de retorno, a experiência ficava na "
            "memória de quem viajou. Com ele, dez municípios brasileiros criaram comitês "
            "comunitários inspirados em Nampula. Mais detalhes na nossa [ficha de boa "
            "prática](https://example.org/practices/geminacao-saude-brasil-mocambique)."
        ),
    },
    {
        "key": "pe-matsinhe-1",
        "discussion": "personnel-exchange-south-south",
        "author": "fernanda.matsinhe",
        "language": "pt",
        "questions": [2],
        "parent": "pe-almeida-1",
        "days_ago": 14,
        "body": (
            "Obrigada, Thiago, pelo relato honesto. Gostaria de acrescentar o olhar de quem está "
            "do outro lado.\n\n"
            "No Centro de Estudos de Cooperação de Maputo acompanhámos três ciclos deste "
            "intercâmbio. A reciprocidade melhorou muito, mas a assimetria não desaparece só "
            "porque falamos a mesma língua. Os profissionais brasileiros chegam com mais recursos, "
            "mais publicações e, muitas vezes, com a expectativa de serem ouvidos primeiro. Os "
            'moçambicanos tendem a apresentar a sua experiência como "adaptação", mesmo quando '
            "se trata de inovação.\n\n"
            "Duas sugestões práticas que discutimos com as equipas:\n\n"
            "- inverter a ordem das apresentações nos encontros conjuntos: quem acolhe fala "
            "primeiro sobre o que aprendeu com quem chegou;\n"
            "- co-autoria obrigatória em todos os relatórios e artigos que resultam do "
            "intercâmbio.\n\n"
            "> Falar a mesma língua ajuda a conversar, mas não garante que a conversa seja entre "
            "iguais.\n\n"
            "Foi o que nos disse uma enfermeira de Monapo, e parece-me uma boa síntese para a "
            "pergunta 2."
        ),
    },
    {
        "key": "pe-tavares-1",
        "discussion": "personnel-exchange-south-south",
        "author": "edson.tavares",
        "language": "pt",
        "questions": [5],
        "parent": None,
        "days_ago": 9,
        "body": (
            "Bom dia. Escrevo da Praia, em Cabo Verde, sobre a pergunta 5, na perspetiva de um "
            "pequeno Estado insular.\n\n"
            "Para nós, o custo das viagens é o primeiro obstáculo: um bilhete de ida e volta para "
            "Dacar pode custar o equivalente a dois meses de salário de um técnico. Com serviços "
            "públicos pequenos, ausências de seis meses também pesam muito.\n\n"
            "O que tem funcionado:\n\n"
            "- **colocações agrupadas**: em vez de enviar uma pessoa a três países, recebemos "
            "durante um mês uma equipa de três especialistas do mesmo parceiro, que trabalha com "
            "vários serviços ao mesmo tempo;\n"
            "- a **diáspora cabo-verdiana** em instituições do Senegal e do Brasil tem servido de "
            "ponte e de anfitriã, o que reduz os custos de alojamento;\n"
            "- um acordo com uma companhia aérea regional, negociado em 2022, que reduziu em cerca "
            "de 30% as tarifas das missões de cooperação.\n\n"
            "Ainda assim, seria útil um fundo comum, talvez de gestão regional, que cubra "
            "sobretudo as despesas de transporte dos pequenos Estados. Sem isso, a cooperação "
            "Sul-Sul arrisca reproduzir a desigualdade entre países maiores e menores."
        ),
    },
    {
        "key": "pe-wanjiru-1",
        "discussion": "personnel-exchange-south-south",
        "author": "grace.wanjiru",
        "language": "en",
        "questions": [4, 6],
        "parent": None,
        "days_ago": 11,
        "body": (
            "Greetings from Nairobi. I will take questions 4 and 6.\n\n"
            'On hybrid formats: in 2023 our centre ran a "digital twinning" pilot between county '
            "ICT units in Kenya and municipal digital teams in Rwanda and Ghana. Pairs worked "
            "together on real tasks for four months, mostly online, with a single two-week visit "
            "in the middle. The online part was good for sustained collaboration on shared code "
            "and documents. It was poor at building trust: pairs who met in person early produced "
            "twice as many joint outputs as those who met late.\n\n"
            "On measurement: we stopped counting trainees and started using **outcome "
            "harvesting**. Six months after each placement, participants and their managers "
            "describe concrete changes, such as a new procedure, a policy brief used in a decision "
            "or a redesigned service, and a third party verifies a sample. Of 41 outcomes reported "
            "in the first round, 29 were substantiated.\n\n"
            "It is not perfect, but it tells a far richer story than satisfaction forms. Our "
            "[outcome harvesting template](https://example.org/ncdg/outcome-harvesting-template) "
            "is free to reuse."
        ),
    },
    {
        "key": "pe-chowdhury-1",
        "discussion": "personnel-exchange-south-south",
        "author": "rahim.chowdhury",
        "language": "en",
        "questions": [1, 3],
        "parent": None,
        "days_ago": 10,
        "body": (
            "From Dhaka, a contribution on questions 1 and 3, based on our climate adaptation "
            "work.\n\n"
            "In coastal Bangladesh, the most useful exchange we ever ran was not between experts "
            "but between **fishing cooperatives**. In 2019 a group of Sri Lankan lagoon farmers "
            "spent ten days with cooperatives in Khulna learning to integrate mangroves into "
            "shrimp ponds. They went home and adapted the method; a year later they hosted our "
            "farmers to show them their community hatcheries. No consultant could have matched "
            "that level of peer credibility.\n\n"
            "On Q1: for exchange to serve national priorities, it has to be tied to an existing "
            "plan. Our placements were linked to district adaptation plans, so local officials saw "
            "them as implementation rather than travel.\n\n"
            "On Q3, the lesson that cost us most: at first we paid host farmers nothing. They were "
            "giving up working days to teach. Once we paid a modest daily fee that recognised them "
            "as trainers, the quality of hosting improved immediately and nobody felt used."
        ),
    },
    {
        "key": "pe-ranasinghe-1",
        "discussion": "personnel-exchange-south-south",
        "author": "priya.ranasinghe",
        "language": "en",
        "questions": [3, 5],
        "parent": None,
        "days_ago": 8,
        "body": (
            "Thank you all for a rich discussion so far. From Colombo, some notes on Q3 and Q5 "
            "from our regional placement programme for municipal officers.\n\n"
            "**Preparation.** We select in pairs: the sending and the host municipality each "
            "nominate an officer, so every municipality both sends and hosts. Mayors who hesitated "
            "to release a planner for six months agreed once they knew they would receive one in "
            "return.\n\n"
            "**Return.** Every officer now leaves with a reintegration plan signed by their chief "
            "executive. In our first cohort we did not insist on this, and three of twelve "
            "returnees were moved to unrelated duties within months. Since then the figure has "
            "dropped to about one in twenty.\n\n"
            "**Costs.** A six-month placement costs us around USD 14,000 per officer, including a "
            "three-week preparatory course. The sending municipality keeps paying the salary, "
            "which we consider essential for ownership. Since 2023, two national ministries have "
            "financed placements from their own training budgets, the best sign of sustainability "
            "we could hope for.\n\n"
            "One question for researchers: how do we value what the *host* municipality gains from "
            "an extra skilled officer for six months?"
        ),
    },
    {
        "key": "pe-benali-1",
        "discussion": "personnel-exchange-south-south",
        "author": "salma.benali",
        "language": "fr",
        "questions": [2, 6],
        "parent": None,
        "days_ago": 7,
        "body": (
            "Bonjour, je voudrais apporter une perspective de genre, un peu absente jusqu'ici.\n\n"
            "Dans notre réseau maghrébin d'appui aux coopératives féminines, les échanges entre "
            "pays se heurtent à un problème très concret : beaucoup de femmes ne peuvent pas "
            "partir plusieurs semaines, à cause des enfants, des travaux agricoles ou des "
            "réticences familiales. Résultat : en 2018, 70 % des participants à nos propres "
            "échanges étaient... des hommes, cadres des structures d'appui.\n\n"
            "Nous avons changé trois choses :\n\n"
            "- des séjours courts (dix jours) et fractionnés, calés sur le calendrier agricole ;\n"
            "- la possibilité de partir à deux, ce qui rassure les familles ;\n"
            "- la prise en charge des frais de garde d'enfants.\n\n"
            "En 2023, les femmes représentaient 78 % des participants.\n\n"
            "Pour la question 6, mesurer au niveau communautaire me paraît indispensable. Nos "
            "indicateurs les plus parlants ne sont pas le nombre de formations suivies, mais le "
            "nombre de coopératives ayant obtenu une autorisation sanitaire ou un premier crédit "
            "après un échange. C'est là qu'on voit si l'apprentissage a circulé au-delà de la "
            "personne qui a voyagé."
        ),
    },
    {
        "key": "pe-fernandez-1",
        "discussion": "personnel-exchange-south-south",
        "author": "member",
        "language": "es",
        "questions": [7],
        "parent": "pe-quispe-1",
        "days_ago": 5,
        "body": (
            "Rosa, gracias por compartir la revisión de los 48 intercambios; el dato sobre la "
            "duración es muy revelador.\n\n"
            "> Casi ninguno tenía línea de base. Sabemos cuántas personas viajaron, no qué "
            "cambió.\n\n"
            "Es exactamente lo que vemos en el Cono Sur. Apoyo la idea del estudio comparativo y "
            "sugiero sumar dos dimensiones a tus tres líneas:\n\n"
            "- **Costo-efectividad con contrafactuales honestos.** Comparar en el papel un "
            "intercambio de seis meses con una misión de consultoría es fácil, pero hay que "
            "comparar resultados, no insumos.\n"
            "- **La fase de retorno.** Varias contribuciones en esta discusión, las de Aïssatou, "
            "Jean-Baptiste y Priya, señalan el mismo punto débil: qué pasa entre 12 y 24 meses "
            "después del regreso. Un estudio de trayectorias que abarque varios programas sería "
            "viable y barato.\n\n"
            "Nuestro centro podría aportar casos de Uruguay y Paraguay, y contamos con un pequeño "
            "presupuesto para entrevistas de campo el próximo año. ¿Podrían los moderadores "
            "ayudarnos a formar un grupo de trabajo cuando cierre la discusión?"
        ),
    },
    {
        "key": "pe-quispe-2",
        "discussion": "personnel-exchange-south-south",
        "author": "rosa.quispe",
        "language": "es",
        "questions": [7],
        "parent": "pe-fernandez-1",
        "days_ago": 3,
        "body": (
            "Lucía, muchas gracias. Me parece muy acertado sumar la fase de retorno: es justamente "
            "donde perdimos la pista en nuestra revisión.\n\n"
            "Propongo que el grupo de trabajo empiece por algo pequeño y concreto: un protocolo "
            "común de seguimiento a los 6, 12 y 24 meses, con no más de diez preguntas, que cada "
            "programa pueda aplicar a sus participantes. Si los países andinos, el Cono Sur, Benín "
            "y Sri Lanka lo usan durante un año, tendremos por primera vez datos comparables entre "
            "regiones.\n\n"
            "Podemos preparar un primer borrador en español e inglés antes del cierre de la "
            "discusión y compartirlo aquí para recibir comentarios. Sería ideal que alguien del "
            "grupo francófono nos ayudara con la versión en francés; Jean-Baptiste, ¿te animas?"
        ),
    },
    {
        "key": "pe-elsayed-1",
        "discussion": "personnel-exchange-south-south",
        "author": "nadia.elsayed",
        "language": "en",
        "questions": [1, 4],
        "parent": None,
        "days_ago": 2,
        "body": (
            "Joining late, from Cairo, with a view from digital government in the Arab region.\n\n"
            "Over the past three years our network has organised short secondments between "
            "e-government agencies in Jordan, Tunisia, Egypt and Oman. One lesson relevant to Q1: "
            "exchanges worked best when they were tied to a concrete joint deliverable. While our "
            "teams were drafting a common specification for the mutual recognition of digital "
            "diplomas, a three-week secondment achieved more than a year of conference calls, "
            "because people had to settle the details together.\n\n"
            "On Q4, a caveat about virtual formats. Civil servants in several member agencies may "
            "not use commercial video platforms for official work, and some cannot share draft "
            "documents outside government networks. Hybrid exchange therefore needs secure, agreed "
            "tools from day one; otherwise the online part quietly stops.\n\n"
            "Finally, an often overlooked benefit: the personal relationships built during "
            "secondments have made later negotiations between ministries noticeably smoother. That "
            "is hard to measure, but every director I interviewed mentioned it."
        ),
    },
    {
        "key": "fs-chan-1",
        "discussion": "food-security-knowledge-exchange",
        "author": "sophea.chan",
        "language": "en",
        "questions": [1, 3],
        "parent": None,
        "days_ago": 92,
        "body": (
            "Hello from Phnom Penh. On Q1 and Q3, an example from the lower Mekong.\n\n"
            "Around 2016, rice farmers in Battambang began testing *alternate wetting and drying*, "
            "an irrigation technique already common in parts of Viet Nam. The first exchange "
            "visits to the Mekong Delta went well technically, but the method did not transfer "
            "directly. Our farmers depend on shared canals managed by farmer water user "
            "communities, whereas Vietnamese farmers control water at plot level. What had to "
            "change was the **governance**, not the technique: communities had to agree on "
            "rotation schedules before any field could be dried.\n\n"
            "On shared data: our centre now produces a monthly drought index for four countries "
            "from open satellite data. The technical side was the easy part. The hard part was "
            "agreeing who publishes the bulletin and under whose logo, since drought maps become "
            "politically sensitive when they cross borders. We settled on joint publication with "
            "the national agencies and a rule that each country validates its own territory before "
            "release.\n\n"
            "Lesson: budget at least as much time for governance as for technology."
        ),
    },
    {
        "key": "fs-mugisha-1",
        "discussion": "food-security-knowledge-exchange",
        "author": "joseph.mugisha",
        "language": "fr",
        "questions": [3],
        "parent": None,
        "days_ago": 88,
        "body": (
            "Bonjour depuis Kigali. Je réponds à la question 3 à partir de notre plateforme de "
            "prix agricoles, qui couvre aujourd'hui le Rwanda, le Burundi et l'est de la RDC.\n\n"
            "Trois leçons, parfois apprises à nos dépens :\n\n"
            "- **Commencer par les unités de mesure.** Une « bassine » de haricots n'a pas le même "
            "poids à Rubavu et à Goma. Nous avons passé quatre mois à construire un dictionnaire "
            "commun de 22 produits avant que les comparaisons de prix aient un sens.\n"
            "- **Clarifier dès le départ la propriété des données.** Certains ministères "
            "craignaient que des données publiées par une entreprise privée étrangère soient "
            "utilisées contre eux. Un accord de partage signé, avec publication sous licence "
            "ouverte et mention des sources nationales, a levé une partie des réticences.\n"
            "- **Rémunérer les enquêteurs à la qualité.** Nos enquêteurs sont membres des "
            "coopératives ; une petite prime liée à la cohérence des relevés a divisé les erreurs "
            "par deux.\n\n"
            "Je serais curieux de savoir comment d'autres ont traité la question de la "
            "souveraineté des données lorsque l'opérateur technique est privé."
        ),
    },
    {
        "key": "fs-wanjiru-1",
        "discussion": "food-security-knowledge-exchange",
        "author": "grace.wanjiru",
        "language": "en",
        "questions": [3],
        "parent": "fs-mugisha-1",
        "days_ago": 85,
        "body": (
            "Joseph, your question on private operators and data sovereignty is the central one "
            "for digital public infrastructure in agriculture.\n\n"
            "In Kenya we have seen two models. In the first, a private platform owns the data and "
            "sells access: it moves fast, but governments end up as customers of their own "
            "farmers' information. In the second, the government owns the registry and contracts "
            "operators on open standards: slower, but more durable. Your approach sits usefully in "
            "between.\n\n"
            "Three safeguards we recommend in our policy work:\n\n"
            "- an **escrow or exit clause**, so that data and code pass to a public body if the "
            "company fails or the contract ends;\n"
            "- publication of the data schema, so that any successor can take over without reverse "
            "engineering;\n"
            "- a multi-stakeholder board with farmer representatives that approves any new use of "
            "the data.\n\n"
            "The last one matters most for trust. Farmers who know how their information is used "
            "are far more willing to share it."
        ),
    },
    {
        "key": "fs-cifuentes-1",
        "discussion": "food-security-knowledge-exchange",
        "author": "mariela.cifuentes",
        "language": "es",
        "questions": [2, 5],
        "parent": None,
        "days_ago": 90,
        "body": (
            "Saludos desde Quetzaltenango. Quiero referirme a las preguntas 2 y 5 a partir de la "
            "metodología *de campesino a campesino*, que en Centroamérica tiene ya varias "
            "décadas.\n\n"
            "Lo que la hace funcionar es que enseña un productor que ha probado la práctica en su "
            "propia parcela. Un técnico puede explicar la conservación de suelos con curvas a "
            "nivel; un campesino nicaragüense que duplicó su cosecha de frijol con ellas convence "
            "en una tarde.\n\n"
            "En nuestra red, sin embargo, las promotoras fueron minoría durante años. En 2017 solo "
            "el 22 % de quienes participaban en intercambios entre países eran mujeres. Cambiamos "
            "la manera de reconocer el saber: dejamos de elegir promotores solo por la superficie "
            "que cultivan y empezamos a valorar prácticas como los huertos familiares, la "
            "conservación de semillas o la transformación de productos, en las que las mujeres "
            "llevan la delantera. Hoy son el 48 %.\n\n"
            "> Cuando las mujeres enseñan, cambian también los temas del intercambio.\n\n"
            "Los huertos, la nutrición infantil y la venta en mercados locales entraron en la "
            "agenda por primera vez."
        ),
    },
    {
        "key": "fs-quispe-1",
        "discussion": "food-security-knowledge-exchange",
        "author": "rosa.quispe",
        "language": "es",
        "questions": [5],
        "parent": "fs-cifuentes-1",
        "days_ago": 84,
        "body": (
            "Mariela, lo que describes coincide con lo que hemos visto en el altiplano peruano y "
            "boliviano.\n\n"
            "En los intercambios de semillas de papa nativa y quinua, las guardianas de semillas, "
            "en su mayoría mujeres mayores, conocen decenas de variedades y sus usos, pero casi "
            "nunca las invitaban como expertas. En 2018 organizamos un intercambio entre "
            "comunidades de Puno y de La Paz en el que ellas fueron las anfitrionas, y las jóvenes "
            "de ambas comunidades se encargaron de registrar el conocimiento en video y en "
            "fichas.\n\n"
            "Funcionó en los dos sentidos: las mayores ganaron reconocimiento público y las "
            "jóvenes encontraron un motivo para seguir vinculadas a la agricultura. Después, tres "
            "comunidades crearon bancos de semillas gestionados por mujeres.\n\n"
            "Una advertencia: hay que acordar con las comunidades quién controla ese registro. "
            "Algunas familias temían que sus variedades terminaran patentadas por terceros, y no "
            "les faltaba razón."
        ),
    },
    {
        "key": "fs-tavares-1",
        "discussion": "food-security-knowledge-exchange",
        "author": "edson.tavares",
        "language": "pt",
        "questions": [1, 4],
        "parent": None,
        "days_ago": 86,
        "body": (
            "Boa tarde. Partilho a experiência de Cabo Verde a propósito das perguntas 1 e 4.\n\n"
            "Entre 2015 e 2020 adaptámos a ideia das compras públicas à agricultura familiar para "
            "a alimentação escolar, inspirada em experiências brasileiras. O que viajou bem foi o "
            "princípio: usar a procura estável das cantinas para dar mercado aos pequenos "
            "produtores. O que teve de mudar foi quase tudo o resto. Num país de ilhas, com "
            "produção agrícola limitada e muito dependente da chuva, não fazia sentido exigir "
            "percentagens fixas por escola.\n\n"
            "A solução foi trabalhar ilha a ilha, com metas flexíveis e um calendário de compras "
            "ajustado às colheitas de hortícolas, banana e ovos.\n\n"
            "Quanto à escala (pergunta 4), o ponto de viragem foi a criação de uma linha própria "
            "no Orçamento do Estado em 2018. Antes disso, cada ano dependia de financiamento "
            "externo. Hoje as compras locais representam cerca de 25% dos alimentos frescos das "
            "cantinas, contra menos de 5% no início."
        ),
    },
    {
        "key": "fs-matsinhe-1",
        "discussion": "food-security-knowledge-exchange",
        "author": "fernanda.matsinhe",
        "language": "pt",
        "questions": [4],
        "parent": "fs-tavares-1",
        "days_ago": 80,
        "body": (
            "Edson, a linha orçamental que refere é exactamente o que faltou em Moçambique em "
            "várias iniciativas semelhantes.\n\n"
            "Em dois distritos da província de Manica acompanhámos, entre 2016 e 2019, um piloto "
            "de compras locais para as escolas. Os resultados foram bons: 14 associações de "
            "produtores passaram a vender com regularidade e a assiduidade escolar subiu. Mas "
            "quando o projecto terminou, as regras de contratação pública exigiam concursos, "
            "garantias bancárias e pagamentos a 90 dias, condições impossíveis para uma associação "
            "de camponeses. O piloto morreu em poucos meses.\n\n"
            "A lição, para nós, é que o intercâmbio deve incluir desde o início os técnicos das "
            "finanças e da contratação pública, e não apenas os da agricultura e da educação. São "
            "eles que decidem se um piloto pode ou não tornar-se política pública."
        ),
    },
    {
        "key": "fs-houngbedji-1",
        "discussion": "food-security-knowledge-exchange",
        "author": "jbhoungbedji",
        "language": "fr",
        "questions": [1, 4],
        "parent": None,
        "days_ago": 78,
        "body": (
            "Bonjour à toutes et à tous. Une contribution sur les questions 1 et 4, à partir d'un "
            "exemple béninois.\n\n"
            "Il y a une dizaine d'années, des groupements de femmes étuveuses de riz de la vallée "
            "de l'Ouémé ont découvert, lors d'échanges avec des transformatrices burkinabè, une "
            "méthode d'étuvage améliorée qui réduit les grains brisés et la consommation de bois. "
            "La technique elle-même a été adoptée en moins d'un an. Le plus long a été l'accès au "
            "marché : le riz étuvé local restait plus cher que le riz importé.\n\n"
            "Le changement d'échelle est venu de deux décisions publiques : l'inclusion du riz "
            "local dans les achats des cantines scolaires, et une ligne de crédit réservée aux "
            "groupements dans les caisses de microfinance. Sans ces deux leviers, l'échange serait "
            "resté une belle histoire de transfert technique, sans effet sur les revenus.\n\n"
            "En résumé, l'échange entre pairs est très efficace pour la technique ; pour le "
            "changement d'échelle, il faut associer les décideurs publics dès le départ."
        ),
    },
    {
        "key": "fs-moderator-1",
        "discussion": "food-security-knowledge-exchange",
        "author": "moderator",
        "language": "en",
        "questions": [],
        "parent": None,
        "days_ago": 62,
        "body": (
            "Dear all,\n\n"
            "The discussion closes in two days, so this is a good moment to thank everyone for "
            "five weeks of generous and candid exchange in four languages.\n\n"
            "A few threads stand out so far:\n\n"
            "- **Techniques travel, institutions have to be rebuilt.** Sophea's canal rotations, "
            "Edson's island-by-island school purchases and Joseph's common units of measure all "
            "point the same way.\n"
            "- **Scaling is decided by budgets and procurement rules**, as Fernanda's example from "
            "Manica shows, which suggests finance officials belong in exchanges from the start.\n"
            "- **Who is recognised as an expert shapes what is learned**, from women promoters in "
            "Central America to seed guardians in the Andes.\n\n"
            "If you have not yet shared your experience, there is still time. The moderators' "
            "synthesis will be published on this page shortly after closing, and the full set of "
            "contributions will remain available for reference."
        ),
    },
]

# Each member has either `partner` (a PARTNERS slug in practices/demo_data.py) or
# `organisation` (free text); the other key is None. `moderator` and `member` match
# accounts/demo.py.
MEMBERS: list[dict] = [
    {
        "username": "moderator",
        "full_name": "Amara Diallo",
        "email": "moderator@example.org",
        "organisation": None,
        "partner": "unossc",
        "country": "GN",
        "role": "Moderator",
        "preferred_language": "en",
        "bio": (
            "Knowledge management specialist at the UN Office for South-South Cooperation who "
            "curates good practices and moderates the think-tank network's e-discussions."
        ),
    },
    {
        "username": "member",
        "full_name": "Lucía Fernández",
        "email": "member@example.org",
        "organisation": "Centro de Estudios para el Desarrollo del Cono Sur",
        "partner": None,
        "country": "UY",
        "role": "Investigadora asociada",
        "preferred_language": "es",
        "bio": (
            "Investigadora uruguaya que estudia la cooperación técnica entre países del Cono Sur y "
            "el seguimiento de los programas de movilidad de funcionarios."
        ),
    },
    {
        "username": "ingrid.solberg",
        "full_name": "Ingrid Solberg",
        "email": "ingrid.solberg@example.org",
        "organisation": None,
        "partner": "norec",
        "country": "NO",
        "role": "Senior Adviser",
        "preferred_language": "en",
        "bio": (
            "Adviser on partnership quality at a Norwegian exchange agency, with ten years of "
            "experience supporting South-South exchange projects in Africa and Asia."
        ),
    },
    {
        "username": "aissatou.ndiaye",
        "full_name": "Aïssatou Ndiaye",
        "email": "aissatou.ndiaye@example.org",
        "organisation": None,
        "partner": "coapa",
        "country": "SN",
        "role": "Directrice de recherche",
        "preferred_language": "fr",
        "bio": (
            "Économiste agricole qui dirige les travaux du centre sur les systèmes semenciers et "
            "accueille chaque année des chercheurs de la sous-région."
        ),
    },
    {
        "username": "jbhoungbedji",
        "full_name": "Jean-Baptiste Houngbédji",
        "email": "jb.houngbedji@example.org",
        "organisation": None,
        "partner": "abct",
        "country": "BJ",
        "role": "Chef du service mobilité et coopération",
        "preferred_language": "fr",
        "bio": (
            "Administrateur public chargé du suivi des agents béninois en mobilité dans la "
            "sous-région et des partenariats techniques Sud-Sud."
        ),
    },
    {
        "username": "salma.benali",
        "full_name": "Salma Ben Ali",
        "email": "salma.benali@example.org",
        "organisation": None,
        "partner": "cmef",
        "country": "TN",
        "role": "Coordinatrice régionale",
        "preferred_language": "fr",
        "bio": (
            "Spécialiste du développement rural qui coordonne l'incubation de coopératives "
            "féminines en Tunisie, au Maroc et en Mauritanie."
        ),
    },
    {
        "username": "joseph.mugisha",
        "full_name": "Joseph Mugisha",
        "email": "joseph.mugisha@example.org",
        "organisation": None,
        "partner": "kigali-agridata",
        "country": "RW",
        "role": "Directeur des opérations",
        "preferred_language": "fr",
        "bio": (
            "Ingénieur statisticien qui a piloté l'extension de la plateforme de prix agricoles au "
            "Burundi et à l'est de la RD Congo."
        ),
    },
    {
        "username": "grace.wanjiru",
        "full_name": "Grace Wanjiru",
        "email": "grace.wanjiru@example.org",
        "organisation": None,
        "partner": "ncdg",
        "country": "KE",
        "role": "Programme Lead, Digital Public Infrastructure",
        "preferred_language": "en",
        "bio": (
            "Public policy researcher who runs peer-learning programmes between digital government "
            "teams in East and West Africa."
        ),
    },
    {
        "username": "rahim.chowdhury",
        "full_name": "Rahim Chowdhury",
        "email": "rahim.chowdhury@example.org",
        "organisation": None,
        "partner": "bbac",
        "country": "BD",
        "role": "Programme Manager",
        "preferred_language": "en",
        "bio": (
            "Coastal livelihoods specialist who organises farmer-to-farmer exchanges on mangrove "
            "aquaculture around the Bay of Bengal."
        ),
    },
    {
        "username": "sophea.chan",
        "full_name": "Chan Sophea",
        "email": "sophea.chan@example.org",
        "organisation": None,
        "partner": "lmwfc",
        "country": "KH",
        "role": "Senior Hydrologist",
        "preferred_language": "en",
        "bio": (
            "Hydrologist who coordinates the joint drought bulletin produced with national "
            "agencies of the lower Mekong countries."
        ),
    },
    {
        "username": "nadia.elsayed",
        "full_name": "Nadia El-Sayed",
        "email": "nadia.elsayed@example.org",
        "organisation": None,
        "partner": "andg",
        "country": "EG",
        "role": "Head of Partnerships",
        "preferred_language": "en",
        "bio": (
            "Former e-government official who now organises staff secondments and joint technical "
            "work among Arab digital government agencies."
        ),
    },
    {
        "username": "priya.ranasinghe",
        "full_name": "Priya Ranasinghe",
        "email": "priya.ranasinghe@example.org",
        "organisation": None,
        "partner": "saipst",
        "country": "LK",
        "role": "Director of Programmes",
        "preferred_language": "en",
        "bio": (
            "Public administration specialist who designed the institute's regional placement "
            "programme for municipal officers."
        ),
    },
    {
        "username": "rosa.quispe",
        "full_name": "Rosa Quispe Mamani",
        "email": "rosa.quispe@example.org",
        "organisation": None,
        "partner": "iaec",
        "country": "PE",
        "role": "Investigadora principal",
        "preferred_language": "es",
        "bio": (
            "Socióloga puneña que evalúa intercambios técnicos entre países andinos y acompaña "
            "sistemas comunitarios de gestión del riesgo."
        ),
    },
    {
        "username": "diego.morales",
        "full_name": "Diego Morales",
        "email": "diego.morales@example.org",
        "organisation": None,
        "partner": "territorios-vivos",
        "country": "CO",
        "role": "Coordinador de programas rurales",
        "preferred_language": "es",
        "bio": (
            "Agrónomo que coordina las escuelas de campo y las pasantías entre caficultores de "
            "Colombia y Centroamérica."
        ),
    },
    {
        "username": "mariela.cifuentes",
        "full_name": "Mariela Cifuentes",
        "email": "mariela.cifuentes@example.org",
        "organisation": "Red Centroamericana de Extensión Rural",
        "partner": None,
        "country": "GT",
        "role": "Coordinadora de formación",
        "preferred_language": "es",
        "bio": (
            "Extensionista guatemalteca con veinte años de trabajo en metodologías de campesino a "
            "campesino y formación de promotoras comunitarias."
        ),
    },
    {
        "username": "thiago.almeida",
        "full_name": "Thiago Almeida",
        "email": "thiago.almeida@example.org",
        "organisation": None,
        "partner": "ressc",
        "country": "BR",
        "role": "Coordenador de intercâmbios",
        "preferred_language": "pt",
        "bio": (
            "Enfermeiro sanitarista que coordena os intercâmbios de equipes de atenção primária "
            "entre o Nordeste brasileiro e Moçambique."
        ),
    },
    {
        "username": "fernanda.matsinhe",
        "full_name": "Fernanda Matsinhe",
        "email": "fernanda.matsinhe@example.org",
        "organisation": None,
        "partner": "cecm",
        "country": "MZ",
        "role": "Investigadora",
        "preferred_language": "pt",
        "bio": (
            "Investigadora em políticas públicas que acompanha programas de cooperação entre "
            "países de língua portuguesa."
        ),
    },
    {
        "username": "edson.tavares",
        "full_name": "Edson Tavares",
        "email": "edson.tavares@example.org",
        "organisation": "Gabinete de Estudos e Cooperação, Praia",
        "partner": None,
        "country": "CV",
        "role": "Técnico superior de cooperação",
        "preferred_language": "pt",
        "bio": (
            "Economista cabo-verdiano que gere programas de cooperação técnica e de alimentação "
            "escolar num pequeno Estado insular."
        ),
    },
]
