// print(*values, sep=' ', end='\n'): appends the str() of each value to the
// thread's log buffer (rt::logs()), which the ABI returns with each
// prediction. Two spellings:
//   rt::builtins::print(sep, end, values...)      (the code generator's)
//   rt::builtins::print_values(values..., rt::kw::sep(", "), rt::kw::end(""))
#pragma once

#include <string>
#include <string_view>

#include "ingot/rt/builtins/keywords.h"
#include "ingot/rt/logs.h"
#include "ingot/rt/repr.h"

namespace ingot::rt::builtins {

template <class... Values>
void print(const Str& sep, const Str& end, const Values&... values) {
  std::string line;
  bool first = true;
  auto write = [&](const auto& value) {
    if (!first) line.append(sep.view());
    first = false;
    str_into(line, value);
  };
  (write(values), ...);
  (void)write;
  line.append(end.view());
  append_log(line);
}

template <class... Args>
void print_values(const Args&... args) {
  std::string line;
  std::string_view sep = " ", end = "\n";
  auto read_keyword = [&]<class A>(const A& a) {
    if constexpr (std::is_same_v<A, kw::Sep>) {
      if (a.value) sep = a.value->view();
    } else if constexpr (std::is_same_v<A, kw::End>) {
      if (a.value) end = a.value->view();
    }
  };
  (read_keyword(args), ...);
  (void)read_keyword;
  bool first = true;
  auto write = [&]<class A>(const A& a) {
    if constexpr (!kw::is_keyword_v<A>) {
      if (!first) line.append(sep);
      first = false;
      str_into(line, a);
    }
  };
  (write(args), ...);
  (void)write;
  line.append(end);
  append_log(line);
}

}  // namespace ingot::rt::builtins
