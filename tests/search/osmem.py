"""Test-only: osmem-server (an in-memory OpenSearch-compatible server) for the live ES tests.

The official client sends `application/vnd.elasticsearch+json; compatible-with=9`, which osmem
answers with 406 like OpenSearch does. A loopback proxy swaps those media types for plain JSON
and forwards requests to osmem unchanged, so the engine runs unchanged against it.

osmem 0.1.6 lacks three things the production index uses (checked with real requests):
`dense_vector` mappings, kNN search, and the `norwegian` analyser. `osmem_index_body` replaces
only those in the mapping, and the proxy answers the kNN parts of an `_msearch` itself by exact
cosine over the vectors stored in osmem, under the kNN filter as osmem evaluates it. So on osmem
the BM25, filters, aggregations, highlighting, completion, bulk and msearch are osmem's, and
kNN is this stand-in: it checks the engine's fusion with real embeddings, not that
Elasticsearch accepts the kNN clause (the request-body tests check its shape).

What translation grouping uses works on osmem itself (checked with real requests): keyword
`terms` and `prefix` queries, `docvalue_fields`, `cardinality` (with `precision_threshold`)
under `terms` buckets, `terms` aggregations, `collapse` with sorted, highlighted `inner_hits`
that honour `post_filter`, and `put_mapping` of a new field. The proxy's kNN answers carry the
`docvalue_fields` the request asks for, as Elasticsearch's do.
"""

import contextlib
import copy
import http.client
import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import numpy as np

COMPATIBLE_MEDIA_TYPE = re.compile(
    r"application/vnd\.elasticsearch\+([\w-]+)\s*;\s*compatible-with=\d+"
)
HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "host", "content-length"}
JSON_HEADERS = [("Content-Type", "application/json"), ("X-Elastic-Product", "Elasticsearch")]


def plain_media_type(value: str) -> str:
    """`application/vnd.elasticsearch+x-ndjson; compatible-with=9` -> `application/x-ndjson`."""
    return COMPATIBLE_MEDIA_TYPE.sub(r"application/\1", value)


def relay(upstream: str, method: str, path: str, body: bytes | None, headers: dict):
    """(status, headers, body) of one request to osmem."""
    target = urlsplit(upstream)
    connection = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers)
        answer = connection.getresponse()
        return answer.status, answer.getheaders(), answer.read()
    finally:
        connection.close()


def post_json(upstream: str, path: str, body: dict, ndjson: bool = False) -> dict:
    if ndjson:
        payload, kind = "".join(json.dumps(line) + "\n" for line in body), "x-ndjson"
    else:
        payload, kind = json.dumps(body), "json"
    headers = {"Content-Type": f"application/{kind}"}
    return json.loads(relay(upstream, "POST", path, payload.encode(), headers)[2])


class StoredVectors:
    """The vectors stored in osmem, read once per document until something writes.

    Reading every filtered document's vector as JSON for each kNN search was most of a live
    relevance test's time; the filter now returns ids only, and each id's vector is read once.
    Any request other than a search (bulk, index, delete, refresh...) empties the cache.
    """

    def __init__(self):
        self.lock = threading.Lock()
        self.vectors: dict[tuple[str, str, str], np.ndarray | None] = {}
        self.generation = 0  # a read that crossed a write keeps nothing

    def clear(self) -> None:
        with self.lock:
            self.vectors.clear()
            self.generation += 1

    def get(self, upstream: str, index: str, field: str, ids: list[str]) -> dict:
        with self.lock:
            generation = self.generation
            known = {
                i: self.vectors[(index, field, i)] for i in ids if (index, field, i) in self.vectors
            }
        missing = [i for i in ids if i not in known]
        if missing:
            found = post_json(
                upstream,
                f"/{index}/_search",
                {"query": {"ids": {"values": missing}}, "size": len(missing), "_source": [field]},
            )
            read = dict.fromkeys(missing)
            for hit in found["hits"]["hits"]:
                values = hit["_source"].get(field) or []
                if values:
                    vector = np.asarray(values, dtype=np.float64)
                    read[hit["_id"]] = vector / np.linalg.norm(vector)
            with self.lock:
                if generation == self.generation:
                    self.vectors.update(((index, field, i), v) for i, v in read.items())
            known |= read
        return known


def exact_knn(upstream: str, index: str, body: dict, stored: StoredVectors) -> dict:
    """What Elasticsearch's kNN answers, computed exactly: filter in osmem, cosine here."""
    knn = body["knn"]
    query = {"query": knn.get("filter", {"match_all": {}}), "size": 10_000, "_source": False}
    if body.get("docvalue_fields"):
        query["docvalue_fields"] = body["docvalue_fields"]
    found = post_json(upstream, f"/{index}/_search", query)
    hits = found["hits"]["hits"]
    vectors = stored.get(upstream, index, knn["field"], [hit["_id"] for hit in hits])
    target = np.asarray(knn["query_vector"], dtype=np.float64)
    target /= np.linalg.norm(target)
    scored = []
    for hit in hits:
        vector = vectors.get(hit["_id"])
        if vector is not None:
            cosine = float(target @ vector)
            if cosine >= knn.get("similarity", -1.0):
                scored.append((cosine, hit["_id"], hit.get("fields")))
    scored.sort(key=lambda found: -found[0])
    top = scored[: knn["k"]][: body.get("size", 10)]
    hits = [
        {"_index": index, "_id": i, "_score": (1 + cosine) / 2} | ({"fields": f} if f else {})
        for cosine, i, f in top
    ]
    return {"hits": {"total": {"value": len(hits), "relation": "eq"}, "hits": hits}, "status": 200}


def msearch_with_knn(upstream: str, payload: bytes, stored: StoredVectors) -> dict:
    """An msearch whose kNN searches get exact answers and the rest go to osmem as they are."""
    lines = [json.loads(line) for line in payload.splitlines() if line.strip()]
    pairs = list(zip(lines[::2], lines[1::2], strict=True))
    plain = [n for n, (_header, body) in enumerate(pairs) if "knn" not in body]
    responses: list = [None] * len(pairs)
    if plain:
        sent = [line for n in plain for line in pairs[n]]
        answer = post_json(upstream, "/_msearch", sent, ndjson=True)
        if "responses" not in answer:
            return answer
        for n, response in zip(plain, answer["responses"], strict=True):
            responses[n] = response
    for n, (header, body) in enumerate(pairs):
        if "knn" in body:
            responses[n] = exact_knn(upstream, header["index"], body, stored)
    return {"took": 0, "responses": responses}


READ_ONLY_ENDPOINTS = ("/_search", "/_msearch", "/_count")


def _handler_for(upstream: str) -> type[BaseHTTPRequestHandler]:
    stored = StoredVectors()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def forward(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            path = urlsplit(self.path).path
            writes = self.command not in ("GET", "HEAD") and not path.endswith(READ_ONLY_ENDPOINTS)
            if path.endswith("/_msearch") and b'"knn"' in (body or b""):
                answer = msearch_with_knn(upstream, body, stored)
                status, headers, data = 200, JSON_HEADERS, json.dumps(answer).encode()
            else:
                headers = {
                    name: plain_media_type(value)
                    if name.lower() in ("accept", "content-type")
                    else value
                    for name, value in self.headers.items()
                    if name.lower() not in HOP_HEADERS
                }
                status, headers, data = relay(upstream, self.command, self.path, body, headers)
            if writes:  # a write, or a refresh that makes one visible: vectors read again
                stored.clear()
            self.send_response(status)
            for name, value in headers:
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

    dense_vector -> knn_vector of the same size (osmem stores and validates the values, the
    proxy searches them); the norwegian analyser -> standard analysis.
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
