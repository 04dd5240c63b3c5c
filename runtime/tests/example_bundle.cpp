// A bundle as the code generator would write it, by hand, for the ABI's
// end-to-end tests (abi_end_to_end_test.cpp loads it with dlopen).
//
// The Python it stands for:
//
//   def predict(op: str, xs: list[int] = [], scale: float = 1.0):
//       if op == "sum":      return sum(xs) * scale
//       if op == "mean":     return sum(xs) / len(xs)          # ZeroDivisionError on []
//       if op == "stats":    return {"n": len(xs), "max": max(xs, default=None), "sorted": sorted(xs)}
//       if op == "echo":     return (op, xs, scale)
//       if op == "print":    print("xs =", xs, sep=" "); print(len(xs), end="!"); return None
//       if op == "missing":  return {"a": 1}["kiwi"]
//       if op == "overflow": return 2 ** 62 * 4
//       ... plus C++ failures the runtime must contain.
#include <new>
#include <stdexcept>

#include "ingot/rt/all.h"

namespace rt = ingot::rt;

namespace ingot::bundle {

ingot_value* predict(const ingot_value_map* inputs) {
  rt::check_input_names(inputs, "predict", {"op", "xs", "scale"});
  const rt::Str op = rt::from_value<rt::Str>(rt::require_input(inputs, "op", "predict"), "op");
  const ingot_value* xs_value = rt::find_input(inputs, "xs");
  const rt::List<rt::Int> xs = xs_value ? rt::from_value<rt::List<rt::Int>>(xs_value, "xs") : rt::List<rt::Int>();
  const ingot_value* scale_value = rt::find_input(inputs, "scale");
  const rt::Float scale = scale_value ? rt::from_value<rt::Float>(scale_value, "scale") : 1.0;

  if (rt::eq(op, rt::Str("sum"))) return rt::to_value(rt::mul(rt::builtins::sum(xs), scale));
  if (rt::eq(op, rt::Str("mean"))) return rt::to_value(rt::truediv(rt::builtins::sum(xs), rt::builtins::len(xs)));
  if (rt::eq(op, rt::Str("stats"))) {
    using Value = std::variant<rt::Int, std::optional<rt::Int>, rt::List<rt::Int>>;
    rt::Dict<rt::Str, Value> d;
    d.setitem("n", Value(std::in_place_index<0>, rt::builtins::len(xs)));
    d.setitem("max", Value(std::in_place_index<1>, rt::builtins::max(xs, rt::kw::default_(rt::none))));
    d.setitem("sorted", Value(std::in_place_index<2>, rt::builtins::sorted(xs)));
    return rt::to_value(d);
  }
  if (rt::eq(op, rt::Str("echo"))) return rt::to_value(std::tuple<rt::Str, rt::List<rt::Int>, rt::Float>(op, xs, scale));
  if (rt::eq(op, rt::Str("print"))) {
    rt::builtins::print(" ", "\n", rt::Str("xs ="), xs);
    rt::builtins::print(" ", "!", rt::builtins::len(xs));
    return rt::to_value(rt::none);
  }
  if (rt::eq(op, rt::Str("missing"))) {
    const rt::Dict<rt::Str, rt::Int> d{{"a", 1}};
    return rt::to_value(rt::getitem(d, rt::Str("kiwi")));
  }
  if (rt::eq(op, rt::Str("nul"))) {  // print("a\0b"); raise ValueError("x\0y")
    rt::builtins::print(" ", "\n", rt::Str("a\0b", 3));
    rt::raise(rt::ExcType::ValueError, rt::Str("x\0y", 3));
  }
  if (rt::eq(op, rt::Str("overflow"))) return rt::to_value(rt::mul(rt::pow(2, 62), 4));
  if (rt::eq(op, rt::Str("surrogate"))) return rt::to_value(rt::builtins::chr(0xD800));
  // Failures that are not Python exceptions: the ABI must contain them.
  if (rt::eq(op, rt::Str("bad_alloc"))) throw std::bad_alloc();
  if (rt::eq(op, rt::Str("std_exception"))) throw std::runtime_error("something broke");
  if (rt::eq(op, rt::Str("not_an_exception"))) throw 42;
  if (rt::eq(op, rt::Str("null"))) return nullptr;
  if (rt::eq(op, rt::Str("recurse"))) {
    struct Recurse {
      static rt::Int depth(rt::Int n) {
        rt::RecursionGuard guard;
        if (n == INT64_MAX) return n;  // never: the guard raises RecursionError first
        return rt::add(depth(rt::add(n, 1)), 0);
      }
    };
    return rt::to_value(Recurse::depth(0));
  }
  rt::raise(rt::ExcType::ValueError, rt::fstring("unknown op: ", rt::repr(op)));
}

}  // namespace ingot::bundle
