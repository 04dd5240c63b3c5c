// The inline (short string) form of rt::Str and the fast paths built on it:
// canonical form at the 14/15-byte boundary, equality/order/hash across the
// two forms, and the word-at-a-time str methods checked against plain
// byte-by-byte reference implementations on random text. Also the radix sort
// of int lists and the block recycling of big lists.
#include <algorithm>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "test_support.h"

namespace {

namespace sm = rt::str_methods;

std::string text_of(const rt::Str& s) { return s.to_std_string(); }

TEST(StrInline, CanonicalFormAtTheBoundary) {
  const std::string fourteen(14, 'x'), fifteen(15, 'x');
  EXPECT_TRUE(rt::Str(fourteen).is_inline());
  EXPECT_FALSE(rt::Str(fifteen).is_inline());
  EXPECT_TRUE(rt::Str().is_inline());
  EXPECT_TRUE(rt::Str().empty());
  // Every way of making short text gives the inline form.
  const rt::Str long_text("abcdefghijklmnopqrstuvwxyz");
  EXPECT_FALSE(long_text.is_inline());
  EXPECT_TRUE(long_text.substr(0, 14).is_inline());
  EXPECT_TRUE(long_text.substr_bytes(3, 10).is_inline());
  EXPECT_TRUE(sm::strip(rt::Str("      padded text       ")).is_inline());
  EXPECT_TRUE(sm::replace(long_text, rt::Str("abcdefghijklmno"), rt::Str("")).is_inline());
  EXPECT_TRUE(sm::join(rt::Str(""), rt::List<rt::Str>{"ab", "cd"}).is_inline());
  EXPECT_EQ(sm::replace(long_text, rt::Str("abcdefghijklmno"), rt::Str("")), rt::Str("pqrstuvwxyz"));
  // NUL bytes are text, not terminators.
  const rt::Str nul("a\0b", 3);
  EXPECT_EQ(nul.byte_size(), 3u);
  EXPECT_NE(nul, rt::Str("a"));
  EXPECT_LT(rt::Str("ab"), rt::Str("ab\0", 3));
  EXPECT_LT(rt::Str("a\0", 2), rt::Str("a\x01", 2));
  EXPECT_EQ(std::string(nul.c_str(), 4), std::string("a\0b\0", 4));
}

TEST(StrInline, EqualityOrderAndHashAcrossForms) {
  std::mt19937 rng(7);
  const std::vector<std::string> alphabet = {"a", "b", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", std::string(1, '\0'), "~"};
  std::vector<std::string> texts;
  for (int i = 0; i < 400; ++i) {
    std::string t;
    const int n = static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) t += alphabet[rng() % alphabet.size()];
    texts.push_back(t);
  }
  for (const std::string& a : texts) {
    const rt::Str x(a);
    // The same text built by concatenation and by appending in place.
    rt::Str built;
    for (char c : a) built.append_in_place(std::string_view(&c, 1));
    rt::Str halves = rt::concat(rt::Str(a.substr(0, a.size() / 2)), rt::Str(a.substr(a.size() / 2)));
    EXPECT_EQ(x, built);
    EXPECT_EQ(x, halves);
    EXPECT_EQ(x.hash(), built.hash());
    EXPECT_EQ(x.hash(), halves.hash());
    EXPECT_EQ(x.length(), rt::Str::from_utf8(a).length());
    EXPECT_EQ(x.is_ascii(), std::all_of(a.begin(), a.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }));
    for (const std::string& b : texts) {
      const rt::Str y(b);
      EXPECT_EQ(x == y, a == b);
      EXPECT_EQ(x < y, a < b) << a << " / " << b;  // byte order (std::string compares chars as unsigned)
      EXPECT_EQ(rt::lt(x, y), a < b);
    }
  }
}

TEST(StrInline, AppendInPlaceCrossesIntoABlock) {
  rt::Str s("0123456789abc");  // 13 bytes
  const rt::Str alias = s;
  s.append_in_place(rt::Str("d"));
  EXPECT_TRUE(s.is_inline());
  s.append_in_place(rt::Str("\xc3\xa9"));
  EXPECT_FALSE(s.is_inline());
  EXPECT_EQ(text_of(s), "0123456789abcd\xc3\xa9");
  EXPECT_EQ(s.length(), 15u);
  EXPECT_FALSE(s.is_ascii());
  EXPECT_EQ(text_of(alias), "0123456789abc");
  rt::Str twice("abcdefg");
  twice.append_in_place(twice);
  EXPECT_EQ(text_of(twice), "abcdefgabcdefg");
  twice.append_in_place(twice);
  EXPECT_EQ(text_of(twice), "abcdefgabcdefgabcdefgabcdefg");
  rt::Str many;
  std::string want;
  for (int i = 0; i < 100; ++i) {
    many.append_in_place(rt::Str("xy"));
    want += "xy";
    ASSERT_EQ(many, rt::Str(want));
    ASSERT_EQ(many.hash(), rt::Str(want).hash());
  }
}

// -- reference implementations (byte by byte, ASCII whitespace) --------------

bool ref_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31); }

std::vector<std::string> ref_split(const std::string& t) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (true) {
    while (i < t.size() && ref_space(static_cast<unsigned char>(t[i]))) ++i;
    if (i == t.size()) break;
    const std::size_t b = i;
    while (i < t.size() && !ref_space(static_cast<unsigned char>(t[i]))) ++i;
    out.push_back(t.substr(b, i - b));
  }
  return out;
}

std::string ref_strip(const std::string& t, const std::string& chars, bool left, bool right) {
  std::size_t b = 0, e = t.size();
  auto in = [&](char c) { return chars.find(c) != std::string::npos; };
  if (left) {
    while (b < e && in(t[b])) ++b;
  }
  if (right) {
    while (e > b && in(t[e - 1])) --e;
  }
  return t.substr(b, e - b);
}

std::string random_ascii(std::mt19937& rng, std::size_t max_len, const std::string& pool) {
  std::string t;
  const std::size_t n = rng() % (max_len + 1);
  for (std::size_t k = 0; k < n; ++k) t += pool[rng() % pool.size()];
  return t;
}

TEST(StrFastPaths, SplitMatchesAByteByByteSplit) {
  std::mt19937 rng(11);
  const std::string pool = "ab.,  \t\n\x1c\x1f\x0b" "xyzXYZ0123456789";
  for (int i = 0; i < 3000; ++i) {
    // Lengths around the 64-byte blocks and the 14-byte inline limit.
    std::string t = random_ascii(rng, i % 3 == 0 ? 300 : 70, pool);
    if (i % 7 == 0) t += std::string(40, 'w');  // a long word, cut into a block
    const rt::List<rt::Str> got = sm::split(rt::Str(t));
    const std::vector<std::string> want = ref_split(t);
    ASSERT_EQ(got.size(), want.size()) << repr_text(rt::Str(t));
    for (std::size_t k = 0; k < want.size(); ++k) {
      ASSERT_EQ(text_of(got.item(k)), want[k]);
      ASSERT_EQ(got.item(k).is_inline(), want[k].size() <= 14);
    }
  }
  // Exactly 64 and 128 bytes, ending inside a word.
  for (const std::size_t n : {63u, 64u, 65u, 127u, 128u}) {
    std::string t(n, 'q');
    t[10] = ' ';
    EXPECT_EQ(sm::split(rt::Str(t)).size(), 2u);
  }
  // Non-ASCII whitespace (U+00A0, U+3000) splits too.
  EXPECT_EQ(repr_text(sm::split(rt::Str("a\xc2\xa0" "b\xe3\x80\x80\xc3\xa9"))), "['a', 'b', '\xc3\xa9']");
}

TEST(StrFastPaths, StripMatchesAByteByByteStrip) {
  std::mt19937 rng(12);
  const std::string pool = "ab.,;!? xY\t";
  const std::vector<std::string> sets = {".,;:!?", "a", " ", "ab.,;!? xY\t", "", std::string("x\0y", 3)};
  for (int i = 0; i < 4000; ++i) {
    const std::string t = random_ascii(rng, i % 2 ? 20 : 12, pool);
    const std::string& chars = sets[rng() % sets.size()];
    const rt::Str s(t), c(chars);
    EXPECT_EQ(text_of(sm::strip(s, c)), ref_strip(t, chars, true, true));
    EXPECT_EQ(text_of(sm::lstrip(s, c)), ref_strip(t, chars, true, false));
    EXPECT_EQ(text_of(sm::rstrip(s, c)), ref_strip(t, chars, false, true));
    const std::string ws = " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f";
    EXPECT_EQ(text_of(sm::strip(s)), ref_strip(t, ws, true, true));
    EXPECT_EQ(text_of(sm::rstrip(s)), ref_strip(t, ws, false, true));
  }
  // Non-ASCII text and sets, and spaces that are not ASCII.
  EXPECT_EQ(text_of(sm::strip(rt::Str("\xc3\xa9" "a\xc3\xa9"), rt::Str("\xc3\xa9"))), "a");
  EXPECT_EQ(text_of(sm::strip(rt::Str("\xc3\xa9" "a."), rt::Str("."))), "\xc3\xa9" "a");
  EXPECT_EQ(text_of(sm::strip(rt::Str("\xc2\xa0 a \xe3\x80\x80"))), "a");
  EXPECT_EQ(text_of(sm::strip(rt::Str("a\0", 2), rt::Str("\0", 1))), "a");
}

TEST(StrFastPaths, CaseAndPredicatesMatchBytewiseAnswers) {
  std::mt19937 rng(13);
  const std::string pool = "aZz@[`{09/:AmMq \x1f\x7f_";
  for (int i = 0; i < 4000; ++i) {
    const std::string t = random_ascii(rng, i % 2 ? 20 : 14, pool);
    const rt::Str s(t);
    std::string lower = t, upper = t, cap = t;
    for (char& ch : lower) ch = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch + 32) : ch;
    for (char& ch : upper) ch = (ch >= 'a' && ch <= 'z') ? static_cast<char>(ch - 32) : ch;
    cap = lower;
    if (!cap.empty() && cap[0] >= 'a' && cap[0] <= 'z') cap[0] = static_cast<char>(cap[0] - 32);
    EXPECT_EQ(text_of(sm::lower(s)), lower);
    EXPECT_EQ(text_of(sm::upper(s)), upper);
    EXPECT_EQ(text_of(sm::capitalize(s)), cap);
    auto all = [&](auto pred) { return !t.empty() && std::all_of(t.begin(), t.end(), pred); };
    auto digit = [](char ch) { return ch >= '0' && ch <= '9'; };
    auto alpha = [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); };
    EXPECT_EQ(sm::isdigit(s), all(digit)) << t;
    EXPECT_EQ(sm::isdecimal(s), all(digit));
    EXPECT_EQ(sm::isalpha(s), all(alpha));
    EXPECT_EQ(sm::isalnum(s), all([&](char ch) { return alpha(ch) || digit(ch); }));
    EXPECT_EQ(sm::isspace(s), all([](char ch) { return ref_space(static_cast<unsigned char>(ch)); }));
    // Replacing one character by another, everywhere and a bounded number of times.
    std::string replaced = t;
    std::replace(replaced.begin(), replaced.end(), 'a', '4');
    EXPECT_EQ(text_of(sm::replace(s, rt::Str("a"), rt::Str("4"))), replaced);
    std::string once = t;
    if (const auto at = once.find('a'); at != std::string::npos) once[at] = '4';
    EXPECT_EQ(text_of(sm::replace(s, rt::Str("a"), rt::Str("4"), 1)), once);
  }
  EXPECT_TRUE(sm::isdigit(rt::Str("\xd9\xa3")));  // ARABIC-INDIC DIGIT THREE
  EXPECT_FALSE(sm::isdigit(rt::Str("")));
  EXPECT_EQ(text_of(sm::capitalize(rt::Str("\xc3\x9f" "A"))), "Ssa");
}

TEST(StrFastPaths, JoinOfListsAndOtherIterables) {
  const rt::List<rt::Str> parts{"a", "bb", "", std::string(20, 'c')};
  EXPECT_EQ(text_of(sm::join(rt::Str(", "), parts)), "a, bb, , " + std::string(20, 'c'));
  EXPECT_EQ(text_of(sm::join(rt::Str("-"), rt::VarTuple<rt::Str>{"x", "y"})), "x-y");
  EXPECT_EQ(text_of(sm::join(rt::Str("\xc3\xa9"), parts)).size(), 1u + 2 + 0 + 20 + 3 * 2);
  EXPECT_FALSE(sm::join(rt::Str("\xc3\xa9"), rt::List<rt::Str>{"a", "b"}).is_ascii());
  EXPECT_EQ(sm::join(rt::Str("\xc3\xa9"), rt::List<rt::Str>{"a", "b"}).length(), 3u);
  EXPECT_TRUE(sm::join(rt::Str(""), rt::List<rt::Str>{}).empty());
}

TEST(ListSort, RadixSortOfIntsAndTuplesMatchesAComparisonSort) {
  std::mt19937_64 rng(14);
  for (int round = 0; round < 40; ++round) {
    const std::size_t n = 50 + rng() % 3000;
    std::vector<rt::Int> values(n);
    for (auto& v : values) {
      switch (round % 4) {
        case 0: v = static_cast<rt::Int>(rng() % 100); break;
        case 1: v = static_cast<rt::Int>(rng()); break;  // the whole int64 range
        case 2: v = -static_cast<rt::Int>(rng() % 1000000); break;
        default: v = (rng() % 2) ? INT64_MIN : INT64_MAX; break;
      }
    }
    const bool reverse = round % 3 == 0;
    rt::List<rt::Int> xs;
    for (rt::Int v : values) xs.append(v);
    xs.sort(reverse);
    std::vector<rt::Int> want = values;
    std::sort(want.begin(), want.end());
    if (reverse) std::reverse(want.begin(), want.end());
    ASSERT_TRUE(std::equal(want.begin(), want.end(), xs.storage().begin()));

    rt::List<std::tuple<rt::Int, rt::Int>> pairs;
    std::vector<std::tuple<rt::Int, rt::Int>> want_pairs;
    for (rt::Int v : values) {
      pairs.append({v % 7, -(v / 3)});
      want_pairs.emplace_back(v % 7, -(v / 3));
    }
    pairs.sort(reverse);
    std::sort(want_pairs.begin(), want_pairs.end());
    if (reverse) std::reverse(want_pairs.begin(), want_pairs.end());
    ASSERT_TRUE(std::equal(want_pairs.begin(), want_pairs.end(), pairs.storage().begin()));
  }
}

TEST(ListStorage, BigListsAreBuiltAndFreedRepeatedly) {
  // Blocks of 128 KiB and more go through the recycling cache.
  for (int round = 0; round < 5; ++round) {
    rt::List<rt::Str> xs;
    for (int i = 0; i < 50000; ++i) xs.append(rt::Str(std::to_string(i)));
    rt::List<rt::Str> copy = xs.copy();
    EXPECT_EQ(copy.size(), 50000u);
    EXPECT_EQ(text_of(copy.item(49999)), "49999");
  }
}

}  // namespace
