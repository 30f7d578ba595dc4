// The detection stage's speed machinery gives the same answers as the plain
// code it stands in for: the hand-written UK phone parser against
// libphonenumber, the one-pass pattern screen against each pattern's own
// search, and the word-at-a-time digit scan against a byte loop
// (docs/benchmarks.md "Detection speed work").
#include <catch2/catch.hpp>

#include <re2/re2.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <new>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/re2_util.h"
#include "pipeline/recognizers.h"

using namespace dsar;
namespace fs = std::filesystem;

namespace {

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Every text file of the three evaluation sets.
std::vector<std::string> EvalTexts() {
  std::vector<std::string> out;
  for (const char* dir : {"tests/eval/docs", "tests/eval/heldout/docs", "tests/eval/heldout2/docs"}) {
    fs::path d = fs::path(DSAR_SOURCE_DIR) / dir;
    if (!fs::exists(d)) continue;
    for (const auto& e : fs::recursive_directory_iterator(d)) {
      if (e.is_regular_file()) out.push_back(ReadAll(e.path()));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("UK phone fast path gives libphonenumber's answer on generated numbers") {
  std::mt19937 rng(20261201);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  const char* seps[] = {" ", " ", "-", ".", "", "  ", ") ", "(", " (", ")"};
  size_t fast = 0, checked = 0;
  // Every three-digit start 0ab, several lengths and layouts each, plus
  // fully random strings of the candidate alphabet.
  for (int prefix = 0; prefix < 100; ++prefix) {
    for (int round = 0; round < 36; ++round) {
      int ndigits = 9 + pick(4);  // 9..12
      std::string digits = "0" + std::to_string(prefix / 10) + std::to_string(prefix % 10);
      while (static_cast<int>(digits.size()) < ndigits) digits += static_cast<char>('0' + pick(10));
      std::string s = pick(4) == 0 ? "(" : "";
      if (round % 3 == 0) {  // the international form, with or without the 0
        s = pick(2) ? "+44 " : (pick(2) ? "+44" : "+44 (");
        int form = pick(3);
        if (form == 0) digits.erase(0, 1);  // +44 20 ...
        if (form == 1) {                    // +44 (0)20 ...
          s += "(0)";
          digits.erase(0, 1);
        }
      }
      for (size_t i = 0; i < digits.size(); ++i) {
        s += digits[i];
        if (i + 1 < digits.size() && pick(3) == 0) s += seps[pick(10)];
      }
      std::string want = NormalizeUkPhoneLibphonenumber(s);
      std::string got = NormalizeUkPhone(s);
      INFO("candidate '" << s << "'");
      CHECK(got == want);
      fast += !want.empty();
      ++checked;
    }
  }
  const std::string alphabet = "0123456789012345678900000 -.()+\t";
  for (int round = 0; round < 3000; ++round) {
    std::string s = pick(2) ? "0" : (pick(2) ? "(0" : "+44");
    int len = 8 + pick(12);
    for (int i = 0; i < len; ++i) s += alphabet[static_cast<size_t>(pick(static_cast<int>(alphabet.size())))];
    s += static_cast<char>('0' + pick(10));
    INFO("candidate '" << s << "'");
    CHECK(NormalizeUkPhone(s) == NormalizeUkPhoneLibphonenumber(s));
    ++checked;
  }
  CHECK(fast > 1000);  // the generator does reach numbers libphonenumber accepts
  CHECK(checked == 100 * 36 + 3000);
}

TEST_CASE("UK phone fast path gives libphonenumber's answer on every eval-set candidate") {
  // The phone recognizer's candidate pattern.
  RE2 re(R"((?:\+|\b00|\(0|\b0)[0-9()\-. \t]{8,18}[0-9]\b)");
  REQUIRE(re.ok());
  size_t candidates = 0, numbers = 0;
  for (const std::string& text : EvalTexts()) {
    re2::StringPiece all(text), m;
    size_t pos = 0;
    while (pos < text.size() && re.Match(all, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
      std::string_view c(m.data(), m.size());
      std::string want = NormalizeUkPhoneLibphonenumber(c);
      INFO("candidate '" << c << "'");
      CHECK(NormalizeUkPhone(c) == want);
      ++candidates;
      numbers += !want.empty();
      pos = static_cast<size_t>(m.data() - text.data()) + m.size();
    }
  }
  CHECK(candidates > 500);
  CHECK(numbers > 400);
}

TEST_CASE("MayMatch says exactly whether a pattern occurs in a text") {
  auto opts = [] {
    RE2::Options o;
    o.set_log_errors(false);
    return o;
  };
  // Patterns like the recognizers' (word boundaries, (?i), (?m), \p{Lu},
  // captures), asked about in turn over every eval document, as the
  // recognizers do: the screen is built up pattern by pattern.
  std::vector<std::unique_ptr<RE2>> patterns;
  for (const char* p : {R"(\b[A-Z]{2}[0-9]{2} ?[A-Z]{3}\b)", R"((?i)\bdate\s+of\s+birth\b)",
                        R"((?m)^(Dear|Hi),? )", R"(\b[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\b)",
                        R"((\p{Lu}{2,}), (\p{Lu}\p{Ll}+))", R"(zzqx-never)", R"(@)", R"((?i)sort\s*code)"}) {
    patterns.push_back(std::make_unique<RE2>(p, opts()));
    REQUIRE(patterns.back()->ok());
  }
  size_t yes = 0, no = 0;
  for (const std::string& text : EvalTexts()) {
    for (const auto& re : patterns) {
      bool occurs = RE2::PartialMatch(text, *re);
      INFO("pattern " << re->pattern());
      CHECK(MayMatch(*re, text) == occurs);
      CHECK(Occurs(*re, text) == occurs);
      (occurs ? yes : no) += 1;
    }
  }
  CHECK(yes > 100);
  CHECK(no > 100);
  // A pattern destroyed and another built at the same address is not
  // mistaken for it.
  std::string text = "Reg: AB12 CDE";
  alignas(RE2) unsigned char buf[sizeof(RE2)];
  RE2* a = new (buf) RE2(R"(\bAB12\b)", opts());
  CHECK(MayMatch(*a, text));
  a->~RE2();
  RE2* b = new (buf) RE2(R"(\bZZ99\b)", opts());
  CHECK_FALSE(MayMatch(*b, text));
  b->~RE2();
  // Options that change matching are not screened: the answer is "may".
  RE2::Options latin1 = opts();
  latin1.set_encoding(RE2::Options::EncodingLatin1);
  RE2 other(R"(never-in-the-text)", latin1);
  CHECK(MayMatch(other, text));
  // Occurs answers exactly either way.
  CHECK_FALSE(Occurs(other, text));
  RE2 there(R"(AB1\d)", latin1);
  CHECK(Occurs(there, text));
}

TEST_CASE("MayMatch within a ScreenedText answers as without one") {
  RE2::Options o;
  o.set_log_errors(false);
  RE2 date(R"((?i)\bdate\s+of\s+birth\b)", o);
  RE2 at(R"(@)", o);
  size_t checked = 0;
  for (const std::string& text : EvalTexts()) {
    const ScreenedText screened(text);
    for (const RE2* re : {&date, &at}) {
      CHECK(MayMatch(*re, text) == RE2::PartialMatch(text, *re));
      CHECK(Occurs(*re, text) == RE2::PartialMatch(text, *re));
      // A shorter text at the same address is another text.
      std::string_view head(text.data(), text.size() / 2);
      CHECK(MayMatch(*re, head) == RE2::PartialMatch(head, *re));
      CHECK(MayMatch(*re, text) == RE2::PartialMatch(text, *re));
      ++checked;
    }
  }
  CHECK(checked > 100);
  // After the scope, a text changed in place (same address, same size) is
  // screened again, not taken for the one screened inside it.
  std::string text = "write to office@example.org today";
  {
    const ScreenedText screened(text);
    CHECK(MayMatch(at, text));
  }
  for (char& c : text) c = c == '@' ? '-' : c;
  CHECK_FALSE(MayMatch(at, text));
  // Inside a new scope for it too.
  for (char& c : text) c = c == '-' ? '@' : c;
  const ScreenedText again(text);
  CHECK(MayMatch(at, text));
}

TEST_CASE("Searches limited to runs around a needed byte find every match of the plain search") {
  // Every recognizer pattern searched with ForEachMatchInRuns is also
  // searched plainly, and the two compared, over the eval sets and over
  // generated text dense in the bytes the patterns care about.
  SetRunsSelfCheck(true);
  const size_t before = RunsMismatches();
  std::vector<std::string> texts = EvalTexts();
  std::mt19937 rng(7);
  const std::vector<std::string> pieces = {
      "0", "0", "7", "1", "+", "+44 ", "(0", ")", "-", ".", " ", "  ", "\t", "\n", "@", "a", "Z", "x",
      "k", "s", "M1", " 1AA", "SW1A", "GIR 0AA", "\xE2\x84\xAA" /* KELVIN SIGN */,
      "\xC5\xBF" /* LONG S */, "\xC3\xA9", "mail", ".org", ".co.uk", "_", "%", "'", ",", "ab",
      // Street lines, flats, labels, relations and sign-offs.
      "Flat ", "Unit", "Apt.", " Mill Road", " Park Lane", "The ", ", ", "Name:", " by: ", "\nThanks,\n", "mum",
      "From: ", "<"};
  for (int t = 0; t < 400; ++t) {
    std::string s;
    const int len = 5 + static_cast<int>(rng() % 80);
    for (int k = 0; k < len; ++k) s += pieces[rng() % pieces.size()];
    texts.push_back(s);
  }
  size_t hits = 0;
  for (const std::string& text : texts) {
    Document doc;
    doc.text = text;
    hits += DetectPersonalData(doc).size();
  }
  SetRunsSelfCheck(false);
  CHECK(hits > 1000);
  CHECK(RunsMismatches() == before);

  // The check can fail: a byte set that leaves out what a match holds.
  RE2::Options o;
  o.set_log_errors(false);
  RE2 email(R"((?i)\b[a-z0-9]+@[a-z0-9]+\.[a-z]{2,}\b)", o);
  SetRunsSelfCheck(true);
  const std::string text = "Write to ma\xE2\x84\xAA@example.org or to kim@example.org.";
  size_t found = 0;
  ForEachMatchInRuns(email, text, ByteSet("a-zA-Z0-9.@"), ByteSet("@"), 6, 0,
                     [&](size_t, size_t, auto&) { ++found; });
  CHECK(found == 1);  // the address with a KELVIN SIGN is missed...
  CHECK(RunsMismatches() == before + 1);  // ...and the check says so
  found = 0;
  ForEachMatchInRuns(email, text, ByteSet("a-zA-Z0-9.@\x80-\xFF"), ByteSet("@"), 6, 0,
                     [&](size_t, size_t, auto&) { ++found; });
  CHECK(found == 2);
  CHECK(RunsMismatches() == before + 1);
  SetRunsSelfCheck(false);
}

TEST_CASE("NextAsciiDigit finds the digit a byte loop finds") {
  // It tests eight bytes at a time: every byte value at every place in a
  // word and across word ends, from every start, against the plain loop.
  auto plain = [](std::string_view t, size_t from) {
    while (from < t.size() && (t[from] < '0' || t[from] > '9')) ++from;
    return from;
  };
  size_t checked = 0;
  for (int b = 0; b < 256; ++b) {
    for (size_t at = 0; at < 19; ++at) {
      for (char fill : {' ', 'a', '/', ':', '\x80', '\xff'}) {
        std::string t(19, fill);
        t[at] = static_cast<char>(b);
        for (size_t from = 0; from <= t.size(); ++from) {
          if (NextAsciiDigit(t, from) != plain(t, from)) {
            FAIL("byte " << b << " at " << at << " from " << from);
          }
          ++checked;
        }
      }
    }
  }
  std::mt19937 rng(7);
  for (int k = 0; k < 2000; ++k) {
    std::string t(static_cast<size_t>(rng() % 40), ' ');
    for (char& c : t) c = static_cast<char>(rng() % 64 == 0 ? '0' + rng() % 10 : rng() % 256);
    for (size_t from = 0; from <= t.size(); ++from) {
      if (NextAsciiDigit(t, from) != plain(t, from)) FAIL("random text " << k << " from " << from);
    }
  }
  CHECK(checked > 100000);
}

TEST_CASE("RepairOcrDigits drops the doubled spaces between numbers a byte loop drops") {
  // The runs of spaces are found from the digits before them (eight bytes
  // at a time); the byte loop it stands in for looked at every byte. Text
  // without look-alike letters, so only spaces change.
  auto plain = [](const std::string& t) {
    const size_t n = t.size();
    std::vector<char> drop(n, 0);
    bool any = false;
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    for (size_t i = 1; i + 1 < n; ++i) {
      if (t[i] != ' ' || t[i - 1] != ' ') continue;
      size_t a = i - 1;
      while (a > 0 && t[a - 1] == ' ') --a;
      size_t b = i;
      while (b < n && t[b] == ' ') ++b;
      if (a == 0 || b >= n || !digit(t[a - 1]) || !digit(t[b])) continue;
      for (size_t k = a + 1; k < b; ++k) drop[k] = 1;
      any = true;
      i = b;
    }
    std::string out;
    for (size_t i = 0; i < n; ++i) {
      if (!drop[i]) out += t[i];
    }
    return any ? out : std::string();
  };
  const std::vector<std::string> pieces = {"1", "23", "4567", " ", "  ", "   ", "x", "-", "\n", "ab", "\t"};
  std::mt19937 rng(11);
  size_t changed = 0;
  for (int k = 0; k < 5000; ++k) {
    std::string t;
    const int len = static_cast<int>(rng() % 24);
    for (int p = 0; p < len; ++p) t += pieces[rng() % pieces.size()];
    OcrRepair r = RepairOcrDigits(t);
    const std::string want = plain(t);
    CHECK(r.changed == !want.empty());
    if (r.changed) {
      CHECK(r.text == want);
      ++changed;
    }
  }
  CHECK(changed > 100);
  OcrRepair r = RepairOcrDigits("943  47  5919   x  1  2");
  CHECK(r.text == "943 47 5919   x  1 2");
}
