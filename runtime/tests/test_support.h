// Helpers shared by the runtime's unit tests.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "ingot/rt/all.h"

namespace rt = ingot::rt;

/// The text a Python exception would print: "TypeName: message".
inline std::string describe(const rt::PyException& e) { return std::string(e.type_name()) + ": " + e.what(); }

/// Runs `body` and returns "TypeName: message" of the PyException it raises,
/// or "no exception".
template <class F>
std::string raised(F&& body) {
  try {
    body();
  } catch (const rt::PyException& e) {
    return describe(e);
  }
  return "no exception";
}

template <class T>
std::string repr_text(const T& x) {
  return rt::repr(x).to_std_string();
}
