"""A case described in a contribution becomes a draft practice in the editors' review."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import WorkflowState

from practices.from_contribution import cut_at_word, draft_practice_from
from practices.models import GoodPracticePage, PracticeSubmission
from practices.workflow import set_up_review
from tests.factories.accounts import UserFactory
from tests.factories.discussions import ContributionFactory, DiscussionPageFactory
from tests.factories.practices import PartnerPageFactory, PracticeIndexPageFactory

CASE_FR = (
    "Des cantines scolaires approvisionnées par les agriculteurs locaux au Sénégal. "
    "Avec l'appui du PAM, le programme a été adapté au Cap-Vert.\n\n"
    "Les enfants restent à l'école. Les agriculteurs vendent leurs récoltes."
)


@pytest.fixture
def catalogue(site):
    index = PracticeIndexPageFactory(parent=site.root_page)
    set_up_review(index)
    return index


@pytest.fixture
def wfp(site):
    from tests.factories.practices import PartnerIndexPageFactory

    partners = PartnerIndexPageFactory(parent=site.root_page)
    return PartnerPageFactory(parent=partners, title="World Food Programme", acronym="PAM")


def admin_user(**kwargs):
    user = UserFactory(**kwargs)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.fixture
def discussion(site):
    return DiscussionPageFactory(parent=site.root_page, title="School meals across the South")


@pytest.fixture
def case(discussion):
    author = admin_user(username="awa", profile__country="GN")
    return ContributionFactory(discussion=discussion, user=author, comment=CASE_FR, language="fr")


@pytest.fixture
def local_moderator(discussion):
    user = admin_user(username="local")
    discussion.moderators.add(user)
    discussion.save()  # a ParentalManyToManyField: saved with the page
    return user


def url(contribution) -> str:
    return f"/admin/practices/from-contribution/{contribution.pk}/"


@pytest.mark.django_db
def test_the_draft_is_prefilled_from_the_contribution(catalogue, wfp, case):
    page = draft_practice_from(case, case.user)

    assert (
        page.title
        == "Des cantines scolaires approvisionnées par les agriculteurs locaux au Sénégal"
    )
    assert page.summary.startswith("Des cantines scolaires")
    assert page.summary.endswith("adapté au Cap-Vert.")
    assert "Les enfants" not in page.summary  # the first paragraph only
    assert page.language == "fr"
    # The author's profile country first, then the countries named in French.
    assert sorted(page.countries.values_list("code", flat=True)) == ["CV", "GN", "SN"]
    links = list(page.practice_partners.all())
    assert [(link.partner_id, link.role) for link in links] == [(wfp.pk, "partner")]
    assert not page.live and page.get_parent().specific == catalogue


@pytest.mark.django_db
def test_a_greeting_is_not_the_title(catalogue, discussion):
    greeting = ContributionFactory(
        discussion=discussion,
        comment="Boa tarde. Partilho a experiência de Cabo Verde com as cantinas escolares.",
        language="pt",
    )
    page = draft_practice_from(greeting, greeting.user)
    assert page.title == "Partilho a experiência de Cabo Verde com as cantinas escolares"
    assert page.language == "pt"
    assert list(page.countries.values_list("code", flat=True)) == ["CV"]


@pytest.mark.django_db
def test_a_long_first_line_is_cut_at_a_word():
    title = cut_at_word("word " * 40, 120)
    assert len(title) <= 120 and title.endswith("word…")


@pytest.mark.django_db
def test_the_practice_and_the_contribution_link_to_each_other(client, catalogue, case):
    page = draft_practice_from(case, case.user)
    assert page.source_contribution == case
    assert list(case.practices.all()) == [page]
    page.save_revision().publish()  # what the editors' approval does

    html = client.get(page.url).content.decode()
    assert "From a contribution to School meals across the South" in html
    assert f'href="{case.get_absolute_url()}"' in html


@pytest.mark.django_db
def test_the_draft_is_in_the_review_workflow_like_a_proposal(catalogue, case):
    page = draft_practice_from(case, case.user)
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Practice review"
    assert PracticeSubmission.objects.get(page=page).submitted_by == case.user


@pytest.mark.django_db
def test_a_moderator_of_the_discussion_sees_the_prefill_then_creates_the_draft(
    client, catalogue, wfp, case, local_moderator
):
    client.force_login(local_moderator)
    response = client.get(url(case))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Des cantines scolaires approvisionnées" in html
    assert "World Food Programme" in html and "Senegal" in html

    response = client.post(url(case), follow=True)
    page = GoodPracticePage.objects.get()
    assert page.source_contribution == case and page.owner == local_moderator
    assert "was created and sent to the editors" in response.content.decode()


@pytest.mark.django_db
def test_an_editor_lands_in_the_page_editor(client, catalogue, case):
    editor = admin_user(username="edith", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    response = client.post(url(case))
    page = GoodPracticePage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"


@pytest.mark.django_db
def test_the_author_may(client, catalogue, case):
    client.force_login(case.user)
    assert client.get(url(case)).status_code == 200
    client.post(url(case))
    assert GoodPracticePage.objects.get().source_contribution == case


@pytest.mark.django_db
def test_a_moderator_of_another_discussion_and_a_member_are_refused(client, catalogue, site, case):
    elsewhere = DiscussionPageFactory(parent=site.root_page)
    other_moderator = admin_user(username="other")
    elsewhere.moderators.add(other_moderator)
    elsewhere.save()
    member = admin_user(username="member")
    for user in (other_moderator, member):
        client.force_login(user)
        for method in (client.get, client.post):
            response = method(url(case))
            assert response.status_code == 403
            assert "Only the author of this contribution and the moderators" in (
                response.content.decode()
            )
    assert not GoodPracticePage.objects.exists()
    missing = client.get("/admin/practices/from-contribution/999999/", follow=True)
    assert missing.status_code == 404


@pytest.mark.django_db
def test_a_second_attempt_creates_nothing_new(client, catalogue, case, local_moderator):
    first = draft_practice_from(case, case.user)
    client.force_login(local_moderator)
    response = client.post(url(case))
    html = response.content.decode()
    assert response.status_code == 200
    assert "This contribution is already the practice" in html
    assert first.title in html
    assert GoodPracticePage.objects.count() == 1
    assert PracticeSubmission.objects.count() == 1


@pytest.mark.django_db
def test_the_moderation_queue_links_each_item(client, case, local_moderator):
    client.force_login(local_moderator)
    html = client.get("/admin/moderation/?tab=published").content.decode()
    assert url(case) in html


@pytest.mark.django_db
def test_the_contribution_in_the_admin_links_to_its_practice(
    client, catalogue, case, local_moderator
):
    client.force_login(local_moderator)
    detail = f"/admin/moderation/contribution/{case.pk}/"
    assert "Became a practice:" not in client.get(detail).content.decode()
    page = draft_practice_from(case, case.user)
    html = client.get(detail).content.decode()
    assert "Became a practice:" in html and page.title in html
