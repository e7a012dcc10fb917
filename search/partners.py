"""Queries that name a partner ("Norec", "PNUD", "Agencia Norueguesa de Cooperacao").

Such a query asks for the partner and what it funds or facilitates. Words and meaning find
the partner's page, often in another language than the query's, but not the practices it
takes part in, whose text seldom names it. When a partner's page is the clear best match (it
leads every other record's fused score by PARTNER_MARGIN), the records whose `partners`
facet names that partner (its practices, the discussions it organises, and its own page) get
a bonus (PARTNER_WEIGHT, both engines) and match, so they come right after the page.

Meaning decides rather than names: a partner named in another language ("centro de Nairobi
de gobernanza digital", "برنامج الاغذية العالمي") or by a translated acronym ("PNUD") leads
as clearly as its own name does. A query that also names a topic ("Norec midwives") is led
by the record about the topic, so nothing changes. A query naming countries only is left to
the country bonus (search.places): a partner based in the country often leads it narrowly.

Calibrated on the relevance set (benchmarks/relevance.py, database engine; the 380 queries
read by 30 Nov 2026): a partner page that came first led by 0.021 to 0.149 when the query
named the partner ("coopératives de femmes au Maghreb", "Maputo senter for
samarbeidsstudier" and "Lower Mekong" below the earlier margin of 0.03), by at most 0.005 for
anything else but countries (which get the country bonus instead); the weight is the country
bonus's.
"""

PARTNER_MARGIN = 0.02
PARTNER_WEIGHT = 0.1
