"""What search stores for a record: the text visitors read, not its markup."""

import pytest

from search import documents

pytestmark = pytest.mark.django_db


def test_a_contributions_entry_holds_its_words_without_markdown(site):
    from tests.factories.discussions import (
        ContributionFactory,
        DiscussionIndexPageFactory,
        DiscussionPageFactory,
    )

    index = DiscussionIndexPageFactory(parent=site.root_page)
    discussion = DiscussionPageFactory(parent=index, title="Learning from exchanges")
    contribution = ContributionFactory(
        discussion=discussion,
        comment="**Techniques travel**, institutions *do not*.\n\n- peers & [mentors](https://example.org)",
    )
    entry = documents.build_entry(contribution)
    assert entry["body"] == "Techniques travel, institutions do not.\npeers & mentors"
    assert entry["title"] == "Techniques travel, institutions do not. peers & mentors"
