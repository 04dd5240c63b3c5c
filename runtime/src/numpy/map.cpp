// Broadcasting (map.h).
#include "ingot/rt/numpy/map.h"

#include <string>

namespace ingot::rt::np {

void raise_broadcast_error(std::initializer_list<const Shape*> shapes) {
  std::string message = "operands could not be broadcast together with shapes ";
  for (const Shape* s : shapes) message += shape_text(*s) + " ";
  raise(ExcType::ValueError, message);
}

Shape broadcast_shapes(std::initializer_list<const Shape*> shapes) {
  std::size_t nd = 0;
  for (const Shape* s : shapes) nd = s->size() > nd ? s->size() : nd;
  Shape out(nd, 1);
  for (const Shape* s : shapes) {
    const std::size_t offset = nd - s->size();
    for (std::size_t k = 0; k < s->size(); ++k) {
      const Int d = (*s)[k];
      Int& o = out[offset + k];
      if (d == 1) continue;
      if (o == 1) o = d;
      else if (o != d) raise_broadcast_error(shapes);
    }
  }
  return out;
}

void raise_output_shape_error(const Shape& out, const Shape& broadcast) {
  raise(ExcType::ValueError, "non-broadcastable output operand with shape " + shape_text(out) +
                                 " doesn't match the broadcast shape " + shape_text(broadcast));
}

Shape broadcast_strides(const Shape& shape, const Shape& strides, const Shape& out) {
  Shape result(out.size(), 0);
  const std::size_t offset = out.size() - shape.size();
  for (std::size_t k = 0; k < shape.size(); ++k) result[offset + k] = shape[k] == 1 ? 0 : strides[k];
  return result;
}

Shape coalesce_axes(const Shape& shape, Shape* strides, std::size_t count) {
  Shape extent;
  std::size_t out = 0;  // axes kept so far (strides compacted in place)
  for (std::size_t k = 0; k < shape.size(); ++k) {
    const Int e = shape[k];
    if (e == 1) continue;
    bool merge = out > 0;
    for (std::size_t i = 0; merge && i < count; ++i) merge = strides[i][out - 1] == strides[i][k] * e;
    if (merge) {
      extent[out - 1] *= e;
      for (std::size_t i = 0; i < count; ++i) strides[i][out - 1] = strides[i][k];
      continue;
    }
    extent.push_back(e);
    for (std::size_t i = 0; i < count; ++i) strides[i][out] = strides[i][k];
    ++out;
  }
  for (std::size_t i = 0; i < count; ++i) strides[i].resize(out);
  return extent;
}

}  // namespace ingot::rt::np
