// String and bytes literal decoding: see string_literal.h.
#include "syntax/string_literal.h"

#include <cstring>
#include <utility>

#include "syntax/unicode.h"

namespace ingot::syntax {

namespace {

/// The one-character escapes str and bytes share (\\ \' \" \a \b \f \n \r \t \v).
bool simple_escape(unsigned char c, char& out) {
  switch (c) {
    case '\\': out = '\\'; return true;
    case '\'': out = '\''; return true;
    case '"': out = '"'; return true;
    case 'a': out = '\a'; return true;
    case 'b': out = '\b'; return true;
    case 'f': out = '\f'; return true;
    case 'n': out = '\n'; return true;
    case 'r': out = '\r'; return true;
    case 't': out = '\t'; return true;
    case 'v': out = '\v'; return true;
    default: return false;
  }
}

inline int hex_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

inline bool is_octal(unsigned char c) { return c >= '0' && c <= '7'; }

/// Index of the first '\\' or '\r' at or after `i` (or `size`).
inline size_t find_special(const char* data, size_t i, size_t size, bool raw) {
  for (; i < size; ++i) {
    const char c = data[i];
    if (c == '\r' || (c == '\\' && !raw)) return i;
  }
  return size;
}

/// Offset of body[0, upto) in the text CPython's decode_unicode_with_escapes
/// hands to the unicodeescape codec: non-ASCII characters become
/// "\UXXXXXXXX" (10 bytes), a backslash followed by a non-ASCII character or
/// by the end becomes "\u005c" (6 bytes), and a backslash always takes the
/// next character with it. "\r\n" counts as one (the tokenizer's translation).
size_t escape_buffer_offset(std::string_view body, size_t upto) {
  const size_t n = body.size();
  size_t pos = 0;
  size_t i = 0;
  auto plain = [&](size_t& k) {  // one character that is not a backslash
    const unsigned char c = static_cast<unsigned char>(body[k]);
    if (c == '\r') {
      k += (k + 1 < n && body[k + 1] == '\n') ? 2u : 1u;
      pos += 1;
    } else if (c < 0x80) {
      k += 1;
      pos += 1;
    } else {
      const Utf8Char ch = decode_utf8(body.data() + k, body.data() + n);
      k += ch.length ? ch.length : 1;
      pos += 10;
    }
  };
  while (i < upto) {
    if (body[i] == '\\') {
      ++i;
      if (i >= n || static_cast<unsigned char>(body[i]) >= 0x80) {
        pos += 6;
        continue;
      }
      pos += 1;
      if (i >= upto) break;
      plain(i);  // the paired character, copied as is
      continue;
    }
    plain(i);
  }
  return pos;
}

void set_unicode_error(std::string_view body, size_t start, size_t end, const char* reason,
                       StringLiteralError& error) {
  const size_t a = escape_buffer_offset(body, start);
  const size_t b = escape_buffer_offset(body, end);
  error.kind = StringLiteralError::Kind::UnicodeEscape;
  error.message = "(unicode error) 'unicodeescape' codec can't decode ";
  if (b == a + 1) {
    // Single byte: always the backslash that starts the escape.
    error.message += "byte 0x5c in position ";
    error.message += std::to_string(a);
  } else {
    error.message += "bytes in position ";
    error.message += std::to_string(a);
    error.message += '-';
    error.message += std::to_string(b - 1);
  }
  error.message += ": ";
  error.message += reason;
}

/// Translated-newline offset of body[0, upto) (for the bytes \x message).
size_t translated_offset(std::string_view body, size_t upto) {
  size_t pos = 0;
  for (size_t i = 0; i < upto; ++i) {
    if (body[i] == '\r' && i + 1 < upto && body[i + 1] == '\n') ++i;
    ++pos;
  }
  return pos;
}

}  // namespace

bool str_literal_is_verbatim(std::string_view body, bool raw) {
  return find_special(body.data(), 0, body.size(), raw) == body.size();
}

bool decode_str_literal(std::string_view body, bool raw, std::string& out, StringLiteralError& error) {
  const char* data = body.data();
  const size_t n = body.size();
  size_t i = 0;
  while (i < n) {
    const size_t j = find_special(data, i, n, raw);
    out.append(data + i, j - i);
    if (j == n) break;
    i = j;
    if (data[i] == '\r') {
      out.push_back('\n');
      i += (i + 1 < n && data[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    // A backslash in a non-raw body.
    const size_t start = i;
    if (i + 1 >= n) {  // only possible in an f-string chunk: kept
      out.push_back('\\');
      break;
    }
    const unsigned char c = static_cast<unsigned char>(data[i + 1]);
    i += 2;
    if (char decoded; simple_escape(c, decoded)) {
      out.push_back(decoded);
      continue;
    }
    switch (c) {
      case '\n': continue;
      case '\r':
        if (i < n && data[i] == '\n') ++i;
        continue;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        char32_t v = c - '0';
        for (int k = 0; k < 2 && i < n && is_octal(static_cast<unsigned char>(data[i])); ++k, ++i) {
          v = v * 8 + static_cast<char32_t>(data[i] - '0');
        }
        append_utf8(v, out);
        continue;
      }
      case 'x':
      case 'u':
      case 'U': {
        const int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        uint32_t v = 0;
        int k = 0;
        for (; k < count && i < n; ++k, ++i) {
          const int d = hex_value(static_cast<unsigned char>(data[i]));
          if (d < 0) break;
          v = (v << 4) | static_cast<uint32_t>(d);
        }
        if (k < count) {
          set_unicode_error(body, start, i,
                            c == 'x'   ? "truncated \\xXX escape"
                            : c == 'u' ? "truncated \\uXXXX escape"
                                       : "truncated \\UXXXXXXXX escape",
                            error);
          return false;
        }
        if (v > 0x10FFFF) {
          set_unicode_error(body, start, i, "illegal Unicode character", error);
          return false;
        }
        append_utf8(static_cast<char32_t>(v), out);
        continue;
      }
      case 'N': {
        if (i < n && data[i] == '{') {
          const size_t name_start = i + 1;
          const void* close = std::memchr(data + name_start, '}', n - name_start);
          if (!close) {
            set_unicode_error(body, start, n, "malformed \\N character escape", error);
            return false;
          }
          const size_t name_end = static_cast<size_t>(static_cast<const char*>(close) - data);
          if (name_end == name_start) {
            set_unicode_error(body, start, name_start, "malformed \\N character escape", error);
            return false;
          }
          i = name_end + 1;
          char32_t cp;
          if (!unicode_char_by_name(body.substr(name_start, name_end - name_start), cp)) {
            set_unicode_error(body, start, i, "unknown Unicode character name", error);
            return false;
          }
          append_utf8(cp, out);
          continue;
        }
        set_unicode_error(body, start, i, "malformed \\N character escape", error);
        return false;
      }
      default:
        // Unknown escape (CPython only warns): keep the backslash. A
        // non-ASCII character after it is copied by the next round.
        out.push_back('\\');
        if (c >= 0x80) {
          i -= 1;
        } else {
          out.push_back(static_cast<char>(c));
        }
        continue;
    }
  }
  return true;
}

bool decode_bytes_literal(std::string_view body, bool raw, std::string& out, StringLiteralError& error) {
  const char* data = body.data();
  const size_t n = body.size();
  if (find_non_ascii(body) != n) {
    error.kind = StringLiteralError::Kind::NonAsciiBytes;
    error.message = "bytes can only contain ASCII literal characters";
    return false;
  }
  size_t i = 0;
  while (i < n) {
    const size_t j = find_special(data, i, n, raw);
    out.append(data + i, j - i);
    if (j == n) break;
    i = j;
    if (data[i] == '\r') {
      out.push_back('\n');
      i += (i + 1 < n && data[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    const size_t start = i;
    if (i + 1 >= n) {
      error.kind = StringLiteralError::Kind::BytesEscape;
      error.message = "(value error) Trailing \\ in string";
      return false;
    }
    const unsigned char c = static_cast<unsigned char>(data[i + 1]);
    i += 2;
    if (char decoded; simple_escape(c, decoded)) {
      out.push_back(decoded);
      continue;
    }
    switch (c) {
      case '\n': continue;
      case '\r':
        if (i < n && data[i] == '\n') ++i;
        continue;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        unsigned v = c - '0';
        for (int k = 0; k < 2 && i < n && is_octal(static_cast<unsigned char>(data[i])); ++k, ++i) {
          v = v * 8 + static_cast<unsigned>(data[i] - '0');
        }
        out.push_back(static_cast<char>(v & 0xFF));
        continue;
      }
      case 'x': {
        const int hi = i < n ? hex_value(static_cast<unsigned char>(data[i])) : -1;
        const int lo = i + 1 < n ? hex_value(static_cast<unsigned char>(data[i + 1])) : -1;
        if (hi < 0 || lo < 0) {
          error.kind = StringLiteralError::Kind::BytesEscape;
          error.message = "(value error) invalid \\x escape at position ";
          error.message += std::to_string(translated_offset(body, start));
          return false;
        }
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
        continue;
      }
      default:
        out.push_back('\\');
        out.push_back(static_cast<char>(c));
        continue;
    }
  }
  return true;
}

bool decode_string_body(std::string_view body, bool raw, bool bytes, std::string& out, std::string& error_message) {
  StringLiteralError error;
  const bool ok = bytes ? decode_bytes_literal(body, raw, out, error) : decode_str_literal(body, raw, out, error);
  if (!ok) error_message = std::move(error.message);
  return ok;
}

FStringLiteralScan scan_fstring_literal(std::string_view body, size_t pos, bool raw, int recurse_level) {
  const char* data = body.data();
  const size_t n = body.size();
  size_t i = pos;
  while (i < n) {
    char c = data[i++];
    if (!raw && c == '\\' && i < n) {
      c = data[i++];
      if (c == 'N') {
        // "\N{...}": skip to the closing brace; "\N" plus any other
        // character: skip that character too (decoding reports the error).
        if (i < n && data[i++] == '{') {
          while (i < n && data[i++] != '}') {
          }
        }
        continue;
      }
    }
    if (c == '{' || c == '}') {
      if (recurse_level == 0) {
        if (i < n && data[i] == c) return {i, i + 1, FStringLiteralStop::DoubledBrace};
        if (c == '}') return {i - 1, i - 1, FStringLiteralStop::SingleCloseBrace};
      }
      return {i - 1, i - 1, c == '{' ? FStringLiteralStop::OpenBrace : FStringLiteralStop::CloseBrace};
    }
  }
  return {n, n, FStringLiteralStop::End};
}

}  // namespace ingot::syntax
