// Unicode helpers: see unicode.h. Character properties come from ICU, masked
// to the Unicode 14.0 repertoire that Python 3.11 knows.
#include "syntax/unicode.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstring>

namespace ingot::syntax {

// ---------------------------------------------------------------------------
// UTF-8

const char* utf8_status_reason(Utf8Status status) {
  switch (status) {
    case Utf8Status::Ok: return "";
    case Utf8Status::InvalidStartByte: return "invalid start byte";
    case Utf8Status::InvalidContinuationByte: return "invalid continuation byte";
    case Utf8Status::UnexpectedEnd: return "unexpected end of data";
  }
  return "";
}

Utf8Char decode_utf8_slow(const unsigned char* p, const unsigned char* end, bool allow_surrogates) {
  const unsigned lead = p[0];
  if (lead < 0x80) return {lead, 1, Utf8Status::Ok};
  if (lead < 0xC2 || lead > 0xF4) return {0, 1, Utf8Status::InvalidStartByte};
  const size_t avail = static_cast<size_t>(end - p);
  int need;
  unsigned lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  char32_t cp;
  if (lead < 0xE0) {
    need = 1;
    cp = lead & 0x1F;
  } else if (lead < 0xF0) {
    need = 2;
    cp = lead & 0x0F;
    if (lead == 0xE0) lo = 0xA0;
    if (lead == 0xED && !allow_surrogates) hi = 0x9F;
  } else {
    need = 3;
    cp = lead & 0x07;
    if (lead == 0xF0) lo = 0x90;
    if (lead == 0xF4) hi = 0x8F;
  }
  for (int i = 1; i <= need; ++i) {
    if (static_cast<size_t>(i) >= avail) {
      return {0, static_cast<uint8_t>(avail), Utf8Status::UnexpectedEnd};
    }
    const unsigned b = p[i];
    const unsigned min = i == 1 ? lo : 0x80, max = i == 1 ? hi : 0xBF;
    if (b < min || b > max) return {0, static_cast<uint8_t>(i), Utf8Status::InvalidContinuationByte};
    cp = (cp << 6) | (b & 0x3F);
  }
  return {cp, static_cast<uint8_t>(need + 1), Utf8Status::Ok};
}

size_t utf8_length(std::string_view text) {
  size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

size_t find_non_ascii(std::string_view text) {
  const char* p = text.data();
  const size_t size = text.size();
  size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    uint64_t word;
    std::memcpy(&word, p + i, 8);
    if (word & 0x8080808080808080ull) break;
  }
  for (; i < size; ++i) {
    if (static_cast<unsigned char>(p[i]) >= 0x80) return i;
  }
  return size;
}

// ---------------------------------------------------------------------------
// Character classes

namespace {

/// Whether Python 3.11 (Unicode 14.0) knows `cp` as assigned: ICU 72 is
/// Unicode 15.0, whose new characters Python sees as unassigned (Cn).
bool assigned_in_unicode14(char32_t cp) {
  UVersionInfo age;
  u_charAge(static_cast<UChar32>(cp), age);
  return age[0] < 15;
}

}  // namespace

namespace unicode_detail {

bool is_printable_slow(char32_t cp) {
  if (cp > 0x10FFFF) return false;
  if (cp < 0x100) return cp > 0xA0 && cp != 0xAD;  // C1 controls, NBSP, SHY
  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
    case U_SURROGATE:
    case U_PRIVATE_USE_CHAR:
    case U_UNASSIGNED:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
    case U_SPACE_SEPARATOR:
      return false;
    default:
      return assigned_in_unicode14(cp);
  }
}

bool is_xid_start_slow(char32_t cp) {
  if (cp > 0x10FFFF) return false;
  return u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_XID_START) && assigned_in_unicode14(cp);
}

bool is_xid_continue_slow(char32_t cp) {
  if (cp > 0x10FFFF) return false;
  return u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_XID_CONTINUE) && assigned_in_unicode14(cp);
}

}  // namespace unicode_detail

// ---------------------------------------------------------------------------
// NFKC

std::string nfkc(std::string_view utf8) {
  if (find_non_ascii(utf8) == utf8.size()) return std::string(utf8);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return std::string(utf8);
  icu::UnicodeString source = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (normalizer->isNormalized(source, status) && U_SUCCESS(status)) return std::string(utf8);
  status = U_ZERO_ERROR;
  icu::UnicodeString result = normalizer->normalize(source, status);
  if (U_FAILURE(status)) return std::string(utf8);
  std::string out;
  result.toUTF8String(out);
  return out;
}

// ---------------------------------------------------------------------------
// \N{...} names

namespace {

struct NameAlias {
  const char* name;
  char32_t cp;
};

// Every alias of NameAliases.txt (Unicode 14.0) that Python 3.11 accepts in
// "\N{...}", sorted by name (byte order). Unicode character data.
constexpr NameAlias kAliases[] = {
    {"ACK", 0x6},
    {"ACKNOWLEDGE", 0x6},
    {"ALERT", 0x7},
    {"ALM", 0x61C},
    {"APC", 0x9F},
    {"APPLICATION PROGRAM COMMAND", 0x9F},
    {"BACKSPACE", 0x8},
    {"BEL", 0x7},
    {"BOM", 0xFEFF},
    {"BPH", 0x82},
    {"BREAK PERMITTED HERE", 0x82},
    {"BS", 0x8},
    {"BYTE ORDER MARK", 0xFEFF},
    {"BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS", 0x1D0C5},
    {"CAN", 0x18},
    {"CANCEL", 0x18},
    {"CANCEL CHARACTER", 0x94},
    {"CARRIAGE RETURN", 0xD},
    {"CCH", 0x94},
    {"CGJ", 0x34F},
    {"CHARACTER TABULATION", 0x9},
    {"CHARACTER TABULATION SET", 0x88},
    {"CHARACTER TABULATION WITH JUSTIFICATION", 0x89},
    {"CONTROL SEQUENCE INTRODUCER", 0x9B},
    {"CR", 0xD},
    {"CSI", 0x9B},
    {"CUNEIFORM SIGN NU11 OVER NU11 BUR OVER BUR", 0x122D5},
    {"CUNEIFORM SIGN NU11 TENU", 0x122D4},
    {"DATA LINK ESCAPE", 0x10},
    {"DC1", 0x11},
    {"DC2", 0x12},
    {"DC3", 0x13},
    {"DC4", 0x14},
    {"DCS", 0x90},
    {"DEL", 0x7F},
    {"DELETE", 0x7F},
    {"DEVICE CONTROL FOUR", 0x14},
    {"DEVICE CONTROL ONE", 0x11},
    {"DEVICE CONTROL STRING", 0x90},
    {"DEVICE CONTROL THREE", 0x13},
    {"DEVICE CONTROL TWO", 0x12},
    {"DLE", 0x10},
    {"END OF GUARDED AREA", 0x97},
    {"END OF LINE", 0xA},
    {"END OF MEDIUM", 0x19},
    {"END OF PROTECTED AREA", 0x97},
    {"END OF SELECTED AREA", 0x87},
    {"END OF TEXT", 0x3},
    {"END OF TRANSMISSION", 0x4},
    {"END OF TRANSMISSION BLOCK", 0x17},
    {"ENQ", 0x5},
    {"ENQUIRY", 0x5},
    {"EOL", 0xA},
    {"EOM", 0x19},
    {"EOT", 0x4},
    {"EPA", 0x97},
    {"ESA", 0x87},
    {"ESC", 0x1B},
    {"ESCAPE", 0x1B},
    {"ETB", 0x17},
    {"ETX", 0x3},
    {"FF", 0xC},
    {"FILE SEPARATOR", 0x1C},
    {"FORM FEED", 0xC},
    {"FS", 0x1C},
    {"FSI", 0x2068},
    {"FVS1", 0x180B},
    {"FVS2", 0x180C},
    {"FVS3", 0x180D},
    {"FVS4", 0x180F},
    {"GROUP SEPARATOR", 0x1D},
    {"GS", 0x1D},
    {"HANGUL JONGSEONG SSANGYESIEUNG", 0x11EE},
    {"HANGUL JONGSEONG YESIEUNG-KHIEUKH", 0x11EF},
    {"HANGUL JONGSEONG YESIEUNG-KIYEOK", 0x11EC},
    {"HANGUL JONGSEONG YESIEUNG-SSANGKIYEOK", 0x11ED},
    {"HENTAIGANA LETTER E-1", 0x1B001},
    {"HIGH OCTET PRESET", 0x81},
    {"HOP", 0x81},
    {"HORIZONTAL TABULATION", 0x9},
    {"HORIZONTAL TABULATION SET", 0x88},
    {"HORIZONTAL TABULATION WITH JUSTIFICATION", 0x89},
    {"HT", 0x9},
    {"HTJ", 0x89},
    {"HTS", 0x88},
    {"IND", 0x84},
    {"INDEX", 0x84},
    {"INFORMATION SEPARATOR FOUR", 0x1C},
    {"INFORMATION SEPARATOR ONE", 0x1F},
    {"INFORMATION SEPARATOR THREE", 0x1D},
    {"INFORMATION SEPARATOR TWO", 0x1E},
    {"KANNADA LETTER LLLA", 0xCDE},
    {"LAO LETTER FO FAY", 0xE9F},
    {"LAO LETTER FO FON", 0xE9D},
    {"LAO LETTER LO", 0xEA5},
    {"LAO LETTER RO", 0xEA3},
    {"LATIN CAPITAL LETTER GHA", 0x1A2},
    {"LATIN SMALL LETTER GHA", 0x1A3},
    {"LEFTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE", 0x2B7A},
    {"LF", 0xA},
    {"LINE FEED", 0xA},
    {"LINE TABULATION", 0xB},
    {"LINE TABULATION SET", 0x8A},
    {"LOCKING-SHIFT ONE", 0xE},
    {"LOCKING-SHIFT ZERO", 0xF},
    {"LRE", 0x202A},
    {"LRI", 0x2066},
    {"LRM", 0x200E},
    {"LRO", 0x202D},
    {"MEDEFAIDRIN CAPITAL LETTER H", 0x16E56},
    {"MEDEFAIDRIN CAPITAL LETTER NG", 0x16E57},
    {"MEDEFAIDRIN SMALL LETTER H", 0x16E76},
    {"MEDEFAIDRIN SMALL LETTER NG", 0x16E77},
    {"MESSAGE WAITING", 0x95},
    {"MICR DASH SYMBOL", 0x2449},
    {"MICR ON US SYMBOL", 0x2448},
    {"MMSP", 0x205F},
    {"MVS", 0x180E},
    {"MW", 0x95},
    {"MYANMAR LETTER KHAMTI LLA", 0xAA6E},
    {"NAK", 0x15},
    {"NBH", 0x83},
    {"NBSP", 0xA0},
    {"NEGATIVE ACKNOWLEDGE", 0x15},
    {"NEL", 0x85},
    {"NEW LINE", 0xA},
    {"NEXT LINE", 0x85},
    {"NL", 0xA},
    {"NNBSP", 0x202F},
    {"NO BREAK HERE", 0x83},
    {"NUL", 0x0},
    {"NULL", 0x0},
    {"OPERATING SYSTEM COMMAND", 0x9D},
    {"OSC", 0x9D},
    {"PAD", 0x80},
    {"PADDING CHARACTER", 0x80},
    {"PARTIAL LINE BACKWARD", 0x8C},
    {"PARTIAL LINE DOWN", 0x8B},
    {"PARTIAL LINE FORWARD", 0x8B},
    {"PARTIAL LINE UP", 0x8C},
    {"PDF", 0x202C},
    {"PDI", 0x2069},
    {"PLD", 0x8B},
    {"PLU", 0x8C},
    {"PM", 0x9E},
    {"PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET", 0xFE18},
    {"PRIVACY MESSAGE", 0x9E},
    {"PRIVATE USE ONE", 0x91},
    {"PRIVATE USE TWO", 0x92},
    {"PRIVATE USE-1", 0x91},
    {"PRIVATE USE-2", 0x92},
    {"PU1", 0x91},
    {"PU2", 0x92},
    {"RECORD SEPARATOR", 0x1E},
    {"REVERSE INDEX", 0x8D},
    {"REVERSE LINE FEED", 0x8D},
    {"RI", 0x8D},
    {"RIGHTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE", 0x2B7C},
    {"RLE", 0x202B},
    {"RLI", 0x2067},
    {"RLM", 0x200F},
    {"RLO", 0x202E},
    {"RS", 0x1E},
    {"SCI", 0x9A},
    {"SET TRANSMIT STATE", 0x93},
    {"SGC", 0x99},
    {"SHIFT IN", 0xF},
    {"SHIFT OUT", 0xE},
    {"SHY", 0xAD},
    {"SI", 0xF},
    {"SINGLE CHARACTER INTRODUCER", 0x9A},
    {"SINGLE GRAPHIC CHARACTER INTRODUCER", 0x99},
    {"SINGLE SHIFT THREE", 0x8F},
    {"SINGLE SHIFT TWO", 0x8E},
    {"SINGLE-SHIFT-2", 0x8E},
    {"SINGLE-SHIFT-3", 0x8F},
    {"SO", 0xE},
    {"SOH", 0x1},
    {"SOS", 0x98},
    {"SP", 0x20},
    {"SPA", 0x96},
    {"SS2", 0x8E},
    {"SS3", 0x8F},
    {"SSA", 0x86},
    {"ST", 0x9C},
    {"START OF GUARDED AREA", 0x96},
    {"START OF HEADING", 0x1},
    {"START OF PROTECTED AREA", 0x96},
    {"START OF SELECTED AREA", 0x86},
    {"START OF STRING", 0x98},
    {"START OF TEXT", 0x2},
    {"STRING TERMINATOR", 0x9C},
    {"STS", 0x93},
    {"STX", 0x2},
    {"SUB", 0x1A},
    {"SUBSTITUTE", 0x1A},
    {"SYN", 0x16},
    {"SYNCHRONOUS IDLE", 0x16},
    {"SYRIAC SUBLINEAR COLON SKEWED LEFT", 0x709},
    {"TAB", 0x9},
    {"TIBETAN MARK BKA- SHOG GI MGO RGYAN", 0xFD0},
    {"UNIT SEPARATOR", 0x1F},
    {"US", 0x1F},
    {"VERTICAL TABULATION", 0xB},
    {"VERTICAL TABULATION SET", 0x8A},
    {"VS1", 0xFE00},
    {"VS10", 0xFE09},
    {"VS100", 0xE0153},
    {"VS101", 0xE0154},
    {"VS102", 0xE0155},
    {"VS103", 0xE0156},
    {"VS104", 0xE0157},
    {"VS105", 0xE0158},
    {"VS106", 0xE0159},
    {"VS107", 0xE015A},
    {"VS108", 0xE015B},
    {"VS109", 0xE015C},
    {"VS11", 0xFE0A},
    {"VS110", 0xE015D},
    {"VS111", 0xE015E},
    {"VS112", 0xE015F},
    {"VS113", 0xE0160},
    {"VS114", 0xE0161},
    {"VS115", 0xE0162},
    {"VS116", 0xE0163},
    {"VS117", 0xE0164},
    {"VS118", 0xE0165},
    {"VS119", 0xE0166},
    {"VS12", 0xFE0B},
    {"VS120", 0xE0167},
    {"VS121", 0xE0168},
    {"VS122", 0xE0169},
    {"VS123", 0xE016A},
    {"VS124", 0xE016B},
    {"VS125", 0xE016C},
    {"VS126", 0xE016D},
    {"VS127", 0xE016E},
    {"VS128", 0xE016F},
    {"VS129", 0xE0170},
    {"VS13", 0xFE0C},
    {"VS130", 0xE0171},
    {"VS131", 0xE0172},
    {"VS132", 0xE0173},
    {"VS133", 0xE0174},
    {"VS134", 0xE0175},
    {"VS135", 0xE0176},
    {"VS136", 0xE0177},
    {"VS137", 0xE0178},
    {"VS138", 0xE0179},
    {"VS139", 0xE017A},
    {"VS14", 0xFE0D},
    {"VS140", 0xE017B},
    {"VS141", 0xE017C},
    {"VS142", 0xE017D},
    {"VS143", 0xE017E},
    {"VS144", 0xE017F},
    {"VS145", 0xE0180},
    {"VS146", 0xE0181},
    {"VS147", 0xE0182},
    {"VS148", 0xE0183},
    {"VS149", 0xE0184},
    {"VS15", 0xFE0E},
    {"VS150", 0xE0185},
    {"VS151", 0xE0186},
    {"VS152", 0xE0187},
    {"VS153", 0xE0188},
    {"VS154", 0xE0189},
    {"VS155", 0xE018A},
    {"VS156", 0xE018B},
    {"VS157", 0xE018C},
    {"VS158", 0xE018D},
    {"VS159", 0xE018E},
    {"VS16", 0xFE0F},
    {"VS160", 0xE018F},
    {"VS161", 0xE0190},
    {"VS162", 0xE0191},
    {"VS163", 0xE0192},
    {"VS164", 0xE0193},
    {"VS165", 0xE0194},
    {"VS166", 0xE0195},
    {"VS167", 0xE0196},
    {"VS168", 0xE0197},
    {"VS169", 0xE0198},
    {"VS17", 0xE0100},
    {"VS170", 0xE0199},
    {"VS171", 0xE019A},
    {"VS172", 0xE019B},
    {"VS173", 0xE019C},
    {"VS174", 0xE019D},
    {"VS175", 0xE019E},
    {"VS176", 0xE019F},
    {"VS177", 0xE01A0},
    {"VS178", 0xE01A1},
    {"VS179", 0xE01A2},
    {"VS18", 0xE0101},
    {"VS180", 0xE01A3},
    {"VS181", 0xE01A4},
    {"VS182", 0xE01A5},
    {"VS183", 0xE01A6},
    {"VS184", 0xE01A7},
    {"VS185", 0xE01A8},
    {"VS186", 0xE01A9},
    {"VS187", 0xE01AA},
    {"VS188", 0xE01AB},
    {"VS189", 0xE01AC},
    {"VS19", 0xE0102},
    {"VS190", 0xE01AD},
    {"VS191", 0xE01AE},
    {"VS192", 0xE01AF},
    {"VS193", 0xE01B0},
    {"VS194", 0xE01B1},
    {"VS195", 0xE01B2},
    {"VS196", 0xE01B3},
    {"VS197", 0xE01B4},
    {"VS198", 0xE01B5},
    {"VS199", 0xE01B6},
    {"VS2", 0xFE01},
    {"VS20", 0xE0103},
    {"VS200", 0xE01B7},
    {"VS201", 0xE01B8},
    {"VS202", 0xE01B9},
    {"VS203", 0xE01BA},
    {"VS204", 0xE01BB},
    {"VS205", 0xE01BC},
    {"VS206", 0xE01BD},
    {"VS207", 0xE01BE},
    {"VS208", 0xE01BF},
    {"VS209", 0xE01C0},
    {"VS21", 0xE0104},
    {"VS210", 0xE01C1},
    {"VS211", 0xE01C2},
    {"VS212", 0xE01C3},
    {"VS213", 0xE01C4},
    {"VS214", 0xE01C5},
    {"VS215", 0xE01C6},
    {"VS216", 0xE01C7},
    {"VS217", 0xE01C8},
    {"VS218", 0xE01C9},
    {"VS219", 0xE01CA},
    {"VS22", 0xE0105},
    {"VS220", 0xE01CB},
    {"VS221", 0xE01CC},
    {"VS222", 0xE01CD},
    {"VS223", 0xE01CE},
    {"VS224", 0xE01CF},
    {"VS225", 0xE01D0},
    {"VS226", 0xE01D1},
    {"VS227", 0xE01D2},
    {"VS228", 0xE01D3},
    {"VS229", 0xE01D4},
    {"VS23", 0xE0106},
    {"VS230", 0xE01D5},
    {"VS231", 0xE01D6},
    {"VS232", 0xE01D7},
    {"VS233", 0xE01D8},
    {"VS234", 0xE01D9},
    {"VS235", 0xE01DA},
    {"VS236", 0xE01DB},
    {"VS237", 0xE01DC},
    {"VS238", 0xE01DD},
    {"VS239", 0xE01DE},
    {"VS24", 0xE0107},
    {"VS240", 0xE01DF},
    {"VS241", 0xE01E0},
    {"VS242", 0xE01E1},
    {"VS243", 0xE01E2},
    {"VS244", 0xE01E3},
    {"VS245", 0xE01E4},
    {"VS246", 0xE01E5},
    {"VS247", 0xE01E6},
    {"VS248", 0xE01E7},
    {"VS249", 0xE01E8},
    {"VS25", 0xE0108},
    {"VS250", 0xE01E9},
    {"VS251", 0xE01EA},
    {"VS252", 0xE01EB},
    {"VS253", 0xE01EC},
    {"VS254", 0xE01ED},
    {"VS255", 0xE01EE},
    {"VS256", 0xE01EF},
    {"VS26", 0xE0109},
    {"VS27", 0xE010A},
    {"VS28", 0xE010B},
    {"VS29", 0xE010C},
    {"VS3", 0xFE02},
    {"VS30", 0xE010D},
    {"VS31", 0xE010E},
    {"VS32", 0xE010F},
    {"VS33", 0xE0110},
    {"VS34", 0xE0111},
    {"VS35", 0xE0112},
    {"VS36", 0xE0113},
    {"VS37", 0xE0114},
    {"VS38", 0xE0115},
    {"VS39", 0xE0116},
    {"VS4", 0xFE03},
    {"VS40", 0xE0117},
    {"VS41", 0xE0118},
    {"VS42", 0xE0119},
    {"VS43", 0xE011A},
    {"VS44", 0xE011B},
    {"VS45", 0xE011C},
    {"VS46", 0xE011D},
    {"VS47", 0xE011E},
    {"VS48", 0xE011F},
    {"VS49", 0xE0120},
    {"VS5", 0xFE04},
    {"VS50", 0xE0121},
    {"VS51", 0xE0122},
    {"VS52", 0xE0123},
    {"VS53", 0xE0124},
    {"VS54", 0xE0125},
    {"VS55", 0xE0126},
    {"VS56", 0xE0127},
    {"VS57", 0xE0128},
    {"VS58", 0xE0129},
    {"VS59", 0xE012A},
    {"VS6", 0xFE05},
    {"VS60", 0xE012B},
    {"VS61", 0xE012C},
    {"VS62", 0xE012D},
    {"VS63", 0xE012E},
    {"VS64", 0xE012F},
    {"VS65", 0xE0130},
    {"VS66", 0xE0131},
    {"VS67", 0xE0132},
    {"VS68", 0xE0133},
    {"VS69", 0xE0134},
    {"VS7", 0xFE06},
    {"VS70", 0xE0135},
    {"VS71", 0xE0136},
    {"VS72", 0xE0137},
    {"VS73", 0xE0138},
    {"VS74", 0xE0139},
    {"VS75", 0xE013A},
    {"VS76", 0xE013B},
    {"VS77", 0xE013C},
    {"VS78", 0xE013D},
    {"VS79", 0xE013E},
    {"VS8", 0xFE07},
    {"VS80", 0xE013F},
    {"VS81", 0xE0140},
    {"VS82", 0xE0141},
    {"VS83", 0xE0142},
    {"VS84", 0xE0143},
    {"VS85", 0xE0144},
    {"VS86", 0xE0145},
    {"VS87", 0xE0146},
    {"VS88", 0xE0147},
    {"VS89", 0xE0148},
    {"VS9", 0xFE08},
    {"VS90", 0xE0149},
    {"VS91", 0xE014A},
    {"VS92", 0xE014B},
    {"VS93", 0xE014C},
    {"VS94", 0xE014D},
    {"VS95", 0xE014E},
    {"VS96", 0xE014F},
    {"VS97", 0xE0150},
    {"VS98", 0xE0151},
    {"VS99", 0xE0152},
    {"VT", 0xB},
    {"VTS", 0x8A},
    {"WEIERSTRASS ELLIPTIC FUNCTION", 0x2118},
    {"WJ", 0x2060},
    {"YI SYLLABLE ITERATION MARK", 0xA015},
    {"ZWJ", 0x200D},
    {"ZWNBSP", 0xFEFF},
    {"ZWNJ", 0x200C},
    {"ZWSP", 0x200B},
};

// Short names of the Hangul jamo (Unicode's Jamo.txt), in the order that
// defines the syllable arithmetic: S = 0xAC00 + (L * 21 + V) * 28 + T.
constexpr const char* kJamoL[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                  "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
constexpr const char* kJamoV[] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
                                  "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
constexpr const char* kJamoT[] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
                                  "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S",
                                  "SS", "NG", "J", "C", "K", "T", "P", "H"};

/// Index of the longest jamo name in `table` that `text` starts with at `pos`
/// (advancing `pos` past it), or -1. Greedy, without backtracking.
template <size_t N>
int match_jamo(const char* const (&table)[N], std::string_view text, size_t& pos) {
  int best = -1;
  size_t best_len = 0;
  for (size_t i = 0; i < N; ++i) {
    const size_t len = std::strlen(table[i]);
    if (len < best_len || (best >= 0 && len == best_len)) continue;
    if (text.size() - pos >= len && text.compare(pos, len, table[i]) == 0) {
      best = static_cast<int>(i);
      best_len = len;
    }
  }
  if (best >= 0) pos += best_len;
  return best;
}

bool hangul_syllable(std::string_view rest, char32_t& cp) {
  size_t pos = 0;
  const int l = match_jamo(kJamoL, rest, pos);
  if (l < 0) return false;
  const int v = match_jamo(kJamoV, rest, pos);
  if (v < 0) return false;
  const int t = match_jamo(kJamoT, rest, pos);
  if (t < 0 || pos != rest.size()) return false;
  cp = 0xAC00 + (static_cast<char32_t>(l) * 21 + static_cast<char32_t>(v)) * 28 + static_cast<char32_t>(t);
  return true;
}

bool is_unified_ideograph(char32_t cp) {
  return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
         (cp >= 0x20000 && cp <= 0x2A6DF) || (cp >= 0x2A700 && cp <= 0x2B738) ||
         (cp >= 0x2B740 && cp <= 0x2B81D) || (cp >= 0x2B820 && cp <= 0x2CEA1) ||
         (cp >= 0x2CEB0 && cp <= 0x2EBE0) || (cp >= 0x30000 && cp <= 0x3134A);
}

bool unified_ideograph(std::string_view hex, char32_t& cp) {
  if (hex.size() != 4 && hex.size() != 5) return false;
  char32_t v = 0;
  for (char c : hex) {
    int d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
    else return false;  // lowercase hex digits are not accepted
    v = v * 16 + static_cast<char32_t>(d);
  }
  if (!is_unified_ideograph(v)) return false;
  cp = v;
  return true;
}

/// Code points whose names ICU derives algorithmically but Python either
/// derives with its own (case-sensitive) rules or does not name at all.
bool algorithmic_in_icu_only(char32_t cp) {
  return (cp >= 0xAC00 && cp <= 0xD7A3) || is_unified_ideograph(cp) ||
         (cp >= 0x17000 && cp <= 0x187F7) || (cp >= 0x18D00 && cp <= 0x18D08);
}

constexpr std::string_view kHangulPrefix = "HANGUL SYLLABLE ";
constexpr std::string_view kCjkPrefix = "CJK UNIFIED IDEOGRAPH-";

}  // namespace

bool unicode_char_by_name(std::string_view name, char32_t& cp) {
  // The longest character name has 88 characters, the longest alias 62.
  if (name.empty() || name.size() > 120) return false;
  if (name.substr(0, kHangulPrefix.size()) == kHangulPrefix) {
    return hangul_syllable(name.substr(kHangulPrefix.size()), cp);
  }
  if (name.substr(0, kCjkPrefix.size()) == kCjkPrefix) {
    return unified_ideograph(name.substr(kCjkPrefix.size()), cp);
  }
  char upper[128];
  for (size_t i = 0; i < name.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    // Names use A-Z, 0-9, space and hyphen only.
    if (c >= 'a' && c <= 'z') upper[i] = static_cast<char>(c - 'a' + 'A');
    else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '-') upper[i] = static_cast<char>(c);
    else return false;
  }
  const std::string_view key(upper, name.size());
  if (key.substr(0, kHangulPrefix.size()) == kHangulPrefix || key.substr(0, kCjkPrefix.size()) == kCjkPrefix) {
    return false;  // these two prefixes only match in upper case
  }
  const auto* alias = std::lower_bound(std::begin(kAliases), std::end(kAliases), key,
                                       [](const NameAlias& a, std::string_view k) { return std::string_view(a.name) < k; });
  if (alias != std::end(kAliases) && key == alias->name) {
    cp = alias->cp;
    return true;
  }
  upper[name.size()] = '\0';
  UErrorCode status = U_ZERO_ERROR;
  const UChar32 found = u_charFromName(U_UNICODE_CHAR_NAME, upper, &status);
  if (U_FAILURE(status) || found < 0) return false;
  const char32_t c = static_cast<char32_t>(found);
  if (algorithmic_in_icu_only(c) || !assigned_in_unicode14(c)) return false;
  cp = c;
  return true;
}

}  // namespace ingot::syntax
