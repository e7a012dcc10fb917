"""The client's address as seen through the configured reverse proxies (one home for the rule).

`X-Forwarded-For` is written by whoever sends the request, so it is only believed through
`MINGA_TRUSTED_PROXIES`: either a number of proxies (each appends the address it saw, so the
client is that many entries from the right) or a list of networks (entries are skipped from the
right while they belong to a trusted proxy). With no trusted proxy, `REMOTE_ADDR` is the client.
"""

import ipaddress

from django.conf import settings

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_trusted_proxies(value) -> int | list[Network]:
    """`2`, `"2"`, `"10.0.0.0/8,::1"` or a list of networks; empty means no proxy."""
    if isinstance(value, int):
        return max(value, 0)
    if isinstance(value, str):
        value = value.strip()
        if not value:
            return 0
        if value.isdigit():
            return int(value)
        value = value.split(",")
    return [ipaddress.ip_network(str(item).strip(), strict=False) for item in value if item]


def _valid(address: str) -> str:
    address = address.strip()
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return ""


def _trusted(address: str, networks: list[Network]) -> bool:
    try:
        found = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(found in network for network in networks)


def client_address(request) -> str:
    """The address a request came from; "" when it cannot be told (never raises)."""
    remote = _valid(request.META.get("REMOTE_ADDR", ""))
    proxies = parse_trusted_proxies(getattr(settings, "MINGA_TRUSTED_PROXIES", 0))
    if not proxies:
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")[:2000]
    chain = [part.strip() for part in forwarded.split(",") if part.strip()] + [remote]
    if isinstance(proxies, int):
        return _valid(chain[max(len(chain) - 1 - proxies, 0)])
    for address in reversed(chain):
        if not _trusted(address, proxies):
            return _valid(address)
    return _valid(chain[0])
