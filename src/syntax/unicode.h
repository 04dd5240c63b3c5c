// Unicode helpers for the front end: UTF-8 decoding and encoding, the
// character classes Python's tokenizer and repr() use, NFKC normalisation and
// the name lookup behind "\N{...}" escapes.
//
// Python 3.11 is built on Unicode 14.0 while ICU 72 implements Unicode 15.0.
// Every query here answers as Python 3.11 does: code points first assigned in
// Unicode 15 are treated as unassigned (category Cn), so they are neither
// printable nor identifier characters and have no name. (Checked exhaustively
// against CPython 3.11.7 for all 0x110000 code points.)
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ingot::syntax {

// ---------------------------------------------------------------------------
// UTF-8

/// Why a UTF-8 sequence failed to decode; the names are the `reason` strings
/// of CPython's UnicodeDecodeError for the 'utf-8' codec.
enum class Utf8Status : uint8_t {
  Ok,
  InvalidStartByte,         // "invalid start byte"
  InvalidContinuationByte,  // "invalid continuation byte"
  UnexpectedEnd,            // "unexpected end of data"
};

/// CPython's reason text for `status` ("" for Ok).
const char* utf8_status_reason(Utf8Status status);

/// One decoded (or rejected) sequence.
///   Ok: `cp` is the code point and `length` its 1..4 bytes.
///   error: `length` is the number of bytes CPython's UnicodeDecodeError spans
///   (end - start): 1 for an invalid start byte, the valid prefix length (1..3)
///   before a bad continuation byte, and the bytes left for a truncated
///   sequence at the end of the input.
struct Utf8Char {
  char32_t cp = 0;
  uint8_t length = 0;
  Utf8Status status = Utf8Status::Ok;
};

/// Strict UTF-8 (as CPython's decoder): rejects overlong forms, surrogates
/// (ED A0..BF) and code points above U+10FFFF. Requires p < end.
Utf8Char decode_utf8_slow(const unsigned char* p, const unsigned char* end, bool allow_surrogates);

inline Utf8Char decode_utf8(const char* p, const char* end) {
  auto* u = reinterpret_cast<const unsigned char*>(p);
  if (*u < 0x80) return {*u, 1, Utf8Status::Ok};
  return decode_utf8_slow(u, reinterpret_cast<const unsigned char*>(end), false);
}

/// Like decode_utf8 but also accepts 3-byte encoded surrogates (WTF-8), the
/// form our decoded str constants use for lone surrogates.
inline Utf8Char decode_wtf8(const char* p, const char* end) {
  auto* u = reinterpret_cast<const unsigned char*>(p);
  if (*u < 0x80) return {*u, 1, Utf8Status::Ok};
  return decode_utf8_slow(u, reinterpret_cast<const unsigned char*>(end), true);
}

/// Writes `cp` (<= 0x10FFFF; surrogates give their 3-byte WTF-8 form) to
/// `out`, which needs room for 4 bytes; returns the byte count.
inline size_t encode_utf8(char32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

inline void append_utf8(char32_t cp, std::string& out) {
  char buf[4];
  out.append(buf, encode_utf8(cp, buf));
}

/// Number of code points in valid UTF-8/WTF-8 text (bytes that are not
/// continuation bytes), e.g. to turn a byte column into SyntaxError.offset.
size_t utf8_length(std::string_view text);

/// Index of the first byte >= 0x80 in `text`, or text.size() if it is ASCII.
size_t find_non_ascii(std::string_view text);

// ---------------------------------------------------------------------------
// Character classes (Unicode 14, as Python 3.11)

namespace unicode_detail {
bool is_printable_slow(char32_t cp);
bool is_xid_start_slow(char32_t cp);
bool is_xid_continue_slow(char32_t cp);
}  // namespace unicode_detail

/// str.isprintable() of one character: false for categories Cc Cf Cs Co Cn
/// Zl Zp and Zs other than U+0020. Used by repr() and by the tokenizer's
/// "invalid non-printable character U+XXXX" message.
inline bool is_printable(char32_t cp) {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
  return unicode_detail::is_printable_slow(cp);
}

/// Unicode XID_Start (no '_').
inline bool is_xid_start(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return unicode_detail::is_xid_start_slow(cp);
}

/// Unicode XID_Continue (letters, digits, '_', combining marks, ...).
inline bool is_xid_continue(char32_t cp) {
  if (cp < 0x80) {
    return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || (cp >= '0' && cp <= '9') || cp == '_';
  }
  return unicode_detail::is_xid_continue_slow(cp);
}

/// First character of a Python identifier: XID_Start or '_'.
/// (CPython's tokenizer checks the identifier as written, with
/// _PyUnicode_ScanIdentifier; the parser then stores its NFKC form.)
inline bool is_identifier_start(char32_t cp) { return cp == '_' || is_xid_start(cp); }

/// Later characters of a Python identifier: XID_Continue.
inline bool is_identifier_continue(char32_t cp) { return is_xid_continue(cp); }

/// NFKC normal form of valid UTF-8 text, as unicodedata.normalize('NFKC', s)
/// (CPython's parser applies it to every non-ASCII identifier). ASCII input
/// is returned unchanged without calling ICU.
std::string nfkc(std::string_view utf8);

/// Resolves the name inside a "\N{...}" escape as CPython 3.11 does (the
/// unicodeescape codec with unicodedata's name table):
///  - character names of Unicode 14, matched ASCII-case-insensitively;
///  - every alias of NameAliases.txt (corrections, control names,
///    abbreviations such as "NBSP", "LF", "VS17", alternates, figments),
///    case-insensitively;
///  - "HANGUL SYLLABLE " + jamo short names, and "CJK UNIFIED IDEOGRAPH-"
///    + 4 or 5 uppercase hex digits for a unified ideograph: for these two
///    the prefix and the rest are case-sensitive ("hangul syllable ga" and
///    "CJK UNIFIED IDEOGRAPH-4e00" are unknown);
///  - not named sequences, not "<control-000A>", not TANGUT IDEOGRAPH-XXXXX,
///    no extra spaces; any non-ASCII byte makes the name unknown.
bool unicode_char_by_name(std::string_view name, char32_t& cp);

}  // namespace ingot::syntax
