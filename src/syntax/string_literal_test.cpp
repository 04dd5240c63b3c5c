// Unit tests for string_literal.h. Expected values and messages generated
// with CPython 3.11.7: ast.parse() of PREFIX'''BODY''' (values, or
// SyntaxError.msg), and of f-strings whose replacement fields are all "{x}".
#include <gtest/gtest.h>

#include <string>

#include "syntax/string_literal.h"

namespace ingot::syntax {
namespace {

std::string hex(const std::string& s) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  for (char ch : s) {
    const unsigned char c = static_cast<unsigned char>(ch);
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

struct LiteralCase { char mode; std::string body; bool ok; std::string expected; };
// mode: s = str, r = raw str, b = bytes, B = raw bytes. expected: the value, or the SyntaxError message.
const LiteralCase kLiteralCases[] = {
    {'s', std::string("", 0), true, std::string("", 0)},
    {'s', std::string("abc", 3), true, std::string("abc", 3)},
    {'s', std::string("caf\303\251", 5), true, std::string("caf\303\251", 5)},
    {'s', std::string("\134n\134t\134r\134a\134b\134f\134v\134\134\134'\134\042", 20), true, std::string("\012\011\015\007\010\014\013\134'\042", 10)},
    {'s', std::string("a\134\012b", 4), true, std::string("ab", 2)},
    {'s', std::string("a\134\015\012b", 5), true, std::string("ab", 2)},
    {'s', std::string("a\134\015b", 4), true, std::string("ab", 2)},
    {'s', std::string("a\015\012b", 4), true, std::string("a\012b", 3)},
    {'s', std::string("a\015b", 3), true, std::string("a\012b", 3)},
    {'s', std::string("\015\015\012", 3), true, std::string("\012\012", 2)},
    {'s', std::string("\1340\1347\13477\134101\1341234\134400\134777\13408\1348\1349", 31), true, std::string("\000\007\077AS4\304\200\307\277\0008\1348\1349", 16)},
    {'s', std::string("\134x41\134x4a\134x4A", 12), true, std::string("AJJ", 3)},
    {'s', std::string("\134u00e9\134u20AC", 12), true, std::string("\303\251\342\202\254", 5)},
    {'s', std::string("\134U0001F600\134U0010ffff", 20), true, std::string("\360\237\230\200\364\217\277\277", 8)},
    {'s', std::string("\134ud800\134udfff\134uDC80", 18), true, std::string("\355\240\200\355\277\277\355\262\200", 9)},
    {'s', std::string("\134N{LATIN SMALL LETTER A}\134N{em dash}\134N{NBSP}\134N{CJK UNIFIED IDEOGRAPH-4E00}", 73), true, std::string("a\342\200\224\302\240\344\270\200", 9)},
    {'s', std::string("\134N{HANGUL SYLLABLE GAG}", 23), true, std::string("\352\260\201", 3)},
    {'s', std::string("\134q\134z\134 \134{", 8), true, std::string("\134q\134z\134 \134{", 8)},
    {'s', std::string("\134\303\251", 3), true, std::string("\134\303\251", 3)},
    {'s', std::string("\134\134\303\251", 4), true, std::string("\134\303\251", 3)},
    {'s', std::string("\134x4", 3), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \134xXX escape", 95)},
    {'s', std::string("\134x", 2), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \134xXX escape", 95)},
    {'s', std::string("abc\134x4", 6), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 3-5: truncated \134xXX escape", 95)},
    {'s', std::string("\134x4G", 4), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \134xXX escape", 95)},
    {'s', std::string("\134u12", 4), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \134uXXXX escape", 97)},
    {'s', std::string("\134u12G4", 6), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \134uXXXX escape", 97)},
    {'s', std::string("\134U0011000", 9), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: truncated \134UXXXXXXXX escape", 101)},
    {'s', std::string("\134U1234567G", 10), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: truncated \134UXXXXXXXX escape", 101)},
    {'s', std::string("\134U00110000", 10), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 99)},
    {'s', std::string("\134UFFFFFFFF", 10), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 99)},
    {'s', std::string("ab\134U00110000", 12), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 2-11: illegal Unicode character", 100)},
    {'s', std::string("\134N{foo}", 7), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", 104)},
    {'s', std::string("\134N{}", 4), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \134N character escape", 103)},
    {'s', std::string("\134N{}x", 5), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \134N character escape", 103)},
    {'s', std::string("\134N", 2), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \134N character escape", 103)},
    {'s', std::string("\134Nx", 3), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \134N character escape", 103)},
    {'s', std::string("\134N{", 3), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \134N character escape", 103)},
    {'s', std::string("\134N{a", 4), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: malformed \134N character escape", 103)},
    {'s', std::string("\134N {SPACE}", 10), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \134N character escape", 103)},
    {'s', std::string("\134N{SPACE", 8), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: malformed \134N character escape", 103)},
    {'s', std::string("ab\134N{SPACE", 10), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 2-9: malformed \134N character escape", 103)},
    {'s', std::string("\134N{SPACE}\134x4", 12), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 9-11: truncated \134xXX escape", 96)},
    {'s', std::string("\303\251\134x4", 5), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \134xXX escape", 97)},
    {'s', std::string("\303\251\303\251\134x4", 7), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 20-22: truncated \134xXX escape", 97)},
    {'s', std::string("\360\237\230\200\134x4", 7), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \134xXX escape", 97)},
    {'s', std::string("\134777\134x4", 7), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 4-6: truncated \134xXX escape", 95)},
    {'s', std::string("\134\303\251\134x4", 6), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 16-18: truncated \134xXX escape", 97)},
    {'s', std::string("\134\134\303\251\134x4", 7), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 12-14: truncated \134xXX escape", 97)},
    {'s', std::string("\134N{\303\251}", 6), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-13: unknown Unicode character name", 105)},
    {'s', std::string("\134N{SPACE}\134N{\303\251\134x4", 17), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 9-24: malformed \134N character escape", 104)},
    {'s', std::string("a\015\012\134x4", 6), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \134xXX escape", 95)},
    {'s', std::string("\134N{a\134}", 6), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: unknown Unicode character name", 104)},
    {'s', std::string("\134N{LATIN SMALL LETTER A\015\012}", 26), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-24: unknown Unicode character name", 105)},
    {'r', std::string("", 0), true, std::string("", 0)},
    {'r', std::string("\134x4\134N{foo}\134\134", 12), true, std::string("\134x4\134N{foo}\134\134", 12)},
    {'r', std::string("a\015\012b\015c", 6), true, std::string("a\012b\012c", 5)},
    {'r', std::string("caf\303\251\134\134", 7), true, std::string("caf\303\251\134\134", 7)},
    {'b', std::string("", 0), true, std::string("", 0)},
    {'b', std::string("abc", 3), true, std::string("abc", 3)},
    {'b', std::string("\134n\134t\134r\134a\134b\134f\134v\134\134\134'\134\042", 20), true, std::string("\012\011\015\007\010\014\013\134'\042", 10)},
    {'b', std::string("\134x41\134xff\134xFf", 12), true, std::string("A\377\377", 3)},
    {'b', std::string("\1340\1347\13477\134101\1341234\134400\134777\13408", 27), true, std::string("\000\007\077AS4\000\377\0008", 10)},
    {'b', std::string("\134u1234\134U00012345\134N{SPACE}\134q", 27), true, std::string("\134u1234\134U00012345\134N{SPACE}\134q", 27)},
    {'b', std::string("a\134\012b", 4), true, std::string("ab", 2)},
    {'b', std::string("a\015\012b", 4), true, std::string("a\012b", 3)},
    {'b', std::string("\134x4", 3), false, std::string("(value error) invalid \134x escape at position 0", 45)},
    {'b', std::string("ab\134x4", 5), false, std::string("(value error) invalid \134x escape at position 2", 45)},
    {'b', std::string("\134x", 2), false, std::string("(value error) invalid \134x escape at position 0", 45)},
    {'b', std::string("\134xg0", 4), false, std::string("(value error) invalid \134x escape at position 0", 45)},
    {'b', std::string("\015\012\134x4", 5), false, std::string("(value error) invalid \134x escape at position 1", 45)},
    {'b', std::string("\303\251", 2), false, std::string("bytes can only contain ASCII literal characters", 47)},
    {'b', std::string("ab\303\251", 4), false, std::string("bytes can only contain ASCII literal characters", 47)},
    {'b', std::string("\134x4\303\251", 5), false, std::string("bytes can only contain ASCII literal characters", 47)},
    {'B', std::string("\134x4\134\134", 5), true, std::string("\134x4\134\134", 5)},
    {'B', std::string("a\015\012b", 4), true, std::string("a\012b", 3)},
    {'B', std::string("\303\251", 2), false, std::string("bytes can only contain ASCII literal characters", 47)},
    {'r', std::string("au\134\303\251\303\251}N8", 10), true, std::string("au\134\303\251\303\251}N8", 10)},
    {'r', std::string("gd8004\134\303\251\303\251u", 12), true, std::string("gd8004\134\303\251\303\251u", 12)},
    {'r', std::string("\134N{N", 4), true, std::string("\134N{N", 4)},
    {'s', std::string(" {\134U", 4), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 2-3: truncated \134UXXXXXXXX escape", 101)},
    {'r', std::string("0\134N{0fd800 ", 11), true, std::string("0\134N{0fd800 ", 11)},
    {'r', std::string("\303\2518gnbspnbsp\303\251", 14), true, std::string("\303\2518gnbspnbsp\303\251", 14)},
    {'B', std::string("A\134\015\012", 4), true, std::string("A\134\012", 3)},
    {'B', std::string("gUnbsp0g\012", 9), true, std::string("gUnbsp0g\012", 9)},
    {'s', std::string("\360\237\230\200A", 5), true, std::string("\360\237\230\200A", 5)},
    {'B', std::string("fa\134x}A", 6), true, std::string("fa\134x}A", 6)},
    {'B', std::string("000110000 8\134N{U{", 16), true, std::string("000110000 8\134N{U{", 16)},
    {'s', std::string("\134N{", 3), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \134N character escape", 103)},
    {'r', std::string("\015\134\0424", 4), true, std::string("\012\134\0424", 4)},
    {'b', std::string("0\015\012\1341", 5), true, std::string("0\012\001", 3)},
    {'s', std::string("{00a8\042NN", 8), true, std::string("{00a8\042NN", 8)},
    {'s', std::string("\04240}a\134\134", 7), true, std::string("\04240}a\134", 6)},
    {'b', std::string("u\134EM DASH1nbsp18", 16), true, std::string("u\134EM DASH1nbsp18", 16)},
    {'r', std::string("\134\134\015N7\012", 6), true, std::string("\134\134\012N7\012", 6)},
    {'r', std::string("A a{", 4), true, std::string("A a{", 4)},
    {'s', std::string("A0\303\251N1u", 7), true, std::string("A0\303\251N1u", 7)},
    {'b', std::string("\134N{\012\134N{", 7), true, std::string("\134N{\012\134N{", 7)},
    {'s', std::string("anbspnbsp", 9), true, std::string("anbspnbsp", 9)},
    {'r', std::string("g\303\2517\042g\015Nu", 9), true, std::string("g\303\2517\042g\012Nu", 9)},
    {'r', std::string("\303\251", 2), true, std::string("\303\251", 2)},
    {'b', std::string(" \012nbspa\134N{8SPACE", 16), true, std::string(" \012nbspa\134N{8SPACE", 16)},
    {'b', std::string("\012\134d800A4", 8), true, std::string("\012\134d800A4", 8)},
    {'r', std::string("00110000AN1", 11), true, std::string("00110000AN1", 11)},
    {'b', std::string("A", 1), true, std::string("A", 1)},
    {'b', std::string("7}U\1348\015", 6), true, std::string("7}U\1348\012", 6)},
    {'b', std::string("\042ad800", 6), true, std::string("\042ad800", 6)},
    {'b', std::string("0u4", 3), true, std::string("0u4", 3)},
    {'b', std::string("\012\015\134{8 ", 6), true, std::string("\012\012\134{8 ", 6)},
    {'r', std::string("\015\012\134d800\015\012", 9), true, std::string("\012\134d800\012", 7)},
    {'s', std::string("g\134N{{1UA4", 9), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 1-8: malformed \134N character escape", 103)},
    {'s', std::string("\134\012", 2), true, std::string("", 0)},
    {'b', std::string("8u\012", 3), true, std::string("8u\012", 3)},
    {'s', std::string("\360\237\230\200uN\13400110000", 15), true, std::string("\360\237\230\200uN\00110000", 12)},
    {'B', std::string("EM DASH\134}ff\042A\134\134", 15), true, std::string("EM DASH\134}ff\042A\134\134", 15)},
    {'B', std::string("\134SPACE\134\134x\015N", 11), true, std::string("\134SPACE\134\134x\012N", 11)},
    {'r', std::string("{{", 2), true, std::string("{{", 2)},
    {'r', std::string("Ax48SPACE\13417", 12), true, std::string("Ax48SPACE\13417", 12)},
    {'r', std::string("014", 3), true, std::string("014", 3)},
    {'s', std::string("\134\015\012nbsp\303\251\360\237\230\200d800U\360\237\230\200", 22), true, std::string("nbsp\303\251\360\237\230\200d800U\360\237\230\200", 19)},
    {'r', std::string("d800\134{SPACEg{SPACE", 18), true, std::string("d800\134{SPACEg{SPACE", 18)},
    {'s', std::string("A\134\134", 3), true, std::string("A\134", 2)},
    {'B', std::string("d800u7 a8\134\134", 11), true, std::string("d800u7 a8\134\134", 11)},
    {'b', std::string("SPACEuNnbspd800", 15), true, std::string("SPACEuNnbspd800", 15)},
    {'b', std::string("\134uEM DASH", 9), true, std::string("\134uEM DASH", 9)},
    {'r', std::string("8", 1), true, std::string("8", 1)},
    {'B', std::string("N g\012\134N{}\134\134", 10), true, std::string("N g\012\134N{}\134\134", 10)},
    {'s', std::string("d800u", 5), true, std::string("d800u", 5)},
    {'B', std::string("\134\134N{g0", 6), true, std::string("\134\134N{g0", 6)},
    {'s', std::string("1", 1), true, std::string("1", 1)},
    {'b', std::string("aa\012\134\134}", 6), true, std::string("aa\012\134}", 5)},
    {'b', std::string("\015f", 2), true, std::string("\012f", 2)},
    {'r', std::string(" \015", 2), true, std::string(" \012", 2)},
    {'r', std::string("EM DASH Nx1\134\134", 13), true, std::string("EM DASH Nx1\134\134", 13)},
    {'b', std::string("\015\0127a\134x8", 7), false, std::string("(value error) invalid \134x escape at position 3", 45)},
    {'s', std::string("00110000\042EM DASHgx", 18), true, std::string("00110000\042EM DASHgx", 18)},
    {'B', std::string("\1347U\042d8000", 9), true, std::string("\1347U\042d8000", 9)},
    {'s', std::string("8", 1), true, std::string("8", 1)},
    {'r', std::string("gSPACE\134EM DASH0N4\134\134", 19), true, std::string("gSPACE\134EM DASH0N4\134\134", 19)},
    {'b', std::string("\134\015\012xSPACE}", 10), true, std::string("xSPACE}", 7)},
    {'s', std::string("\134d800", 5), true, std::string("\134d800", 5)},
    {'B', std::string(" 7SPACEA4 ", 10), true, std::string(" 7SPACEA4 ", 10)},
    {'r', std::string("\015\360\237\230\200gNU", 8), true, std::string("\012\360\237\230\200gNU", 8)},
    {'B', std::string("u\134x", 3), true, std::string("u\134x", 3)},
    {'r', std::string("1\134N{0\042AEM DASH ", 15), true, std::string("1\134N{0\042AEM DASH ", 15)},
    {'s', std::string("SPACE\0121EM DASH ", 15), true, std::string("SPACE\0121EM DASH ", 15)},
    {'r', std::string("\134N{f{\015x", 7), true, std::string("\134N{f{\012x", 7)},
    {'b', std::string("4aA", 3), true, std::string("4aA", 3)},
    {'B', std::string("\015{\012\012{", 5), true, std::string("\012{\012\012{", 5)},
    {'s', std::string("\042\134N{1", 5), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 1-4: malformed \134N character escape", 103)},
    {'b', std::string("\042", 1), true, std::string("\042", 1)},
    {'r', std::string("Ngf\015\012d800\134\015\012", 12), true, std::string("Ngf\012d800\134\012", 10)},
    {'s', std::string("0EM DASHN\134N{Ad800", 17), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 9-16: malformed \134N character escape", 104)},
    {'b', std::string("ug", 2), true, std::string("ug", 2)},
    {'b', std::string("8f", 2), true, std::string("8f", 2)},
    {'B', std::string("1{", 2), true, std::string("1{", 2)},
    {'B', std::string("nbspxA\134}d800\134}", 14), true, std::string("nbspxA\134}d800\134}", 14)},
    {'s', std::string("d800", 4), true, std::string("d800", 4)},
    {'B', std::string("\134\134", 2), true, std::string("\134\134", 2)},
    {'r', std::string("\134d800\360\237\230\200N", 10), true, std::string("\134d800\360\237\230\200N", 10)},
    {'b', std::string("U\134N{", 4), true, std::string("U\134N{", 4)},
    {'s', std::string("00110000nbspN\134g\134\134", 17), true, std::string("00110000nbspN\134g\134", 16)},
    {'r', std::string("\015", 1), true, std::string("\012", 1)},
    {'s', std::string("uU\0158\303\251", 6), true, std::string("uU\0128\303\251", 6)},
    {'b', std::string("00110000 \134\134", 11), true, std::string("00110000 \134", 10)},
    {'b', std::string("\015\012\042N\134N{f\134\134", 10), true, std::string("\012\042N\134N{f\134", 8)},
    {'b', std::string("gSPACE", 6), true, std::string("gSPACE", 6)},
    {'B', std::string("00110000\134\134\134u\134\134EM DASH", 21), true, std::string("00110000\134\134\134u\134\134EM DASH", 21)},
    {'s', std::string("\134}1SPACE }d800d800", 18), true, std::string("\134}1SPACE }d800d800", 18)},
    {'b', std::string("71axa\134f\134N{", 10), true, std::string("71axa\014\134N{", 9)},
    {'B', std::string("00110000a7A", 11), true, std::string("00110000a7A", 11)},
    {'B', std::string("N\015400110000", 11), true, std::string("N\012400110000", 11)},
    {'s', std::string("\303\2514g7NSPACE", 11), true, std::string("\303\2514g7NSPACE", 11)},
    {'s', std::string("EM DASH", 7), true, std::string("EM DASH", 7)},
    {'r', std::string("nbsp\015\012\134\134", 8), true, std::string("nbsp\012\134\134", 7)},
    {'s', std::string("\012EM DASH\303\251\303\251\134N\012", 15), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 28-29: malformed \134N character escape", 105)},
    {'B', std::string("nbspau", 6), true, std::string("nbspau", 6)},
    {'r', std::string("8EM DASHA\012anbsp\360\237\230\200", 19), true, std::string("8EM DASHA\012anbsp\360\237\230\200", 19)},
    {'r', std::string("7SPACE", 6), true, std::string("7SPACE", 6)},
    {'s', std::string("gnbspx\015\012{f7", 11), true, std::string("gnbspx\012{f7", 10)},
    {'s', std::string("EM DASHAAd800", 13), true, std::string("EM DASHAAd800", 13)},
    {'B', std::string("NAgEM DASHugEM DASH", 19), true, std::string("NAgEM DASHugEM DASH", 19)},
    {'r', std::string("A", 1), true, std::string("A", 1)},
    {'r', std::string("x\134f", 3), true, std::string("x\134f", 3)},
    {'r', std::string(" ", 1), true, std::string(" ", 1)},
    {'b', std::string("UEM DASH}000110000", 18), true, std::string("UEM DASH}000110000", 18)},
    {'r', std::string("EM DASHa ", 9), true, std::string("EM DASHa ", 9)},
    {'b', std::string("\0427", 2), true, std::string("\0427", 2)},
    {'s', std::string("ax\134N{\303\251x\015", 9), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 2-16: malformed \134N character escape", 104)},
    {'r', std::string("SPACE\303\251u\134UguSPACE", 17), true, std::string("SPACE\303\251u\134UguSPACE", 17)},
    {'B', std::string(" 14u", 4), true, std::string(" 14u", 4)},
    {'b', std::string("}\134g", 3), true, std::string("}\134g", 3)},
    {'s', std::string("\042{u\012", 4), true, std::string("\042{u\012", 4)},
    {'b', std::string("EM DASHSPACE\134A8Ng", 17), true, std::string("EM DASHSPACE\134A8Ng", 17)},
    {'s', std::string("}\134\01587u\015\0121", 9), true, std::string("}87u\0121", 6)},
    {'r', std::string("EM DASH0\134}7N", 12), true, std::string("EM DASH0\134}7N", 12)},
    {'s', std::string("4\1348", 3), true, std::string("4\1348", 3)},
    {'s', std::string("a\134d8000{u", 9), true, std::string("a\134d8000{u", 9)},
    {'b', std::string("\015xNd800\134\134", 9), true, std::string("\012xNd800\134", 8)},
    {'B', std::string("\134\134", 2), true, std::string("\134\134", 2)},
    {'b', std::string("400110000SPACE", 14), true, std::string("400110000SPACE", 14)},
    {'b', std::string("\134\134d800\042\015", 8), true, std::string("\134d800\042\012", 7)},
    {'B', std::string("d80000110000", 12), true, std::string("d80000110000", 12)},
    {'r', std::string("1 \134\303\251", 5), true, std::string("1 \134\303\251", 5)},
    {'s', std::string("N", 1), true, std::string("N", 1)},
    {'s', std::string("\012g{U8nbspf{", 11), true, std::string("\012g{U8nbspf{", 11)},
    {'s', std::string("fa 8d800\042", 9), true, std::string("fa 8d800\042", 9)},
    {'b', std::string("fnbsp\134\134", 7), true, std::string("fnbsp\134", 6)},
    {'b', std::string("0\015A", 3), true, std::string("0\012A", 3)},
    {'B', std::string("\015SPACE{\015\0120}", 11), true, std::string("\012SPACE{\0120}", 10)},
    {'B', std::string("xU", 2), true, std::string("xU", 2)},
    {'B', std::string("\012\015\012\134{EM DASHu", 13), true, std::string("\012\012\134{EM DASHu", 12)},
    {'s', std::string("1", 1), true, std::string("1", 1)},
    {'b', std::string(" \134Au4\134\134", 7), true, std::string(" \134Au4\134", 6)},
    {'B', std::string("f00110000\134\134", 11), true, std::string("f00110000\134\134", 11)},
    {'s', std::string("\134Uu\042}EM DASHf", 13), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \134UXXXXXXXX escape", 101)},
    {'r', std::string("00110000\134{8\042Ad800\360\237\230\200", 21), true, std::string("00110000\134{8\042Ad800\360\237\230\200", 21)},
    {'r', std::string("\303\251}7\360\237\230\200", 8), true, std::string("\303\251}7\360\237\230\200", 8)},
    {'r', std::string("\015\012\360\237\230\200\015\1341", 9), true, std::string("\012\360\237\230\200\012\1341", 8)},
    {'s', std::string("}x\134N{\015\0127xnbsp", 13), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 2-11: malformed \134N character escape", 104)},
    {'B', std::string("\134SPACEnbsp\134\134N{0x", 16), true, std::string("\134SPACEnbsp\134\134N{0x", 16)},
    {'s', std::string("uAnbsp00110000", 14), true, std::string("uAnbsp00110000", 14)},
    {'b', std::string("}f14\134N{a{\134N{", 12), true, std::string("}f14\134N{a{\134N{", 12)},
    {'B', std::string("}", 1), true, std::string("}", 1)},
    {'b', std::string("7NEM DASHu", 10), true, std::string("7NEM DASHu", 10)},
    {'b', std::string("4EM DASHd800d800EM DASH7", 24), true, std::string("4EM DASHd800d800EM DASH7", 24)},
    {'b', std::string("\134\134d800\015u\042U00110000", 18), true, std::string("\134d800\012u\042U00110000", 17)},
};

struct FStringCase { bool raw; int level; std::string body; bool ok; std::string expected; };
// expected: "C<hex of constant>" / "F" (the {x} field) parts joined by spaces, or the SyntaxError message.
// level 1 cases are format specs: the body of f'{x:BODY' (BODY ends with the closing brace).
const FStringCase kFStringCases[] = {
    {false, 0, std::string("", 0), true, std::string("", 0)},
    {false, 0, std::string("abc", 3), true, std::string("C616263", 7)},
    {false, 0, std::string("{x}", 3), true, std::string("F", 1)},
    {false, 0, std::string("a{x}b", 5), true, std::string("C61 F C62", 9)},
    {false, 0, std::string("{{", 2), true, std::string("C7b", 3)},
    {false, 0, std::string("}}", 2), true, std::string("C7d", 3)},
    {false, 0, std::string("a{{b}}c", 7), true, std::string("C617b627d63", 11)},
    {false, 0, std::string("{{{x}}}", 7), true, std::string("C7b F C7d", 9)},
    {false, 0, std::string("}", 1), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("a}b", 3), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("\134N{SPACE}", 9), true, std::string("C20", 3)},
    {false, 0, std::string("\134N{SPACE}{x}", 12), true, std::string("C20 F", 5)},
    {false, 0, std::string("{x}\134N{SPACE}", 12), true, std::string("F C20", 5)},
    {false, 0, std::string("\134{x}", 4), true, std::string("C5c F", 5)},
    {false, 0, std::string("\134}}", 3), true, std::string("C5c7d", 5)},
    {false, 0, std::string("\134{{", 3), true, std::string("C5c7b", 5)},
    {false, 0, std::string("\134x4", 3), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \134xXX escape", 95)},
    {false, 0, std::string("{x}\134x4", 6), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \134xXX escape", 95)},
    {false, 0, std::string("{x}a\134x4", 7), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 1-3: truncated \134xXX escape", 95)},
    {false, 0, std::string("a{{\134x4", 6), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \134xXX escape", 95)},
    {false, 0, std::string("\134x4}", 4), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("\134N}}", 4), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("\134Nx{x}", 6), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \134N character escape", 103)},
    {false, 0, std::string("\134\134N{x}", 6), true, std::string("C5c4e F", 7)},
    {false, 0, std::string("\134N{a{x}", 7), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", 104)},
    {false, 0, std::string("caf\303\251{x}\303\251\134x4", 13), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \134xXX escape", 97)},
    {false, 0, std::string("a\015\012{x}\015\012", 8), true, std::string("C610a F C0a", 11)},
    {false, 0, std::string("{x}{x}", 6), true, std::string("F F", 3)},
    {false, 0, std::string("\134N{SPACE", 8), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: malformed \134N character escape", 103)},
    {true, 0, std::string("\134N{x}", 5), true, std::string("C5c4e F", 7)},
    {true, 0, std::string("\134{x}\134\134", 6), true, std::string("C5c F C5c5c", 11)},
    {true, 0, std::string("a\134x4{x}{{", 9), true, std::string("C615c7834 F C7b", 15)},
    {true, 0, std::string("\134}}", 3), true, std::string("C5c7d", 5)},
    {false, 0, std::string("x\134x4SPACE}", 10), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("}}\134N\134N{\042{x}{x}\134N{", 17), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \134N character escape", 103)},
    {false, 0, std::string("\134x41\303\251}a{{{x}", 13), false, std::string("f-string: single '}' is not allowed", 35)},
    {true, 0, std::string("ax\134x41", 6), true, std::string("C61785c783431", 13)},
    {true, 0, std::string("\134x41\134N{{x}\134N", 12), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("\042\134x4\134x41{x}{x}\134N{SPACE}N", 24), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 1-3: truncated \134xXX escape", 95)},
    {false, 0, std::string("\134x4\303\251\134N{SPACE}SPACE}{\134NN", 24), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("\134x41{{", 6), true, std::string("C417b", 5)},
    {false, 0, std::string("\134x4SPACE}", 9), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("\042SPACE}x\134\134{\134x41 ", 16), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("\134\134", 2), true, std::string("C5c", 3)},
    {false, 0, std::string("\012{{\012SPACE}a\134Na", 14), false, std::string("f-string: single '}' is not allowed", 35)},
    {true, 0, std::string("{{\012\134a", 5), true, std::string("C7b0a5c61", 9)},
    {false, 0, std::string("\042\134x4\134\134}\134\134N", 10), false, std::string("f-string: single '}' is not allowed", 35)},
    {true, 0, std::string("SPACE}N}N\134{{SPACE}", 18), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string(" \134N\303\251{x}\134\134}", 11), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 1-2: malformed \134N character escape", 103)},
    {false, 0, std::string("\134\134x41x\042}\303\251x", 11), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("\134N\303\251\134x4\134N", 9), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \134N character escape", 103)},
    {true, 0, std::string(" \134x41\134x41{x}\134x41N", 17), true, std::string("C205c7834315c783431 F C5c7834314e", 33)},
    {false, 0, std::string("a\042N\134\134", 5), true, std::string("C61224e5c", 9)},
    {false, 0, std::string("x{x}}", 5), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("\134x41\134x", 6), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 4-5: truncated \134xXX escape", 95)},
    {false, 0, std::string("\012", 1), true, std::string("C0a", 3)},
    {true, 0, std::string("\134N{{x}N", 7), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("x \042", 3), true, std::string("C782022", 7)},
    {false, 0, std::string("N\012{x}x", 6), true, std::string("C4e0a F C78", 11)},
    {false, 0, std::string("}{{}}", 5), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("SPACE}SPACE}", 12), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("SPACE}\134x4{x}\042", 13), false, std::string("f-string: single '}' is not allowed", 35)},
    {true, 0, std::string("SPACE}", 6), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("}", 1), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("N\303\251\134N{SPACE}}}", 14), true, std::string("C4ec3a9207d", 11)},
    {false, 0, std::string("\134N{SPACE}\134{x}}", 14), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("\134N{SPACE}\134\134N", 12), true, std::string("C205c4e", 7)},
    {false, 0, std::string("{{", 2), true, std::string("C7b", 3)},
    {true, 0, std::string("x\134\134\303\251N", 6), true, std::string("C785c5cc3a94e", 13)},
    {true, 0, std::string("\134N", 2), true, std::string("C5c4e", 5)},
    {true, 0, std::string("\134N\042x\134N", 6), true, std::string("C5c4e22785c4e", 13)},
    {false, 0, std::string("x\134N\134\134\042\012\134N{N", 11), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 1-2: malformed \134N character escape", 103)},
    {false, 0, std::string("{x} ", 4), true, std::string("F C20", 5)},
    {false, 0, std::string("}}\134 N}}}} ", 10), true, std::string("C7d5c204e7d7d20", 15)},
    {false, 0, std::string("} \303\251}", 5), false, std::string("f-string: single '}' is not allowed", 35)},
    {true, 0, std::string("{x}\134x41}\134x41", 12), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("\134x41", 4), true, std::string("C41", 3)},
    {false, 0, std::string("\134{x}\134N\134NSPACE}{x}", 17), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string(" \134\134\134\134\134\134", 7), true, std::string("C205c5c5c", 9)},
    {false, 0, std::string("\134 {x}\134N{", 8), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \134N character escape", 103)},
    {true, 0, std::string("a \134x4\134\134", 7), true, std::string("C61205c78345c5c", 15)},
    {false, 0, std::string("SPACE}SPACE}\134N{}}{x}a", 21), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("\134N\134{", 4), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \134N character escape", 103)},
    {true, 0, std::string("\042\042\134N\042", 5), true, std::string("C22225c4e22", 11)},
    {false, 0, std::string("\042}}\134N{\134x41", 10), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: malformed \134N character escape", 103)},
    {false, 0, std::string("\134N{}}", 5), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("}}}}N}\303\251\134x41\134N", 14), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("\012", 1), true, std::string("C0a", 3)},
    {false, 0, std::string("\134\134", 2), true, std::string("C5c", 3)},
    {false, 0, std::string("\134x41\303\251", 6), true, std::string("C41c3a9", 7)},
    {true, 0, std::string("\042}}SPACE}\012  ", 12), false, std::string("f-string: single '}' is not allowed", 35)},
    {true, 0, std::string("\303\251\134\134 ", 5), true, std::string("Cc3a95c5c20", 11)},
    {false, 0, std::string("\134N{{", 4), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: malformed \134N character escape", 103)},
    {false, 0, std::string("}}}\134Na\012{x}", 10), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("N", 1), true, std::string("C4e", 3)},
    {false, 0, std::string("\134\134", 2), true, std::string("C5c", 3)},
    {false, 0, std::string("{{", 2), true, std::string("C7b", 3)},
    {false, 0, std::string("\134\303\251{{\134}{x}", 10), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("}{{{SPACE}}}\134x4", 15), false, std::string("f-string: single '}' is not allowed", 35)},
    {true, 0, std::string("xaN}\134x4{{\134N{SPACE}", 18), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("{x}\134N{SPACE}", 12), true, std::string("F C20", 5)},
    {false, 0, std::string("\134\134N}\012\134{", 7), false, std::string("f-string: single '}' is not allowed", 35)},
    {true, 0, std::string("x{x}N\042\303\251", 8), true, std::string("C78 F C4e22c3a9", 15)},
    {false, 0, std::string("\134N{SPACE}", 9), true, std::string("C20", 3)},
    {false, 0, std::string("x\012", 2), true, std::string("C780a", 5)},
    {false, 0, std::string("\134\134x4\134x4", 7), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 4-6: truncated \134xXX escape", 95)},
    {false, 0, std::string("\134x4{", 4), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \134xXX escape", 95)},
    {false, 0, std::string(" {x}{x}\134N\134N\134x4", 14), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \134N character escape", 103)},
    {false, 0, std::string("\042\303\251\134x4\012\042\134\134", 10), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 11-13: truncated \134xXX escape", 97)},
    {true, 0, std::string("\303\251\134{x}", 6), true, std::string("Cc3a95c F", 9)},
    {false, 0, std::string("\134N{SPACE}}}\012SPACE} ", 19), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("{x}{{x}\134N{", 10), false, std::string("f-string: single '}' is not allowed", 35)},
    {true, 0, std::string("}}{x}", 5), true, std::string("C7d F", 5)},
    {false, 0, std::string("\134N{{x}\012\042\042\012x", 11), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: unknown Unicode character name", 104)},
    {false, 0, std::string("\134\134N{x}}", 7), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("{x}\303\251\134x4N\134N{SPACE}", 18), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \134xXX escape", 97)},
    {true, 0, std::string("\303\251{x}\134\134{x}\134N", 12), true, std::string("Cc3a9 F C5c5c F C5c4e", 21)},
    {false, 0, std::string("N{x}a", 5), true, std::string("C4e F C61", 9)},
    {false, 0, std::string("{x}x\303\251\134N\134N{", 11), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 11-12: malformed \134N character escape", 105)},
    {false, 0, std::string("\012\303\251\303\251", 5), true, std::string("C0ac3a9c3a9", 11)},
    {false, 0, std::string("\134N{\134\134{x}\134\134", 10), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name", 104)},
    {false, 0, std::string("\134N{\134\134xa\134N{\134\134\042", 13), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-12: malformed \134N character escape", 104)},
    {true, 0, std::string("\134\134", 2), true, std::string("C5c5c", 5)},
    {false, 0, std::string(" x\134N{SPACE} \134x41", 16), true, std::string("C2078202041", 11)},
    {false, 0, std::string("\134N}}{x}", 7), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("SPACE}\303\251{\134N\012", 12), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("\134\134{x}\303\251a", 8), true, std::string("C5c F Cc3a961", 13)},
    {false, 0, std::string("N\134N{SPACE}a\042\134x41", 16), true, std::string("C4e20612241", 11)},
    {false, 0, std::string("\134\134\134x4{x}\303\251\012x", 12), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \134xXX escape", 95)},
    {false, 0, std::string("\134\134 N", 4), true, std::string("C5c204e", 7)},
    {false, 0, std::string("x\134N\134N{", 6), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 1-2: malformed \134N character escape", 103)},
    {false, 0, std::string("\134N{SPACE}{x}\134N", 14), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \134N character escape", 103)},
    {false, 0, std::string("\134NSPACE}", 8), false, std::string("f-string: single '}' is not allowed", 35)},
    {true, 0, std::string("\134\134}\134x41{{", 9), false, std::string("f-string: single '}' is not allowed", 35)},
    {false, 0, std::string("\134N{x}\134x41\303\251\134}}", 14), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-4: unknown Unicode character name", 104)},
    {false, 1, std::string("}", 1), true, std::string("", 0)},
    {false, 1, std::string(">10}", 4), true, std::string("C3e3130", 7)},
    {false, 1, std::string("a{x}b}", 6), true, std::string("C61 F C62", 9)},
    {false, 1, std::string("\134x4}", 4), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \134xXX escape", 95)},
    {false, 1, std::string("\134N{SPACE}}", 10), true, std::string("C20", 3)},
    {true, 1, std::string("\134N{x}}", 6), true, std::string("C5c4e F", 7)},
    {false, 1, std::string("\134N{SPACE}{x}}", 13), true, std::string("C20 F", 5)},
    {false, 1, std::string("\303\251\134N}", 5), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 10-11: malformed \134N character escape", 105)},
    {true, 1, std::string(" \134N}", 4), true, std::string("C205c4e", 7)},
    {false, 1, std::string(">10 }", 5), true, std::string("C3e313020", 9)},
    {false, 1, std::string(" }", 2), true, std::string("C20", 3)},
    {false, 1, std::string("\134Na \134N{SPACE}}", 14), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \134N character escape", 103)},
    {false, 1, std::string("\134N{\303\251}", 6), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-13: unknown Unicode character name", 105)},
    {false, 1, std::string("\134N{\134x41\134N{{x}>10}", 17), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-12: unknown Unicode character name", 105)},
    {false, 1, std::string("\134Na}", 4), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \134N character escape", 103)},
    {false, 1, std::string("\042 }", 3), true, std::string("C2220", 5)},
    {false, 1, std::string("a\303\251 }", 5), true, std::string("C61c3a920", 9)},
    {false, 1, std::string("a}", 2), true, std::string("C61", 3)},
    {true, 1, std::string("\134x41\134\134}", 7), true, std::string("C5c7834315c5c", 13)},
    {false, 1, std::string("\134\134}", 3), true, std::string("C5c", 3)},
    {true, 1, std::string("\134x4\134N}", 6), true, std::string("C5c78345c4e", 11)},
    {false, 1, std::string("\134N}", 3), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \134N character escape", 103)},
    {false, 1, std::string("{x}}", 4), true, std::string("F", 1)},
    {false, 1, std::string("\134N{SPACE}}", 10), true, std::string("C20", 3)},
    {false, 1, std::string("\134N\042{x}}", 7), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \134N character escape", 103)},
    {true, 1, std::string("a{x}\134x4>10\134\134}", 13), true, std::string("C61 F C5c78343e31305c5c", 23)},
    {false, 1, std::string("\303\251\134N{SPACE}>10}", 15), true, std::string("Cc3a9203e3130", 13)},
    {false, 1, std::string("\134N{\134\134}", 6), false, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: unknown Unicode character name", 104)},
    {true, 1, std::string(">10a}", 5), true, std::string("C3e313061", 9)},
};

TEST(StringLiteral, MatchesCPython) {
  for (const LiteralCase& c : kLiteralCases) {
    const bool raw = c.mode == 'r' || c.mode == 'B';
    const bool bytes = c.mode == 'b' || c.mode == 'B';
    std::string out;
    StringLiteralError error;
    const bool ok = bytes ? decode_bytes_literal(c.body, raw, out, error) : decode_str_literal(c.body, raw, out, error);
    EXPECT_EQ(ok, c.ok) << c.mode << " " << c.body;
    if (ok) {
      EXPECT_EQ(hex(out), hex(c.expected)) << c.mode << " " << c.body;
      EXPECT_EQ(error.kind, StringLiteralError::Kind::None);
    } else {
      EXPECT_EQ(error.message, c.expected) << c.mode << " " << c.body;
      EXPECT_NE(error.kind, StringLiteralError::Kind::None);
    }
    if (!bytes) {
      // The fast-path predicate agrees with the decoder.
      if (str_literal_is_verbatim(c.body, raw)) {
        EXPECT_TRUE(ok);
        EXPECT_EQ(out, c.body);
      }
    }
  }
}

TEST(StringLiteral, ErrorKinds) {
  std::string out;
  StringLiteralError error;
  EXPECT_FALSE(decode_str_literal("\\x4", false, out, error));
  EXPECT_EQ(error.kind, StringLiteralError::Kind::UnicodeEscape);
  error = {};
  EXPECT_FALSE(decode_bytes_literal("\\x4", false, out, error));
  EXPECT_EQ(error.kind, StringLiteralError::Kind::BytesEscape);
  error = {};
  EXPECT_FALSE(decode_bytes_literal("\303\251", true, out, error));
  EXPECT_EQ(error.kind, StringLiteralError::Kind::NonAsciiBytes);
}

TEST(StringLiteral, AppendsToOutput) {
  std::string out = "ab";
  StringLiteralError error;
  EXPECT_TRUE(decode_str_literal("c\\td", false, out, error));
  EXPECT_TRUE(decode_bytes_literal("\\x00", false, out, error));
  EXPECT_EQ(out, std::string("abc\td\0", 6));
}

TEST(StringLiteral, DecodeStringBody) {
  std::string out;
  std::string message;
  EXPECT_TRUE(decode_string_body("a\\x41", false, false, out, message));
  EXPECT_TRUE(decode_string_body("\\x42", false, true, out, message));
  EXPECT_TRUE(decode_string_body("\\x43", true, false, out, message));
  EXPECT_EQ(out, "aAB\\x43");
  EXPECT_TRUE(message.empty());
  EXPECT_FALSE(decode_string_body("ab\\x4", false, true, out, message));
  EXPECT_EQ(message, "(value error) invalid \\x escape at position 2");
}

TEST(StringLiteral, Verbatim) {
  EXPECT_TRUE(str_literal_is_verbatim("plain text \303\251", false));
  EXPECT_FALSE(str_literal_is_verbatim("a\\nb", false));
  EXPECT_TRUE(str_literal_is_verbatim("a\\nb", true));
  EXPECT_FALSE(str_literal_is_verbatim("a\r\nb", true));
}

/// Decodes an f-string body whose replacement fields are all "{x}" the way
/// the parser is expected to: scan a literal chunk, report a single '}'
/// before decoding the chunk, decode it, merge adjacent chunks.
std::string run_fstring(const std::string& body, bool raw, int level, bool& ok) {
  std::string result;
  std::string literal;
  size_t pos = 0;
  ok = true;
  for (;;) {
    const FStringLiteralScan scan = scan_fstring_literal(body, pos, raw, level);
    if (scan.stop == FStringLiteralStop::SingleCloseBrace) {
      ok = false;
      return "f-string: single '}' is not allowed";
    }
    if (scan.literal_end > pos) {
      StringLiteralError error;
      if (!decode_str_literal(std::string_view(body).substr(pos, scan.literal_end - pos), raw, literal, error)) {
        ok = false;
        return error.message;
      }
    }
    switch (scan.stop) {
      case FStringLiteralStop::DoubledBrace:
        pos = scan.next;
        continue;
      case FStringLiteralStop::OpenBrace:
        if (body.compare(scan.next, 3, "{x}") != 0) return "UNSUPPORTED";
        if (!literal.empty()) {
          if (!result.empty()) result += ' ';
          result += "C" + hex(literal);
          literal.clear();
        }
        if (!result.empty()) result += ' ';
        result += "F";
        pos = scan.next + 3;
        continue;
      case FStringLiteralStop::CloseBrace:
        if (level == 0 || scan.next + 1 != body.size()) return "UNSUPPORTED";
        [[fallthrough]];
      case FStringLiteralStop::End:
        if (level > 0 && scan.stop == FStringLiteralStop::End) return "UNSUPPORTED";
        if (!literal.empty()) {
          if (!result.empty()) result += ' ';
          result += "C" + hex(literal);
        }
        return result;
      case FStringLiteralStop::SingleCloseBrace:
        break;
    }
  }
}

TEST(StringLiteral, FStringChunksMatchCPython) {
  for (const FStringCase& c : kFStringCases) {
    bool ok = false;
    const std::string got = run_fstring(c.body, c.raw, c.level, ok);
    EXPECT_EQ(ok, c.ok) << c.body;
    EXPECT_EQ(got, c.expected) << (c.raw ? "rf " : "f ") << c.level << " " << c.body;
  }
}

TEST(StringLiteral, FStringScanDetails) {
  // "{{": the chunk keeps one brace; scanning resumes after the second.
  FStringLiteralScan s = scan_fstring_literal("a{{b", 0, false, 0);
  EXPECT_EQ(s.stop, FStringLiteralStop::DoubledBrace);
  EXPECT_EQ(s.literal_end, 2u);
  EXPECT_EQ(s.next, 3u);
  s = scan_fstring_literal("a{{b", 3, false, 0);
  EXPECT_EQ(s.stop, FStringLiteralStop::End);
  EXPECT_EQ(s.literal_end, 4u);
  // Inside a format spec doubled braces are not special.
  s = scan_fstring_literal("a{{b", 0, false, 1);
  EXPECT_EQ(s.stop, FStringLiteralStop::OpenBrace);
  EXPECT_EQ(s.literal_end, 1u);
  EXPECT_EQ(s.next, 1u);
  s = scan_fstring_literal("ab}", 0, false, 1);
  EXPECT_EQ(s.stop, FStringLiteralStop::CloseBrace);
  EXPECT_EQ(s.literal_end, 2u);
  s = scan_fstring_literal("ab}c", 0, false, 0);
  EXPECT_EQ(s.stop, FStringLiteralStop::SingleCloseBrace);
  EXPECT_EQ(s.literal_end, 2u);
  // \N{...} braces are not field braces unless raw.
  s = scan_fstring_literal("\\N{DASH}{x}", 0, false, 0);
  EXPECT_EQ(s.stop, FStringLiteralStop::OpenBrace);
  EXPECT_EQ(s.literal_end, 8u);
  s = scan_fstring_literal("\\N{DASH}{x}", 0, true, 0);
  EXPECT_EQ(s.stop, FStringLiteralStop::OpenBrace);
  EXPECT_EQ(s.literal_end, 2u);
}

}  // namespace
}  // namespace ingot::syntax
