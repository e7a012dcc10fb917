"""Translation providers: self-hosted LibreTranslate and DeepL, behind one interface.

`translate(texts, source, target)` returns one translation per text, in order. Texts longer than
the provider's limit are sent in pieces cut on paragraph and sentence boundaries. Every fault
(unreachable, slow, HTTP error, rate limit, an answer that is not what the API documents) raises
`TranslationError` with a message saying what went wrong; nothing else escapes.
"""

import json
import logging

import requests
from django.conf import settings
from django.core.cache import cache

from home.text import clean_text

from .chunks import split_text

logger = logging.getLogger("minga.translation")

# An answer larger than this is refused without being read whole.
MAX_RESPONSE_BYTES = 2 * 1024 * 1024
# A translation this many times longer than its source (plus some slack) is not a translation.
MAX_GROWTH = 6
GROWTH_SLACK = 200


class TranslationError(Exception):
    """The provider could not translate; the message says why (safe to log and show staff)."""

    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


class Provider:
    """What every provider offers; subclasses implement `_translate_batch` and `_languages`."""

    name = "provider"

    def __init__(self, timeout: float, max_chars: int):
        self.timeout = timeout
        self.max_chars = max_chars

    def translate(
        self, texts: list[str], source: str, target: str, html: bool = False
    ) -> list[str]:
        """One translation per text; empty or blank texts come back unchanged, unsent."""
        texts = [str(text) for text in texts]
        pieces_per_text = [split_text(text, self.max_chars) for text in texts]
        to_send = sorted({p for pieces in pieces_per_text for p, _sep in pieces if p.strip()})
        translated: dict[str, str] = {}
        for batch in self._batches(to_send):
            answers = self._translate_batch(batch, source, target, html)
            self._check_answers(batch, answers)
            translated.update(zip(batch, answers, strict=True))
        return [
            "".join(translated.get(piece, piece) + separator for piece, separator in pieces)
            for pieces in pieces_per_text
        ]

    def languages(self) -> set[str]:
        """The ISO 639-1 codes the provider translates between (cached for an hour)."""
        key = f"translation:languages:{self.name}:{self.cache_key()}"
        codes = cache.get(key)
        if codes is None:
            codes = self._languages()
            cache.set(key, codes, 3600)
        return set(codes)

    def supports(self, source: str, target: str) -> bool:
        codes = self.languages()
        return source != target and source in codes and target in codes

    def cache_key(self) -> str:
        return ""

    def _batches(self, pieces: list[str]) -> list[list[str]]:
        """Requests of at most `max_chars` characters in all (each piece already fits)."""
        batches: list[list[str]] = []
        size = 0
        for piece in pieces:
            if not batches or size + len(piece) > self.max_chars:
                batches.append([])
                size = 0
            batches[-1].append(piece)
            size += len(piece)
        return batches

    def _check_answers(self, batch: list[str], answers) -> None:
        if not isinstance(answers, list) or not all(isinstance(a, str) for a in answers):
            raise TranslationError(f"{self.name} answered without a list of translated texts.")
        if len(answers) != len(batch):
            raise TranslationError(
                f"{self.name} answered {len(answers)} translations for {len(batch)} texts."
            )
        for sent, answer in zip(batch, answers, strict=True):
            if len(answer) > MAX_GROWTH * len(sent) + GROWTH_SLACK:
                raise TranslationError(
                    f"{self.name} answered a translation of {len(answer)} characters for a text "
                    f"of {len(sent)}: refused."
                )

    def _translate_batch(self, texts: list[str], source: str, target: str, html: bool):
        raise NotImplementedError

    def _languages(self) -> list[str]:
        raise NotImplementedError

    # HTTP ----------------------------------------------------------------------------------

    def _request(self, method: str, url: str, **kwargs):
        """The decoded JSON answer of a successful request; TranslationError for anything else."""
        try:
            response = requests.request(
                method, url, timeout=self.timeout, stream=True, allow_redirects=False, **kwargs
            )
        except requests.Timeout as error:
            raise TranslationError(
                f"{self.name} did not answer within {self.timeout:g} seconds."
            ) from error
        except requests.RequestException as error:
            raise TranslationError(f"{self.name} cannot be reached: {type(error).__name__}.") from (
                error
            )
        with response:
            body = self._read_body(response)
        if response.status_code >= 400 or response.status_code < 200:
            raise self._http_error(response, body)
        try:
            return json.loads(body)
        except ValueError as error:
            raise TranslationError(f"{self.name} answered something that is not JSON.") from error

    def _read_body(self, response) -> bytes:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > MAX_RESPONSE_BYTES:
            raise TranslationError(f"{self.name} answered {declared} bytes: too large, refused.")
        body = b""
        try:
            for chunk in response.iter_content(64 * 1024):
                body += chunk
                if len(body) > MAX_RESPONSE_BYTES:
                    raise TranslationError(f"{self.name} answered too many bytes: refused.")
        except requests.RequestException as error:
            raise TranslationError(
                f"{self.name} broke off its answer: {type(error).__name__}."
            ) from error
        return body

    def _http_error(self, response, body: bytes) -> TranslationError:
        detail = ""
        try:
            answer = json.loads(body)
            if isinstance(answer, dict):
                detail = str(answer.get("error") or answer.get("message") or "")
        except ValueError:
            pass
        detail = clean_text(detail, max_length=200, single_line=True)
        status = response.status_code
        if status == 429:
            retry_after = response.headers.get("Retry-After", "")
            return TranslationError(
                f"{self.name} is rate-limiting requests (HTTP 429).",
                retry_after=float(retry_after) if retry_after.isdigit() else None,
            )
        suffix = f": {detail}" if detail else "."
        return TranslationError(f"{self.name} answered HTTP {status}{suffix}")


class LibreTranslateProvider(Provider):
    """A LibreTranslate server (https://docs.libretranslate.com/guides/api_usage/)."""

    name = "LibreTranslate"

    def __init__(self, url: str, api_key: str = "", **kwargs):
        super().__init__(**kwargs)
        self.url = url.rstrip("/")
        self.api_key = api_key

    def cache_key(self) -> str:
        return self.url

    def _translate_batch(self, texts, source, target, html):
        payload = {
            "q": texts,
            "source": source,
            "target": target,
            "format": "html" if html else "text",
        }
        if self.api_key:
            payload["api_key"] = self.api_key
        answer = self._request("POST", f"{self.url}/translate", json=payload)
        if not isinstance(answer, dict) or "translatedText" not in answer:
            raise TranslationError(f"{self.name} answered without translatedText.")
        return answer["translatedText"]

    def _languages(self) -> list[str]:
        answer = self._request("GET", f"{self.url}/languages")
        if not isinstance(answer, list) or not all(
            isinstance(item, dict) and isinstance(item.get("code"), str) for item in answer
        ):
            raise TranslationError(f"{self.name} answered a language list it does not document.")
        return sorted({item["code"].split("-")[0].lower() for item in answer})


class DeepLProvider(Provider):
    """DeepL's API v2 (https://developers.deepl.com/api-reference/translate)."""

    name = "DeepL"

    def __init__(self, api_key: str, url: str = "", **kwargs):
        super().__init__(**kwargs)
        self.api_key = api_key
        default = (
            "https://api-free.deepl.com" if api_key.endswith(":fx") else "https://api.deepl.com"
        )
        self.url = (url or default).rstrip("/")

    def cache_key(self) -> str:
        return self.url

    @staticmethod
    def target_code(code: str) -> str:
        # DeepL wants a variant for English and Portuguese targets; Minga writes pt-BR.
        return {"en": "EN-GB", "pt": "PT-BR"}.get(code, code.upper())

    def _headers(self) -> dict:
        return {"Authorization": f"DeepL-Auth-Key {self.api_key}"}

    def _translate_batch(self, texts, source, target, html):
        payload = {
            "text": texts,
            "source_lang": source.upper(),
            "target_lang": self.target_code(target),
        }
        if html:
            payload["tag_handling"] = "html"
        answer = self._request(
            "POST", f"{self.url}/v2/translate", json=payload, headers=self._headers()
        )
        translations = answer.get("translations") if isinstance(answer, dict) else None
        if not isinstance(translations, list) or not all(isinstance(t, dict) for t in translations):
            raise TranslationError(f"{self.name} answered without a list of translations.")
        return [item.get("text") for item in translations]

    def _languages(self) -> list[str]:
        answer = self._request(
            "GET", f"{self.url}/v2/languages", params={"type": "target"}, headers=self._headers()
        )
        if not isinstance(answer, list) or not all(
            isinstance(item, dict) and isinstance(item.get("language"), str) for item in answer
        ):
            raise TranslationError(f"{self.name} answered a language list it does not document.")
        return sorted({item["language"].split("-")[0].lower() for item in answer})


def get_provider() -> Provider | None:
    """The configured provider (LibreTranslate when its URL is set), or None: translation off."""
    common = {
        "timeout": float(settings.MINGA_TRANSLATION_TIMEOUT),
        "max_chars": int(settings.MINGA_TRANSLATION_MAX_CHARS),
    }
    choice = settings.MINGA_TRANSLATION_PROVIDER
    if settings.MINGA_TRANSLATION_URL and choice in ("", "libretranslate"):
        return LibreTranslateProvider(
            settings.MINGA_TRANSLATION_URL, settings.MINGA_TRANSLATION_KEY, **common
        )
    if settings.MINGA_DEEPL_KEY and choice in ("", "deepl"):
        return DeepLProvider(settings.MINGA_DEEPL_KEY, settings.MINGA_DEEPL_URL, **common)
    return None


def is_enabled() -> bool:
    return get_provider() is not None
