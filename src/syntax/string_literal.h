// Decoding of string and bytes literal bodies (the text between the quotes of
// one STRING token), exactly as CPython 3.11's parser does it, including the
// literal parts of f-strings.
//
// Newlines: the CPython tokenizer hands the parser text whose "\r\n" and lone
// "\r" are already "\n". These functions do the same translation themselves
// (in raw, bytes and f-string bodies too), so the lexer may pass the source
// bytes unchanged; error positions count a translated "\r\n" as one byte.
//
// ---------------------------------------------------------------------------
// Where CPython reports the errors (for the parser author; all checked with
// CPython 3.11.7):
//
//  * StringLiteralError::Kind::NonAsciiBytes — "bytes can only contain ASCII
//    literal characters": raised at the offending STRING token itself
//    (RAISE_SYNTAX_ERROR_KNOWN_LOCATION(token)): lineno/offset = the token's
//    start (offset 1-based), end_lineno/end_offset = the token's end, e.g.
//    `x=b'abé'` gives 1:3 .. 1:9 (CPython's end_offset here is not a plain
//    character count; compare with python3 when the token has non-ASCII).
//    It is checked before escapes are decoded, raw or not (`b'\x4é'` reports
//    this error, not the \x one).
//
//  * Kind::UnicodeEscape ("(unicode error) 'unicodeescape' codec can't decode
//    bytes in position A-B: ...") and Kind::BytesEscape ("(value error)
//    invalid \x escape at position N") — raised with RAISE_SYNTAX_ERROR, i.e.
//    at the LAST TOKEN THE PARSER HAS FETCHED when the `strings` rule runs its
//    action: the token right after the last STRING of the concatenation.
//    offset = that token's col + 1, end_offset = its end col + 1 (same line
//    numbers as the token). Examples: `'\x4'` -> 1:6-1:6 (the NEWLINE token
//    at col 5), `'\x4' + 1` -> 1:7-1:8 (the '+'), `f(a, '\x4')` -> 1:11-1:12
//    (the ')'), `'\x4'  # c` -> 1:8-1:11 (CPython's NEWLINE token after a
//    comment starts at the '#'), `('\x4'\n)` -> 2:1-2:2, `'''\n\x4'''` -> 2:7.
//    Each token of a concatenation is decoded in order, so the first bad
//    token wins: `b'\x4' b'é'` reports the \x error.
//
//  * Positions A-B inside the unicodeescape message (and N of the bytes
//    message) are offsets in the one token's body (or, for f-strings, in the
//    one literal chunk, see scan_fstring_literal) as CPython rewrites it
//    before decoding: every non-ASCII character counts 10 (it becomes
//    "\UXXXXXXXX"), a backslash followed by a non-ASCII character or by the
//    end of the text counts 6 ("\u005c"), everything else 1. B is the last
//    byte of the bad escape (end - 1). E.g. `'é\x4'` -> "position 10-12".
// ---------------------------------------------------------------------------
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ingot::syntax {

struct StringLiteralError {
  enum class Kind : uint8_t {
    None,
    UnicodeEscape,  // "(unicode error) 'unicodeescape' codec can't decode ..."
    BytesEscape,    // "(value error) invalid \x escape at position N"
    NonAsciiBytes,  // "bytes can only contain ASCII literal characters"
  };
  Kind kind = Kind::None;
  /// The complete SyntaxError message (SyntaxError.msg) CPython prints.
  std::string message;
};

/// True when the body of a str literal decodes to itself: no backslash
/// (unless raw) and no '\r'. The caller may then use the body's bytes as the
/// value (copied into the arena) without calling decode_str_literal.
bool str_literal_is_verbatim(std::string_view body, bool raw);

/// Appends the value of a str literal body to `out` as UTF-8 (lone surrogates
/// from \ud800-style escapes as 3-byte WTF-8). The body must be valid UTF-8
/// (the lexer checks the source). Escapes of a non-raw body:
///   \<newline> (removed), \\ \' \" \a \b \f \n \r \t \v,
///   \o \oo \ooo (octal; values above 0o377 give that code point, up to 0o777),
///   \xhh, \uhhhh, \Uhhhhhhhh (any hex case), \N{name} (unicode_char_by_name);
///   any other backslash is kept with the character after it ("\q" -> "\q").
/// Raw bodies are copied (with newline translation). On error returns false,
/// fills `error` (Kind::UnicodeEscape) and leaves `out` partly written:
///   truncated \xXX escape / truncated \uXXXX escape /
///   truncated \UXXXXXXXX escape   (fewer hex digits than needed)
///   illegal Unicode character     (\U value above 0x10FFFF)
///   malformed \N character escape (\N without "{", "{}" or no closing "}")
///   unknown Unicode character name
/// e.g. "(unicode error) 'unicodeescape' codec can't decode bytes in position
/// 0-2: truncated \xXX escape" for '\x4'.
bool decode_str_literal(std::string_view body, bool raw, std::string& out, StringLiteralError& error);

/// Appends the value of a bytes literal body to `out`. Any byte >= 0x80 is
/// Kind::NonAsciiBytes (raw or not). Non-raw escapes are those of str minus
/// \u \U \N (kept verbatim like unknown escapes); octal values are taken
/// modulo 256 (b'\777' == b'\xff'); a bad \x is Kind::BytesEscape:
/// "(value error) invalid \x escape at position N", N = offset of the
/// backslash in the (newline-translated) body.
bool decode_bytes_literal(std::string_view body, bool raw, std::string& out, StringLiteralError& error);

/// Convenience form of the two above: decode_bytes_literal when `bytes`,
/// else decode_str_literal; on error `error_message` gets the message.
bool decode_string_body(std::string_view body, bool raw, bool bytes, std::string& out, std::string& error_message);

// ---------------------------------------------------------------------------
// f-strings
//
// CPython 3.11 splits an f-string body into literal chunks and replacement
// fields. A literal chunk ends at an undoubled '{' (start of a field), at a
// '}' (end of a nested format spec, or an error at the top level), at a
// doubled "{{"/"}}" (the chunk then includes ONE brace and scanning resumes
// after the second), or at the end of the body. In a non-raw f-string a
// backslash pairs with the next character, "\N{...}" is skipped up to the
// next '}' (its braces are not field braces), and "\N" followed by anything
// else also swallows that next character. A chunk is then decoded on its own
// with decode_str_literal(chunk, raw, ...), so error positions count from the
// chunk's start; e.g. f'{1}a\x4' reports "position 1-3", f'a{{\x4' "0-2".
// Adjacent decoded chunks are merged into one Constant by the parser.

enum class FStringLiteralStop : uint8_t {
  End,               // reached the end of the body
  DoubledBrace,      // "{{" or "}}" at recurse level 0; resume at `next`
  OpenBrace,         // '{' at literal_end starts a replacement field
  CloseBrace,        // '}' at literal_end (only when recurse_level > 0)
  SingleCloseBrace,  // '}' at literal_end, level 0: "f-string: single '}' is not allowed"
};

struct FStringLiteralScan {
  size_t literal_end = 0;  // the literal chunk is body[pos, literal_end)
  size_t next = 0;         // where to continue (the brace, or after "{{")
  FStringLiteralStop stop = FStringLiteralStop::End;
};

/// Scans the literal chunk of an f-string body that starts at `pos`.
/// `recurse_level` is 0 for the f-string itself and 1 inside a format spec
/// (f'{x:...}'), where doubled braces are not special.
FStringLiteralScan scan_fstring_literal(std::string_view body, size_t pos, bool raw, int recurse_level);

}  // namespace ingot::syntax
