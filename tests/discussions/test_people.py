"""The people who run a discussion: named on the page, marked on their contributions, reachable
through a form that never shows their addresses."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from discussions.models import DiscussionPage
from discussions.people import people_of
from home.translations import translate
from tests.factories.accounts import UserFactory
from tests.factories.discussions import ContributionFactory
from tests.factories.practices import PartnerIndexPageFactory, PartnerPageFactory


@pytest.fixture
def people(discussion, site):
    """A moderator from a partner organisation and a facilitator from an organisation without one."""
    partners = PartnerIndexPageFactory(parent=site.root_page)
    norec = PartnerPageFactory(parent=partners, title="Norec", slug="norec")
    moderator = UserFactory(
        username="helge",
        email="helge.espe@norec.example",
        profile__full_name="Helge Espe",
        profile__partner=norec,
        profile__role="Senior Advisor",
    )
    facilitator = UserFactory(
        username="naveeda",
        email="naveeda.nazir@unossc.example",
        profile__full_name="Naveeda Nazir",
        profile__organisation="South-South Office",
        profile__role="Knowledge Management Analyst",
    )
    discussion.moderators.add(moderator)
    discussion.facilitator_people.add(facilitator)
    discussion.save()
    return moderator, facilitator


def _author_line(html: str, contribution) -> str:
    return re.search(rf'id="c{contribution.pk}-author".*?</p>', html, re.S).group(0)


@pytest.mark.django_db
def test_the_page_names_its_people_with_organisation_and_role(client, discussion, people):
    html = client.get(discussion.url).content.decode()
    block = re.search(r'<section class="people card".*?</section>', html, re.S).group(0)
    assert "Helge Espe" in block and "Senior Advisor" in block and "Moderator" in block
    assert '<a href="/en/norec/">Norec</a>' in block or ">Norec</a>" in block
    assert "Naveeda Nazir" in block and "South-South Office" in block
    assert "Knowledge Management Analyst" in block and "Facilitator" in block
    assert block.index("Helge Espe") < block.index("Naveeda Nazir")  # moderators first


@pytest.mark.django_db
def test_no_people_block_when_nobody_is_named(client, discussion):
    assert 'class="people card"' not in client.get(discussion.url).content.decode()


@pytest.mark.django_db
def test_contributions_of_moderators_and_facilitators_carry_their_role(
    client, discussion, people, member
):
    moderator, facilitator = people
    by_moderator = ContributionFactory(discussion=discussion, user=moderator, comment="Welcome")
    by_facilitator = ContributionFactory(discussion=discussion, user=facilitator, comment="Hello")
    by_member = ContributionFactory(discussion=discussion, user=member, comment="My case")
    html = client.get(discussion.url).content.decode()
    assert "badge-role" in _author_line(html, by_moderator)
    assert "Moderator" in _author_line(html, by_moderator)
    assert "Facilitator" in _author_line(html, by_facilitator)
    assert "badge-role" not in _author_line(html, by_member)
    # The thread page marks them too.
    thread_url = discussion.url + f"thread/{by_moderator.pk}/"
    assert "Moderator" in _author_line(client.get(thread_url).content.decode(), by_moderator)


@pytest.mark.django_db
def test_no_address_of_the_people_appears_in_the_page(client, discussion, people, member):
    moderator, facilitator = people
    ContributionFactory(discussion=discussion, user=moderator, comment="Welcome")
    client.force_login(member)
    for url in (discussion.url, reverse("discussions:contact_moderators", args=[discussion.pk])):
        html = client.get(url).content.decode()
        assert "helge.espe" not in html and "norec.example" not in html
        assert "naveeda.nazir" not in html and "unossc.example" not in html
        assert "mailto:" not in html
    assert (
        reverse("discussions:contact_moderators", args=[discussion.pk])
        in client.get(discussion.url).content.decode()
    )


@pytest.mark.django_db(transaction=True)
def test_a_member_writes_to_the_moderators_who_get_one_mail(
    client, discussion, people, member, mailbox
):
    moderator, _facilitator = people
    client.force_login(member)
    url = reverse("discussions:contact_moderators", args=[discussion.pk])
    response = client.post(url, {"subject": "A question", "message": "Can I post in Wolof?"})
    assert response.status_code == 302
    assert "Your message was sent to the moderators." in client.get(discussion.url).content.decode()
    messages = mailbox.wait_for(1)
    assert len(messages) == 1
    sent = messages[0]
    assert sent.to == ["helge.espe@norec.example"]
    assert "A question" in sent.subject and "Learning from peers" in sent.subject
    assert "Can I post in Wolof?" in sent.body and "Awa Ndiaye" in sent.body
    reply_to = sent.reply_to if hasattr(sent, "reply_to") else [sent["Reply-To"]]
    assert reply_to == ["awa@example.org"]


@pytest.mark.django_db
def test_anonymous_visitors_are_asked_to_log_in(client, discussion, people, mailbox):
    url = reverse("discussions:contact_moderators", args=[discussion.pk])
    page = client.get(url).content.decode()
    assert "Only members can write to the moderators" in page
    assert "/accounts/login/?next=" in page
    response = client.post(url, {"subject": "Spam", "message": "Buy now"})
    assert response.status_code == 403
    assert "Only members can write to the moderators" in response.content.decode()
    assert mailbox.messages() == []


@pytest.mark.django_db
def test_an_empty_message_is_refused_and_the_subject_kept(client, discussion, people, member):
    client.force_login(member)
    url = reverse("discussions:contact_moderators", args=[discussion.pk])
    response = client.post(url, {"subject": "Kept subject", "message": "   "})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Write a message." in html
    assert 'value="Kept subject"' in html


@pytest.mark.django_db(transaction=True)
def test_too_many_messages_are_refused(client, discussion, people, member, mailbox, settings):
    settings.MINGA_RATE_LIMITS = {**settings.MINGA_RATE_LIMITS, "contact": "2/h"}
    client.force_login(member)
    url = reverse("discussions:contact_moderators", args=[discussion.pk])
    for n in range(2):
        assert client.post(url, {"subject": f"S{n}", "message": "Hi"}).status_code == 302
    response = client.post(url, {"subject": "S3", "message": "Hi"})
    assert response.status_code == 429
    assert "You are doing this too often." in response.content.decode()
    assert len(mailbox.wait_for(2)) == 2


@pytest.mark.django_db
def test_a_discussion_without_moderators_says_so(client, discussion, member):
    client.force_login(member)
    url = reverse("discussions:contact_moderators", args=[discussion.pk])
    assert "no moderator to write to" in client.get(url).content.decode()


@pytest.mark.django_db
def test_an_unknown_discussion_is_a_404(client, member):
    client.force_login(member)
    url = reverse("discussions:contact_moderators", args=[987654])
    assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_role_badges_cost_no_query_per_contribution(client, discussion, people, member):
    moderator, facilitator = people

    def page_queries() -> int:
        client.get(discussion.url)  # primes settings rows and caches
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            assert client.get(discussion.url).status_code == 200
        return len(captured)

    for author in (moderator, facilitator, member):
        ContributionFactory(discussion=discussion, user=author)
    few = page_queries()
    for _round in range(4):
        for author in (moderator, facilitator, member):
            ContributionFactory(discussion=discussion, user=author)
    html = client.get(discussion.url).content.decode()
    assert html.count('<span class="badge badge-role">Moderator</span>') >= 5 + 1  # + people
    assert page_queries() == few


def test_the_demo_discussions_name_their_people(demo_site):
    for slug, expected in {
        "personnel-exchange-south-south": {"Amara Diallo", "Ingrid Solberg", "Priya Ranasinghe"},
        "food-security-knowledge-exchange": {
            "Amara Diallo",
            "Aïssatou Ndiaye",
            "Rosa Quispe Mamani",
        },
    }.items():
        page = DiscussionPage.objects.get(slug=slug)
        people = people_of(page)
        assert {p.user.profile.display_name for p in people} == expected
        assert people[0].role == "moderator" and people[-1].role == "facilitator"


@pytest.mark.django_db
def test_a_partner_is_shown_in_the_visitors_language_when_it_has_that_translation(
    discussion, people
):
    moderator, _facilitator = people
    norec = moderator.profile.partner
    french = translate(norec, "fr", {"Norec": "Norec (Agence norvégienne)"})
    with translation.override("fr"):
        shown = {person.user.pk: person.partner for person in people_of(discussion)}
    assert shown[moderator.pk].pk == french.pk
    assert shown[moderator.pk].title == "Norec (Agence norvégienne)"
    with translation.override("es"):  # no Spanish version: the source
        assert people_of(discussion)[0].partner.pk == norec.pk
    assert people_of(discussion)[1].partner is None  # an organisation without a page


@pytest.mark.django_db
def test_the_people_block_links_the_partner_page_in_the_visitors_language(
    client, discussion, people
):
    moderator, _facilitator = people
    french = translate(moderator.profile.partner, "fr", {"Norec": "Norec (Agence norvégienne)"})
    html = client.get("/fr" + discussion.url[3:]).content.decode()
    block = re.search(r'<section class="people card".*?</section>', html, re.S).group(0)
    with translation.override("fr"):
        assert f'<a href="{french.url}">Norec (Agence norvégienne)</a>' in block
    english = client.get("/en" + discussion.url[3:]).content.decode()
    assert ">Norec</a>" in re.search(
        r'<section class="people card".*?</section>', english, re.S
    ).group(0)
