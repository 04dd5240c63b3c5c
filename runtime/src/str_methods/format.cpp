// str.format(*args, **kwargs): CPython's MarkupIterator.
#include <string>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/str_methods/format.h"

namespace ingot::rt::str_methods {

namespace {

class Formatter {
 public:
  Formatter(const FormatArg* args, std::size_t count, const char* const* names, std::size_t named)
      : args_(args), count_(count), names_(names), named_(named) {}

  void run(std::string_view fmt, std::string& out, int depth) {
    if (depth > 2) raise_value_error("Max string recursion exceeded");
    std::size_t i = 0;
    while (i < fmt.size()) {
      const char c = fmt[i];
      if (c == '}') {
        if (i + 1 < fmt.size() && fmt[i + 1] == '}') {
          out.push_back('}');
          i += 2;
          continue;
        }
        raise_value_error("Single '}' encountered in format string");
      }
      if (c != '{') {
        out.push_back(c);
        ++i;
        continue;
      }
      if (i + 1 < fmt.size() && fmt[i + 1] == '{') {
        out.push_back('{');
        i += 2;
        continue;
      }
      // A field: find its matching '}', counting nested braces in the spec.
      std::size_t j = i + 1;
      int nesting = 1;
      while (j < fmt.size()) {
        if (fmt[j] == '{') ++nesting;
        else if (fmt[j] == '}' && --nesting == 0) break;
        ++j;
      }
      if (j >= fmt.size()) {
        raise_value_error(i + 1 >= fmt.size() ? "Single '{' encountered in format string"
                                              : "expected '}' before end of string");
      }
      field(fmt.substr(i + 1, j - i - 1), out, depth);
      i = j + 1;
    }
  }

 private:
  void field(std::string_view body, std::string& out, int depth) {
    // field_name ['!' conversion] [':' spec]
    std::size_t name_end = 0;
    while (name_end < body.size() && body[name_end] != '!' && body[name_end] != ':') {
      if (body[name_end] == '{') raise_value_error("unexpected '{' in field name");
      ++name_end;
    }
    const std::string_view name = body.substr(0, name_end);
    char conversion = 0;
    std::string_view spec;
    std::size_t k = name_end;
    if (k < body.size() && body[k] == '!') {
      if (k + 1 >= body.size()) raise_value_error("unmatched '{' in format spec");
      conversion = body[k + 1];
      k += 2;
      if (k < body.size() && body[k] != ':') raise_value_error("expected ':' after conversion specifier");
      if (conversion != 'r' && conversion != 's' && conversion != 'a') {
        raise_value_error((std::string("Unknown conversion specifier ") + conversion).c_str());
      }
    }
    if (k < body.size() && body[k] == ':') spec = body.substr(k + 1);
    // The field takes its automatic number before the fields nested in its spec.
    const std::size_t index = index_of(name);
    std::string expanded_spec;
    if (spec.find('{') != std::string_view::npos) {
      run(spec, expanded_spec, depth + 1);
      spec = expanded_spec;
    }
    const FormatArg& arg = args_[index];
    arg.append(out, arg.value, conversion, spec);
  }

  std::size_t index_of(std::string_view name) {
    if (name.empty()) {
      if (manual_) raise_value_error("cannot switch from manual field specification to automatic field numbering");
      automatic_ = true;
      return check(next_++);
    }
    // The argument name ends at the first '.' or '[' (attribute or index access).
    const std::size_t access = name.find_first_of(".[");
    if (access != std::string_view::npos) {
      const std::size_t index = access == 0 ? index_of(std::string_view()) : index_of(name.substr(0, access));
      const char* type = args_[index].type_name(args_[index].value);
      const std::string_view t(type);
      if (name[access] == '[' && (t == "int" || t == "float" || t == "bool" || t == "NoneType")) {
        raise(ExcType::TypeError, "'" + std::string(t) + "' object is not subscriptable");
      }
      raise(ExcType::ValueError, "Ingot: attribute and index access in format fields is not supported");
    }
    std::size_t value = 0;
    for (char c : name) {
      if (c < '0' || c > '9') return keyword(name);
      value = value * 10 + static_cast<std::size_t>(c - '0');
      if (value > (std::size_t{1} << 40)) break;
    }
    if (automatic_) raise_value_error("cannot switch from automatic field numbering to manual field specification");
    manual_ = true;
    return check(value);
  }

  /// A keyword field: its argument's index, after the positional ones.
  std::size_t keyword(std::string_view name) const {
    for (std::size_t i = 0; i < named_; ++i)
      if (name == names_[i]) return count_ + i;
    raise_key_error(Str(name));
  }

  std::size_t check(std::size_t index) const {
    if (index >= count_) {
      raise(ExcType::IndexError, "Replacement index " + std::to_string(index) + " out of range for positional args tuple");
    }
    return index;
  }

  const FormatArg* args_;
  std::size_t count_;
  const char* const* names_;
  std::size_t named_;
  std::size_t next_ = 0;
  bool automatic_ = false, manual_ = false;
};

}  // namespace

Str format_args(const Str& fmt, const FormatArg* args, std::size_t count, const char* const* names,
                std::size_t named) {
  std::string out;
  Formatter(args, count, names, named).run(fmt.view(), out, 1);
  return Str(std::string_view(out));
}

}  // namespace ingot::rt::str_methods
