"""Requests to an OpenAI-compatible server, with the standard library
(urllib): JSON bodies, ``Authorization: Bearer <api_key>``, errors as the
client's exceptions (status and the server's error message)."""

from __future__ import annotations

import ipaddress
import json
import socket
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from ._errors import APIConnectionError, APIError, APITimeoutError, status_error

USER_AGENT = "ingot-client/0.1 (python)"


class Remote:
    def __init__(self, base_url: str, api_key: str | None, timeout: float,
                 default_headers: dict[str, str] | None = None):
        self.base_url = base_url.rstrip("/")
        parsed = urllib.parse.urlsplit(self.base_url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise ValueError(f"base_url must be an http:// or https:// URL, not {base_url!r}")
        self.api_key = api_key
        self.timeout = timeout
        self.default_headers = dict(default_headers or {})
        # Loopback servers are reached directly, whatever the proxy variables say.
        handlers: list[Any] = [urllib.request.ProxyHandler({})] if _is_loopback(parsed.hostname) else []
        self._opener = urllib.request.build_opener(*handlers)

    def request(self, method: str, path: str, body: Any = None, timeout: float | None = None) -> Any:
        url = self.base_url + path
        headers = {"Accept": "application/json", "User-Agent": USER_AGENT, **self.default_headers}
        data = None
        if body is not None:
            data = json.dumps(body, ensure_ascii=False, allow_nan=False).encode("utf-8")
            headers["Content-Type"] = "application/json"
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        req = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with self._opener.open(req, timeout=timeout if timeout is not None else self.timeout) as response:
                raw = response.read()
        except urllib.error.HTTPError as e:
            try:
                raw = e.read()
            except OSError:
                raw = b""
            raise _status_error(e.code, raw, e, f"{method} {url}") from None
        except urllib.error.URLError as e:
            if isinstance(e.reason, (socket.timeout, TimeoutError)):
                raise APITimeoutError(f"Request timed out: {method} {url}") from None
            raise APIConnectionError(f"Connection error: {method} {url}: {e.reason}") from None
        except (socket.timeout, TimeoutError):
            raise APITimeoutError(f"Request timed out: {method} {url}") from None
        except OSError as e:
            raise APIConnectionError(f"Connection error: {method} {url}: {e}") from None
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise APIError(f"{method} {url} answered with a body that is not JSON: {raw[:200]!r}",
                           body=raw.decode("utf-8", "replace")) from None


def _status_error(status: int, raw: bytes, response: Any, what: str) -> APIError:
    text = raw.decode("utf-8", "replace")
    body: Any = text or None
    message = text.strip() or f"{what} failed with HTTP {status}"
    try:
        parsed = json.loads(text)
    except ValueError:
        parsed = None
    if isinstance(parsed, dict):
        inner = parsed.get("error", parsed)
        body = inner
        if isinstance(inner, dict) and isinstance(inner.get("message"), str):
            message = inner["message"]
        elif isinstance(inner, str):
            message = inner
    return status_error(status, message, body=body, response=response)


def _is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
