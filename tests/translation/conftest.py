import pytest

from .server import use_as_provider


@pytest.fixture
def libretranslate(settings):
    """The local LibreTranslate-speaking server, configured as Minga's provider, well-behaved."""
    return use_as_provider(settings)
