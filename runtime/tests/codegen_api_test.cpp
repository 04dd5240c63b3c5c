// The spellings the code generator (src/codegen, src/types/signatures_*.cpp)
// emits: positional defaults with sentinels, method namespaces, iterate,
// unpacking, entry-point helpers.
#include "test_support.h"

namespace {

namespace b = rt::builtins;
using IntList = rt::List<rt::Int>;

TEST(CodegenApi, PositionalKeywordDefaults) {
  const IntList xs{3, 1, 2};
  auto neg = [](const rt::Int& v) -> rt::Int { return -v; };
  EXPECT_EQ(b::min(xs, rt::no_key, rt::no_default), 1);
  EXPECT_EQ(b::max(xs, neg, rt::no_default), 1);
  EXPECT_EQ(b::min(3, 1, 2), 1);  // three values, not the iterable form
  const std::optional<rt::Int> none_default = b::max(IntList{}, rt::no_key, rt::none);
  EXPECT_EQ(none_default, std::nullopt);
  const std::variant<rt::Int, rt::Float> other = b::max(IntList{}, rt::no_key, 0.5);
  EXPECT_EQ(other.index(), 1u);
  EXPECT_EQ(repr_text(b::sorted(xs, rt::no_key, true)), "[3, 2, 1]");
  EXPECT_EQ(repr_text(b::sorted(xs, neg, false)), "[3, 2, 1]");
  EXPECT_EQ(b::pow(2, 10, rt::no_mod), 1024);
  EXPECT_EQ(b::pow(2, 10, 1000), 24);
  EXPECT_EQ(b::sum(xs, rt::Int(0)), 6);
  EXPECT_EQ(b::str_(1.5).view(), "1.5");
  const rt::List<rt::Str> empty_list = b::list();
  const rt::Dict<rt::Str, rt::Int> empty_dict = b::dict();
  const rt::Set<rt::Int> empty_set = b::set();
  EXPECT_EQ(empty_list.size() + empty_dict.size() + empty_set.size(), 0u);
}

TEST(CodegenApi, MethodNamespaces) {
  const IntList xs{1};
  rt::list_methods::append(xs, 2);
  rt::list_methods::insert(xs, 0, 0);
  rt::list_methods::extend(xs, IntList{5, 4});
  rt::list_methods::sort(xs, rt::no_key, true);
  EXPECT_EQ(repr_text(xs), "[5, 4, 2, 1, 0]");
  EXPECT_EQ(rt::list_methods::pop(xs, rt::Int(-1)), 0);
  EXPECT_EQ(rt::list_methods::index(xs, 2), 2);
  const rt::Dict<rt::Str, rt::Int> d{{"a", 1}};
  const std::optional<rt::Int> missing = rt::dict_methods::get(d, rt::Str("z"));
  EXPECT_EQ(missing, std::nullopt);
  const rt::Int with_default = rt::dict_methods::get(d, rt::Str("z"), rt::Int(7));
  EXPECT_EQ(with_default, 7);
  const std::optional<rt::Int> with_none = rt::dict_methods::get(d, rt::Str("a"), rt::none);
  EXPECT_EQ(with_none, std::optional<rt::Int>(1));
  const std::variant<rt::Int, rt::Str> mixed = rt::dict_methods::get(d, rt::Str("z"), rt::Str("?"));
  EXPECT_EQ(repr_text(mixed), "'?'");
  const rt::Dict<rt::Str, rt::Float> f{{"a", 1.5}};
  const rt::Float float_default = rt::dict_methods::get(f, rt::Str("z"), rt::Int(0));
  EXPECT_EQ(float_default, 0.0);
  const std::optional<rt::Int> popped = rt::dict_methods::pop(d, rt::Str("z"), rt::none);
  EXPECT_EQ(popped, std::nullopt);
  EXPECT_EQ(rt::dict_methods::pop(d, rt::Str("a"), rt::Int(0)), 1);
  const rt::Set<rt::Int> s{1};
  rt::set_methods::add(s, 2);
  EXPECT_EQ(repr_text(rt::set_methods::union_(s, IntList{3})), "{1, 2, 3}");
  EXPECT_EQ(rt::bytes_methods::hex(rt::Bytes("\x01\xff", 2)).view(), "01ff");
  EXPECT_EQ(rt::bytes_methods::decode(rt::Bytes("\xc3\xa9")).view(), "\xc3\xa9");
}

TEST(CodegenApi, OperatorsAndSubscripts) {
  EXPECT_EQ(rt::bitand_(6, 3), 2);
  EXPECT_EQ(rt::bitor_(true, false), true);
  EXPECT_EQ(rt::bitxor_(6, 3), 5);
  EXPECT_TRUE(rt::not_(rt::Str("")));
  EXPECT_TRUE(rt::not_contains(4, IntList{1}));
  EXPECT_TRUE(rt::is_none(std::optional<rt::Int>()));
  EXPECT_TRUE(rt::is_not_none(std::optional<rt::Int>(0)));
  EXPECT_EQ(repr_text(rt::getslice(IntList{1, 2, 3}, std::nullopt, std::nullopt, rt::Int(-1))), "[3, 2, 1]");
  EXPECT_EQ(rt::getslice(rt::Str("hello"), rt::Int(1), std::optional<rt::Int>(3), std::nullopt).view(), "el");
  EXPECT_EQ(repr_text(rt::getslice(b::range(10), rt::Int(2), std::nullopt, rt::Int(3))), "range(2, 10, 3)");
  EXPECT_EQ(rt::concat({rt::Str("a"), rt::Str("\xc3\xa9"), rt::Str()}).length(), 2u);
  EXPECT_EQ(rt::str_methods::percent_format(rt::Str("%d%%"), rt::Int(5)).view(), "5%");
  EXPECT_EQ(repr_text(rt::add(rt::VarTuple<rt::Int>{1}, std::tuple<rt::Int>(2))), "(1, 2)");
  EXPECT_EQ(rt::Str("a\0b", 3).byte_size(), 3u);
  const std::optional<rt::Str> optional_str = rt::none;  // None converts to any optional
  EXPECT_FALSE(optional_str.has_value());
  EXPECT_EQ(rt::str_methods::strip(rt::Str(" x "), rt::none).view(), "x");
}

TEST(CodegenApi, IterateAndUnpack) {
  rt::Int total = 0;
  for (auto&& x : rt::iterate(std::tuple<rt::Int, rt::Int, rt::Int>(1, 2, 3))) total += x;
  EXPECT_EQ(total, 6);
  std::string keys;
  for (auto&& k : rt::iterate(rt::Dict<rt::Str, rt::Int>{{"a", 1}, {"b", 2}})) keys += k.view();
  EXPECT_EQ(keys, "ab");
  EXPECT_EQ(raised([] { rt::iterate(std::optional<IntList>()); }), "TypeError: 'NoneType' object is not iterable");
  const auto parts = rt::unpack_exactly(IntList{1, 2}, 2);
  EXPECT_EQ(parts[0] + parts[1], 3);
  EXPECT_EQ(raised([] { rt::unpack_exactly(IntList{1}, 2); }),
            "ValueError: not enough values to unpack (expected 2, got 1)");
  EXPECT_EQ(raised([] { rt::unpack_exactly(IntList{1, 2, 3}, 2); }), "ValueError: too many values to unpack (expected 2)");
  const auto starred = rt::unpack_starred(rt::Str("abcd"), 1, 1);
  EXPECT_EQ(starred.before[0].view(), "a");
  EXPECT_EQ(repr_text(starred.middle), "['b', 'c']");
  EXPECT_EQ(starred.after[0].view(), "d");
  EXPECT_EQ(raised([] { rt::unpack_starred(IntList{1}, 1, 1); }),
            "ValueError: not enough values to unpack (expected at least 2, got 1)");
}

TEST(CodegenApi, EntryPointHelpersAndExceptions) {
  EXPECT_EQ(raised([] { rt::missing_argument<rt::Int>("f", "x"); }),
            "TypeError: f() missing 1 required positional argument: 'x'");
  EXPECT_EQ(rt::convert_default<rt::Float>(rt::Int(1)), 1.0);
  EXPECT_EQ(rt::convert_default<std::optional<rt::Int>>(rt::none), std::nullopt);
  EXPECT_EQ(rt::convert_default<std::optional<rt::Float>>(rt::Int(2)), std::optional<rt::Float>(2.0));
  using IntOrStr = std::variant<rt::Int, rt::Str>;
  EXPECT_EQ(rt::convert_default<IntOrStr>(rt::Str("x")).index(), 1u);
  EXPECT_EQ(rt::convert_default<rt::List<rt::Int>>(rt::List<rt::Int>{}).size(), 0u);
  ingot_value_map* inputs = ingot_value_map_create();
  ingot_value_map_set(inputs, "y", ingot_value_create_none());
  static const char* const kNames[] = {"x", nullptr};
  EXPECT_EQ(raised([&] { rt::check_input_names(inputs, "f", kNames); }),
            "TypeError: f() got an unexpected keyword argument 'y'");
  ingot_value_map_free(inputs);
  EXPECT_EQ(raised([] { rt::raise_with(rt::ExcType::ValueError, rt::Int(3)); }), "ValueError: 3");
  EXPECT_EQ(raised([] { rt::raise_with(rt::ExcType::KeyError, rt::Str("k")); }), "KeyError: 'k'");
  const rt::PyException caught(rt::ExcType::ValueError, "bad");
  EXPECT_EQ(b::str_(caught).view(), "bad");
  EXPECT_EQ(b::repr(caught).view(), "ValueError('bad')");
  rt::PyException slot{};  // generated code declares exception slots up front
  EXPECT_EQ(slot.type, rt::ExcType::Exception);
}

}  // namespace
