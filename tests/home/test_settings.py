"""Settings come from the environment; production refuses unsafe configuration."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD_KEY = "k" * 20 + "-production-secret-" + "x" * 30


def _check(env: dict, *args: str) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {"SECRET_KEY", "ALLOWED_HOSTS", "WAGTAILADMIN_BASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
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
    result = _check({"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": ""})
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


@pytest.mark.parametrize("address", ["", "127.0.0.1:8000", "https://minga.example.org/en/"])
def test_production_refuses_to_start_without_a_public_address(address):
    result = _check(
        {
            "SECRET_KEY": GOOD_KEY,
            "ALLOWED_HOSTS": "minga.example.org",
            "WAGTAILADMIN_BASE_URL": address,
        }
    )
    assert result.returncode != 0
    assert "WAGTAILADMIN_BASE_URL must" in result.stderr


def test_production_passes_the_deployment_checklist():
    result = _check(
        {
            "SECRET_KEY": GOOD_KEY,
            "ALLOWED_HOSTS": "minga.example.org",
            "WAGTAILADMIN_BASE_URL": "https://minga.example.org",
        },
        "--deploy",
        "--fail-level",
        "WARNING",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


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
