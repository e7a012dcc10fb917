"""Every user gets a profile the moment it is created; admin preferences purge the user bar."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.users.models import UserProfile

from home.page_cache import purge

from .models import Profile
from .templatetags.accounts_tags import member_tag


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def create_profile(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        Profile.objects.get_or_create(user=instance)


@receiver(post_save, sender=UserProfile)
@receiver(post_delete, sender=UserProfile)
def admin_preferences_changed(sender, instance, raw=False, created=False, **kwargs):
    """The cached user bar (accounts_tags.userbar) is drawn in the member's admin theme (a new
    row holds the defaults it was drawn with: Wagtail makes it while drawing the bar)."""
    if not raw and not created:
        purge(member_tag(instance.user_id))
