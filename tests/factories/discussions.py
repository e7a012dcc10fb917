"""Factories for discussions: pages under an index, questions, contributions."""

from datetime import timedelta

import factory
import wagtail_factories
from django.contrib.contenttypes.models import ContentType
from django.contrib.sites.models import Site
from django.utils import timezone

from discussions.models import Contribution, DiscussionIndexPage, DiscussionPage, GuidingQuestion
from tests.factories.accounts import UserFactory


class DiscussionIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = DiscussionIndexPage

    title = "E-discussions"
    slug = "discussions"


class DiscussionPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = DiscussionPage

    title = factory.Sequence(lambda n: f"Discussion {n}")
    slug = factory.Sequence(lambda n: f"discussion-{n}")
    introduction = "How do we learn from each other?"
    opens_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))
    closes_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=13))
    timezone = "UTC"


class GuidingQuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GuidingQuestion

    discussion = factory.SubFactory(DiscussionPageFactory)
    section = "Broad guiding questions"
    question = factory.Sequence(lambda n: f"Question {n}?")
    sort_order = factory.Sequence(lambda n: n)


class ContributionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contribution
        skip_postgeneration_save = True

    discussion = factory.SubFactory(DiscussionPageFactory)
    user = factory.SubFactory(UserFactory)
    content_type = factory.LazyFunction(lambda: ContentType.objects.get_for_model(DiscussionPage))
    object_pk = factory.LazyAttribute(lambda c: str(c.discussion.pk))
    site = factory.LazyFunction(Site.objects.get_current)
    user_name = factory.LazyAttribute(lambda c: c.user.username)
    user_email = factory.LazyAttribute(lambda c: c.user.email)
    comment = "South-South cooperation works when peers share what failed as well."
    language = "en"
    submit_date = factory.LazyFunction(timezone.now)
    is_public = True
    parent_id = 0

    @factory.post_generation
    def guiding_questions(self, create, extracted, **kwargs):
        if create and extracted:
            self.guiding_questions.set(extracted)
