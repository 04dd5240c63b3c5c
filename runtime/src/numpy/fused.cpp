// Fused elementwise expressions (numpy/fused.h): the run-time check of
// the operands, the one-pass block evaluator over float32/float64, and the
// op-by-op fallback.
#include "ingot/rt/numpy/fused.h"

#include <algorithm>
#include <memory>
#include <optional>

#include "dynamic_dispatch.h"
#include "ingot/rt/numpy/dynamic_create.h"
#include "ingot/rt/numpy/dynamic_ops.h"
#include "ingot/rt/numpy/dynamic_reduce.h"
#include "ingot/rt/numpy/dynamic_ufuncs.h"
#include "ingot/rt/numpy/elementwise.h"
#include "ingot/rt/numpy/map.h"
#include "ingot/rt/numpy/reduce.h"
#include "ingot/rt/numpy/simd.h"
#include "ingot/rt/numpy/vmath.h"

namespace ingot::rt::np {

using namespace dyn;

namespace {

// -- the op-by-op path -----------------------------------------------------------

/// The program evaluated one operation at a time, exactly as the unfused
/// code would (results, dtypes, exceptions).
Array run_unfused(const FusedProgram& p, std::span<const Operand> operands) {
  std::optional<Array> values[kFusedMaxNodes];
  auto operand = [&](int node) -> Operand {
    const FusedNode& n = p.nodes[node];
    if (n.op == FusedOp::Input) return operands[static_cast<std::size_t>(n.a)];
    return Operand(*values[node]);
  };
  for (int k = 0; k < p.count; ++k) {
    const FusedNode& n = p.nodes[k];
    switch (n.op) {
      case FusedOp::Input: continue;
      case FusedOp::Add: values[k] = np::add(operand(n.a), operand(n.b)); break;
      case FusedOp::Subtract: values[k] = np::subtract(operand(n.a), operand(n.b)); break;
      case FusedOp::Multiply: values[k] = np::multiply(operand(n.a), operand(n.b)); break;
      case FusedOp::TrueDivide: values[k] = np::true_divide(operand(n.a), operand(n.b)); break;
      case FusedOp::Maximum: values[k] = np::maximum(operand(n.a), operand(n.b)); break;
      case FusedOp::Minimum: values[k] = np::minimum(operand(n.a), operand(n.b)); break;
      case FusedOp::Negative: values[k] = np::negative(operand(n.a)); break;
      case FusedOp::Absolute: values[k] = np::absolute(operand(n.a)); break;
      case FusedOp::Square: values[k] = np::square(operand(n.a)); break;
      case FusedOp::Sqrt: values[k] = np::sqrt(operand(n.a)); break;
      case FusedOp::Exp: values[k] = np::exp(operand(n.a)); break;
      case FusedOp::Log: values[k] = np::log(operand(n.a)); break;
      case FusedOp::Tanh: values[k] = np::tanh(operand(n.a)); break;
      case FusedOp::AsType: {
        // astype is a method of arrays: its operand is never a Python scalar.
        const Operand x = operand(n.a);
        values[k] = np::astype(x.array(), n.dtype);
        break;
      }
      case FusedOp::Clip: {
        std::optional<Operand> lo, hi;
        if (n.b >= 0) lo = operand(n.b);
        if (n.c >= 0) hi = operand(n.c);
        values[k] = np::clip(operand(n.a), lo, hi);
        break;
      }
    }
  }
  const FusedNode& root = p.nodes[p.count - 1];
  if (root.op == FusedOp::Input) return to_array(operands[static_cast<std::size_t>(root.a)]);
  return std::move(*values[p.count - 1]);
}

// -- the run-time check -----------------------------------------------------------

/// What numpy's promotion needs to know of a node's value.
struct Info {
  ingot_dtype dtype = INGOT_DTYPE_FLOAT64;  // an array's dtype; a Python scalar's default dtype
  int weak = -1;                            // a Python scalar: 0 bool, 1 int, 2 float; -1: an array
  const Shape* shape = nullptr;             // the broadcast shape (a Python scalar: ())
};

/// np.result_type of the given values with NEP 50's weak Python scalars
/// (as result_type() in dynamic.cpp).
ingot_dtype result_of(std::initializer_list<const Info*> xs) {
  bool have_strong = false;
  ingot_dtype strong = INGOT_DTYPE_BOOL;
  int weak_rank = -1;
  for (const Info* x : xs) {
    if (x->weak < 0) {
      strong = have_strong ? promote_types(strong, x->dtype) : x->dtype;
      have_strong = true;
    } else {
      weak_rank = std::max(weak_rank, x->weak);
    }
  }
  if (!have_strong) return weak_rank == 0 ? INGOT_DTYPE_BOOL : (weak_rank == 1 ? INGOT_DTYPE_INT64 : INGOT_DTYPE_FLOAT64);
  const char k = kind_of(strong);
  if (weak_rank == 2 && k != 'f') return INGOT_DTYPE_FLOAT64;
  if (weak_rank == 1 && k == 'b') return INGOT_DTYPE_INT64;
  return strong;
}

/// The broadcast of two shapes into `out`; false when they do not broadcast.
bool broadcast_into(const Shape& a, const Shape& b, Shape& out) {
  const std::size_t nd = std::max(a.size(), b.size());
  out.assign(nd, 1);
  for (std::size_t k = 0; k < nd; ++k) {
    const Int da = k < nd - a.size() ? 1 : a[k - (nd - a.size())];
    const Int db = k < nd - b.size() ? 1 : b[k - (nd - b.size())];
    if (da != 1 && db != 1 && da != db) return false;
    out[k] = da == 1 ? db : da;
  }
  return true;
}

/// The loop dtype of the whole tree when the fast path applies (every
/// operation runs in it and returns it: float32 or float64), and each
/// node's shape into `shapes` (the root's is the result's). nullopt: run the
/// operations one by one.
std::optional<ingot_dtype> fast_dtype(const FusedProgram& p, std::span<const Operand> operands, Info* info,
                                      Shape* shapes) {
  static const Shape scalar_shape;
  std::optional<ingot_dtype> loop;
  bool any_dims = false;
  for (int k = 0; k < p.count; ++k) {
    const FusedNode& n = p.nodes[k];
    Info& out = info[k];
    if (n.op == FusedOp::Input) {
      const Operand& x = operands[static_cast<std::size_t>(n.a)];
      switch (x.kind()) {
        case Operand::Kind::Array:
          out.dtype = x.array().dtype();
          out.shape = &x.array().shape();
          any_dims = any_dims || x.array().ndim() > 0;
          break;
        case Operand::Kind::Bool: out.weak = 0, out.dtype = INGOT_DTYPE_BOOL, out.shape = &scalar_shape; break;
        case Operand::Kind::Int: out.weak = 1, out.dtype = INGOT_DTYPE_INT64, out.shape = &scalar_shape; break;
        case Operand::Kind::Float: out.weak = 2, out.dtype = INGOT_DTYPE_FLOAT64, out.shape = &scalar_shape; break;
      }
      continue;
    }
    const Info& a = info[n.a];
    ingot_dtype d = a.dtype;
    switch (n.op) {
      case FusedOp::Add:
      case FusedOp::Subtract:
      case FusedOp::Multiply:
      case FusedOp::Maximum:
      case FusedOp::Minimum:
      case FusedOp::TrueDivide: d = result_of({&a, &info[n.b]}); break;
      case FusedOp::Clip:
        if (n.b >= 0 && n.c >= 0) d = result_of({&a, &info[n.b], &info[n.c]});
        else d = result_of({&a, &info[n.b >= 0 ? n.b : n.c]});
        break;
      case FusedOp::AsType: d = n.dtype; break;
      case FusedOp::Sqrt:
      case FusedOp::Exp:
      case FusedOp::Log:
      case FusedOp::Tanh: d = float_loop_dtype(a.dtype); break;
      default: break;  // negative, absolute, square keep the operand's dtype
    }
    // Only float32 / float64 loops (true_divide of ints is float64 but its
    // loop casts: not here).
    if (d != INGOT_DTYPE_FLOAT32 && d != INGOT_DTYPE_FLOAT64) return std::nullopt;
    if (loop && *loop != d) return std::nullopt;
    loop = d;
    // Shapes: each node's operands must broadcast (else the op-by-op path
    // raises numpy's error for the first node that fails).
    Shape& s = shapes[k];
    s = *a.shape;
    for (int child : {static_cast<int>(n.b), static_cast<int>(n.c)}) {
      if (child < 0) continue;
      Shape merged;
      if (!broadcast_into(s, *info[child].shape, merged)) return std::nullopt;
      s = std::move(merged);
    }
    out.dtype = d;
    out.shape = &s;
  }
  // All operands 0-d: numpy returns a scalar (the op-by-op path knows how).
  if (!any_dims || !loop) return std::nullopt;
  return loop;
}

// -- the fast path ------------------------------------------------------------------

/// A node's values over the current block: a pointer to them, or one value
/// for the whole block.
template <class T>
struct Src {
  const T* p = nullptr;
  T v{};
  bool constant = false;
  T operator[](Int i) const { return constant ? v : p[i]; }
};

template <class T, class F>
INGOT_NP_VECTOR_LOOP void unary_block(T* o, const Src<T>& a, Int n, F f) {
  if (a.constant) {
    const T r = f(a.v);
    for (Int i = 0; i < n; ++i) o[i] = r;
  } else {
    const T* x = a.p;
    for (Int i = 0; i < n; ++i) o[i] = f(x[i]);
  }
}

template <class T, class F>
INGOT_NP_VECTOR_LOOP void binary_block(T* o, const Src<T>& a, const Src<T>& b, Int n, F f) {
  if (a.constant && b.constant) {
    const T r = f(a.v, b.v);
    for (Int i = 0; i < n; ++i) o[i] = r;
  } else if (a.constant) {
    const T x = a.v;
    const T* y = b.p;
    for (Int i = 0; i < n; ++i) o[i] = f(x, y[i]);
  } else if (b.constant) {
    const T* x = a.p;
    const T y = b.v;
    for (Int i = 0; i < n; ++i) o[i] = f(x[i], y);
  } else {
    const T* x = a.p;
    const T* y = b.p;
    for (Int i = 0; i < n; ++i) o[i] = f(x[i], y[i]);
  }
}

template <class T>
INGOT_NP_VECTOR_LOOP void clip_block(T* o, const Src<T>& a, const Src<T>& lo, const Src<T>& hi, Int n) {
  for (Int i = 0; i < n; ++i) o[i] = elem::clip<T>(a[i], lo[i], hi[i]);
}

/// float32 exp / log / tanh and float64 exp over a block: vmath's vector
/// loop (the one np.exp & co run on an array), or its one-value form (the
/// same bits, as elem::exp<T>) for a constant operand.
template <class T>
void vmath_block(T* o, const Src<T>& a, Int n, void (*block)(T*, const T*, std::ptrdiff_t), T (*one)(T)) {
  if (a.constant) {
    const T r = one(a.v);
    for (Int i = 0; i < n; ++i) o[i] = r;
  } else {
    block(o, a.p, n);
  }
}

/// dst[j] += src[j]: one row of a sum over an outer axis.
template <class T>
INGOT_NP_VECTOR_LOOP void accumulate(T* dst, const T* src, Int n) {
  for (Int j = 0; j < n; ++j) dst[j] = static_cast<T>(dst[j] + src[j]);
}

/// One operation over a block into `o`.
template <class T>
void op_block(const FusedNode& node, T* o, const Src<T>* src, Int n) {
  const Src<T>& a = src[node.a];
  switch (node.op) {
    case FusedOp::Add: return binary_block(o, a, src[node.b], n, [](T x, T y) { return elem::add<T>(x, y); });
    case FusedOp::Subtract: return binary_block(o, a, src[node.b], n, [](T x, T y) { return elem::subtract<T>(x, y); });
    case FusedOp::Multiply: return binary_block(o, a, src[node.b], n, [](T x, T y) { return elem::multiply<T>(x, y); });
    case FusedOp::TrueDivide:
      return binary_block(o, a, src[node.b], n, [](T x, T y) { return elem::true_divide<T>(x, y); });
    case FusedOp::Maximum: return binary_block(o, a, src[node.b], n, [](T x, T y) { return elem::maximum<T>(x, y); });
    case FusedOp::Minimum: return binary_block(o, a, src[node.b], n, [](T x, T y) { return elem::minimum<T>(x, y); });
    case FusedOp::Negative: return unary_block(o, a, n, [](T x) { return elem::negative<T>(x); });
    case FusedOp::Absolute: return unary_block(o, a, n, [](T x) { return elem::absolute<T>(x); });
    case FusedOp::Square: return unary_block(o, a, n, [](T x) { return elem::square<T>(x); });
    case FusedOp::Sqrt: return unary_block(o, a, n, [](T x) { return elem::sqrt<T>(x); });
    case FusedOp::Exp:
      if constexpr (std::is_same_v<T, float> || std::is_same_v<T, double>) {
        return vmath_block<T>(o, a, n, vmath::exp, vmath::exp);
      } else {
        return unary_block(o, a, n, [](T x) { return elem::exp<T>(x); });
      }
    case FusedOp::Log:
      if constexpr (std::is_same_v<T, float>) return vmath_block<T>(o, a, n, vmath::log, vmath::log);
      else return unary_block(o, a, n, [](T x) { return elem::log<T>(x); });
    case FusedOp::Tanh:
      if constexpr (std::is_same_v<T, float>) return vmath_block<T>(o, a, n, vmath::tanh, vmath::tanh);
      else return unary_block(o, a, n, [](T x) { return elem::tanh<T>(x); });
    case FusedOp::AsType: return unary_block(o, a, n, [](T x) { return x; });  // the operand is loaded as T
    case FusedOp::Clip:
      // np.clip with one bound is maximum / minimum in the loop dtype (as
      // clip() in dynamic_ufuncs.cpp); with both, elem::clip.
      if (node.c < 0) return binary_block(o, a, src[node.b], n, [](T x, T y) { return elem::maximum<T>(x, y); });
      if (node.b < 0) return binary_block(o, a, src[node.c], n, [](T x, T y) { return elem::minimum<T>(x, y); });
      return clip_block(o, a, src[node.b], src[node.c], n);
    case FusedOp::Input: return;
  }
}

/// How an array operand is read block by block.
enum class Read : unsigned char {
  Direct,     // its own memory, contiguous over the block, already of dtype T
  Constant,   // one element per block
  Invariant,  // the same values in every block: gathered once
  Gather,     // gathered (and cast to T) block by block
};

template <class T>
struct Leaf {
  int node = 0;
  Read read = Read::Gather;
  ingot_dtype dtype = INGOT_DTYPE_FLOAT64;
  const char* base = nullptr;  // element 0 of the view (bytes)
  int itemsize = 8;
  std::size_t stride_index = 0;  // its strides in the coalesced loop
  T* buffer = nullptr;           // Gather / Invariant
};

/// x (of dtype d) as T, as numpy casts an operand to the loop dtype.
template <class T>
T load_as(const char* p, ingot_dtype d) {
  return dispatch(d, [&](auto tag) -> T {
    using S = typename decltype(tag)::type;
    return np::cast<T>(*reinterpret_cast<const S*>(p));
  });
}

/// rows x cols elements at `p` (row stride rs, column stride cs, in
/// elements) into `out` as T.
template <class T>
void gather(T* out, const char* p, ingot_dtype d, Int rows, Int cols, Int rs, Int cs) {
  dispatch(d, [&](auto tag) {
    using S = typename decltype(tag)::type;
    const S* s = reinterpret_cast<const S*>(p);
    if (rows > 1 && rs == cols * cs) {  // the rows follow each other: one run
      cols *= rows;
      rows = 1;
    }
    for (Int r = 0; r < rows; ++r) {
      const S* row = s + r * rs;
      T* o = out + r * cols;
      if (cs == 1) {
        for (Int j = 0; j < cols; ++j) o[j] = np::cast<T>(row[j]);
      } else {
        for (Int j = 0; j < cols; ++j) o[j] = np::cast<T>(row[j * cs]);
      }
    }
  });
}

/// The one-pass loop over the output of shape `shape`, or over its boxes
/// shape[lead:] (one per index of the first `lead` axes: a reduction
/// consumes the expression box by box). The operands are classified and
/// the axes coalesced once; run() walks one box.
template <class T>
class FusedLoop {
 public:
  FusedLoop(const FusedProgram& p, std::span<const Operand> operands, const Shape& shape, std::size_t lead)
      : p_(p) {
    strides_[0] = c_strides(Shape(shape.begin() + static_cast<std::ptrdiff_t>(lead), shape.end()));
    for (int k = 0; k < p.count; ++k) {
      const FusedNode& n = p.nodes[k];
      if (n.op != FusedOp::Input) {
        ++ops_;
        continue;
      }
      const Operand& x = operands[static_cast<std::size_t>(n.a)];
      if (x.is_python()) {
        values_[k].constant = true;
        values_[k].v = python_as<T>(x);
        continue;
      }
      const Array& a = x.array();
      if (a.ndim() == 0) {
        values_[k].constant = true;
        values_[k].v = load_as<T>(static_cast<const char*>(a.data()), a.dtype());
        continue;
      }
      Leaf<T>& leaf = leaves_[nleaves_];
      leaf.node = k;
      leaf.dtype = a.dtype();
      leaf.base = static_cast<const char*>(a.data());
      leaf.itemsize = itemsize(a.dtype());
      leaf.stride_index = static_cast<std::size_t>(nleaves_ + 1);
      const Shape full = broadcast_strides(a.shape(), a.strides(), shape);
      prefix_strides_[nleaves_] = Shape(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(lead));
      strides_[nleaves_ + 1] = Shape(full.begin() + static_cast<std::ptrdiff_t>(lead), full.end());
      ++nleaves_;
    }
    const Shape box(shape.begin() + static_cast<std::ptrdiff_t>(lead), shape.end());
    total_ = shape_size(box);
    if (total_ == 0) return;  // nothing to walk
    extent_ = coalesce_axes(box, strides_, static_cast<std::size_t>(nleaves_ + 1));
    nd_ = extent_.size();
    inner_ = nd_ ? extent_[nd_ - 1] : 1;
    // Blocks: a chunk of one inner row, or (short rows) whole rows of the
    // innermost axis along the next one, so that a block has enough
    // elements; rows of 256 elements and more are a block each (an operand
    // constant along the row, as a row's mean, is then one value per block).
    const Int buffers = std::max(ops_ + nleaves_, 1);
    Int block = static_cast<Int>(kScratch / sizeof(T)) / buffers;
    block = std::min<Int>(block - block % 16, 1024);
    rows_mode_ = nd_ >= 2 && inner_ * 4 <= block && inner_ < 256;
    group_ = rows_mode_ ? std::min(block / inner_, extent_[nd_ - 2]) : 1;  // rows per block
    chunk_ = rows_mode_ ? inner_ : std::min(block, inner_);               // elements per row piece
    outer_axes_ = rows_mode_ ? nd_ - 2 : (nd_ ? nd_ - 1 : 0);             // odometer axes
    // How each array operand is read over a block.
    for (int i = 0; i < nleaves_; ++i) {
      Leaf<T>& leaf = leaves_[i];
      const Int cs = stride(leaf.stride_index, col_axis());
      const Int rs = rows_mode_ ? stride(leaf.stride_index, nd_ - 2) : 0;
      bool outer_zero = rows_mode_;  // stride 0 on every axis outside the block (a chunk moves along its row)
      for (std::size_t ax = 0; ax < outer_axes_; ++ax) outer_zero = outer_zero && stride(leaf.stride_index, ax) == 0;
      const bool same = leaf.dtype == dtype_traits<T>::code;
      if (cs == 0 && (group_ == 1 || rs == 0)) leaf.read = Read::Constant;
      else if (same && cs == 1 && (group_ == 1 || rs == chunk_)) leaf.read = Read::Direct;
      else if (outer_zero && rs == 0) leaf.read = Read::Invariant;
      else leaf.read = Read::Gather;
    }
  }

  /// Evaluates the box at `prefix` (indices of the first `lead` axes;
  /// unused when lead is 0) into `out`, C-contiguous.
  void run(T* out, const Int* prefix) {
    if (total_ == 0) return;
    alignas(64) unsigned char scratch[kScratch];
    T* next = reinterpret_cast<T*>(scratch);
    const Int block_elems = group_ * chunk_;
    T* node_buffer[kFusedMaxNodes] = {};
    for (int k = 0; k < p_.count; ++k) {
      if (p_.nodes[k].op != FusedOp::Input) node_buffer[k] = next, next += block_elems;
    }
    Src<T> src[kFusedMaxNodes];
    for (int k = 0; k < p_.count; ++k) src[k] = values_[k];
    const char* base[kFusedMaxNodes];
    for (int i = 0; i < nleaves_; ++i) {
      Leaf<T>& leaf = leaves_[i];
      std::ptrdiff_t off = 0;
      for (std::size_t ax = 0; ax < prefix_strides_[i].size(); ++ax) off += prefix[ax] * prefix_strides_[i][ax];
      base[i] = leaf.base + off * leaf.itemsize;
      if (leaf.read == Read::Gather || leaf.read == Read::Invariant) leaf.buffer = next, next += block_elems;
      if (leaf.read == Read::Invariant) {
        gather(leaf.buffer, base[i], leaf.dtype, group_, chunk_, 0, stride(leaf.stride_index, col_axis()));
      }
    }
    // The walk: an odometer over the outer axes, then the row groups (rows
    // mode) or the chunks of the inner row.
    Shape index(outer_axes_, 0);
    std::ptrdiff_t offsets[kFusedMaxNodes + 1] = {};  // element offsets per stride set (0: the output)
    const int root = p_.count - 1;
    const std::size_t step_axis = rows_mode_ ? nd_ - 2 : col_axis();
    const Int steps = rows_mode_ ? extent_[nd_ - 2] : inner_;
    while (true) {
      for (Int start = 0; start < steps; start += rows_mode_ ? group_ : chunk_) {
        const Int rows = rows_mode_ ? std::min(group_, steps - start) : 1;
        const Int cols = rows_mode_ ? chunk_ : std::min(chunk_, steps - start);
        const Int n = rows * cols;
        for (int i = 0; i < nleaves_; ++i) {
          const Leaf<T>& leaf = leaves_[i];
          Src<T>& s = src[leaf.node];
          const std::ptrdiff_t off = offsets[leaf.stride_index] + start * stride(leaf.stride_index, step_axis);
          const char* at = base[i] + off * leaf.itemsize;
          switch (leaf.read) {
            case Read::Direct: s.p = reinterpret_cast<const T*>(at); break;
            case Read::Constant:
              s.constant = true;
              s.v = load_as<T>(at, leaf.dtype);
              break;
            case Read::Invariant: s.p = leaf.buffer; break;
            case Read::Gather:
              gather(leaf.buffer, at, leaf.dtype, rows, cols, rows_mode_ ? stride(leaf.stride_index, nd_ - 2) : 0,
                     stride(leaf.stride_index, col_axis()));
              s.p = leaf.buffer;
              break;
          }
        }
        T* o = out + offsets[0] + start * stride(0, step_axis);
        for (int k = 0; k < p_.count; ++k) {
          const FusedNode& node = p_.nodes[k];
          if (node.op == FusedOp::Input) continue;
          if (node.op == FusedOp::AsType && k != root) {  // its operand is already loaded as T
            src[k] = src[node.a];
            continue;
          }
          // Operations of constants (a row's statistics) once per block.
          bool constant = src[node.a].constant;
          for (const int c : {static_cast<int>(node.b), static_cast<int>(node.c)}) {
            constant = constant && (c < 0 || src[c].constant);
          }
          if (constant) {
            T v;
            op_block(node, &v, src, 1);
            src[k].constant = true;
            src[k].v = v;
            if (k == root) std::fill(o, o + n, v);
            continue;
          }
          T* dst = k == root ? o : node_buffer[k];
          op_block(node, dst, src, n);
          src[k].p = dst;
          src[k].constant = false;
        }
      }
      // Next outer index.
      std::size_t k = outer_axes_;
      while (true) {
        if (k == 0) return;
        --k;
        if (++index[k] < extent_[k]) {
          offsets[0] += static_cast<std::ptrdiff_t>(strides_[0][k]);
          for (int i = 0; i < nleaves_; ++i) offsets[leaves_[i].stride_index] += stride(leaves_[i].stride_index, k);
          break;
        }
        index[k] = 0;
        offsets[0] -= static_cast<std::ptrdiff_t>(strides_[0][k] * (extent_[k] - 1));
        for (int i = 0; i < nleaves_; ++i) {
          offsets[leaves_[i].stride_index] -= stride(leaves_[i].stride_index, k) * (extent_[k] - 1);
        }
      }
    }
  }

 private:
  static constexpr std::size_t kScratch = 24576;  // bytes of block buffers: stays in L1 with the operands

  std::size_t col_axis() const { return nd_ ? nd_ - 1 : 0; }
  Int stride(std::size_t which, std::size_t axis) const { return axis < nd_ ? strides_[which][axis] : 0; }

  const FusedProgram& p_;
  Src<T> values_[kFusedMaxNodes];  // Python scalars and 0-d arrays
  Leaf<T> leaves_[kFusedMaxNodes];
  Shape prefix_strides_[kFusedMaxNodes];
  Shape strides_[kFusedMaxNodes + 1];  // 0: the output box's; 1 + i: leaf i's (coalesced)
  int nleaves_ = 0;
  int ops_ = 0;
  Int total_ = 0;
  Shape extent_;
  std::size_t nd_ = 0;
  Int inner_ = 1;
  bool rows_mode_ = false;
  Int group_ = 1, chunk_ = 1;
  std::size_t outer_axes_ = 0;
};

template <class T>
Array run_fast(const FusedProgram& p, std::span<const Operand> operands, const Shape& shape) {
  NDArray<T> result(shape);
  FusedLoop<T>(p, operands, shape, 0).run(result.data(), nullptr);
  return Array(std::move(result));
}

/// The fast path of fused_sum_eval: `shape` is the expression's, `axis`
/// normalised.
template <class T>
Array run_fast_sum(const FusedProgram& p, std::span<const Operand> operands, const Shape& shape, Int axis,
                   bool keepdims) {
  const std::size_t ax = static_cast<std::size_t>(axis);
  Shape out_shape;
  for (std::size_t k = 0; k < shape.size(); ++k) {
    if (k != ax) out_shape.push_back(shape[k]);
  }
  NDArray<T> out(out_shape);
  T* o = out.data();
  const Int count = out.size();
  const Int K = shape[ax];
  const Int B = shape_size(Shape(shape.begin() + axis + 1, shape.end()));
  for (Int i = 0; i < count; ++i) o[i] = T(0);
  if (count > 0 && K > 0) {
    // As add_reduce over the expression's C-contiguous array: the axes
    // before `axis` are outer; each output row of B adds the K rows of its
    // box in order (B > 1), or each lane of K is summed pairwise (B == 1).
    FusedLoop<T> loop(p, operands, shape, ax);
    const std::unique_ptr<T[]> box(new T[static_cast<std::size_t>(K * B)]);  // one box, reused
    Shape prefix(ax, 0);
    for (Int row = 0; row < count; row += B) {
      loop.run(box.get(), prefix.data());
      T* dst = o + row;
      if (B == 1) {
        dst[0] = static_cast<T>(T(0) + np::detail::pairwise_sum<T, 1>(box.get(), K, 1));
      } else {
        for (Int k = 0; k < K; ++k) accumulate(dst, box.get() + k * B, B);
      }
      for (std::size_t d = ax; d > 0; --d) {
        if (++prefix[d - 1] < shape[d - 1]) break;
        prefix[d - 1] = 0;
      }
    }
  }
  const NDArray<T> r = np::detail::with_keepdims(out, shape, axis, keepdims);
  return Array(r, r.ndim() == 0 && !keepdims);
}

}  // namespace

Array fused_sum_eval(const FusedProgram& program, std::span<const Operand> operands, std::optional<Int> axis,
                     bool keepdims) {
  Info info[kFusedMaxNodes];
  Shape shapes[kFusedMaxNodes];
  const std::optional<ingot_dtype> loop = fast_dtype(program, operands, info, shapes);
  if (!loop || !axis) return np::sum(fused_eval(program, operands), axis, keepdims);
  const Shape& shape = shapes[program.count - 1];
  // The axis as np::sum checks it (numpy's AxisError), after the
  // expression, which cannot fail here.
  const Int ax = np::detail::reduce_axis(*axis, static_cast<Int>(shape.size()));
  if (*loop == INGOT_DTYPE_FLOAT32) return run_fast_sum<float>(program, operands, shape, ax, keepdims);
  return run_fast_sum<double>(program, operands, shape, ax, keepdims);
}

Array fused_eval(const FusedProgram& program, std::span<const Operand> operands) {
  Info info[kFusedMaxNodes];
  Shape shapes[kFusedMaxNodes];
  const std::optional<ingot_dtype> loop = fast_dtype(program, operands, info, shapes);
  if (!loop) return run_unfused(program, operands);
  const Shape& shape = shapes[program.count - 1];
  if (*loop == INGOT_DTYPE_FLOAT32) return run_fast<float>(program, operands, shape);
  return run_fast<double>(program, operands, shape);
}

bool fused_fast_path(const FusedProgram& program, std::span<const Operand> operands) {
  Info info[kFusedMaxNodes];
  Shape shapes[kFusedMaxNodes];
  return fast_dtype(program, operands, info, shapes).has_value();
}

}  // namespace ingot::rt::np
