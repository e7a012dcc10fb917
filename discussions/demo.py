"""Demo e-discussions built from discussions/demo_data.py (idempotent: reruns keep edits)."""

import tomllib
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.contrib.sites.models import Site
from django.utils import timezone

from accounts.demo import ensure_user
from home import demo_images
from home.demo import get_home_page
from home.times import as_zone
from home.translations import load_entries, translate_once

from . import demo_people, setup
from .demo_data import CONTRIBUTIONS, DISCUSSIONS, MEMBERS
from .models import (
    Contribution,
    ContributionTranslation,
    DiscussionPage,
    GuidingQuestion,
    translation_source_hash,
)
from .synthesis import demo as synthesis_demo

TRANSLATIONS = Path(__file__).with_name("demo_content") / "translations.toml"
CONTRIBUTION_TRANSLATIONS = (
    Path(__file__).with_name("demo_content") / "contribution_translations.toml"
)
OPEN_STARTED_DAYS_AGO, OPEN_CLOSES_IN_DAYS = 20, 15
CLOSED_DAYS_AGO, CLOSED_LENGTH_DAYS = 60, 35


def load(stdout=None, style=None) -> None:
    index = setup.build(get_home_page())
    users = {member["username"]: _ensure_member(member) for member in MEMBERS}
    moderators = [users["moderator"]] if "moderator" in users else []
    discussions = {
        data["slug"]: _ensure_discussion(index, data, moderators) for data in DISCUSSIONS
    }
    demo_people.load(discussions, users)
    created = _load_contributions(discussions, users)
    _load_contribution_translations(discussions)
    translations = load_entries(TRANSLATIONS)
    translated = discussions[translations["slug"]]
    strings = translations["strings"] + demo_images.image_strings(translated)
    made = translate_once(translated, strings)
    synthesis_demo.load(stdout, style)
    if stdout:
        stdout.write(
            f"Discussions: {len(discussions)} discussions, {created} new contributions, "
            f"{made} translations."
        )


def _partner(slug: str):
    """A demo partner page (loaded by practices' demo loader first), found through the model
    the discussion's organisers point to, so this app imports no practices module."""
    partners = DiscussionPage._meta.get_field("organisers").related_model
    return partners.objects.filter(slug=slug).first()


def _ensure_member(data: dict):
    user = ensure_user(
        data["username"], data["email"], f"minga-{data['username']}-demo", data["full_name"]
    )
    profile = user.profile
    if not (profile.country or profile.role or profile.bio):  # never overwrite a member's edits
        profile.full_name = profile.full_name or data["full_name"]
        profile.organisation = data["organisation"] or ""
        profile.partner = _partner(data["partner"]) if data["partner"] else None
        profile.country = data["country"] or ""
        profile.role = data["role"] or ""
        profile.preferred_language = data["preferred_language"] or "en"
        profile.bio = data["bio"] or ""
        profile.save()
    return user


def _on_local_clocks(zone_name: str, days_from_today: int, hour: int) -> datetime:
    """The instant at `hour`:00 on the discussion's own clocks, `days_from_today` days away."""
    zone = as_zone(zone_name)
    day = timezone.localdate(timezone=zone) + timedelta(days=days_from_today)
    return datetime.combine(day, time(hour), tzinfo=zone).astimezone(UTC)


def _period(status: str, zone_name: str):
    """Opens at 09:00 and closes at 17:00 in the discussion's time zone."""
    if status == "closed":
        opens_in = -CLOSED_DAYS_AGO - CLOSED_LENGTH_DAYS
        closes_in = -CLOSED_DAYS_AGO
    elif status == "upcoming":
        opens_in, closes_in = 10, 40
    else:
        opens_in, closes_in = -OPEN_STARTED_DAYS_AGO, OPEN_CLOSES_IN_DAYS
    return _on_local_clocks(zone_name, opens_in, 9), _on_local_clocks(zone_name, closes_in, 17)


def _ensure_discussion(index, data: dict, moderators: list):
    page = DiscussionPage.objects.child_of(index).filter(slug=data["slug"]).first()
    if page is not None:
        return page
    opens_at, closes_at = _period(data["status"], data["timezone"])
    page = DiscussionPage(
        title=data["title"],
        slug=data["slug"],
        introduction=data["summary"],
        background=data["background"],
        summary=data.get("summary_report") or "",
        opens_at=opens_at,
        closes_at=closes_at,
        timezone=data["timezone"],
        accepted_languages=data["languages"],
    )
    order = 0
    for section in data["sections"]:
        for question in section["questions"]:
            page.guiding_questions.add(
                GuidingQuestion(
                    section=section["title"],
                    question=question["text"],
                    explanation=question.get("explanation") or "",
                    sort_order=order,
                )
            )
            order += 1
    page.organisers = [p for p in map(_partner, data["organisers"]) if p]
    page.facilitators = [p for p in map(_partner, data["facilitators"]) if p]
    page.moderators = moderators
    hero, alt, pictures = demo_images.hero_and_gallery(
        data["slug"],
        data["title"],
        data.get("illustration", "network"),
        gallery=True,
        kind="discussion-hero",
    )
    demo_images.illustrate(page, hero, alt, pictures)
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def _load_contributions(discussions: dict, users: dict) -> int:
    content_type = ContentType.objects.get_for_model(DiscussionPage)
    site = Site.objects.get_current()
    by_key: dict[str, Contribution] = {}
    created = 0
    for data in sorted(CONTRIBUTIONS, key=lambda c: -c["days_ago"]):
        discussion, user = discussions[data["discussion"]], users.get(data["author"])
        if user is None:
            continue
        existing = Contribution.objects.filter(
            discussion=discussion, user=user, comment=data["body"]
        ).first()
        if existing:
            by_key[data["key"]] = existing
            continue
        parent = by_key.get(data["parent"]) if data["parent"] else None
        # Working hours on the discussion's clocks (08:00-16:00), never in the future.
        hour = 8 + len(by_key) % 9
        submit_date = _on_local_clocks(discussion.timezone, -data["days_ago"], hour)
        submit_date = min(submit_date, timezone.now() - timedelta(minutes=len(by_key) + 1))
        submit_date = max(discussion.opens_at, min(submit_date, discussion.closes_at))
        contribution = Contribution(
            content_type=content_type,
            object_pk=str(discussion.pk),
            discussion=discussion,
            site=site,
            user=user,
            user_name=user.profile.display_name[:50],
            user_email=user.email,
            comment=data["body"],
            language=data["language"],
            submit_date=submit_date,
            is_public=True,
            parent_id=parent.pk if parent else 0,
        )
        contribution.save()
        questions = {q.number: q for q in discussion.numbered_questions}
        contribution.guiding_questions.set(
            [questions[n] for n in data["questions"] if n in questions]
        )
        by_key[data["key"]] = contribution
        created += 1
    return created


def _load_contribution_translations(discussions: dict) -> int:
    """Stored translations of some contributions (demo_content/contribution_translations.toml)."""
    sources = {data["key"]: data for data in CONTRIBUTIONS}
    entries = tomllib.loads(CONTRIBUTION_TRANSLATIONS.read_text(encoding="utf-8"))
    stored = 0
    for entry in entries["translation"]:
        source = sources[entry["key"]]
        contribution = Contribution.objects.filter(
            discussion=discussions[source["discussion"]], comment=source["body"]
        ).first()
        if contribution is None:
            continue
        # Kept: a moderator's correction, an earlier load, a provider's translation.
        if contribution.translations.filter(language=entry["language"]).exists():
            continue
        ContributionTranslation(
            contribution=contribution,
            language=entry["language"],
            body=entry["body"].strip(),
            provider="demo",
            source_hash=translation_source_hash(contribution.comment, contribution.language),
        ).save()
        stored += 1
    return stored
