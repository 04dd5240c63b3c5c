// Fused elementwise expressions (numpy/fused.h) against the same operations
// one by one, in Python's order (C++ leaves the order of a call's arguments
// open: the references name their intermediates): on random operands (every dtype, broadcasting shapes, strided
// and reversed views, 0-d arrays, numpy scalars, Python scalars) the fused
// call must give the same dtype, shape, scalar flag and bits (any NaN
// matching any NaN), or raise the same exception with the same message.
#include "ingot/rt/numpy/fused.h"

#include <gtest/gtest.h>

#include <cstring>
#include <functional>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "ingot/rt/numpy/all.h"

namespace np = ingot::rt::np;
using ingot::rt::Int;

namespace {

using Ops = std::vector<np::Operand>;

struct Outcome {
  bool raised = false;
  std::string error;
  np::Array value;
};

template <class F>
Outcome outcome(F&& f) {
  Outcome o;
  try {
    o.value = f();
  } catch (const ingot::rt::PyException& e) {
    o.raised = true;
    o.error = std::string(e.type_name()) + ": " + e.what();
  }
  return o;
}

/// The bytes of an array's elements in C order, every NaN made the same:
/// which NaN an operation on two NaNs returns is not specified (x86 keeps
/// the first operand's, and a compiler may swap the operands of + and *).
std::string bytes_of(const np::Array& a) {
  np::Array c = np::copy(a);
  const np::Array nan = np::isnan(c);
  if (nan.ndim() > 0 && np::truthy(np::any(nan))) {
    c = np::where(nan, np::Operand(ingot::rt::Float(NAN)), c);
  }
  const std::size_t n = static_cast<std::size_t>(c.size()) * static_cast<std::size_t>(np::dtype(c).itemsize);
  return std::string(static_cast<const char*>(c.data()), n);
}

void expect_same(const Outcome& fused, const Outcome& unfused, const std::string& what) {
  ASSERT_EQ(fused.raised, unfused.raised) << what << ": " << fused.error << unfused.error;
  if (fused.raised) {
    EXPECT_EQ(fused.error, unfused.error) << what;
    return;
  }
  EXPECT_EQ(fused.value.dtype(), unfused.value.dtype()) << what;
  EXPECT_EQ(fused.value.shape(), unfused.value.shape()) << what;
  EXPECT_EQ(fused.value.is_scalar(), unfused.value.is_scalar()) << what;
  const std::string a = bytes_of(fused.value), b = bytes_of(unfused.value);
  if (a == b) return;
  // The first element that differs, as float64.
  const std::size_t item = static_cast<std::size_t>(np::dtype(fused.value).itemsize);
  std::size_t k = 0;
  while (k < a.size() && a.compare(k, item, b, k, item) == 0) k += item;
  const Int at = static_cast<Int>(k / item);
  const auto element = [&](const np::Array& x) {
    const np::Array f = np::astype(np::reshape(np::copy(x), np::Shape{-1}), INGOT_DTYPE_FLOAT64);
    return static_cast<const double*>(f.data())[at];
  };
  ADD_FAILURE() << what << ": element " << at << " is " << element(fused.value) << " fused, "
                << element(unfused.value) << " op by op";
}

const ingot_dtype kDtypes[] = {INGOT_DTYPE_FLOAT32, INGOT_DTYPE_FLOAT64, INGOT_DTYPE_FLOAT32, INGOT_DTYPE_FLOAT64,
                               INGOT_DTYPE_FLOAT16, INGOT_DTYPE_INT8,    INGOT_DTYPE_INT32,   INGOT_DTYPE_UINT8,
                               INGOT_DTYPE_BOOL,    INGOT_DTYPE_INT64};

/// Random values (with nan, inf, -0.0 and subnormals for floats) as an
/// array of `dtype` and `shape`, sometimes seen through a transposed or
/// reversed view of a larger buffer.
np::Array random_array(std::mt19937& rng, ingot_dtype dtype, const np::Shape& shape) {
  std::uniform_real_distribution<double> value(-50.0, 50.0);
  std::uniform_int_distribution<int> pick(0, 19);
  const Int n = np::shape_size(shape);
  std::vector<double> v(static_cast<std::size_t>(n));
  for (double& x : v) {
    const int k = pick(rng);
    x = k == 0 ? NAN : k == 1 ? INFINITY : k == 2 ? -0.0 : k == 3 ? 1e-310 : k == 4 ? 3.0 : value(rng);
  }
  ingot::rt::List<double> items;
  for (double x : v) items.append(x);
  np::Array flat = np::astype(np::array(items, INGOT_DTYPE_FLOAT64), dtype);
  const int layout = pick(rng) % 4;
  np::Array a = np::reshape(flat, shape);
  if (layout == 1 && shape.size() >= 2) {
    // The same values through a transpose of the transposed copy.
    return np::T_(np::copy(np::T_(a)));
  }
  if (layout == 2 && !shape.empty()) {
    // Reversed along the first axis: a negative stride (reversing a
    // reversed copy gives the original values).
    std::vector<np::Subscript> idx{np::slice(std::nullopt, std::nullopt, -1)};
    return np::getitem(np::copy(np::getitem(a, idx)), idx);
  }
  return a;
}

/// One operand: an array of a shape from `shapes`, a 0-d array, a numpy
/// scalar, or a Python float / int.
np::Operand random_operand(std::mt19937& rng, std::vector<np::Array>& keep, const std::vector<np::Shape>& shapes) {
  std::uniform_int_distribution<int> kind(0, 9);
  std::uniform_int_distribution<std::size_t> dt(0, std::size(kDtypes) - 1), sh(0, shapes.size() - 1);
  const int k = kind(rng);
  if (k == 0) return np::Operand(ingot::rt::Float(std::uniform_real_distribution<double>(-4, 4)(rng)));
  if (k == 1) return np::Operand(static_cast<Int>(std::uniform_int_distribution<int>(-3, 300)(rng)));
  if (k == 2) {
    keep.push_back(random_array(rng, kDtypes[dt(rng)], np::Shape{}).with_scalar_flag(kind(rng) < 5));
    return np::Operand(keep.back());
  }
  keep.push_back(random_array(rng, kDtypes[dt(rng)], shapes[sh(rng)]));
  return np::Operand(keep.back());
}

struct Program {
  const char* text;
  int operands;
  bool astype;  // operand 0 must be an array (a.astype(...))
  std::function<np::Array(const Ops&, bool&)> fused;  // sets its bool when the one-pass loop runs
  std::function<np::Array(const Ops&)> unfused;
};

template <np::fused_detail::Text S>
np::Array fused_call(const Ops& x, bool& fast) {
  constexpr np::FusedProgram p = np::fused_detail::parse(S.chars);
  const std::span<const np::Operand> ops(x.data(), x.size());
  fast = np::fused_fast_path(p, ops);
  return np::fused_eval(p, ops);
}

#define INGOT_FUSED(TEXT) [](const Ops& x, bool& fast) { return fused_call<TEXT>(x, fast); }

const std::vector<Program>& programs() {
  static const std::vector<Program> all = {
      {"true_divide(subtract($0, $1), sqrt(add($2, $3)))", 4, false, INGOT_FUSED("true_divide(subtract($0, $1), sqrt(add($2, $3)))"),
       [](const Ops& x) {
         const np::Array a = np::subtract(x[0], x[1]);
         return np::true_divide(a, np::sqrt(np::add(x[2], x[3])));
       }},
      {"true_divide(exp(subtract($0, $1)), $2)", 3, false, INGOT_FUSED("true_divide(exp(subtract($0, $1)), $2)"),
       [](const Ops& x) { return np::true_divide(np::exp(np::subtract(x[0], x[1])), x[2]); }},
      {"multiply(clip(subtract($0, $1), $2, None), clip($3, None, $4))", 5, false,
       INGOT_FUSED("multiply(clip(subtract($0, $1), $2, None), clip($3, None, $4))"),
       [](const Ops& x) {
         const np::Array a = np::clip(np::subtract(x[0], x[1]), x[2], std::nullopt);
         return np::multiply(a, np::clip(x[3], std::nullopt, x[4]));
       }},
      {"add(maximum($0, negative($1)), minimum(absolute($2), square($3)))", 4, false,
       INGOT_FUSED("add(maximum($0, negative($1)), minimum(absolute($2), square($3)))"),
       [](const Ops& x) {
         const np::Array a = np::maximum(x[0], np::negative(x[1]));
         const np::Array b = np::absolute(x[2]);
         return np::add(a, np::minimum(b, np::square(x[3])));
       }},
      {"subtract(log(tanh($0)), clip($1, $2, $3))", 4, false, INGOT_FUSED("subtract(log(tanh($0)), clip($1, $2, $3))"),
       [](const Ops& x) {
         const np::Array a = np::log(np::tanh(x[0]));
         return np::subtract(a, np::clip(x[1], x[2], x[3]));
       }},
      {"multiply(subtract(true_divide(astype($0, float32), $1), $2), $3)", 4, true,
       INGOT_FUSED("multiply(subtract(true_divide(astype($0, float32), $1), $2), $3)"),
       [](const Ops& x) {
         return np::multiply(np::subtract(np::true_divide(np::astype(x[0].array(), INGOT_DTYPE_FLOAT32), x[1]), x[2]),
                             x[3]);
       }},
  };
  return all;
}

template <np::fused_detail::Text S>
np::Array fused_sum_call(const Ops& x, std::optional<Int> axis, bool keepdims, bool& fast) {
  constexpr np::FusedProgram p = np::fused_detail::parse(S.chars);
  const std::span<const np::Operand> ops(x.data(), x.size());
  fast = np::fused_fast_path(p, ops) && axis.has_value();
  return np::fused_sum_eval(p, ops, axis, keepdims);
}

/// fused_sum of one of the table's programs (by its text).
np::Array sum_call(const std::string& text, const Ops& x, std::optional<Int> axis, bool keepdims, bool& fast) {
#define INGOT_SUM(TEXT) \
  if (text == TEXT) return fused_sum_call<TEXT>(x, axis, keepdims, fast);
  INGOT_SUM("true_divide(subtract($0, $1), sqrt(add($2, $3)))")
  INGOT_SUM("true_divide(exp(subtract($0, $1)), $2)")
  INGOT_SUM("multiply(clip(subtract($0, $1), $2, None), clip($3, None, $4))")
  INGOT_SUM("add(maximum($0, negative($1)), minimum(absolute($2), square($3)))")
  INGOT_SUM("subtract(log(tanh($0)), clip($1, $2, $3))")
  INGOT_SUM("multiply(subtract(true_divide(astype($0, float32), $1), $2), $3)")
#undef INGOT_SUM
  ADD_FAILURE() << "no fused_sum for " << text;
  return np::Array();
}

/// Broadcasting shape families (and, now and then, one that does not fit).
std::vector<np::Shape> shape_family(std::mt19937& rng) {
  switch (std::uniform_int_distribution<int>(0, 6)(rng)) {
    case 0: return {{7}, {1}, {7}};
    case 1: return {{3, 5}, {3, 1}, {1, 5}, {5}};
    case 2: return {{2, 3, 4}, {2, 3, 1}, {4}, {3, 4}, {2, 1, 4}};
    case 3: return {{40, 3}, {3}, {40, 1}};
    case 4: return {{3, 300}, {3, 1}, {300}};
    case 5: return {{2, 0}, {1}, {2, 1}};
    default: return {{3, 4}, {4}, {2}};  // (2,) does not broadcast
  }
}

/// Operands for `p` over one random shape family (the arrays kept alive in
/// `keep`); nullopt when the compiler would not fuse them (it only fuses
/// a.astype(...), never astype of a Python scalar).
std::optional<Ops> random_ops(std::mt19937& rng, const Program& p, std::vector<np::Array>& keep) {
  const std::vector<np::Shape> shapes = shape_family(rng);
  keep.reserve(16);
  Ops ops;
  for (int k = 0; k < p.operands; ++k) ops.push_back(random_operand(rng, keep, shapes));
  if (p.astype && !ops[0].is_array()) return std::nullopt;
  return ops;
}

TEST(NumpyFused, MatchesOpByOp) {
  std::mt19937 rng(12345);
  int fast = 0;
  for (int trial = 0; trial < 4000; ++trial) {
    const Program& p = programs()[static_cast<std::size_t>(trial) % programs().size()];
    std::vector<np::Array> keep;
    const std::optional<Ops> drawn = random_ops(rng, p, keep);
    if (!drawn) continue;
    const Ops& ops = *drawn;
    std::string what = std::string(p.text) + " with";
    for (const np::Operand& o : ops) {
      if (o.is_array()) what += " " + std::string(np::dtype_name(o.array().dtype())) + np::shape_text(o.array().shape());
      else what += " py";
    }
    bool one_pass = false;
    const Outcome fused = outcome([&] { return p.fused(ops, one_pass); });
    const Outcome unfused = outcome([&] { return p.unfused(ops); });
    expect_same(fused, unfused, what);
    if (one_pass) {
      EXPECT_FALSE(fused.raised) << what;
      ++fast;
    }
    if (HasFailure()) return;
  }
  EXPECT_GT(fast, 500);  // the one-pass loop, not only the fallback
}

TEST(NumpyFused, SumMatchesOpByOp) {
  std::mt19937 rng(777);
  int fast = 0;
  for (int trial = 0; trial < 3000; ++trial) {
    const Program& p = programs()[static_cast<std::size_t>(trial) % programs().size()];
    std::vector<np::Array> keep;
    const std::optional<Ops> drawn = random_ops(rng, p, keep);
    if (!drawn) continue;
    const Ops& ops = *drawn;
    const int pick = std::uniform_int_distribution<int>(-4, 3)(rng);
    const std::optional<Int> axis = pick == -4 ? std::nullopt : std::optional<Int>(pick);
    const bool keepdims = std::uniform_int_distribution<int>(0, 1)(rng) == 1;
    bool one_pass = false;
    const Outcome fused = outcome([&] { return sum_call(p.text, ops, axis, keepdims, one_pass); });
    const Outcome unfused = outcome([&] { return np::sum(p.unfused(ops), axis, keepdims); });
    expect_same(fused, unfused, std::string(p.text) + ".sum(axis=" + (axis ? std::to_string(*axis) : "None") + ")");
    if (one_pass && !fused.raised) ++fast;
    if (HasFailure()) return;
  }
  EXPECT_GT(fast, 300);
}

TEST(NumpyFused, ParsesPrograms) {
  constexpr np::FusedProgram p = np::fused_detail::parse("true_divide(subtract($0, $1), sqrt(add($2, $3)))");
  static_assert(p.count == 8 && p.inputs == 4);
  EXPECT_EQ(p.nodes[7].op, np::FusedOp::TrueDivide);
  EXPECT_EQ(p.nodes[2].op, np::FusedOp::Subtract);
  constexpr np::FusedProgram c = np::fused_detail::parse("clip($0, None, astype($1, float32))");
  EXPECT_EQ(c.nodes[c.count - 1].b, -1);
  EXPECT_EQ(c.nodes[2].op, np::FusedOp::AsType);
  EXPECT_EQ(c.nodes[2].dtype, INGOT_DTYPE_FLOAT32);
}

}  // namespace
