"""Test-only: osmem-server (an in-memory OpenSearch-compatible server) for the live ES tests.

The official client sends `application/vnd.elasticsearch+json; compatible-with=9`, which osmem
answers with 406 like OpenSearch does. A loopback proxy swaps those media types for plain JSON
and forwards everything else untouched, so the engine runs unchanged against it.

osmem does not implement everything the production index uses (checked by hand, 0.1.6):
`dense_vector` mappings and kNN search, and the `norwegian` analyser. `osmem_index_body` adapts
only the mapping for those; tests that need kNN skip on osmem.
"""

import contextlib
import copy
import http.client
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

COMPATIBLE_MEDIA_TYPE = re.compile(
    r"application/vnd\.elasticsearch\+([\w-]+)\s*;\s*compatible-with=\d+"
)
HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "host", "content-length"}


def plain_media_type(value: str) -> str:
    """`application/vnd.elasticsearch+x-ndjson; compatible-with=9` -> `application/x-ndjson`."""
    return COMPATIBLE_MEDIA_TYPE.sub(r"application/\1", value)


def _handler_for(upstream: str) -> type[BaseHTTPRequestHandler]:
    target = urlsplit(upstream)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def forward(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            headers = {
                name: plain_media_type(value)
                if name.lower() in ("accept", "content-type")
                else value
                for name, value in self.headers.items()
                if name.lower() not in HOP_HEADERS
            }
            connection = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
            try:
                connection.request(self.command, self.path, body=body, headers=headers)
                answer = connection.getresponse()
                data = answer.read()
            finally:
                connection.close()
            self.send_response(answer.status)
            for name, value in answer.getheaders():
                if name.lower() not in HOP_HEADERS:
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = forward

        def log_message(self, format, *args) -> None:  # noqa: A002 - the base class's name
            pass

    return Handler


@contextlib.contextmanager
def compatibility_proxy(upstream: str) -> Iterator[str]:
    """A loopback proxy to `upstream` that speaks plain JSON to it; yields its URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(upstream))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def running_osmem() -> Iterator[str]:
    """Start osmem-server and the proxy in front of it; yields the URL the client should use."""
    from osmem_server import OsmemServer

    with OsmemServer.start(japanese=False) as server, compatibility_proxy(server.url) as url:
        yield url


def osmem_index_body(body: dict) -> dict:
    """The production index body with what osmem rejects replaced (and nothing else).

    dense_vector -> knn_vector of the same size (osmem validates the values but cannot search
    them); the norwegian analyser -> standard analysis.
    """
    body = copy.deepcopy(body)
    properties = body["mappings"]["properties"]
    for name, field in properties.items():
        if field.get("type") == "dense_vector":
            properties[name] = {"type": "knn_vector", "dimension": field["dims"]}
        for subfield in field.get("fields", {}).values():
            if subfield.get("analyzer") == "norwegian":
                subfield["analyzer"] = "standard"
    return body
