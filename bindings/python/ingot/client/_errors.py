"""Exceptions of the client, named and shaped like the official ``openai``
package's: ``APIError`` (``message``, ``body``, ``code``, ``param``,
``type``), ``APIStatusError`` (``status_code``, ``response``) and one class
per HTTP status. Errors a remote server returns carry its status and its
error JSON (``{"error": {"message", "type", "param", "code"}}``); errors the
client finds itself for a local model use the status and error type
OpenAI's API would answer with (400 ``invalid_request_error``, 404
``model_not_found``), with ``response`` None.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "IngotClientError",
    "APIError",
    "APIStatusError",
    "APIConnectionError",
    "APITimeoutError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "UnsupportedModelError",
    "status_error",
]


class IngotClientError(Exception):
    """Base class of the client's errors (``openai.OpenAIError``'s place)."""


class APIError(IngotClientError):
    """``message``; ``body`` (the error object: a dict with message, type,
    param, code; or the raw text; or None); ``code``, ``param``, ``type``."""

    def __init__(self, message: str, *, body: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.body = body
        if isinstance(body, dict):
            code = body.get("code")
            self.code: str | None = str(code) if code is not None else None
            self.param: str | None = body.get("param")
            self.type: str | None = body.get("type")
        else:
            self.code = None
            self.param = None
            self.type = None


class APIStatusError(APIError):
    """An error with an HTTP status: ``status_code``; ``response`` (the
    HTTP response for remote models, None for local ones)."""

    status_code: int = 0

    def __init__(self, message: str, *, status_code: int | None = None, body: Any = None,
                 response: Any = None) -> None:
        super().__init__(message, body=body)
        if status_code is not None:
            self.status_code = status_code
        self.response = response
        self.request_id = None
        headers = getattr(response, "headers", None)
        if headers is not None:
            self.request_id = headers.get("x-request-id")


class APIConnectionError(APIError):
    def __init__(self, message: str = "Connection error.") -> None:
        super().__init__(message, body=None)


class APITimeoutError(APIConnectionError):
    def __init__(self, message: str = "Request timed out.") -> None:
        super().__init__(message)


class BadRequestError(APIStatusError, ValueError):
    """400: the request is invalid (bad input, bad dimensions, ...); also a ValueError."""

    status_code = 400


class AuthenticationError(APIStatusError):
    status_code = 401


class PermissionDeniedError(APIStatusError):
    status_code = 403


class NotFoundError(APIStatusError, LookupError):
    """404: e.g. an unknown model; also a LookupError."""

    status_code = 404


class ConflictError(APIStatusError):
    status_code = 409


class UnprocessableEntityError(APIStatusError):
    status_code = 422


class RateLimitError(APIStatusError):
    status_code = 429


class InternalServerError(APIStatusError):
    status_code = 500


class UnsupportedModelError(BadRequestError):
    """A local bundle was found, but its signature does not fit the endpoint
    (e.g. no str / list[str] input, or a result that is not (N, D) floats)."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(status: int, message: str, *, body: Any = None, response: Any = None) -> APIStatusError:
    """The exception for an HTTP status (as the official client picks it)."""
    cls = _BY_STATUS.get(status)
    if cls is None:
        cls = InternalServerError if status >= 500 else APIStatusError
    return cls(f"Error code: {status} - {message}", status_code=status, body=body, response=response)


def invalid_request(message: str, *, param: str | None = None, code: str | None = None,
                    cls: type[APIStatusError] = None) -> APIStatusError:  # type: ignore[assignment]
    """A 400 (or `cls`) error found by the client itself, with OpenAI's error body."""
    cls = cls or BadRequestError
    status = cls.status_code
    body = {"message": message, "type": "invalid_request_error", "param": param, "code": code}
    return cls(f"Error code: {status} - {message}", status_code=status, body=body)
