"""A real HTTP server on 127.0.0.1 that speaks LibreTranslate's documented API, and misbehaves
on demand: the tests drive Minga's production client code against it.

One server per test process, started on first use on a free port; the Celery worker of CI's
second run is given its URL (tests/conftest.py), so both processes reach the same server.
"""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LANGUAGES = ["en", "fr", "es", "pt", "ar"]
XSS = (
    '<script>alert("xss")</script> <img src=x onerror=alert(1)> '
    '[click](javascript:alert(1)) <a href="javascript:alert(2)">link</a> **bold**'
)


def fake_translation(text: str, target: str) -> str:
    """What this server answers: the text marked with the target language."""
    return f"[{target}] {text}"


class FakeLibreTranslate:
    """`mode` picks the answer: ok, error, 429, slow, notjson, wrongshape, wrongcount,
    oversized, xss, bloated, hangup; `char_limit` mimics LibreTranslate's --char-limit."""

    def __init__(self):
        self.mode = "ok"
        self.char_limit = 2000
        self.slow_seconds = 3.0
        self.requests: list[dict] = []
        self.lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def reset(self) -> None:
        with self.lock:
            self.mode, self.char_limit, self.requests = "ok", 2000, []

    def translate_requests(self) -> list[dict]:
        with self.lock:
            return [r for r in self.requests if r["path"] == "/translate"]

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep the test output clean
                pass

            def do_GET(self):
                server._record(self.path, None)
                if self.path.split("?")[0] == "/v2/languages":
                    return self._deepl_languages()
                if self.path.split("?")[0] != "/languages":
                    return self._json(404, {"error": "Not found"})
                if server.mode in ("error", "notjson", "slow", "hangup", "429"):
                    return self._misbehave()
                return self._json(
                    200, [{"code": c, "name": c, "targets": LANGUAGES} for c in LANGUAGES]
                )

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                try:
                    payload = json.loads(self.rfile.read(length) or b"{}")
                except ValueError:
                    return self._json(400, {"error": "Invalid request: bad JSON"})
                server._record(self.path, payload)
                if self.path == "/v2/translate":
                    return self._deepl_translate(payload)
                if self.path != "/translate":
                    return self._json(404, {"error": "Not found"})
                if server.mode not in ("ok", "xss", "bloated"):
                    return self._misbehave(payload)
                return self._translate(payload)

            def _translate(self, payload):
                q, target = payload.get("q"), payload.get("target")
                if not q or payload.get("source") not in LANGUAGES or target not in LANGUAGES:
                    return self._json(400, {"error": "Invalid request: missing q/source/target"})
                texts = q if isinstance(q, list) else [q]
                size = sum(len(text) for text in texts)
                if size > server.char_limit:
                    message = f"Invalid request: request ({size}) exceeds text limit"
                    return self._json(400, {"error": f"{message} ({server.char_limit})"})
                if server.mode == "xss":
                    answers = [XSS for _text in texts]
                elif server.mode == "bloated":
                    answers = ["bla " * 5000 for _text in texts]
                else:
                    answers = [fake_translation(text, target) for text in texts]
                return self._json(
                    200, {"translatedText": answers if isinstance(q, list) else answers[0]}
                )

            def _deepl_authorised(self) -> bool:
                return self.headers.get("Authorization") == "DeepL-Auth-Key test-key:fx"

            def _deepl_languages(self):
                if not self._deepl_authorised():
                    return self._json(403, {"message": "Wrong endpoint or key"})
                codes = ["EN-GB", "EN-US", "FR", "ES", "PT-BR", "PT-PT", "AR"]
                return self._json(200, [{"language": c, "name": c} for c in codes])

            def _deepl_translate(self, payload):
                if not self._deepl_authorised():
                    return self._json(403, {"message": "Wrong endpoint or key"})
                if server.mode != "ok":
                    return self._misbehave(payload)
                target = payload.get("target_lang", "")
                texts = payload.get("text") or []
                translations = [
                    {
                        "detected_source_language": payload.get("source_lang", ""),
                        "text": fake_translation(t, target),
                    }
                    for t in texts
                ]
                return self._json(200, {"translations": translations})

            def _misbehave(self, payload=None):
                mode = server.mode
                if mode == "error":
                    return self._json(500, {"error": "Cannot load translation model"})
                if mode == "429":
                    return self._json(
                        429, {"error": "Too many request limits violations"}, {"Retry-After": "1"}
                    )
                if mode == "slow":
                    time.sleep(server.slow_seconds)
                    return self._json(200, {"translatedText": []})
                if mode == "notjson":
                    return self._raw(200, b"<html><body>502 Bad Gateway</body></html>", "text/html")
                if mode == "wrongshape":
                    return self._json(200, {"translation": "nope"})
                if mode == "wrongcount":
                    return self._json(200, {"translatedText": ["one", "two", "three", "four"]})
                if mode == "oversized":
                    return self._raw(
                        200, b'{"translatedText": ["' + b"A" * (3 * 1024 * 1024) + b'"]}'
                    )
                if mode == "hangup":
                    self.close_connection = True
                    self.connection.close()
                    return None
                return self._json(500, {"error": f"unknown mode {mode}"})

            def _json(self, status, body, headers=None):
                return self._raw(status, json.dumps(body).encode(), "application/json", headers)

            def _raw(self, status, body, content_type="application/json", headers=None):
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        return Handler

    def _record(self, path, payload) -> None:
        with self.lock:
            self.requests.append({"path": path.split("?")[0], "payload": payload})


_shared: FakeLibreTranslate | None = None
_shared_lock = threading.Lock()


def shared_server() -> FakeLibreTranslate:
    """The test process's one server (started on first use)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = FakeLibreTranslate()
        return _shared


def use_as_provider(settings) -> FakeLibreTranslate:
    """Make the shared server, well-behaved and empty, Minga's provider for one test."""
    server = shared_server()
    server.reset()
    settings.MINGA_TRANSLATION_URL = server.url
    settings.MINGA_TRANSLATION_KEY = ""
    settings.MINGA_DEEPL_KEY = ""
    settings.MINGA_TRANSLATION_PROVIDER = ""
    settings.MINGA_TRANSLATION_TIMEOUT = 1.0
    return server


# With a real worker, tasks the tests queue translate through this server, with short waits.
WORKER_TIMEOUT = 1.0
WORKER_MAX_RETRIES = 2


def worker_translation_environment() -> dict[str, str]:
    """Environment for the Celery worker process: the shared server as its provider."""
    return {
        "MINGA_TRANSLATION_URL": shared_server().url,
        "MINGA_TRANSLATION_TIMEOUT": str(WORKER_TIMEOUT),
        "MINGA_TRANSLATION_MAX_RETRIES": str(WORKER_MAX_RETRIES),
    }
