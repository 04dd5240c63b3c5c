// Overload resolution shared by every signature table.
#include "types/signature.h"

namespace ingot::types {

std::optional<Resolved> resolve_overloads(const std::vector<Overload>& overloads, const CallTypes& args,
                                          const std::string& what, SignatureError& error) {
  for (const Overload& o : overloads) {
    if (o.variadic) {
      if (!args.keywords.empty()) continue;
      TypeRef result = o.result(args.positional);
      if (!result) continue;
      Resolved r;
      r.result = result;
      r.cpp = o.cpp;
      for (size_t i = 0; i < args.positional.size(); ++i) r.order.push_back(static_cast<int>(i));
      r.defaults.assign(args.positional.size(), "");
      return r;
    }
    if (args.positional.size() > o.params.size()) continue;
    std::vector<int> order(o.params.size(), -1);
    std::vector<TypeRef> types(o.params.size(), nullptr);
    for (size_t i = 0; i < args.positional.size(); ++i) {
      order[i] = static_cast<int>(i);
      types[i] = args.positional[i];
    }
    bool ok = true;
    for (size_t k = 0; k < args.keywords.size() && ok; ++k) {
      ok = false;
      for (size_t p = 0; p < o.params.size(); ++p) {
        if (o.params[p].name == args.keywords[k].first && order[p] == -1) {
          order[p] = static_cast<int>(args.positional.size() + k);
          types[p] = args.keywords[k].second;
          ok = true;
          break;
        }
      }
    }
    if (!ok) continue;
    for (size_t p = 0; p < o.params.size(); ++p)
      if (order[p] == -1 && o.params[p].cpp_default.empty()) ok = false;
    if (!ok) continue;
    TypeRef result = o.result(types);
    if (!result) continue;
    Resolved r;
    r.result = result;
    r.cpp = o.cpp;
    r.order = order;
    for (size_t p = 0; p < o.params.size(); ++p) r.defaults.push_back(order[p] == -1 ? o.params[p].cpp_default : "");
    return r;
  }
  std::string types;
  for (size_t i = 0; i < args.positional.size(); ++i) types += (i ? ", " : "") + args.positional[i]->python();
  for (const auto& [name, type] : args.keywords) types += (types.empty() ? "" : ", ") + name + "=" + type->python();
  error.message = "unsupported call " + what + "(" + types + ")";
  return std::nullopt;
}

Overload fixed(std::vector<ParamSpec> params, std::string cpp, TypeRef result,
               std::function<bool(const std::vector<TypeRef>&)> check) {
  return Overload{std::move(params), std::move(cpp), [result, check](const std::vector<TypeRef>& a) -> TypeRef {
                    return !check || check(a) ? result : nullptr;
                  }};
}

std::optional<Resolved> with_receiver(std::optional<Resolved> r) {
  if (!r) return r;
  for (int& o : r->order)
    if (o >= 0) ++o;
  r->order.insert(r->order.begin(), 0);
  r->defaults.insert(r->defaults.begin(), "");
  return r;
}

}  // namespace ingot::types
