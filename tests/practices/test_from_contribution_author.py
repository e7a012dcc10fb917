"""The author's way from a contribution to a good practice: the profile and the contribution's
edit page link to the proposal form prefilled from it; the proposal goes to the editors' review
and the practice and the contribution link to each other."""

import pytest
from django.contrib.auth.models import Permission
from wagtail.models import WorkflowState

from practices.models import SDG, GoodPracticePage, PracticeSubmission
from tests.factories.accounts import UserFactory
from tests.factories.discussions import ContributionFactory
from tests.practices import test_from_contribution as moderators_path

# The same catalogue (with its review workflow), named partner and discussion as the
# moderators' path.
catalogue, wfp, discussion = (
    moderators_path.catalogue,
    moderators_path.wfp,
    moderators_path.discussion,
)

CASE_FR = (
    "Bonjour à tous.\n\n"
    "Des cantines scolaires approvisionnées par les **agriculteurs locaux** au Sénégal. "
    "Avec l'appui du PAM, le programme a été adapté au Cap-Vert.\n\n"
    "Les enfants restent à l'école. Les agriculteurs vendent leurs récoltes."
)


@pytest.fixture
def author(db):
    return UserFactory(username="awa", profile__country="GN")


@pytest.fixture
def case(discussion, author):
    return ContributionFactory(discussion=discussion, user=author, comment=CASE_FR, language="fr")


def propose_url(contribution) -> str:
    return f"/en/practices-submit/from-contribution/{contribution.pk}/"


def sdg(number: int) -> str:
    return str(SDG.objects.get(number=number).pk)


def proposal(**changes) -> dict:
    data = {
        "title": "School canteens supplied by local farmers",
        "summary": "Local farmers supply school canteens in Senegal and Cabo Verde.",
        "countries": ["SN", "CV"],
        "sdgs": [sdg(2)],
        "solution": "Farmers' cooperatives deliver to the schools every week.",
        "language": "fr",
    }
    return {**data, **changes}


@pytest.mark.django_db
def test_the_profile_lists_the_members_contributions_with_the_way_to_a_practice(
    client, discussion, author, case
):
    pending = ContributionFactory(
        discussion=discussion,
        user=author,
        comment="Still waiting for a moderator.",
        is_public=False,
    )
    rejected = ContributionFactory(
        discussion=discussion, user=author, comment="Rejected text.", is_public=False
    )
    rejected.is_removed = True
    rejected.save()
    someone_else = ContributionFactory(discussion=discussion, comment="Someone else's words.")
    client.force_login(author)
    html = client.get("/en/accounts/profile/").content.decode()
    assert "Your contributions" in html
    assert "Des cantines scolaires approvisionnées par les agriculteurs locaux" in html
    assert "**" not in html  # the excerpt is plain text
    assert propose_url(case) in html
    assert "Still waiting for a moderator." in html
    assert "not published (awaiting moderation or hidden)" in html
    assert propose_url(pending) not in html  # only a published contribution can be proposed
    assert "Rejected text." not in html
    assert "Someone else" not in html and propose_url(someone_else) not in html


@pytest.mark.django_db
def test_a_member_without_contributions_is_told_so(client):
    client.force_login(UserFactory())
    assert "You have not contributed to a discussion yet." in (
        client.get("/en/accounts/profile/").content.decode()
    )


@pytest.mark.django_db
def test_the_form_is_prefilled_from_the_contribution(client, catalogue, wfp, case):
    client.force_login(case.user)
    response = client.get(propose_url(case))
    html = response.content.decode()
    assert response.status_code == 200
    form = response.context["form"]
    assert form.initial["title"] == (
        "Des cantines scolaires approvisionnées par les agriculteurs locaux au Sénégal"
    )
    assert form.initial["summary"].endswith("adapté au Cap-Vert.")
    assert form.initial["countries"] == ["GN", "SN", "CV"]  # profile first, then the text
    assert form.initial["language"] == "fr"
    assert form.initial["partners"] == [wfp.pk]
    assert "Les enfants restent à l'école." in form.initial["solution"]
    assert "Propose your contribution as a good practice" in html
    assert 'value="SN" selected' in html
    assert f'value="{wfp.pk}"' in html and "checked" in html
    assert case.get_absolute_url() in html


@pytest.mark.django_db
def test_the_proposal_goes_to_review_and_links_both_ways(client, catalogue, wfp, case):
    client.force_login(case.user)
    response = client.post(propose_url(case), proposal(partners=[str(wfp.pk)]), follow=True)
    assert "Editors will review" in response.content.decode()
    page = GoodPracticePage.objects.get()
    assert page.source_contribution == case
    assert page.title == "School canteens supplied by local farmers"
    assert not page.live
    assert [p.partner.title for p in page.practice_partners.all()] == ["World Food Programme"]
    assert PracticeSubmission.objects.get().submitted_by == case.user
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Practice review"
    assert case.practices.get() == page
    # The profile and the form now say it was proposed; nothing is proposed twice.
    profile = client.get("/en/accounts/profile/").content.decode()
    assert "Proposed as the good practice" in profile and page.title in profile
    again = client.post(propose_url(case), proposal(title="A second one"))
    assert again.status_code == 200
    assert "has already been proposed as the good practice" in again.content.decode()
    assert GoodPracticePage.objects.count() == 1


@pytest.mark.django_db
def test_an_unticked_partner_is_left_out(client, catalogue, wfp, case):
    client.force_login(case.user)
    client.post(propose_url(case), proposal())
    assert not GoodPracticePage.objects.get().practice_partners.exists()


@pytest.mark.django_db
def test_an_incomplete_form_keeps_the_text_and_creates_nothing(client, catalogue, case):
    client.force_login(case.user)
    response = client.post(propose_url(case), proposal(sdgs=[], title="Kept title"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Please correct the fields marked below." in html
    assert "Kept title" in html
    assert not GoodPracticePage.objects.exists()


@pytest.mark.django_db
def test_a_moderator_of_the_discussion_may(client, catalogue, discussion, case):
    moderator = UserFactory(username="local")
    discussion.moderators.add(moderator)
    discussion.save()
    client.force_login(moderator)
    assert client.get(propose_url(case)).status_code == 200
    client.post(propose_url(case), proposal())
    assert GoodPracticePage.objects.get().source_contribution == case


@pytest.mark.django_db
def test_others_are_refused_with_a_clear_message(client, catalogue, case):
    assert "/accounts/login/" in client.get(propose_url(case))["Location"]
    member = UserFactory(username="member")
    member.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(member)
    for method in (client.get, client.post):
        response = method(propose_url(case), proposal())
        assert response.status_code == 403
        assert "Only the author of this contribution and the moderators" in (
            response.content.decode()
        )
    assert client.get("/en/practices-submit/from-contribution/999999/").status_code == 404
    assert not GoodPracticePage.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("removed", [False, True])  # hidden (or pending), rejected
def test_an_unpublished_contribution_cannot_become_a_practice(client, catalogue, case, removed):
    case.is_public = False
    case.is_removed = removed
    case.save()
    client.force_login(case.user)
    for method in (client.get, client.post):
        response = method(propose_url(case), proposal())
        assert response.status_code == 403
        assert "Only a published contribution can become a good practice" in (
            response.content.decode()
        )
    # To anyone else it does not exist.
    client.force_login(UserFactory(username="curious"))
    assert client.get(propose_url(case)).status_code == 404
    # Nor can its moderators make it a practice from the moderation queue.
    moderator = UserFactory(username="local")
    moderator.user_permissions.add(Permission.objects.get(codename="access_admin"))
    case.discussion.moderators.add(moderator)
    case.discussion.save()
    client.force_login(moderator)
    response = client.post(f"/admin/practices/from-contribution/{case.pk}/")
    assert response.status_code == 403
    assert "Only a published contribution" in response.content.decode()
    assert not GoodPracticePage.objects.exists()


@pytest.mark.django_db
def test_the_edit_page_offers_it_then_shows_the_practice(client, catalogue, case):
    client.force_login(case.user)
    edit = f"/en/contributions/{case.pk}/edit/"
    html = client.get(edit).content.decode()
    assert "Propose as a good practice" in html and propose_url(case) in html
    client.post(propose_url(case), proposal())
    html = client.get(edit).content.decode()
    assert propose_url(case) not in html
    assert "has been proposed as the good practice" in html
