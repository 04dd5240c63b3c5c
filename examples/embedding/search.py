"""Semantic search with the compiled all-MiniLM-L6-v2, through Ingot's
OpenAI-style client: no server, no PyTorch, the model runs in-process.

    ingot compile examples/embedding/predictor.py -o ~/.ingot/models/minilm
    python3 examples/embedding/search.py "a pet on a rug"

The client finds the bundle by its tag under $INGOT_MODELS (default
~/.ingot/models); any OpenAI-compatible code works the same way.
"""

import sys

import numpy as np

from ingot import Client

DOCUMENTS = [
    "The cat sleeps on the sofa all afternoon.",
    "A dog is playing fetch in the park.",
    "Stock markets fell sharply after the announcement.",
    "The recipe needs two eggs, flour and a pinch of salt.",
    "Heavy rain is expected over the weekend.",
    "The new phone has a faster processor and a better camera.",
]

query = sys.argv[1] if len(sys.argv) > 1 else "a pet resting on a couch"
client = Client()
response = client.embeddings.create(model="sentence-transformers/all-MiniLM-L6-v2", input=[query] + DOCUMENTS)
vectors = np.array([item.embedding for item in response.data])
scores = vectors[1:] @ vectors[0]  # the vectors are unit length: dot product = cosine

print(f"query: {query!r}  ({len(vectors[0])}-d vectors, {response.usage.prompt_tokens} tokens)")
for score, doc in sorted(zip(scores, DOCUMENTS), reverse=True)[:3]:
    print(f"  {score:.3f}  {doc}")
