// list, dict, set and tuple semantics: aliasing, methods and their error
// messages, slicing, ordering, iteration while mutating, reprs.
#include "test_support.h"

namespace {

using IntList = rt::List<rt::Int>;

TEST(List, CopiesAlias) {
  IntList x{3, 1, 2};
  IntList y = x;
  y.append(4);
  EXPECT_EQ(repr_text(x), "[3, 1, 2, 4]");
  EXPECT_TRUE(rt::is(x, y));
  IntList z = x.copy();
  z.append(5);
  EXPECT_EQ(x.size(), 4u);
  EXPECT_FALSE(rt::is(x, z));
  rt::List<IntList> nested{x};
  rt::getitem(nested, 0).append(9);  // xs[0].append(9) changes x
  EXPECT_EQ(repr_text(x), "[3, 1, 2, 4, 9]");
}

TEST(List, MethodsAndMessages) {
  IntList xs{1, 2, 3};
  xs.insert(0, 0);
  xs.insert(100, 4);
  xs.insert(-1, 9);
  EXPECT_EQ(repr_text(xs), "[0, 1, 2, 3, 9, 4]");
  EXPECT_EQ(xs.pop(), 4);
  EXPECT_EQ(xs.pop(0), 0);
  EXPECT_EQ(xs.pop(-1), 9);
  xs.remove(2);
  EXPECT_EQ(repr_text(xs), "[1, 3]");
  EXPECT_EQ(xs.index(3), 1);
  EXPECT_EQ(xs.count(1), 1);
  EXPECT_EQ(raised([&] { xs.remove(7); }), "ValueError: list.remove(x): x not in list");
  EXPECT_EQ(raised([&] { xs.index(7); }), "ValueError: 7 is not in list");
  EXPECT_EQ(raised([&] { rt::List<rt::Str>{"a"}.index(rt::Str("b")); }), "ValueError: 'b' is not in list");
  EXPECT_EQ(raised([&] { xs.pop(5); }), "IndexError: pop index out of range");
  EXPECT_EQ(raised([] { IntList().pop(); }), "IndexError: pop from empty list");
  EXPECT_EQ(raised([&] { rt::getitem(xs, 2); }), "IndexError: list index out of range");
  EXPECT_EQ(raised([&] { rt::setitem(xs, -3, 0); }), "IndexError: list assignment index out of range");
  EXPECT_EQ(rt::getitem(xs, -1), 3);
  xs.reverse();
  EXPECT_EQ(repr_text(xs), "[3, 1]");
  xs.clear();
  EXPECT_EQ(repr_text(xs), "[]");
}

TEST(List, SlicesAndSliceAssignment) {
  IntList a{1, 2, 3, 4, 5, 6};
  EXPECT_EQ(repr_text(rt::getitem(a, rt::Slice{1, 4})), "[2, 3, 4]");
  EXPECT_EQ(repr_text(rt::getitem(a, rt::Slice{std::nullopt, std::nullopt, -2})), "[6, 4, 2]");
  EXPECT_EQ(repr_text(rt::getitem(a, rt::Slice{-2, std::nullopt})), "[5, 6]");
  EXPECT_EQ(repr_text(rt::getitem(a, rt::Slice{10, 20})), "[]");
  EXPECT_EQ(raised([&] { rt::getitem(a, rt::Slice{std::nullopt, std::nullopt, 0}); }),
            "ValueError: slice step cannot be zero");
  rt::setitem(a, rt::Slice{1, 3}, IntList{9});
  EXPECT_EQ(repr_text(a), "[1, 9, 4, 5, 6]");
  rt::setitem(a, rt::Slice{std::nullopt, std::nullopt, 2}, IntList{0, 0, 0});
  EXPECT_EQ(repr_text(a), "[0, 9, 0, 5, 0]");
  EXPECT_EQ(raised([&] { rt::setitem(a, rt::Slice{std::nullopt, std::nullopt, 2}, IntList{1}); }),
            "ValueError: attempt to assign sequence of size 1 to extended slice of size 3");
  rt::delitem(a, rt::Slice{std::nullopt, std::nullopt, 2});
  EXPECT_EQ(repr_text(a), "[9, 5]");
  rt::setitem(a, rt::Slice{std::nullopt, std::nullopt}, a);  // a[:] = a
  EXPECT_EQ(repr_text(a), "[9, 5]");
  rt::delitem(a, 0);
  EXPECT_EQ(repr_text(a), "[5]");
}

TEST(List, SortIsStableWithKeysAndReverse) {
  using Pair = std::tuple<rt::Int, rt::Str>;
  rt::List<Pair> l{{1, "b"}, {0, "a"}, {1, "a"}, {0, "b"}};
  auto first = [](const Pair& p) { return std::get<0>(p); };
  EXPECT_EQ(repr_text(rt::builtins::sorted(l, rt::kw::key(first))), "[(0, 'a'), (0, 'b'), (1, 'b'), (1, 'a')]");
  EXPECT_EQ(repr_text(rt::builtins::sorted(l, rt::kw::key(first), rt::kw::reverse(true))),
            "[(1, 'b'), (1, 'a'), (0, 'a'), (0, 'b')]");
  l.sort();
  EXPECT_EQ(repr_text(l), "[(0, 'a'), (0, 'b'), (1, 'a'), (1, 'b')]");
  rt::List<rt::Bool> flags{true, false, true};
  flags.sort();
  EXPECT_EQ(repr_text(flags), "[False, True, True]");
  rt::List<std::variant<rt::Int, rt::Str>> mixed{rt::Int{1}, rt::Str("a")};
  EXPECT_EQ(raised([&] { mixed.sort(); }), "TypeError: '<' not supported between instances of 'str' and 'int'");
  EXPECT_EQ(repr_text(mixed), "[1, 'a']");  // unchanged after the failed sort
}

TEST(List, IterationSeesAppendsAndSurvivesRebinding) {
  IntList xs{1, 2, 3};
  rt::Int total = 0;
  for (rt::Int x : xs) {
    if (x < 3) xs.append(x + 10);  // Python's iterator sees the new items
    total += x;
  }
  EXPECT_EQ(total, 1 + 2 + 3 + 11 + 12);
  IntList ys{1, 2};
  rt::Int count = 0;
  for (rt::Int y : ys) {
    ys = IntList{};  // rebinding the name: the loop keeps the old list alive
    count += y;
  }
  EXPECT_EQ(count, 3);
}

TEST(Dict, InsertionOrderDeletionAndKeyErrors) {
  rt::Dict<rt::Str, rt::Int> d{{"a", 1}, {"b", 2}, {"c", 3}};
  d.delitem(rt::Str("b"));
  d.setitem("b", 4);
  d.setitem("a", 5);  // updating keeps the position
  EXPECT_EQ(repr_text(d), "{'a': 5, 'c': 3, 'b': 4}");
  EXPECT_EQ(repr_text(d.keys()), "dict_keys(['a', 'c', 'b'])");
  EXPECT_EQ(repr_text(d.values()), "dict_values([5, 3, 4])");
  EXPECT_EQ(repr_text(d.items()), "dict_items([('a', 5), ('c', 3), ('b', 4)])");
  EXPECT_EQ(repr_text(d.popitem()), "('b', 4)");
  EXPECT_EQ(raised([&] { rt::getitem(d, rt::Str("kiwi")); }), "KeyError: 'kiwi'");
  EXPECT_EQ(raised([&] { d.pop(rt::Str("kiwi")); }), "KeyError: 'kiwi'");
  EXPECT_EQ(d.pop(rt::Str("kiwi"), 7), 7);
  EXPECT_EQ(d.get(rt::Str("a")), std::optional<rt::Int>(5));
  EXPECT_EQ(d.get(rt::Str("z")), std::nullopt);
  EXPECT_EQ(d.get(rt::Str("z"), 0), 0);
  EXPECT_EQ(d.setdefault("z", 26), 26);
  EXPECT_EQ(d.setdefault("z", 0), 26);
  d.clear();
  EXPECT_EQ(raised([&] { d.popitem(); }), "KeyError: 'popitem(): dictionary is empty'");
  rt::Dict<rt::Int, rt::Int> by_int{{1, 10}};
  EXPECT_EQ(raised([&] { rt::getitem(by_int, 2); }), "KeyError: 2");
}

TEST(Dict, NumericKeysMergeAndLargeTablesStayOrdered) {
  rt::Dict<std::variant<rt::Int, rt::Float>, rt::Str> d;
  d.setitem(rt::Int{1}, "int");
  d.setitem(1.0, "float");  // 1 == 1.0: same key, first key object kept
  EXPECT_EQ(repr_text(d), "{1: 'float'}");
  rt::Dict<rt::Int, rt::Int> big;
  for (rt::Int i = 0; i < 1000; ++i) big.setitem(i * 7919 % 1000, i);
  for (rt::Int i = 0; i < 1000; i += 2) big.delitem(i * 7919 % 1000);
  EXPECT_EQ(big.size(), 500u);
  rt::Int expected_index = 1, seen = 0;
  for (auto [k, v] : big.items()) {
    EXPECT_EQ(v, expected_index);
    EXPECT_EQ(k, expected_index * 7919 % 1000);
    expected_index += 2;
    ++seen;
  }
  EXPECT_EQ(seen, 500);
  for (rt::Int i = 1; i < 1000; i += 2) EXPECT_TRUE(big.contains(i * 7919 % 1000));
}

TEST(Dict, ChangingSizeDuringIterationRaises) {
  rt::Dict<rt::Int, rt::Int> d{{1, 1}, {2, 2}};
  EXPECT_EQ(raised([&] {
              for (rt::Int k : d) d.setitem(k + 10, 0);
            }),
            "RuntimeError: dictionary changed size during iteration");
  rt::Set<rt::Int> s{1, 2};
  EXPECT_EQ(raised([&] {
              for (rt::Int k : s) s.discard(k);
            }),
            "RuntimeError: Set changed size during iteration");
}

TEST(Dict, MergeUpdateAndCopies) {
  rt::Dict<rt::Int, rt::Int> a{{1, 2}};
  rt::Dict<rt::Int, rt::Int> b{{3, 4}, {1, 5}};
  EXPECT_EQ(repr_text(rt::bit_or(a, b)), "{1: 5, 3: 4}");
  EXPECT_EQ(repr_text(a), "{1: 2}");
  auto alias = a;
  rt::ior(a, b);
  EXPECT_EQ(repr_text(alias), "{1: 5, 3: 4}");
  EXPECT_EQ(repr_text(rt::builtins::dict(rt::List<std::tuple<rt::Str, rt::Int>>{{"x", 1}})), "{'x': 1}");
  EXPECT_EQ(repr_text(rt::Dict<rt::Int, rt::Int>()), "{}");
}

TEST(Set, AlgebraAndMessages) {
  rt::Set<rt::Int> a{1, 2}, b{2, 3};
  EXPECT_EQ(repr_text(rt::bit_or(a, b)), "{1, 2, 3}");
  EXPECT_EQ(repr_text(rt::bit_and(a, b)), "{2}");
  EXPECT_EQ(repr_text(rt::sub(a, b)), "{1}");
  EXPECT_EQ(repr_text(rt::bit_xor(a, b)), "{1, 3}");
  EXPECT_EQ(repr_text(rt::Set<rt::Int>()), "set()");
  EXPECT_TRUE(a.issubset(rt::List<rt::Int>{1, 2, 3}));
  EXPECT_TRUE(a.isdisjoint(rt::List<rt::Int>{5}));
  EXPECT_EQ(raised([&] { a.remove(9); }), "KeyError: 9");
  EXPECT_EQ(raised([] { rt::Set<rt::Int>().pop(); }), "KeyError: 'pop from an empty set'");
  a.add(1);
  EXPECT_EQ(a.size(), 2u);
  EXPECT_TRUE(rt::eq(a, rt::Set<rt::Float>{2.0, 1.0}));
}

TEST(Tuples, ReprsIndexingAndCounting) {
  EXPECT_EQ(repr_text(std::tuple<>()), "()");
  EXPECT_EQ(repr_text(std::tuple<rt::Int>(1)), "(1,)");
  EXPECT_EQ(repr_text(std::tuple<rt::Int, rt::Str, std::tuple<rt::Int>>(1, "x", 2)), "(1, 'x', (2,))");
  rt::VarTuple<rt::Int> t{1, 2, 2};
  EXPECT_EQ(repr_text(t), "(1, 2, 2)");
  EXPECT_EQ(repr_text(rt::VarTuple<rt::Int>{5}), "(5,)");
  EXPECT_EQ(repr_text(rt::VarTuple<rt::Int>()), "()");
  EXPECT_EQ(t.count(2), 2);
  EXPECT_EQ(raised([&] { t.index(7); }), "ValueError: tuple.index(x): x not in tuple");
  EXPECT_EQ(raised([&] { rt::getitem(t, 3); }), "IndexError: tuple index out of range");
  EXPECT_EQ(repr_text(rt::getitem(t, rt::Slice{1, std::nullopt})), "(2, 2)");
  const std::tuple<rt::Int, rt::Str> pair(1, "a");
  EXPECT_EQ(rt::tuple_get<-1>(pair), "a");
  const std::tuple<rt::Int, rt::Int, rt::Int> triple(4, 5, 6);
  EXPECT_EQ(rt::getitem(triple, -1), 6);
  EXPECT_EQ(rt::getitem(triple, 1), 5);
  EXPECT_EQ(raised([&] { rt::getitem(triple, 3); }), "IndexError: tuple index out of range");
  EXPECT_EQ(rt::builtins::int_(rt::Bytes(" ff "), 16), 255);
  EXPECT_EQ(raised([] { rt::builtins::int_(rt::Bytes("x")); }), "ValueError: invalid literal for int() with base 10: b'x'");
}

TEST(Reprs, ScalarsAndNesting) {
  EXPECT_EQ(repr_text(rt::List<std::optional<rt::Float>>{1.0, std::nullopt}), "[1.0, None]");
  EXPECT_EQ(repr_text(rt::List<rt::Str>{"a'b", "a\"b", "a'\"b"}), "[\"a'b\", 'a\"b', 'a\\'\"b']");
  EXPECT_EQ(repr_text(rt::Str("\x7f\xc2\x80\xe2\x80\xa8\xc3\xa9")), "'\\x7f\\x80\\u2028\xc3\xa9'");
  EXPECT_EQ(repr_text(rt::Bytes(std::string_view("\0a'\"", 4))), "b'\\x00a\\'\"'");
  EXPECT_EQ(repr_text(true), "True");
  EXPECT_EQ(repr_text(rt::none), "None");
  EXPECT_EQ(rt::to_str(rt::Str("x")).view(), "x");
  EXPECT_EQ(rt::to_str(rt::List<rt::Str>{"x"}).view(), "['x']");
  EXPECT_EQ(rt::ascii(rt::Str("\xc3\xa9")).view(), "'\\xe9'");
}

}  // namespace
