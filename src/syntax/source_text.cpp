#include "syntax/source_text.h"

#include <unicode/ucnv.h>

#include <algorithm>
#include <cctype>
#include <optional>

namespace ingot::syntax {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

/// The coding spec of one line, if the line is a comment that declares one
/// (`# -*- coding: latin-1 -*-`), following the tokenizer's get_coding_spec.
std::optional<std::string> coding_spec(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  if (i >= line.size() || line[i] != '#') return std::nullopt;
  for (size_t at = line.find("coding", i); at != std::string_view::npos; at = line.find("coding", at + 1)) {
    size_t t = at + 6;
    if (t >= line.size() || (line[t] != ':' && line[t] != '=')) continue;
    do ++t;
    while (t < line.size() && (line[t] == ' ' || line[t] == '\t'));
    size_t begin = t;
    while (t < line.size() && (std::isalnum(static_cast<unsigned char>(line[t])) || line[t] == '-' ||
                               line[t] == '_' || line[t] == '.'))
      ++t;
    if (t > begin) return std::string(line.substr(begin, t - begin));
  }
  return std::nullopt;
}

/// True when a line holds nothing but whitespace and maybe a comment, so the
/// next line may still carry the coding spec.
bool blank_or_comment(std::string_view line) {
  for (char c : line) {
    if (c == '#' || c == '\n' || c == '\r') return true;
    if (c != ' ' && c != '\t' && c != '\f') return false;
  }
  return true;
}

/// CPython's get_normal_name: utf-8 and latin-1 spellings collapse to one.
std::string normal_name(const std::string& spec) {
  std::string lower;
  for (size_t i = 0; i < spec.size() && i < 12; ++i) {
    char c = static_cast<char>(std::tolower(static_cast<unsigned char>(spec[i])));
    lower += c == '_' ? '-' : c;
  }
  auto is = [&](std::string_view name) {
    return lower == name || lower.rfind(std::string(name) + "-", 0) == 0;
  };
  if (is("utf-8")) return "utf-8";
  if (is("latin-1") || is("iso-8859-1") || is("iso-latin-1")) return "iso-8859-1";
  return spec;
}

/// Position of the first byte that is not well-formed UTF-8 (surrogates and
/// overlongs rejected, as CPython's strict decoder does), or npos.
size_t invalid_utf8_at(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) { ++i; continue; }
    int len;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
    else return i;
    if (i + len > n) return i;
    for (int k = 1; k < len; ++k) {
      unsigned char cc = s[i + k];
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
      return i;
    i += len;
  }
  return std::string_view::npos;
}

bool transcode(std::string_view bytes, const std::string& encoding, std::string& out, SourceError& error) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(encoding.c_str(), &status);
  if (U_FAILURE(status) || conv == nullptr) {
    error = {"unknown encoding: " + encoding, 0, 0};
    return false;
  }
  ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::u16string utf16(bytes.size() * 2 + 16, u'\0');
  int32_t len = ucnv_toUChars(conv, reinterpret_cast<UChar*>(utf16.data()), static_cast<int32_t>(utf16.size()),
                              bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  ucnv_close(conv);
  if (U_FAILURE(status)) {
    error = {"(unicode error) '" + encoding + "' codec can't decode bytes", 0, 0};
    return false;
  }
  out.clear();
  out.reserve(len * 2);
  for (int32_t i = 0; i < len; ++i) {
    uint32_t cp = utf16[i];
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < len && utf16[i + 1] >= 0xDC00 && utf16[i + 1] <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (utf16[i + 1] - 0xDC00);
      ++i;
    }
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return true;
}

int line_of(std::string_view text, size_t pos) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + pos, '\n'));
}

}  // namespace

bool decode_source(std::string_view bytes, std::string& text, SourceError& error) {
  if (size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
    error = {"source code string cannot contain null bytes", line_of(bytes, nul), 0};
    return false;
  }
  bool bom = bytes.substr(0, 3) == kBom;
  if (bom) bytes.remove_prefix(3);

  // PEP 263: the declaration may sit on line 1, or on line 2 after a line
  // holding only a comment or whitespace.
  std::optional<std::string> spec;
  size_t nl1 = bytes.find('\n');
  std::string_view line1 = bytes.substr(0, nl1);
  spec = coding_spec(line1);
  if (!spec && nl1 != std::string_view::npos && blank_or_comment(line1)) {
    size_t nl2 = bytes.find('\n', nl1 + 1);
    if (nl2 != std::string_view::npos) spec = coding_spec(bytes.substr(nl1 + 1, nl2 - nl1 - 1));
  }
  std::string encoding = spec ? normal_name(*spec) : "utf-8";
  if (bom && encoding != "utf-8") {
    error = {"encoding problem: " + *spec + " with BOM", 1, 0};
    return false;
  }

  std::string decoded;
  std::string_view utf8 = bytes;
  if (encoding != "utf-8") {
    if (!transcode(bytes, encoding, decoded, error)) {
      error.lineno = spec ? 1 : 0;
      return false;
    }
    utf8 = decoded;
  } else if (size_t bad = invalid_utf8_at(bytes); bad != std::string_view::npos) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02x", static_cast<unsigned char>(bytes[bad]));
    error = {std::string("(unicode error) 'utf-8' codec can't decode byte ") + hex, line_of(bytes, bad), 0};
    return false;
  }

  // Universal newlines: "\r\n" and "\r" both end a line.
  text.clear();
  text.reserve(utf8.size() + 1);
  if (utf8.find('\r') == std::string_view::npos) {
    text.assign(utf8);
    if (text.empty() || text.back() != '\n') text += '\n';
    return true;
  }
  for (size_t i = 0; i < utf8.size(); ++i) {
    char c = utf8[i];
    if (c == '\r') {
      text += '\n';
      if (i + 1 < utf8.size() && utf8[i + 1] == '\n') ++i;
    } else {
      text += c;
    }
  }
  if (text.empty() || text.back() != '\n') text += '\n';
  return true;
}

std::string_view line_at(std::string_view text, int lineno) {
  if (lineno <= 0) return {};
  size_t begin = 0;
  for (int line = 1; line < lineno; ++line) {
    size_t nl = text.find('\n', begin);
    if (nl == std::string_view::npos) return {};
    begin = nl + 1;
  }
  size_t end = text.find('\n', begin);
  return text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
}

}  // namespace ingot::syntax
