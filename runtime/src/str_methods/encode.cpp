// str.encode / bytes.decode for utf-8, ascii and latin-1.
#include <cstdio>
#include <string>
#include <vector>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/repr.h"
#include "ingot/rt/str_methods/encode.h"
#include "internal/utf8.h"

namespace ingot::rt::str_methods {

namespace {

enum class Codec { Utf8, Ascii, Latin1 };
// Unknown: CPython looks an error handler up only when an error happens, so
// an unknown name raises LookupError then, not before.
enum class Errors { Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace, Unknown };

Codec codec_of(const Str& encoding) {
  std::string name;
  for (char c : encoding.view()) name.push_back(c == '-' || c == ' ' ? '_' : static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  if (name == "utf_8" || name == "utf8" || name == "u8" || name == "utf" || name == "cp65001") return Codec::Utf8;
  if (name == "ascii" || name == "us_ascii" || name == "646") return Codec::Ascii;
  if (name == "latin_1" || name == "latin1" || name == "iso_8859_1" || name == "iso8859_1" || name == "8859" ||
      name == "cp819" || name == "l1" || name == "latin") {
    return Codec::Latin1;
  }
  raise(ExcType::LookupError, "unknown encoding: " + encoding.to_std_string());
}

const char* codec_name(Codec c) { return c == Codec::Utf8 ? "utf-8" : c == Codec::Ascii ? "ascii" : "latin-1"; }

Errors errors_of(const Str& errors) {
  if (errors == "strict") return Errors::Strict;
  if (errors == "ignore") return Errors::Ignore;
  if (errors == "replace") return Errors::Replace;
  if (errors == "backslashreplace") return Errors::BackslashReplace;
  if (errors == "xmlcharrefreplace") return Errors::XmlCharRefReplace;
  return Errors::Unknown;
}

[[noreturn]] void raise_unknown_handler(const Str& errors) {
  raise(ExcType::LookupError, "unknown error handler name '" + errors.to_std_string() + "'");
}

void append_hex_escape(std::string& out, char32_t c) {
  char buf[16];
  if (c < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(c));
  else if (c < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
  else std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(c));
  out += buf;
}

}  // namespace

Bytes encode(const Str& s, const Str& encoding, const Str& errors) {
  const Codec codec = codec_of(encoding);
  const Errors policy = errors_of(errors);
  if (s.is_ascii()) return Bytes(s.view());
  // The code point limit of the codec (surrogates are never encodable).
  const char32_t limit = codec == Codec::Utf8 ? 0x110000 : codec == Codec::Ascii ? 0x80 : 0x100;
  const char* reason = codec == Codec::Utf8 ? "surrogates not allowed"
                       : codec == Codec::Ascii ? "ordinal not in range(128)"
                                               : "ordinal not in range(256)";
  std::string out;
  std::vector<char32_t> cps;
  for (char32_t c : s.code_points()) cps.push_back(c);
  for (std::size_t i = 0; i < cps.size(); ++i) {
    const char32_t c = cps[i];
    const bool encodable = c < limit && !internal::is_surrogate(c);
    if (encodable) {
      if (codec == Codec::Utf8) internal::append_utf8(out, c);
      else out.push_back(static_cast<char>(c));
      continue;
    }
    if (policy == Errors::Unknown) raise_unknown_handler(errors);
    if (policy == Errors::Ignore) continue;
    if (policy == Errors::Replace) {
      out.push_back('?');
      continue;
    }
    if (policy == Errors::BackslashReplace) {
      append_hex_escape(out, c);
      continue;
    }
    if (policy == Errors::XmlCharRefReplace) {
      out += "&#" + std::to_string(static_cast<unsigned long>(c)) + ";";
      continue;
    }
    // CPython reports the whole run of unencodable characters.
    std::size_t end = i + 1;
    while (end < cps.size() && (cps[end] >= limit || internal::is_surrogate(cps[end]))) ++end;
    std::string message = std::string("'") + codec_name(codec) + "' codec can't encode ";
    if (end - i == 1) {
      std::string r;
      repr_str(Str::from_code_point(c).view(), r, true);
      message += "character " + r + " in position " + std::to_string(i);
    } else {
      message += "characters in position " + std::to_string(i) + "-" + std::to_string(end - 1);
    }
    message += ": ";
    message += reason;
    raise(ExcType::UnicodeEncodeError, message);
  }
  return Bytes(std::move(out));
}

Str decode(const Bytes& b, const Str& encoding, const Str& errors) {
  const Codec codec = codec_of(encoding);
  const Errors policy = errors_of(errors);
  const std::string_view bytes = b.view();
  if (codec == Codec::Latin1) {
    std::string out;
    for (char ch : bytes) internal::append_utf8(out, static_cast<unsigned char>(ch));
    return Str(std::string_view(out));
  }
  if (codec == Codec::Utf8 && policy == Errors::Strict) return Str::from_utf8(bytes);
  std::string out;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  for (std::size_t i = 0; i < bytes.size();) {
    if (p[i] < 0x80) {
      out.push_back(static_cast<char>(p[i++]));
      continue;
    }
    std::size_t span = 1;
    if (codec == Codec::Utf8) {
      const internal::Utf8Decoded d = internal::decode_utf8(p + i, end);
      if (d.error == internal::Utf8Error::None) {
        out.append(bytes.substr(i, d.length));
        i += d.length;
        continue;
      }
      span = d.length;
      if (policy == Errors::Unknown) raise_unknown_handler(errors);
      if (policy == Errors::Strict) return Str::from_utf8(bytes);  // raises CPython's UnicodeDecodeError
    }
    if (policy == Errors::XmlCharRefReplace) {
      raise(ExcType::TypeError, "don't know how to handle UnicodeDecodeError in error callback");
    }
    if (policy == Errors::BackslashReplace) {
      for (std::size_t k = 0; k < span; ++k) append_hex_escape(out, p[i + k]);
      i += span;
      continue;
    } else if (policy == Errors::Strict || policy == Errors::Unknown) {
      if (policy == Errors::Unknown) raise_unknown_handler(errors);
      char message[128];
      std::snprintf(message, sizeof message,
                    "'ascii' codec can't decode byte 0x%02x in position %zu: ordinal not in range(128)", p[i], i);
      raise(ExcType::UnicodeDecodeError, message);
    }
    if (policy == Errors::Replace) internal::append_utf8(out, 0xFFFD);
    i += span;
  }
  return Str(std::string_view(out));
}

}  // namespace ingot::rt::str_methods
