// Tokens of Python 3.11 source, as CPython's tokenizer produces them
// (Grammar/Tokens), with keywords resolved so the parser compares integers.
#pragma once

#include <cstdint>
#include <string_view>

namespace ingot::syntax {

enum class TokenKind : uint8_t {
  EndMarker,
  Name,
  Number,
  String,
  Newline,
  Indent,
  Dedent,
  // Operators and delimiters.
  LPar, RPar, LSqb, RSqb, LBrace, RBrace,
  Colon, Comma, Semi, Plus, Minus, Star, Slash, VBar, Amper, Less, Greater,
  Equal, Dot, Percent, EqEqual, NotEqual, LessEqual, GreaterEqual, Tilde,
  CircumFlex, LeftShift, RightShift, DoubleStar, PlusEqual, MinEqual,
  StarEqual, SlashEqual, PercentEqual, AmperEqual, VBarEqual, CircumFlexEqual,
  LeftShiftEqual, RightShiftEqual, DoubleStarEqual, DoubleSlash,
  DoubleSlashEqual, At, AtEqual, RArrow, Ellipsis, ColonEqual,
  /// `<>`: a token CPython's tokenizer knows but its grammar never accepts.
  LessGreater,
  /// A character that starts no token (`$`, `?`, a lone `!`): the parser
  /// rejects it with "invalid syntax".
  Unknown,
  // Hard keywords.
  KwFalse, KwNone, KwTrue, KwAnd, KwAs, KwAssert, KwAsync, KwAwait, KwBreak,
  KwClass, KwContinue, KwDef, KwDel, KwElif, KwElse, KwExcept, KwFinally,
  KwFor, KwFrom, KwGlobal, KwIf, KwImport, KwIn, KwIs, KwLambda, KwNonlocal,
  KwNot, KwOr, KwPass, KwRaise, KwReturn, KwTry, KwWhile, KwWith, KwYield,
  /// Where the tokenizer stopped on an error; the parser raises that error
  /// when it reaches this token.
  Error,
};

/// One token. Offsets index the UTF-8 text the lexer produced; lines are
/// 1-based, columns 0-based in UTF-8 bytes (CPython's convention).
struct Token {
  TokenKind kind = TokenKind::EndMarker;
  bool non_ascii = false;  // a NAME with non-ASCII letters (to normalise)
  uint32_t start = 0;  // byte offset of the first byte
  uint32_t end = 0;    // byte offset past the last byte
  int32_t lineno = 0;
  int32_t col_offset = 0;
  int32_t end_lineno = 0;
  int32_t end_col_offset = 0;
};

/// The operator or keyword spelled `text`, for diagnostics.
std::string_view token_text(TokenKind kind);

}  // namespace ingot::syntax
