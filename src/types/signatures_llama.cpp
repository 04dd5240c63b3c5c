// llama_cpp.Llama's methods: the subset predictors use around a model call,
// each behaving as llama-cpp-python's method of the same name. Runtime:
// runtime/include/ingot/rt/llama/model.h (over llama.cpp's C API).
#include "types/signatures_llama.h"

#include <map>

namespace ingot::types {
namespace {

using Types = std::vector<TypeRef>;

bool is_bool(TypeRef t) { return !t || t->kind == Kind::Bool; }
bool is_int_list(TypeRef t) { return t && t->kind == Kind::List && t->args[0]->kind == Kind::Int; }
bool is_str_list(TypeRef t) { return t && t->kind == Kind::List && t->args[0]->kind == Kind::Str; }

/// embed(input, normalize=False, truncate=True): a vector for a str, one
/// per text for a list[str]; with the count, (vectors, total tokens).
Overload embed(bool with_count) {
  Overload o;
  o.params = {{"input", ""}, {"normalize", "false"}, {"truncate", "true"}};
  o.cpp = with_count ? "rt::llama::embed_with_count" : "rt::llama::embed";
  o.result = [with_count](const Types& a) -> TypeRef {
    if (!a[0] || !is_bool(a[1]) || !is_bool(a[2])) return nullptr;
    TypeRef vectors = a[0]->kind == Kind::Str ? list_of(float_type())
                      : is_str_list(a[0])     ? list_of(list_of(float_type()))
                                              : nullptr;
    if (!vectors) return nullptr;
    return with_count ? tuple_of({vectors, int_type()}) : vectors;
  };
  return o;
}

const std::map<std::string, std::vector<Overload>>& table() {
  static const std::map<std::string, std::vector<Overload>> t = [] {
    std::map<std::string, std::vector<Overload>> m;
    // tokenize(text: bytes, add_bos=True, special=False) -> list[int]
    m["tokenize"] = {fixed({{"text", ""}, {"add_bos", "true"}, {"special", "false"}}, "rt::llama::tokenize",
                           list_of(int_type()), [](const Types& a) {
                             return a[0] && a[0]->kind == Kind::Bytes && is_bool(a[1]) && is_bool(a[2]);
                           })};
    // detokenize(tokens, prev_tokens=None, special=False) -> bytes
    m["detokenize"] = {fixed({{"tokens", ""}, {"prev_tokens", "rt::none"}, {"special", "false"}},
                             "rt::llama::detokenize", bytes_type(), [](const Types& a) {
                               return is_int_list(a[0]) &&
                                      (!a[1] || a[1]->kind == Kind::None || is_int_list(a[1])) && is_bool(a[2]);
                             })};
    // create_embedding(input, model=None) -> the OpenAI-shaped dict (a record dict).
    {
      TypeRef item = record_dict_of({{"object", str_type()}, {"embedding", list_of(float_type())}, {"index", int_type()}});
      TypeRef usage = dict_of(str_type(), int_type());
      TypeRef response = record_dict_of(
          {{"object", str_type()}, {"data", list_of(item)}, {"model", str_type()}, {"usage", usage}});
      Overload o;
      o.params = {{"input", ""}, {"model", "rt::none"}};
      o.cpp = "rt::llama::create_embedding<" + response->cpp() + ", " + item->cpp() + ", " + usage->cpp() + ">";
      o.result = [response](const Types& a) -> TypeRef {
        bool input = a[0] && (a[0]->kind == Kind::Str || is_str_list(a[0]));
        bool model = !a[1] || a[1]->kind == Kind::None || a[1]->kind == Kind::Str ||
                     (a[1]->kind == Kind::Optional && a[1]->args[0]->kind == Kind::Str);
        return input && model ? response : nullptr;
      };
      m["create_embedding"] = {o};
    }
    m["embed"] = {embed(false)};
    m["embed(return_count=True)"] = {embed(true)};
    for (const char* n : {"n_embd", "n_ctx", "n_vocab", "token_bos", "token_eos"})
      m[n] = {fixed({}, std::string("rt::llama::") + n, int_type())};
    return m;
  }();
  return t;
}

}  // namespace

std::optional<Resolved> resolve_llama_method(const std::string& name, const CallTypes& args, SignatureError& error) {
  auto it = table().find(name);
  if (it == table().end()) {
    error.message = "llama_cpp.Llama has no supported method '" + name +
                    "' (supported: tokenize, detokenize, embed, create_embedding, n_embd, n_ctx, n_vocab, token_bos, token_eos)";
    return std::nullopt;
  }
  const std::string shown = name == "embed(return_count=True)" ? "embed" : name;
  if (shown == "tokenize" && !args.positional.empty() && args.positional[0]->kind == Kind::Str) {
    error.message = "Llama.tokenize takes bytes, not str (as llama-cpp-python): write text.encode(\"utf-8\")";
    return std::nullopt;
  }
  return with_receiver(resolve_overloads(it->second, args, "Llama." + shown, error));
}

}  // namespace ingot::types
