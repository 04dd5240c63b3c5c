// Module-level resources: `model = Llama(model_path="model.gguf", ...)`.
//
// A Llama at module level is loaded once when a predictor is created, not
// on every call. Its arguments must be compile-time constants; the model
// file (relative paths are taken from the predictor file's folder, so the
// predictor compiles the same from any working directory) is copied into
// the bundle's resources/ and recorded in the manifest, and the compiled
// library opens it from there: a bundle folder can be moved.
#include <filesystem>
#include <fstream>
#include <map>

#include <nlohmann/json.hpp>

#include "trace/constant_eval.h"
#include "trace/tracer.h"

namespace ingot::trace {

using namespace syntax;
namespace fs = std::filesystem;

bool ModuleTracer::is_llama_class(const expr* e) const {
  if (e->kind == NodeKind::Name) return llama_names_.count(std::string(static_cast<const Name*>(e)->id)) > 0;
  if (e->kind != NodeKind::Attribute) return false;
  auto* a = static_cast<const Attribute*>(e);
  if (a->attr != "Llama" || a->value->kind != NodeKind::Name) return false;
  auto m = modules_.find(std::string(static_cast<const Name*>(a->value)->id));
  return m != modules_.end() && m->second == "llama_cpp";
}

namespace {

enum class Want { Bool, Int, OptionalInt };

/// The argument kinds Ingot takes, by name, and the Options member each sets.
struct Parameter {
  Want want;
  const char* member;  // "" : accepted and without effect here (documented)
};
const std::map<std::string, Parameter>& parameters() {
  static const std::map<std::string, Parameter> p = {
      {"embedding", {Want::Bool, "embedding"}},
      {"n_ctx", {Want::Int, "n_ctx"}},
      {"n_batch", {Want::Int, "n_batch"}},
      {"n_ubatch", {Want::Int, "n_ubatch"}},
      {"n_threads", {Want::OptionalInt, "n_threads"}},
      {"n_threads_batch", {Want::OptionalInt, "n_threads_batch"}},
      {"pooling_type", {Want::Int, "pooling_type"}},
      {"use_mmap", {Want::Bool, "use_mmap"}},
      {"verbose", {Want::Bool, "verbose"}},
      // Sampling seed and GPU offload: no effect on embeddings on the CPU.
      {"seed", {Want::Int, ""}},
      {"n_gpu_layers", {Want::Int, ""}},
  };
  return p;
}

}  // namespace

ConstantValue ModuleTracer::model_resource(const std::string& name, const Call* call) {
  ResourceSpec spec;
  spec.kind = "llama";
  spec.python = name + " = Llama(...)";
  const expr* path_expr = nullptr;
  if (call->args.size() > 1) refuse(call->args[1]->span, "Llama() takes the model path as its only positional argument");
  if (!call->args.empty()) path_expr = call->args[0];
  for (const keyword* k : call->keywords) {
    if (!k->arg.data()) refuse(k->span, "Llama(**kwargs) is not supported: write each argument");
    const std::string key(k->arg);
    if (key == "model_path") {
      path_expr = k->value;
      continue;
    }
    auto p = parameters().find(key);
    if (p == parameters().end())
      refuse(k->span, "Llama(" + key + "=...) is not supported yet (supported: model_path, embedding, n_ctx, n_batch, "
                      "n_ubatch, n_threads, n_threads_batch, pooling_type, use_mmap, verbose, seed, n_gpu_layers)");
    const ConstantValue v = evaluate_constant(k->value);
    const auto json = nlohmann::json::parse(v.json.empty() ? "\"\"" : v.json);
    std::string cpp;
    switch (p->second.want) {
      case Want::Bool:
        if (!json.is_boolean()) refuse(k->value->span, "Llama(" + key + "=...) must be True or False");
        cpp = json.get<bool>() ? "true" : "false";
        break;
      case Want::OptionalInt:
        if (json.is_null()) continue;
        [[fallthrough]];
      case Want::Int:
        if (!json.is_number_integer() || v.type->kind == types::Kind::Bool)
          refuse(k->value->span, "Llama(" + key + "=...) must be a constant int");
        cpp = "rt::Int(" + std::to_string(json.get<int64_t>()) + ")";
        break;
    }
    if (*p->second.member) spec.options.emplace_back(p->second.member, cpp);
  }
  if (!path_expr) refuse(call->span, "Llama() needs model_path=\"file.gguf\"");
  const ConstantValue path_value = evaluate_constant(path_expr);
  const auto path_json = nlohmann::json::parse(path_value.json.empty() ? "null" : path_value.json);
  if (!path_json.is_string()) refuse(path_expr->span, "model_path must be a constant string (the model file's path)");
  std::error_code ec;
  fs::path file = fs::path(path_json.get<std::string>());
  if (file.is_relative()) {
    const fs::path folder = fs::path(source_path_).parent_path();
    file = fs::absolute(folder.empty() ? fs::path(".") : folder, ec) / file;
  }
  file = file.lexically_normal();
  if (!fs::is_regular_file(file, ec))
    refuse(path_expr->span, "model file not found: " + file.string() +
                                " (a relative model_path is taken from the predictor file's folder)");
  {
    std::ifstream in(file, std::ios::binary);
    char magic[4] = {};
    in.read(magic, 4);
    if (!in || std::string_view(magic, 4) != "GGUF")
      refuse(path_expr->span, "model file " + file.string() + " is not a GGUF file (llama.cpp loads GGUF models)");
  }
  spec.source = file.string();
  spec.options.emplace_back("model_path", "std::string(" + cpp_string_literal(path_json.get<std::string>()) + ")");
  // One file per name in resources/: a different file with the same name gets a suffix.
  std::string bundle_name = file.filename().string();
  for (int n = 2;; ++n) {
    bool clash = false;
    for (const ResourceSpec& r : entry_.resources) clash = clash || (r.name == bundle_name && r.source != spec.source);
    if (!clash) break;
    bundle_name = file.stem().string() + "-" + std::to_string(n) + file.extension().string();
  }
  spec.name = bundle_name;
  const std::size_t index = entry_.resources.size();
  entry_.resources.push_back(spec);
  ConstantValue v;
  v.type = types::model_type("llama_cpp.Llama");
  v.cpp = "rt::resource<rt::llama::Model>(" + std::to_string(index) + ")";
  v.python_repr = "Llama(model_path=" + nlohmann::json(spec.name).dump() + ", ...)";
  return v;
}

}  // namespace ingot::trace
