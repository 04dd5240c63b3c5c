// Semantic search with the compiled all-MiniLM-L6-v2 from Node.js, through
// Ingot's OpenAI-style client: no server, no Python, the model runs
// in-process through the bundle's C ABI.
//
//   ingot compile examples/embedding/predictor.py -o ~/.ingot/models/minilm
//   node examples/embedding/node/search.js "a pet on a rug"
//
// The client finds the bundle by its tag under $INGOT_MODELS (default
// ~/.ingot/models).
const { Client } = require('../../../clients/node');

const documents = [
  'The cat sleeps on the sofa all afternoon.',
  'A dog is playing fetch in the park.',
  'Stock markets fell sharply after the announcement.',
  'The recipe needs two eggs, flour and a pinch of salt.',
  'Heavy rain is expected over the weekend.',
  'The new phone has a faster processor and a better camera.',
];

async function main() {
  const query = process.argv[2] ?? 'a pet resting on a couch';
  const client = new Client();
  const response = await client.embeddings.create({
    model: 'sentence-transformers/all-MiniLM-L6-v2',
    input: [query, ...documents],
  });
  const [q, ...docs] = response.data.map((d) => d.embedding);
  // Unit vectors: the dot product is the cosine similarity.
  const dot = (a, b) => a.reduce((sum, x, i) => sum + x * b[i], 0);
  const ranked = docs.map((v, i) => [dot(q, v), documents[i]]).sort((a, b) => b[0] - a[0]);
  console.log(`query: ${JSON.stringify(query)}  (${q.length}-d vectors, ${response.usage.prompt_tokens} tokens)`);
  for (const [score, doc] of ranked.slice(0, 3)) console.log(`  ${score.toFixed(3)}  ${doc}`);
  client.close();
}

main().catch((e) => {
  console.error(`${e.name}: ${e.message}`);
  process.exit(1);
});
