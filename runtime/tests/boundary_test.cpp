// rt::from_value / rt::to_value: the conversions generated code uses at the
// ABI boundary, with their leniencies and error messages.
#include "test_support.h"

namespace {

using ValuePtr = rt::abi::ValuePtr;

ValuePtr int_value(int64_t v) { return ValuePtr(ingot_value_create_int64(v)); }
ValuePtr str_value(const char* s) { return ValuePtr(ingot_value_create_string(s, std::strlen(s))); }

ValuePtr list_of(std::initializer_list<ingot_value*> items, ingot_value_kind kind = INGOT_VALUE_LIST) {
  ValuePtr list(ingot_value_create_container(kind));
  for (ingot_value* item : items) EXPECT_EQ(ingot_value_append(list.get(), item), INGOT_STATUS_OK);
  return list;
}

TEST(Boundary, ScalarsWithPythonsLeniencies) {
  EXPECT_EQ(rt::from_value<rt::Int>(int_value(5).get(), "x"), 5);
  ValuePtr t(ingot_value_create_bool(true));
  EXPECT_EQ(rt::from_value<rt::Int>(t.get(), "x"), 1);        // True is an int
  EXPECT_EQ(rt::from_value<rt::Float>(int_value(2).get(), "x"), 2.0);  // int where float is declared
  EXPECT_EQ(raised([&] { rt::from_value<rt::Bool>(int_value(1).get(), "flag"); }),
            "TypeError: argument 'flag': expected bool, got int");
  EXPECT_EQ(raised([&] { rt::from_value<rt::Int>(str_value("1").get(), "x"); }),
            "TypeError: argument 'x': expected int, got str");
  ValuePtr f(ingot_value_create_float64(1.5));
  EXPECT_EQ(raised([&] { rt::from_value<rt::Int>(f.get(), "x"); }), "TypeError: argument 'x': expected int, got float");
  EXPECT_EQ(raised([&] { rt::from_value<rt::Int>(nullptr, "x"); }), "TypeError: argument 'x': expected int, got nothing");
  EXPECT_EQ(rt::from_value<rt::Str>(str_value("h\xc3\xa9").get(), "s").length(), 2u);
}

TEST(Boundary, ContainersReportThePathOfABadItem) {
  ValuePtr xs = list_of({ingot_value_create_int64(1), ingot_value_create_string("a", 1)});
  EXPECT_EQ(raised([&] { rt::from_value<rt::List<rt::Int>>(xs.get(), "xs"); }),
            "TypeError: argument 'xs'[1]: expected int, got str");
  ValuePtr d(ingot_value_create_container(INGOT_VALUE_DICT));
  ingot_value_dict_set(d.get(), ingot_value_create_string("k", 1), ingot_value_create_float64(1.0));
  EXPECT_EQ(raised([&] { rt::from_value<rt::Dict<rt::Str, rt::Int>>(d.get(), "d"); }),
            "TypeError: argument 'd'['k']: expected int, got float");
  EXPECT_EQ(repr_text(rt::from_value<rt::Dict<rt::Str, rt::Float>>(d.get(), "d")), "{'k': 1.0}");
  ValuePtr pair = list_of({ingot_value_create_int64(1), ingot_value_create_string("a", 1)}, INGOT_VALUE_TUPLE);
  EXPECT_EQ(repr_text(rt::from_value<std::tuple<rt::Int, rt::Str>>(pair.get(), "t")), "(1, 'a')");
  EXPECT_EQ(raised([&] { rt::from_value<std::tuple<rt::Int>>(pair.get(), "t"); }),
            "TypeError: argument 't': expected tuple[int] (1 items), got a tuple of 2 items");
  // JSON has no tuples: a list is accepted for a tuple parameter.
  ValuePtr as_list = list_of({ingot_value_create_int64(1), ingot_value_create_int64(2)});
  EXPECT_EQ(repr_text(rt::from_value<rt::VarTuple<rt::Int>>(as_list.get(), "t")), "(1, 2)");
  EXPECT_EQ(raised([&] { rt::from_value<rt::Set<rt::Int>>(as_list.get(), "s"); }),
            "TypeError: argument 's': expected set[int], got list");
}

TEST(Boundary, OptionalsAndUnions) {
  ValuePtr none(ingot_value_create_none());
  EXPECT_EQ(rt::from_value<std::optional<rt::Int>>(none.get(), "x"), std::nullopt);
  EXPECT_EQ(rt::from_value<std::optional<rt::Int>>(int_value(3).get(), "x"), std::optional<rt::Int>(3));
  using Number = std::variant<rt::Float, rt::Int>;
  // The exact match wins over the earlier lenient one: 3 stays an int.
  const Number n = rt::from_value<Number>(int_value(3).get(), "n");
  EXPECT_EQ(n.index(), 1u);
  using BoolOrInt = std::variant<rt::Int, rt::Bool>;
  ValuePtr t(ingot_value_create_bool(true));
  EXPECT_EQ(rt::from_value<BoolOrInt>(t.get(), "b").index(), 1u);
  EXPECT_EQ(raised([&] { rt::from_value<std::variant<rt::Int, rt::Str>>(none.get(), "u"); }),
            "TypeError: argument 'u': expected int | str, got NoneType");
  EXPECT_EQ(raised([&] { rt::from_value<std::optional<rt::List<rt::Int>>>(int_value(1).get(), "o"); }),
            "TypeError: argument 'o': expected list[int] | None, got int");
}

TEST(Boundary, ToValueBuildsEveryKind) {
  rt::Dict<rt::Str, std::variant<rt::Int, rt::List<rt::Float>, std::optional<rt::Str>>> d;
  d.setitem("n", rt::Int{1});
  d.setitem("xs", rt::List<rt::Float>{1.5});
  d.setitem("none", std::optional<rt::Str>());
  ValuePtr v(rt::to_value(d));
  ASSERT_EQ(ingot_value_get_kind(v.get()), INGOT_VALUE_DICT);
  size_t n = 0;
  ASSERT_EQ(ingot_value_get_length(v.get(), &n), INGOT_STATUS_OK);
  ASSERT_EQ(n, 3u);
  const ingot_value *key, *item;
  ASSERT_EQ(ingot_value_get_pair(v.get(), 1, &key, &item), INGOT_STATUS_OK);
  EXPECT_EQ(ingot_value_get_kind(item), INGOT_VALUE_LIST);
  ASSERT_EQ(ingot_value_get_pair(v.get(), 2, &key, &item), INGOT_STATUS_OK);
  EXPECT_EQ(ingot_value_get_kind(item), INGOT_VALUE_NONE);
  ValuePtr t(rt::to_value(std::tuple<rt::Bool, rt::Bytes, rt::Set<rt::Int>, rt::VarTuple<rt::Int>>(
      true, rt::Bytes("b"), rt::Set<rt::Int>{1}, rt::VarTuple<rt::Int>{2})));
  EXPECT_EQ(ingot_value_get_kind(t.get()), INGOT_VALUE_TUPLE);
  const ingot_value* third;
  ASSERT_EQ(ingot_value_get_item(t.get(), 2, &third), INGOT_STATUS_OK);
  EXPECT_EQ(ingot_value_get_kind(third), INGOT_VALUE_SET);
  // A round trip through the boundary gives the same Python value.
  using Shape = std::tuple<rt::Bool, rt::Bytes, rt::Set<rt::Int>, rt::VarTuple<rt::Int>>;
  EXPECT_EQ(repr_text(rt::from_value<Shape>(t.get(), "t")), "(True, b'b', {1}, (2,))");
  EXPECT_EQ(raised([] { ValuePtr s(rt::to_value(rt::builtins::chr(0xDFFF))); }),
            "UnicodeEncodeError: 'utf-8' codec can't encode character '\\udfff' in position 0: surrogates not allowed");
  ValuePtr r(rt::to_value(rt::builtins::range(3)));
  EXPECT_EQ(ingot_value_get_kind(r.get()), INGOT_VALUE_LIST);
}

TEST(Boundary, InputNames) {
  ingot_value_map* inputs = ingot_value_map_create();
  ingot_value_map_set(inputs, "x", ingot_value_create_int64(1));
  ingot_value_map_set(inputs, "typo", ingot_value_create_int64(2));
  EXPECT_EQ(raised([&] { rt::require_input(inputs, "y", "f"); }), "TypeError: f() missing 1 required positional argument: 'y'");
  EXPECT_EQ(raised([&] { rt::check_input_names(inputs, "f", {"x", "y"}); }),
            "TypeError: f() got an unexpected keyword argument 'typo'");
  EXPECT_NE(rt::find_input(inputs, "x"), nullptr);
  EXPECT_EQ(rt::find_input(inputs, "y"), nullptr);
  ingot_value_map_free(inputs);
}

}  // namespace
