// llama_cpp.Llama in compiled code: a model file loaded by llama.cpp (linked
// statically into the bundle) with one inference context, created once per
// predictor (a per-predictor resource, ingot/rt/resources.h) and used by the
// methods below, which behave as llama-cpp-python's methods of the same
// names (same token ids, same vectors, same exceptions and messages) for the
// same model file and parameters.
//
// This header does not include llama.h: generated code compiles without
// llama.cpp's headers; the implementation lives in libingot_llama.a
// (runtime/src/llama/), which bundles using a model link.
//
// Threads: a Model is used by one prediction at a time (the predictor's
// lock serialises predictions); llama.cpp itself computes with
// n_threads_batch threads inside a call.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <tuple>

#include "ingot/rt/bytes.h"
#include "ingot/rt/dict.h"
#include "ingot/rt/list.h"
#include "ingot/rt/resources.h"
#include "ingot/rt/str.h"
#include "ingot/rt/types.h"

namespace ingot::rt::llama {

/// The Llama(...) keyword arguments Ingot takes, with llama-cpp-python's
/// defaults. They are compile-time constants of the predictor.
struct Options {
  Int n_ctx = 512;
  Int n_batch = 512;
  Int n_ubatch = 512;
  std::optional<Int> n_threads;        // default: cores / 2 (at least 1), as llama-cpp-python
  std::optional<Int> n_threads_batch;  // default: cores
  Int pooling_type = -1;               // LLAMA_POOLING_TYPE_UNSPECIFIED: the model's own
  bool embedding = false;
  bool use_mmap = true;
  bool verbose = true;  // llama.cpp's log on stderr (llama-cpp-python's default too)
  std::string model_path;  // as the predictor wrote it: create_embedding's default "model"
};

class Model final : public Resource {
 public:
  /// Loads `path` (a file in the bundle's resources/; `shown` is how
  /// messages name it) and creates the context. Raises ValueError as
  /// llama-cpp-python does ("Model path does not exist: ...", "Failed to
  /// load model from file: ...").
  Model(const std::string& path, const std::string& shown, const Options& options);
  ~Model() override;
  Model(const Model&) = delete;
  Model& operator=(const Model&) = delete;

  List<Int> tokenize(const Bytes& text, bool add_bos, bool special);
  Bytes detokenize(const List<Int>& tokens, bool special);
  /// embed(str): one vector (pooled models).
  List<Float> embed(const Str& text, bool normalize, bool truncate, Int* count = nullptr);
  /// embed(list[str]): one vector per text, batched as llama-cpp-python does.
  List<List<Float>> embed(const List<Str>& texts, bool normalize, bool truncate, Int* count = nullptr);

  /// model_path as the predictor wrote it.
  const std::string& model_path() const;

  Int n_embd() const;
  Int n_ctx() const;
  Int n_vocab() const;
  Int token_bos() const;
  Int token_eos() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The methods as the signature table names them (src/types/signatures_llama.cpp).
inline List<Int> tokenize(Model& m, const Bytes& text, bool add_bos, bool special) {
  return m.tokenize(text, add_bos, special);
}
/// prev_tokens is accepted and ignored, as llama-cpp-python's tokenizer does.
template <class Prev>
inline Bytes detokenize(Model& m, const List<Int>& tokens, const Prev&, bool special) {
  return m.detokenize(tokens, special);
}
template <class Input>
inline auto embed(Model& m, const Input& input, bool normalize, bool truncate) {
  return m.embed(input, normalize, truncate);
}
/// embed(..., return_count=True): (embeddings, total token count).
template <class Input>
inline auto embed_with_count(Model& m, const Input& input, bool normalize, bool truncate) {
  Int count = 0;
  auto vectors = m.embed(input, normalize, truncate, &count);
  return std::tuple<decltype(vectors), Int>(std::move(vectors), count);
}
/// create_embedding(input, model=None): the OpenAI-shaped dict
/// {"object": "list", "data": [{"object": "embedding", "embedding": [...],
/// "index": i}, ...], "model": model or model_path, "usage":
/// {"prompt_tokens": n, "total_tokens": n}}, keys in llama-cpp-python's
/// order. D, Item and Usage are the dict types the compiler gave the result,
/// the data items and usage (see types::record_dict_of).
template <class D, class Item, class Usage, class Input, class Name>
D create_embedding(Model& m, const Input& input, const Name& model) {
  List<Str> texts;
  if constexpr (std::is_same_v<Input, Str>) texts.storage().push_back(input);
  else texts = input;
  Int count = 0;
  List<List<Float>> vectors = m.embed(texts, false, true, &count);
  List<Item> data;
  for (std::size_t i = 0; i < vectors.size(); ++i) {
    Item item;
    item.setitem(Str("object"), Str("embedding"));
    item.setitem(Str("embedding"), vectors.item(i));
    item.setitem(Str("index"), static_cast<Int>(i));
    data.storage().push_back(std::move(item));
  }
  Usage usage;
  usage.setitem(Str("prompt_tokens"), count);
  usage.setitem(Str("total_tokens"), count);
  D result;
  result.setitem(Str("object"), Str("list"));
  result.setitem(Str("data"), std::move(data));
  if constexpr (std::is_same_v<Name, Str>) result.setitem(Str("model"), model);
  else if constexpr (is_optional_v<Name>) result.setitem(Str("model"), model ? *model : Str(m.model_path()));
  else result.setitem(Str("model"), Str(m.model_path()));
  result.setitem(Str("usage"), std::move(usage));
  return result;
}

inline Int n_embd(Model& m) { return m.n_embd(); }
inline Int n_ctx(Model& m) { return m.n_ctx(); }
inline Int n_vocab(Model& m) { return m.n_vocab(); }
inline Int token_bos(Model& m) { return m.token_bos(); }
inline Int token_eos(Model& m) { return m.token_eos(); }

}  // namespace ingot::rt::llama
