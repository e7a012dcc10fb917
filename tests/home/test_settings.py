"""Settings come from the environment; production refuses unsafe configuration."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD_KEY = "k" * 20 + "-production-secret-" + "x" * 30
# What production needs besides SECRET_KEY, ALLOWED_HOSTS and WAGTAILADMIN_BASE_URL.
REQUIRED = {
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/minga_example",
    "COMMENTS_XTD_SALT": "a-random-production-salt-0123456789",
}
VALID = {
    **REQUIRED,
    "SECRET_KEY": GOOD_KEY,
    "ALLOWED_HOSTS": "minga.example.org",
    "WAGTAILADMIN_BASE_URL": "https://minga.example.org",
    "CACHE_URL": "redis://127.0.0.1:6379/1",  # named, not connected to
}


def _check(env: dict, *args: str) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {*VALID, "DJANGO_ALLOW_ASYNC_UNSAFE", "MEDIA_STORAGE_URL", "PRIVATE_STORAGE_URL"}
    }
    return subprocess.run(
        [sys.executable, "manage.py", "check", *args, "--settings=minga.settings.production"],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    "secret_key",
    ["", "django-insecure-minga-development-key-do-not-use-in-production", "short-key"],
)
def test_production_refuses_to_start_without_a_real_secret_key(secret_key):
    result = _check({"SECRET_KEY": secret_key, "ALLOWED_HOSTS": "minga.example.org"})
    assert result.returncode != 0
    assert "SECRET_KEY must" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = _check({**REQUIRED, "SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": ""})
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


@pytest.mark.parametrize("address", ["", "127.0.0.1:8000", "https://minga.example.org/en/"])
def test_production_refuses_to_start_without_a_public_address(address):
    result = _check({**VALID, "WAGTAILADMIN_BASE_URL": address})
    assert result.returncode != 0
    assert "WAGTAILADMIN_BASE_URL must" in result.stderr


def test_production_refuses_to_start_without_a_database_url():
    """No silent SQLite file next to the code on a production machine."""
    result = _check({**VALID, "DATABASE_URL": ""})
    assert result.returncode != 0
    assert "DATABASE_URL must" in result.stderr


@pytest.mark.parametrize("salt", ["", "minga-contributions", "short"])
def test_production_refuses_to_start_with_a_public_or_weak_contributions_salt(salt):
    result = _check({**VALID, "COMMENTS_XTD_SALT": salt})
    assert result.returncode != 0
    assert "COMMENTS_XTD_SALT must" in result.stderr


def test_production_refuses_a_private_storage_that_makes_files_public():
    result = _check({**VALID, "PRIVATE_STORAGE_URL": "s3://minga/private?acl=public-read"})
    assert result.returncode != 0
    assert "PRIVATE_STORAGE_URL must not make its files public" in result.stderr


def test_production_passes_the_deployment_checklist():
    result = _check(
        VALID,
        "--deploy",
        "--fail-level",
        "WARNING",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_the_deployment_checklist_warns_when_each_process_would_cache_on_its_own():
    without_cache = {key: value for key, value in VALID.items() if key != "CACHE_URL"}
    result = _check(without_cache, "--deploy", "--fail-level", "WARNING")
    assert result.returncode != 0
    assert "minga.W001" in result.stderr and "CACHE_URL" in result.stderr


def _engine_and_eagerness(**overrides: str) -> tuple[list[str], str]:
    """Dev settings as a fresh process sees them: (database engine, tasks run eagerly)."""
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "CELERY_BROKER_URL"}}
    env.update(overrides, DJANGO_SETTINGS_MODULE="minga.settings.dev")
    code = (
        "from django.conf import settings; "
        "print(settings.DATABASES['default']['ENGINE']); print(settings.CELERY_TASK_ALWAYS_EAGER)"
    )
    out = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    return out.stdout.split(), out.stderr


def test_database_and_broker_come_from_the_environment():
    found, errors = _engine_and_eagerness(
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/minga_example",
        CELERY_BROKER_URL="redis://127.0.0.1:6379/9",
    )
    assert found == ["django.db.backends.postgresql", "False"], errors


def test_embedded_default_runs_tasks_eagerly_on_sqlite():
    found, errors = _engine_and_eagerness()
    assert found == ["django.db.backends.sqlite3", "True"], errors


def _settings_module_of(*command: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    out = subprocess.run(
        [sys.executable, *command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    return out.stdout.strip().splitlines()[-1] if out.stdout.strip() else out.stderr


SHOW_SETTINGS = "from django.conf import settings; print(settings.SETTINGS_MODULE)"


@pytest.mark.parametrize("entry_point", ["minga.wsgi", "minga.celery"])
def test_every_entry_point_defaults_to_the_development_settings(entry_point):
    """manage.py, gunicorn and Celery agree; production is chosen by DJANGO_SETTINGS_MODULE."""
    found = _settings_module_of("-c", f"import {entry_point}; {SHOW_SETTINGS}")
    assert found == "minga.settings.dev"
    assert _settings_module_of("manage.py", "shell", "-c", SHOW_SETTINGS) == "minga.settings.dev"


def test_every_environment_variable_the_settings_read_is_in_env_example():
    """A deployer learns every variable from one commented file (and the README's table)."""
    settings_code = "".join(path.read_text() for path in (ROOT / "minga" / "settings").glob("*.py"))
    read = set(re.findall(r"""env(?:\.\w+)?\(\s*["']([A-Z][A-Z0-9_]+)["']""", settings_code))
    documented = set(
        re.findall(r"^# ?([A-Z][A-Z0-9_]+)=", (ROOT / ".env.example").read_text(), re.M)
    )
    assert len(read) > 40
    assert sorted(read - documented) == []
