// llama_cpp.Llama on llama.cpp's C API (ingot/rt/llama/model.h). Each step
// follows llama-cpp-python 0.3.36 (llama_cpp/llama.py, _internals.py) so
// that the same model file gives the same tokens and the same vectors:
// the same context parameters, the same batching of texts into sequences,
// the same normalisation, the same exceptions and messages.
#include "ingot/rt/llama/model.h"

#include <llama.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <mutex>
#include <thread>
#include <vector>

#include "ingot/rt/exceptions.h"

namespace ingot::rt::llama {
namespace {

/// llama-cpp-python's logger: with verbose=False only errors reach stderr.
/// The bundle's llama.cpp is its own private copy (symbols are not
/// exported), so this global setting touches no other library in the process.
bool g_verbose = false;
void log_callback(ggml_log_level level, const char* text, void*) {
  if (g_verbose || level == GGML_LOG_LEVEL_ERROR) std::fputs(text, stderr);
}

void init_backend(bool verbose) {
  static std::once_flag once;
  static std::mutex mutex;
  std::lock_guard<std::mutex> lock(mutex);
  g_verbose = g_verbose || verbose;
  std::call_once(once, [] {
    llama_log_set(log_callback, nullptr);
    llama_backend_init();
  });
}

Int cpu_count() {
  const unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<Int>(n);
}

/// Python's repr of bytes, for llama-cpp-python's tokenize error message.
std::string bytes_repr(std::string_view b) {
  const bool dq = b.find('\'') != std::string_view::npos && b.find('"') == std::string_view::npos;
  std::string out = dq ? "b\"" : "b'";
  for (unsigned char c : b) {
    if (c == '\\') out += "\\\\";
    else if (c == (dq ? '"' : '\'')) out += std::string("\\") + static_cast<char>(c);
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c >= 0x7f) {
      char buf[5];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else out += static_cast<char>(c);
  }
  return out + (dq ? "\"" : "'");
}

}  // namespace

struct Model::Impl {
  std::string shown;
  std::string model_path;
  llama_model* model = nullptr;
  llama_context* ctx = nullptr;
  const llama_vocab* vocab = nullptr;
  llama_batch batch{};
  bool has_batch = false;
  Int n_batch = 0;
  Int n_seq_max = 1;
  bool embeddings = false;

  ~Impl() {
    if (has_batch) llama_batch_free(batch);
    if (ctx) llama_free(ctx);
    if (model) llama_model_free(model);
  }

  /// _internals.LlamaModel.tokenize.
  std::vector<llama_token> tokenize(std::string_view text, bool add_bos, bool special) const {
    const int32_t n_ctx_train = llama_model_n_ctx_train(model);
    std::vector<llama_token> tokens(static_cast<std::size_t>(std::max<int32_t>(n_ctx_train, 0)));
    int32_t n = llama_tokenize(vocab, text.data(), static_cast<int32_t>(text.size()), tokens.data(), n_ctx_train,
                               add_bos, special);
    if (n < 0) {
      tokens.resize(static_cast<std::size_t>(-static_cast<int64_t>(n)));
      n = llama_tokenize(vocab, text.data(), static_cast<int32_t>(text.size()), tokens.data(),
                         static_cast<int32_t>(tokens.size()), add_bos, special);
      if (n < 0)
        raise(ExcType::RuntimeError,
              "Failed to tokenize: text=\"" + bytes_repr(text) + "\" n_tokens=" + std::to_string(n));
    }
    tokens.resize(static_cast<std::size_t>(n));
    return tokens;
  }

  void clear_memory() {
    // Embedding models with non-causal attention may have no memory.
    if (llama_memory_t mem = llama_get_memory(ctx)) llama_memory_clear(mem, true);
  }

  /// LlamaBatch.add_sequence(tokens, seq_id, logits_all=True).
  void add_sequence(const std::vector<llama_token>& tokens, int32_t seq_id) {
    const int32_t n0 = batch.n_tokens;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const std::size_t j = static_cast<std::size_t>(n0) + i;
      batch.token[j] = tokens[i];
      batch.pos[j] = static_cast<llama_pos>(i);
      batch.seq_id[j][0] = seq_id;
      batch.n_seq_id[j] = 1;
      batch.logits[j] = true;
    }
    batch.n_tokens += static_cast<int32_t>(tokens.size());
  }

  /// Llama.embed's decode_batch for pooled models: one vector per sequence.
  void decode_batch(std::size_t sequences, bool normalize, List<List<Float>>& out, Int n_embd) {
    clear_memory();
    const int32_t rc = llama_decode(ctx, batch);
    batch.n_tokens = 0;
    if (rc != 0) raise(ExcType::RuntimeError, "llama_decode returned " + std::to_string(rc));
    for (std::size_t i = 0; i < sequences; ++i) {
      const float* v = llama_get_embeddings_seq(ctx, static_cast<llama_seq_id>(i));
      if (!v) raise(ExcType::RuntimeError, "llama.cpp returned no embedding for sequence " + std::to_string(i));
      List<Float>::storage_type row(v, v + n_embd);
      if (normalize) {
        // internals.normalize_embedding: v / np.linalg.norm(v), unless 0.
        double sum = 0.0;
        for (double x : row) sum += x * x;
        const double norm = std::sqrt(sum);
        if (norm != 0.0)
          for (auto& x : row) x = x / norm;
      }
      out.storage().push_back(List<Float>(std::move(row)));
    }
  }
};

Model::Model(const std::string& path, const std::string& shown, const Options& o) : impl_(std::make_unique<Impl>()) {
  impl_->shown = shown;
  impl_->model_path = o.model_path;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) raise(ExcType::ValueError, "Model path does not exist: " + shown);
  init_backend(o.verbose);

  llama_model_params mp = llama_model_default_params();
  mp.n_gpu_layers = 0;
  mp.load_mode = o.use_mmap ? LLAMA_LOAD_MODE_MMAP : LLAMA_LOAD_MODE_NONE;
  impl_->model = llama_model_load_from_file(path.c_str(), mp);
  if (!impl_->model) raise(ExcType::ValueError, "Failed to load model from file: " + shown);
  impl_->vocab = llama_model_get_vocab(impl_->model);
  if (!impl_->vocab) raise(ExcType::ValueError, "Failed to get vocab from model: " + shown);

  // Llama.__init__'s context parameters.
  Int n_ctx = o.n_ctx;
  Int n_batch = std::min(n_ctx, o.n_batch);
  if (n_ctx == 0) {
    n_ctx = llama_model_n_ctx_train(impl_->model);
    n_batch = std::min(n_ctx, o.n_batch);
  }
  llama_context_params cp = llama_context_default_params();
  cp.n_ctx = static_cast<uint32_t>(n_ctx);
  cp.n_batch = static_cast<uint32_t>(n_batch);
  cp.n_ubatch = static_cast<uint32_t>(std::min(n_batch, o.n_ubatch));
  cp.n_threads = static_cast<int32_t>(o.n_threads.value_or(std::max<Int>(cpu_count() / 2, 1)));
  cp.n_threads_batch = static_cast<int32_t>(o.n_threads_batch.value_or(cpu_count()));
  cp.rope_scaling_type = LLAMA_ROPE_SCALING_TYPE_UNSPECIFIED;
  cp.pooling_type = static_cast<enum llama_pooling_type>(o.pooling_type);
  cp.attention_type = LLAMA_ATTENTION_TYPE_UNSPECIFIED;
  cp.rope_freq_base = 0;
  cp.rope_freq_scale = 0;
  cp.yarn_ext_factor = -1.0f;
  cp.yarn_attn_factor = 1.0f;
  cp.yarn_beta_fast = 32.0f;
  cp.yarn_beta_slow = 1.0f;
  cp.yarn_orig_ctx = 0;
  cp.embeddings = o.embedding;
  cp.offload_kqv = true;
  cp.flash_attn_type = LLAMA_FLASH_ATTN_TYPE_DISABLED;
  cp.no_perf = false;
  if (o.embedding) {
    cp.n_seq_max = static_cast<uint32_t>(std::min<Int>(n_batch, static_cast<Int>(llama_max_parallel_sequences())));
    cp.kv_unified = true;
  }
  impl_->ctx = llama_init_from_model(impl_->model, cp);
  if (!impl_->ctx) raise(ExcType::ValueError, "Failed to create llama_context");
  impl_->n_batch = n_batch;
  impl_->n_seq_max = static_cast<Int>(cp.n_seq_max);
  impl_->embeddings = o.embedding;
  impl_->batch = llama_batch_init(static_cast<int32_t>(n_batch), 0, static_cast<int32_t>(n_ctx));
  impl_->has_batch = true;
}

Model::~Model() = default;

List<Int> Model::tokenize(const Bytes& text, bool add_bos, bool special) {
  const auto tokens = impl_->tokenize(text.view(), add_bos, special);
  List<Int>::storage_type out(tokens.begin(), tokens.end());
  return List<Int>(std::move(out));
}

Bytes Model::detokenize(const List<Int>& tokens, bool special) {
  const Int n_vocab = this->n_vocab();
  std::string out;
  char buffer[32];
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Int t = tokens.item(i);
    // llama.cpp aborts the process on an unknown id; Python code gets an exception instead.
    if (t < 0 || t >= n_vocab)
      raise(ExcType::ValueError,
            "token id " + std::to_string(t) + " is out of range (the vocabulary has " + std::to_string(n_vocab) +
                " tokens)");
    int32_t n = llama_token_to_piece(impl_->vocab, static_cast<llama_token>(t), buffer, sizeof buffer, 0, special);
    if (n < 0) {
      // A piece longer than llama-cpp-python's 32-byte buffer: take it whole.
      std::string big(static_cast<std::size_t>(-n), '\0');
      n = llama_token_to_piece(impl_->vocab, static_cast<llama_token>(t), big.data(), -n, 0, special);
      out.append(big.data(), static_cast<std::size_t>(std::max(n, 0)));
      continue;
    }
    out.append(buffer, static_cast<std::size_t>(n));
  }
  // Llama 1 models add a space at the start; llama-cpp-python strips it after BOS.
  if (tokens.size() > 0 && tokens.item(0) == token_bos() && !out.empty() && out[0] == ' ') out.erase(0, 1);
  return Bytes(std::move(out));
}

List<Float> Model::embed(const Str& text, bool normalize, bool truncate, Int* count) {
  List<Str> one;
  one.storage().push_back(text);
  List<List<Float>> rows = embed(one, normalize, truncate, count);
  return rows.item(0);
}

List<List<Float>> Model::embed(const List<Str>& texts, bool normalize, bool truncate, Int* count) {
  Impl& m = *impl_;
  const Int n_embd = this->n_embd();
  if (!m.embeddings)
    raise(ExcType::RuntimeError, "Llama model must be created with embedding=True to call this method");
  if (llama_pooling_type(m.ctx) == LLAMA_POOLING_TYPE_NONE)
    raise(ExcType::NotImplementedError,
          "embed() of a model without pooling (per-token vectors) is not supported yet; create the Llama with "
          "pooling_type=llama_cpp.LLAMA_POOLING_TYPE_MEAN");
  List<List<Float>> out;
  out.storage().reserve(texts.size());
  Int total = 0;
  std::size_t in_batch = 0;
  Int tokens_in_batch = 0;
  m.batch.n_tokens = 0;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const Str& text = texts.item(i);
    std::vector<llama_token> tokens = m.tokenize(text.view(), true, false);
    if (truncate && static_cast<Int>(tokens.size()) > m.n_batch) tokens.resize(static_cast<std::size_t>(m.n_batch));
    const Int n = static_cast<Int>(tokens.size());
    total += n;
    if (n > m.n_batch)
      raise(ExcType::ValueError,
            "Requested tokens (" + std::to_string(n) + ") exceed batch size of " + std::to_string(m.n_batch));
    if (tokens_in_batch + n > m.n_batch || static_cast<Int>(in_batch) >= m.n_seq_max) {
      m.decode_batch(in_batch, normalize, out, n_embd);
      in_batch = 0;
      tokens_in_batch = 0;
    }
    m.add_sequence(tokens, static_cast<int32_t>(in_batch));
    ++in_batch;
    tokens_in_batch += n;
  }
  m.decode_batch(in_batch, normalize, out, n_embd);
  m.clear_memory();
  if (count) *count = total;
  return out;
}

const std::string& Model::model_path() const { return impl_->model_path; }
Int Model::n_embd() const { return llama_model_n_embd(impl_->model); }
Int Model::n_ctx() const { return static_cast<Int>(llama_n_ctx(impl_->ctx)); }
Int Model::n_vocab() const { return llama_vocab_n_tokens(impl_->vocab); }
Int Model::token_bos() const { return llama_vocab_bos(impl_->vocab); }
Int Model::token_eos() const { return llama_vocab_eos(impl_->vocab); }

}  // namespace ingot::rt::llama
