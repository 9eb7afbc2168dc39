"""Production settings: refuse to start without their environment, pass Django's deploy checks."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "a-long-random-production-secret-key-for-the-deploy-check-0123456789",
    "ALLOWED_HOSTS": "recherche.example.org",
    "DATABASE_URL": "postgres://site@db.example.org:5432/site",
    # 0 is a choice, written down: the app faces its clients with no proxy of ours in front.
    "TRUSTED_PROXY_COUNT": "0",
}


def manage(*args, env):
    # The test run's own switches (async safety off for Playwright) are not production's.
    leave_out = {*PRODUCTION_ENV, "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean_env = {k: v for k, v in os.environ.items() if k not in leave_out}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean_env, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deploy_checks():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    "missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "TRUSTED_PROXY_COUNT"]
)
def test_production_refuses_to_start_without_its_environment(missing):
    env = {**PRODUCTION_ENV, missing: ""}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert f"The environment variable {missing} is required in production." in result.stderr


@pytest.mark.parametrize("count", ["-1", "one", "1.5"])
def test_production_refuses_a_proxy_count_that_is_not_a_whole_number(count):
    result = manage("check", env={**PRODUCTION_ENV, "TRUSTED_PROXY_COUNT": count})
    assert result.returncode != 0
    assert "ImproperlyConfigured: TRUSTED_PROXY_COUNT must be a whole number" in result.stderr
    assert f"not {count!r}" in result.stderr


def test_the_https_redirect_may_be_left_to_a_load_balancer_and_the_deploy_check_says_so():
    env = {**PRODUCTION_ENV, "SECURE_SSL_REDIRECT": "false"}
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode != 0
    assert "security.W008" in result.stdout + result.stderr
