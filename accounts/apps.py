from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"

    def ready(self):
        from django.contrib import admin

        from . import login_protection, signals  # noqa: F401

        # Django admin's login shares the protection of the other login forms.
        admin.site.login_form = login_protection.ProtectedAdminLoginForm
