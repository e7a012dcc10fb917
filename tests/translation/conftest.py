import pytest

from .server import shared_server


@pytest.fixture
def libretranslate(settings):
    """The local LibreTranslate-speaking server, configured as Minga's provider, well-behaved."""
    server = shared_server()
    server.reset()
    settings.MINGA_TRANSLATION_URL = server.url
    settings.MINGA_TRANSLATION_KEY = ""
    settings.MINGA_DEEPL_KEY = ""
    settings.MINGA_TRANSLATION_PROVIDER = ""
    settings.MINGA_TRANSLATION_TIMEOUT = 1.0
    yield server
    server.reset()
