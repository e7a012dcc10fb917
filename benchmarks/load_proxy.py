"""An nginx microcache in front of gunicorn, for `benchmarks/load_pages.py --proxy`.

It keeps what the application allows a shared cache to keep (`Cache-Control: s-maxage`, set by
MINGA_PAGE_CACHE_SHARED_SECONDS on anonymous pages) and nothing else: members (a session
cookie) always go through to the application, and nginx stores no response that sets a cookie
or says private / no-store. An expired copy is revalidated (a conditional GET with its ETag,
which the application's page cache answers 304) by one request while the others wait for it
(`proxy_cache_lock`); no stale copy is served against the page's `must-revalidate`.
Bound to 127.0.0.1 only; its files live in a temporary directory removed at the end.
"""

import shutil
import tempfile
from pathlib import Path

CONFIG = """
daemon off;
user root;
worker_processes 1;
pid {directory}/nginx.pid;
error_log {directory}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {directory}/body;
    proxy_temp_path {directory}/proxy;
    fastcgi_temp_path {directory}/fastcgi;
    uwsgi_temp_path {directory}/uwsgi;
    scgi_temp_path {directory}/scgi;
    proxy_cache_path {directory}/cache keys_zone=pages:10m max_size=200m inactive=60s;
    upstream app {{ server 127.0.0.1:{upstream}; keepalive 16; }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://app;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $http_host;
            proxy_cache pages;
            proxy_cache_key $scheme$http_host$request_uri;
            proxy_cache_bypass $cookie_sessionid $cookie_messages;
            proxy_no_cache $cookie_sessionid $cookie_messages;
            proxy_cache_revalidate on;
            proxy_cache_lock on;
            add_header X-Proxy-Cache $upstream_cache_status always;
        }}
    }}
}}
"""


class Proxy:
    def __init__(self, port: int, upstream: int):
        self.port = port
        self.directory = tempfile.mkdtemp(prefix="minga-load-proxy-")
        self.config = Path(self.directory) / "nginx.conf"
        self.config.write_text(
            CONFIG.format(directory=self.directory, port=port, upstream=upstream)
        )
        self.command = ["nginx", "-c", str(self.config), "-p", self.directory]

    def remove(self) -> None:
        shutil.rmtree(self.directory, ignore_errors=True)


def available() -> bool:
    return shutil.which("nginx") is not None
