// Tokenizer edge cases; expectations follow CPython's tokenizer (positions
// as `tokenize` reports them, errors as `ast.parse` words them).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "syntax/lexer.h"
#include "syntax/source_text.h"

namespace ingot::syntax {
namespace {

using K = TokenKind;

struct Lexed {
  std::string text;
  std::vector<Token> tokens;
  LexError error;
  bool failed = false;
};

Lexed lex(std::string_view source) {
  Lexed out;
  SourceError source_error;
  EXPECT_TRUE(decode_source(source, out.text, source_error)) << source_error.message;
  Lexer lexer(out.text);
  lexer.tokenize(out.tokens);
  out.failed = lexer.failed();
  if (out.failed) out.error = lexer.error();
  return out;
}

std::vector<K> kinds(const Lexed& l) {
  std::vector<K> out;
  for (const Token& t : l.tokens) out.push_back(t.kind);
  return out;
}

std::string text_of(const Lexed& l, const Token& t) { return l.text.substr(t.start, t.end - t.start); }

TEST(Lexer, IndentAndDedent) {
  Lexed l = lex("if x:\n    y\n\n    # comment only\nz\n");
  EXPECT_EQ(kinds(l), (std::vector<K>{K::KwIf, K::Name, K::Colon, K::Newline, K::Indent, K::Name, K::Newline,
                                      K::Dedent, K::Name, K::Newline, K::EndMarker}));
}

TEST(Lexer, TabsAdvanceToMultiplesOfEight) {
  // A tab then 8 spaces is not consistent with 16 spaces: TabError.
  Lexed ok = lex("if x:\n\tif y:\n\t\tpass\n");
  EXPECT_FALSE(ok.failed);
  Lexed bad = lex("if x:\n\tif y:\n        pass\n");
  ASSERT_TRUE(bad.failed);
  EXPECT_EQ(bad.error.type, "TabError");
  EXPECT_EQ(bad.error.message, "inconsistent use of tabs and spaces in indentation");
}

TEST(Lexer, FormFeedResetsIndentation) {
  Lexed l = lex("if x:\n    y\n\f\nz\n");
  EXPECT_FALSE(l.failed);
  Lexed reset = lex("x\n  \fy\n");  // the form feed resets the column to 0
  EXPECT_EQ(kinds(reset), (std::vector<K>{K::Name, K::Newline, K::Name, K::Newline, K::EndMarker}));
}

TEST(Lexer, BracketsJoinLinesAndHideIndentation) {
  Lexed l = lex("x = (1,\n        2)\n");
  EXPECT_EQ(kinds(l), (std::vector<K>{K::Name, K::Equal, K::LPar, K::Number, K::Comma, K::Number, K::RPar,
                                      K::Newline, K::EndMarker}));
  EXPECT_EQ(l.tokens[5].lineno, 2);
  EXPECT_EQ(l.tokens[5].col_offset, 8);
}

TEST(Lexer, BackslashContinuation) {
  Lexed l = lex("x = 1 + \\\n  2\n");
  EXPECT_EQ(kinds(l), (std::vector<K>{K::Name, K::Equal, K::Number, K::Plus, K::Number, K::Newline, K::EndMarker}));
  Lexed bad = lex("a \\ b\n");
  ASSERT_TRUE(bad.failed);
  EXPECT_EQ(bad.error.message, "unexpected character after line continuation character");
}

TEST(Lexer, StringPrefixesInAnyCase) {
  for (const char* prefix : {"", "r", "R", "b", "B", "u", "U", "f", "F", "br", "Rb", "bR", "RB", "fr", "Rf", "rF"}) {
    std::string source = std::string(prefix) + "'x'\n";
    Lexed l = lex(source);
    ASSERT_EQ(l.tokens.size(), 3u) << prefix;
    EXPECT_EQ(l.tokens[0].kind, K::String) << prefix;
    EXPECT_EQ(text_of(l, l.tokens[0]), std::string(prefix) + "'x'");
  }
  // Not prefixes: `ur` and `bu` are names followed by strings.
  EXPECT_EQ(lex("ur'x'\n").tokens[0].kind, K::Name);
}

TEST(Lexer, TripleQuotedStringSpansLines) {
  Lexed l = lex("x = '''a\nb''' + 1\n");
  const Token& s = l.tokens[2];
  EXPECT_EQ(s.kind, K::String);
  EXPECT_EQ(s.lineno, 1);
  EXPECT_EQ(s.col_offset, 4);
  EXPECT_EQ(s.end_lineno, 2);
  EXPECT_EQ(s.end_col_offset, 4);
}

TEST(Lexer, UnterminatedStrings) {
  Lexed single = lex("x = 'abc\n");
  ASSERT_TRUE(single.failed);
  EXPECT_EQ(single.error.message, "unterminated string literal (detected at line 1)");
  EXPECT_EQ(single.error.offset, 5);
  Lexed triple = lex("x = '''abc\n\n");
  ASSERT_TRUE(triple.failed);
  EXPECT_EQ(triple.error.message, "unterminated triple-quoted string literal (detected at line 2)");
}

TEST(Lexer, Numbers) {
  for (const char* number : {"0", "00", "1_000", "0xDEAD_beef", "0o17", "0b1_0", "1.", ".5", "1e10", "1E-5", "1.5j",
                             "1J", "0_0", "1_0.0_1e+1_0", "09.5", "012e3", "0j"}) {
    Lexed l = lex(std::string(number) + "\n");
    EXPECT_FALSE(l.failed) << number << ": " << l.error.message;
    ASSERT_GE(l.tokens.size(), 1u);
    EXPECT_EQ(l.tokens[0].kind, K::Number) << number;
    EXPECT_EQ(text_of(l, l.tokens[0]), number);
  }
}

TEST(Lexer, InvalidNumbers) {
  struct Case {
    const char* source;
    const char* message;
  };
  for (const Case& c : {Case{"1abc\n", "invalid decimal literal"}, Case{"1_\n", "invalid decimal literal"},
                        Case{"1__0\n", "invalid decimal literal"}, Case{"0x\n", "invalid hexadecimal literal"},
                        Case{"0o8\n", "invalid digit '8' in octal literal"},
                        Case{"0b2\n", "invalid digit '2' in binary literal"},
                        Case{"0777\n",
                             "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
                             "octal integers"},
                        Case{"1.5e\n", "invalid decimal literal"}}) {
    Lexed l = lex(c.source);
    ASSERT_TRUE(l.failed) << c.source;
    EXPECT_EQ(l.error.message, c.message) << c.source;
  }
  // A keyword may directly follow a number (CPython only warns).
  EXPECT_FALSE(lex("1if x else 2\n").failed);
  EXPECT_FALSE(lex("0x1for x in y\n").failed);
}

TEST(Lexer, OperatorsLongestMatch) {
  Lexed l = lex("a **= b // c ... -> := <> != <<= >>\n");
  EXPECT_EQ(kinds(l), (std::vector<K>{K::Name, K::DoubleStarEqual, K::Name, K::DoubleSlash, K::Name, K::Ellipsis,
                                      K::RArrow, K::ColonEqual, K::LessGreater, K::NotEqual, K::LeftShiftEqual,
                                      K::RightShift, K::Newline, K::EndMarker}));
}

TEST(Lexer, KeywordsAndSoftKeywords) {
  Lexed l = lex("match case _ async await None\n");
  EXPECT_EQ(kinds(l), (std::vector<K>{K::Name, K::Name, K::Name, K::KwAsync, K::KwAwait, K::KwNone, K::Newline,
                                      K::EndMarker}));
}

TEST(Lexer, NonAsciiIdentifiers) {
  Lexed l = lex("\xc3\xa9t\xc3\xa9 = 1\n");  // été
  EXPECT_FALSE(l.failed);
  EXPECT_TRUE(l.tokens[0].non_ascii);
  EXPECT_EQ(l.tokens[1].col_offset, 6);  // columns count UTF-8 bytes
  Lexed bad = lex("a\xe2\x82\xac = 1\n");  // a€
  ASSERT_TRUE(bad.failed);
  EXPECT_EQ(bad.error.message, "invalid character '\xe2\x82\xac' (U+20AC)");
  EXPECT_EQ(bad.error.offset, 2);
}

TEST(Lexer, BracketErrors) {
  Lexed mismatch = lex("a = [1, 2)\n");
  ASSERT_TRUE(mismatch.failed);
  EXPECT_EQ(mismatch.error.message, "closing parenthesis ')' does not match opening parenthesis '['");
  Lexed unmatched = lex("x = )\n");
  EXPECT_EQ(unmatched.error.message, "unmatched ')'");
  Lexed unclosed = lex("foo(\n");
  EXPECT_EQ(unclosed.error.message, "'(' was never closed");
  EXPECT_FALSE(unclosed.error.eager);
  Lexed deep = lex(std::string(201, '(') + "\n");
  EXPECT_EQ(deep.error.message, "too many nested parentheses");
}

TEST(Lexer, UnindentMismatch) {
  Lexed l = lex("if x:\n    a\n  b\n");
  ASSERT_TRUE(l.failed);
  EXPECT_EQ(l.error.type, "IndentationError");
  EXPECT_EQ(l.error.message, "unindent does not match any outer indentation level");
}

TEST(Lexer, MissingFinalNewlineIsAdded) {
  Lexed l = lex("x");
  EXPECT_EQ(kinds(l), (std::vector<K>{K::Name, K::Newline, K::EndMarker}));
}

TEST(SourceText, UniversalNewlinesBomAndCoding) {
  std::string text;
  SourceError error;
  ASSERT_TRUE(decode_source("\xef\xbb\xbfx\r\ny\rz", text, error));
  EXPECT_EQ(text, "x\ny\nz\n");
  ASSERT_TRUE(decode_source("# coding: latin-1\nx = '\xe9'\n", text, error));
  EXPECT_EQ(text, "# coding: latin-1\nx = '\xc3\xa9'\n");
  EXPECT_FALSE(decode_source("# coding: no-such-codec\n", text, error));
  EXPECT_EQ(error.message, "unknown encoding: no-such-codec");
  EXPECT_FALSE(decode_source("x = '\xff'\n", text, error));  // not UTF-8
  EXPECT_FALSE(decode_source(std::string_view("x\0", 2), text, error));
}

}  // namespace
}  // namespace ingot::syntax
