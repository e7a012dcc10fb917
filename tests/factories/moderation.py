"""Factories for moderation: flags, standings, per-discussion settings."""

import factory

from discussions.moderation.models import DiscussionModeration, Flag, FlagReason, MemberStanding
from tests.factories.accounts import UserFactory
from tests.factories.discussions import ContributionFactory


class FlagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Flag

    user = factory.SubFactory(UserFactory)
    contribution = factory.SubFactory(ContributionFactory)
    reason = FlagReason.SPAM


class MemberStandingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MemberStanding
        django_get_or_create = ("user",)

    user = factory.SubFactory(UserFactory)


class DiscussionModerationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DiscussionModeration
        django_get_or_create = ("discussion",)

    moderate_everything = True
