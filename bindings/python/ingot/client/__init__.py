"""An OpenAI-style client over compiled bundles (docs/client.md).

    from ingot.client import Client

    client = Client()                                   # bundles under $INGOT_MODELS (~/.ingot/models)
    r = client.embeddings.create(model="acme/minilm", input=["a", "b"])
    r.data[0].embedding, r.usage.prompt_tokens, r.model_dump()
    client.models.list()

    hybrid = Client(base_url="https://api.openai.com/v1", api_key="...")   # unknown models go there
"""

from ._client import Client, Embeddings, Models
from ._embeddings import MAX_INPUTS, decode_base64
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    IngotClientError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    UnsupportedModelError,
)
from ._types import BaseModel, CreateEmbeddingResponse, Embedding, Model, SyncPage, Usage

__all__ = [
    "Client",
    "Embeddings",
    "Models",
    "MAX_INPUTS",
    "decode_base64",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "IngotClientError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "UnsupportedModelError",
    "BaseModel",
    "CreateEmbeddingResponse",
    "Embedding",
    "Model",
    "SyncPage",
    "Usage",
]
