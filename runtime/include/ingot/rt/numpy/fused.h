// Fused elementwise expressions (docs/numpy.md, "Elementwise fusion").
//
// The compiler (src/ir/fuse_elementwise.cpp) turns a tree of numpy
// elementwise operations whose intermediate results are used once, e.g.
//
//   (x - m) / np.sqrt(v + 1e-5)
//
// into one call
//
//   rt::np::fused<"true_divide(subtract($0, $1), sqrt(add($2, $3)))">(x, m, v, rt::Float(1e-05))
//
// The program text is parsed when the bundle is compiled (a constexpr
// FusedProgram); at run time fused_eval() looks at the operands:
//
// * fast path: every operation of the tree computes in the same float dtype
//   (float32 or float64) as numpy would run it (NEP 50: Python scalars are
//   weak; arrays of other dtypes are cast on load as numpy casts an operand
//   to the loop dtype), the shapes broadcast at every node, and at least one
//   operand is an array with dimensions: one pass over the output in blocks
//   that stay in the L1 cache, each operation applied to a block with the
//   same element functions as the op-by-op path (np::elem), so every
//   intermediate is rounded to its dtype and the result is bit for bit the
//   unfused one; no temporary array per operation.
// * otherwise: the operations one by one through the dynamic layer (np::add,
//   ...), in the program's (Python's) evaluation order: the same results and
//   the same exceptions as without fusion.
//
// Program text: a call tree of numpy function names over operands $0, $1,
// ... (each used once, in order):
//   add subtract multiply true_divide maximum minimum       (two operands)
//   negative absolute square sqrt exp log tanh              (one operand)
//   astype(x, float32)                                      (a dtype name)
//   clip(x, lo, hi), clip(x, lo, None), clip(x, None, hi)
//
// A sum over an axis of such a tree, (x * mask).sum(axis=1), is
// rt::np::fused_sum<"multiply($0, $1)">(axis, keepdims, x, mask): the
// expression is summed as it is computed (fused_sum_eval).
#pragma once

#include <cstddef>
#include <optional>
#include <span>

#include "ingot.h"
#include "ingot/rt/numpy/dynamic.h"

namespace ingot::rt::np {

enum class FusedOp : unsigned char {
  Input,  // operand number `a`
  Add,
  Subtract,
  Multiply,
  TrueDivide,
  Maximum,
  Minimum,
  Negative,
  Absolute,
  Square,
  Sqrt,
  Exp,
  Log,
  Tanh,
  AsType,  // operand `a` converted to `dtype`
  Clip,    // clip(a, b, c); b or c < 0: None
};

struct FusedNode {
  FusedOp op = FusedOp::Input;
  signed char a = -1, b = -1, c = -1;  // child nodes (Input: `a` is the operand number)
  ingot_dtype dtype = INGOT_DTYPE_FLOAT64;  // AsType's dtype
};

inline constexpr int kFusedMaxNodes = 16;  // operations and operands of one program

/// A parsed program: nodes in post-order (children before parents, in
/// Python's evaluation order), the root last.
struct FusedProgram {
  FusedNode nodes[kFusedMaxNodes] = {};
  int count = 0;
  int inputs = 0;
};

/// Evaluates `program` over `operands` (one per $k): see the header comment.
Array fused_eval(const FusedProgram& program, std::span<const Operand> operands);
/// (expression).sum(axis, keepdims) of a program's expression: on the fast
/// path the expression is computed box by box (the slices along the axes
/// after `axis`) and summed as numpy sums its C-contiguous result (each
/// output element adds its values in order along the axis, or a lane
/// along the last axis is summed pairwise), never held whole; otherwise
/// fused_eval() then np::sum.
Array fused_sum_eval(const FusedProgram& program, std::span<const Operand> operands, std::optional<Int> axis,
                     bool keepdims);
/// Whether fused_eval takes the one-pass loop for these operands (tests).
bool fused_fast_path(const FusedProgram& program, std::span<const Operand> operands);

namespace fused_detail {

struct Parser {
  const char* s;
  int pos = 0;
  FusedProgram p{};

  static constexpr bool space(char c) { return c == ' '; }
  constexpr void skip() {
    while (space(s[pos])) ++pos;
  }
  constexpr void expect(char c) {
    skip();
    if (s[pos] != c) throw "fused program: unexpected character";
    ++pos;
  }
  constexpr bool word_is(int start, int end, const char* w) const {
    int k = 0;
    for (; start + k < end; ++k) {
      if (w[k] != s[start + k]) return false;
    }
    return w[k] == 0;
  }
  constexpr int add(FusedNode n) {
    if (p.count == kFusedMaxNodes) throw "fused program: too many nodes";
    p.nodes[p.count] = n;
    return p.count++;
  }
  constexpr ingot_dtype dtype_named(int start, int end) const {
    if (word_is(start, end, "float64")) return INGOT_DTYPE_FLOAT64;
    if (word_is(start, end, "float32")) return INGOT_DTYPE_FLOAT32;
    if (word_is(start, end, "float16")) return INGOT_DTYPE_FLOAT16;
    if (word_is(start, end, "int64")) return INGOT_DTYPE_INT64;
    if (word_is(start, end, "int32")) return INGOT_DTYPE_INT32;
    if (word_is(start, end, "int16")) return INGOT_DTYPE_INT16;
    if (word_is(start, end, "int8")) return INGOT_DTYPE_INT8;
    if (word_is(start, end, "uint64")) return INGOT_DTYPE_UINT64;
    if (word_is(start, end, "uint32")) return INGOT_DTYPE_UINT32;
    if (word_is(start, end, "uint16")) return INGOT_DTYPE_UINT16;
    if (word_is(start, end, "uint8")) return INGOT_DTYPE_UINT8;
    if (word_is(start, end, "bool")) return INGOT_DTYPE_BOOL;
    throw "fused program: unknown dtype";
  }
  /// An expression; returns its node, or -1 for None (clip bounds only).
  constexpr int expr() {
    skip();
    if (s[pos] == '$') {
      ++pos;
      int k = 0;
      if (s[pos] < '0' || s[pos] > '9') throw "fused program: operand number expected";
      while (s[pos] >= '0' && s[pos] <= '9') k = k * 10 + (s[pos++] - '0');
      if (k != p.inputs) throw "fused program: operands must be used once, in order";
      ++p.inputs;
      FusedNode n;
      n.a = static_cast<signed char>(k);
      return add(n);
    }
    const int start = pos;
    while ((s[pos] >= 'a' && s[pos] <= 'z') || s[pos] == '_' || (s[pos] >= '0' && s[pos] <= '9') ||
           s[pos] == 'N') {
      ++pos;
    }
    const int end = pos;
    if (word_is(start, end, "None")) return -1;
    struct Name {
      const char* name;
      FusedOp op;
      int arity;
    };
    constexpr Name names[] = {
        {"add", FusedOp::Add, 2},           {"subtract", FusedOp::Subtract, 2}, {"multiply", FusedOp::Multiply, 2},
        {"true_divide", FusedOp::TrueDivide, 2}, {"maximum", FusedOp::Maximum, 2}, {"minimum", FusedOp::Minimum, 2},
        {"negative", FusedOp::Negative, 1}, {"absolute", FusedOp::Absolute, 1}, {"square", FusedOp::Square, 1},
        {"sqrt", FusedOp::Sqrt, 1},         {"exp", FusedOp::Exp, 1},           {"log", FusedOp::Log, 1},
        {"tanh", FusedOp::Tanh, 1},         {"astype", FusedOp::AsType, 1},     {"clip", FusedOp::Clip, 3},
    };
    for (const Name& nm : names) {
      if (!word_is(start, end, nm.name)) continue;
      FusedNode n;
      n.op = nm.op;
      expect('(');
      const int a = expr();
      if (a < 0) throw "fused program: None operand";
      n.a = static_cast<signed char>(a);
      if (nm.op == FusedOp::AsType) {
        expect(',');
        skip();
        const int d0 = pos;
        while ((s[pos] >= 'a' && s[pos] <= 'z') || (s[pos] >= '0' && s[pos] <= '9')) ++pos;
        n.dtype = dtype_named(d0, pos);
      } else if (nm.arity >= 2) {
        expect(',');
        const int b = expr();
        if (b < 0 && nm.op != FusedOp::Clip) throw "fused program: None operand";
        n.b = static_cast<signed char>(b);
        if (nm.arity == 3) {
          expect(',');
          n.c = static_cast<signed char>(expr());
          if (n.b < 0 && n.c < 0) throw "fused program: clip without bounds";
        }
      }
      expect(')');
      return add(n);
    }
    throw "fused program: unknown function";
  }
};

consteval FusedProgram parse(const char* text) {
  Parser parser{text};
  if (parser.expr() < 0) throw "fused program: None";
  parser.skip();
  if (text[parser.pos] != 0) throw "fused program: trailing text";
  return parser.p;
}

/// A string literal as a template argument.
template <std::size_t N>
struct Text {
  char chars[N]{};
  consteval Text(const char (&s)[N]) {  // NOLINT: implicit, from the literal
    for (std::size_t k = 0; k < N; ++k) chars[k] = s[k];
  }
};

}  // namespace fused_detail

/// rt::np::fused<"true_divide(subtract($0, $1), $2)">(x, m, s): the program
/// parsed at compile time, evaluated by fused_eval.
template <fused_detail::Text S, class... Xs>
Array fused(const Xs&... xs) {
  static constexpr FusedProgram program = fused_detail::parse(S.chars);
  static_assert(program.inputs == sizeof...(Xs), "one operand per $k");
  const Operand operands[] = {Operand(xs)...};
  return fused_eval(program, std::span<const Operand>(operands, sizeof...(Xs)));
}

/// rt::np::fused_sum<"multiply($0, $1)">(axis, keepdims, x, mask): the
/// compiler's form of (x * mask).sum(axis=axis, keepdims=keepdims).
template <fused_detail::Text S, class... Xs>
Array fused_sum(std::optional<Int> axis, bool keepdims, const Xs&... xs) {
  static constexpr FusedProgram program = fused_detail::parse(S.chars);
  static_assert(program.inputs == sizeof...(Xs), "one operand per $k");
  const Operand operands[] = {Operand(xs)...};
  return fused_sum_eval(program, std::span<const Operand>(operands, sizeof...(Xs)), axis, keepdims);
}

}  // namespace ingot::rt::np
