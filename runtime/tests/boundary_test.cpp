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

// -- packed lists -------------------------------------------------------------

ingot_value_kind packed_kind(const ingot_value* v) {
  ingot_value_kind k = INGOT_VALUE_NONE;
  EXPECT_EQ(ingot_value_get_packed_kind(v, &k), INGOT_STATUS_OK);
  return k;
}

TEST(Boundary, PackedInputsConvertInOnePass) {
  const double floats[] = {0.5, -0.0, 3.0};
  ValuePtr fs(ingot_value_create_float64_list(floats, 3));
  EXPECT_EQ(repr_text(rt::from_value<rt::List<rt::Float>>(fs.get(), "xs")), "[0.5, -0.0, 3.0]");
  EXPECT_EQ(repr_text(rt::from_value<rt::VarTuple<rt::Float>>(fs.get(), "t")), "(0.5, -0.0, 3.0)");
  EXPECT_EQ(raised([&] { rt::from_value<rt::List<rt::Int>>(fs.get(), "xs"); }),
            "TypeError: argument 'xs'[0]: expected int, got float");
  EXPECT_EQ(raised([&] { rt::from_value<rt::List<rt::List<rt::Float>>>(fs.get(), "xs"); }),
            "TypeError: argument 'xs'[0]: expected list[float], got float");
  const int64_t ints[] = {1, -2};
  ValuePtr is(ingot_value_create_int64_list(ints, 2));
  EXPECT_EQ(repr_text(rt::from_value<rt::List<rt::Int>>(is.get(), "xs")), "[1, -2]");
  EXPECT_EQ(repr_text(rt::from_value<rt::List<rt::Float>>(is.get(), "xs")), "[1.0, -2.0]");  // int for float
  EXPECT_EQ(raised([&] { rt::from_value<rt::List<rt::Bool>>(is.get(), "xs"); }),
            "TypeError: argument 'xs'[0]: expected bool, got int");
  const bool bools[] = {true, false};
  ValuePtr bs(ingot_value_create_bool_list(bools, 2));
  EXPECT_EQ(repr_text(rt::from_value<rt::List<rt::Bool>>(bs.get(), "xs")), "[True, False]");
  EXPECT_EQ(repr_text(rt::from_value<rt::List<rt::Int>>(bs.get(), "xs")), "[1, 0]");  // True is an int
  const size_t offsets[] = {0, 3, 3, 18};
  ValuePtr ss(ingot_value_create_string_list("h\xc3\xa9" "a long string!!", offsets, 3));
  const auto strs = rt::from_value<rt::List<rt::Str>>(ss.get(), "xs");
  EXPECT_EQ(repr_text(strs), "['h\xc3\xa9', '', 'a long string!!']");
  EXPECT_EQ(strs.item(0).length(), 2u);
  // Unions, optionals and tuples read the packed items too.
  using Numbers = std::variant<rt::List<rt::Int>, rt::List<rt::Float>>;
  EXPECT_EQ(rt::from_value<Numbers>(fs.get(), "n").index(), 1u);
  EXPECT_EQ(rt::from_value<Numbers>(is.get(), "n").index(), 0u);
  EXPECT_EQ(repr_text(rt::from_value<std::optional<rt::List<rt::Float>>>(is.get(), "o")), "[1.0, -2.0]");
  EXPECT_EQ(repr_text(rt::from_value<std::tuple<rt::Int, rt::Float>>(is.get(), "t")), "(1, -2.0)");
  EXPECT_EQ(repr_text(rt::from_value<rt::List<std::optional<rt::Int>>>(is.get(), "xs")), "[1, -2]");
  ValuePtr empty(ingot_value_create_string_list(nullptr, offsets, 0));
  EXPECT_EQ(repr_text(rt::from_value<rt::List<rt::Float>>(empty.get(), "xs")), "[]");  // no items to refuse
}

TEST(Boundary, ListResultsArePacked) {
  ValuePtr fs(rt::to_value(rt::List<rt::Float>{1.5, -0.0}));
  EXPECT_EQ(packed_kind(fs.get()), INGOT_VALUE_FLOAT64);
  ValuePtr is(rt::to_value(rt::builtins::range(2, 5)));
  ASSERT_EQ(packed_kind(is.get()), INGOT_VALUE_INT64);
  const int64_t* ints = nullptr;
  size_t n = 0;
  ASSERT_EQ(ingot_value_get_int64_array(is.get(), &ints, &n), INGOT_STATUS_OK);
  EXPECT_EQ(std::vector<int64_t>(ints, ints + n), (std::vector<int64_t>{2, 3, 4}));
  ValuePtr bs(rt::to_value(rt::List<rt::Bool>{true, false}));
  EXPECT_EQ(packed_kind(bs.get()), INGOT_VALUE_BOOL);
  ValuePtr ss(rt::to_value(rt::List<rt::Str>{rt::Str("a\0b", 3), rt::Str(""), rt::Str("a string longer than 14")}));
  ASSERT_EQ(packed_kind(ss.get()), INGOT_VALUE_STRING);
  EXPECT_EQ(repr_text(rt::from_value<rt::List<rt::Str>>(ss.get(), "xs")), "['a\\x00b', '', 'a string longer than 14']");
  EXPECT_EQ(raised([] { ValuePtr v(rt::to_value(rt::List<rt::Str>{rt::Str("ok"), rt::builtins::chr(0xDC80)})); }),
            "UnicodeEncodeError: 'utf-8' codec can't encode character '\\udc80' in position 0: surrogates not allowed");
  // Other lists and tuples stay item by item.
  ValuePtr nested(rt::to_value(rt::List<rt::List<rt::Int>>{{1}, {}}));
  EXPECT_EQ(packed_kind(nested.get()), INGOT_VALUE_NONE);
  const ingot_value* inner = nullptr;
  ASSERT_EQ(ingot_value_get_item(nested.get(), 0, &inner), INGOT_STATUS_OK);
  EXPECT_EQ(packed_kind(inner), INGOT_VALUE_INT64);
  ValuePtr t(rt::to_value(rt::VarTuple<rt::Int>{1, 2}));
  EXPECT_EQ(packed_kind(t.get()), INGOT_VALUE_NONE);
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
