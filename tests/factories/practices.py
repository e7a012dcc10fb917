"""Factories for the catalogue: index pages, practices and partner profiles."""

import factory
import wagtail_factories

from practices.models import (
    SDG,
    Country,
    GoodPracticePage,
    PartnerIndexPage,
    PartnerPage,
    PracticeIndexPage,
    PracticePartner,
    Theme,
)


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Theme {n}")


class PracticeIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PracticeIndexPage

    title = "Good practices"
    slug = "good-practices"


class PartnerIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PartnerIndexPage

    title = "Partners"
    slug = "partners"


class PartnerPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PartnerPage

    title = factory.Sequence(lambda n: f"Partner organisation {n}")
    slug = factory.Sequence(lambda n: f"partner-{n}")
    organisation_type = "ngo"


class GoodPracticePageFactory(wagtail_factories.PageFactory):
    """Pass countries=["KE"], sdgs=[2], themes=["Food security"], partners=[(page, role)]."""

    class Meta:
        model = GoodPracticePage

    title = factory.Sequence(lambda n: f"Good practice {n}")
    slug = factory.Sequence(lambda n: f"good-practice-{n}")
    source_id = factory.Sequence(lambda n: f"TEST-{n:04d}")
    summary = "Farmers share drought-tolerant seed between villages."
    language = "en"

    @classmethod
    def _create(cls, model_class, *args, countries=(), sdgs=(), themes=(), partners=(), **kwargs):
        page = super()._create(model_class, *args, **kwargs)
        if countries or sdgs or themes or partners:
            page.countries = list(Country.objects.filter(code__in=countries))
            page.sdgs = list(SDG.objects.filter(number__in=sdgs))
            page.themes = [ThemeFactory(name=name) for name in themes]
            page.practice_partners = [
                PracticePartner(partner=partner, role=role, sort_order=n)
                for n, (partner, role) in enumerate(partners)
            ]
            page.save()
        return page
