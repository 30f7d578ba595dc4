#include <catch2/catch.hpp>
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "pipeline/model/document.h"
#include "pipeline/model/hash.h"
#include "pipeline/model/unicode.h"

using namespace dsar;

TEST_CASE("FoldedText folds case, accents and whitespace and maps back", "[unicode]") {
  std::string original = "Dear  MRS Zo\xC3\xAB\tO\xE2\x80\x99" "Brien,";
  FoldedText f(original);
  REQUIRE(f.folded() == "dear mrs zoe o'brien,");
  auto hits = FindWholeWord(f.folded(), FoldForMatch("Zoe O'Brien"));
  REQUIRE(hits.size() == 1);
  size_t s = f.OriginalStart(hits[0]);
  size_t e = f.OriginalEnd(hits[0] + FoldForMatch("Zoe O'Brien").size());
  REQUIRE(original.substr(s, e - s) == "Zo\xC3\xAB\tO\xE2\x80\x99" "Brien");
}

TEST_CASE("FoldedText: code points folded from the table and by ICU, and expansions", "[unicode]") {
  // U+0130 and U+00C5 (table), U+2013 and U+2019 (table), U+FB01 and U+212B (ICU).
  std::string original = "\xC4\xB0stanbul \xC3\x85sa\xE2\x80\x93Kerry \xEF\xAC\x81le O\xE2\x80\x99" "Neill \xE2\x84\xAB";
  FoldedText f(original);
  REQUIRE(f.folded() == "istanbul asa-kerry file o'neill a");
  // Both letters of the ligature map back to its three bytes.
  size_t lig = f.folded().find("fi");
  CHECK(f.OriginalStart(lig) == original.find("\xEF\xAC\x81"));
  CHECK(f.OriginalEnd(lig + 2) == original.find("\xEF\xAC\x81") + 3);
  CHECK(FoldForMatch(original) == f.folded());
  // U+FDFA (one code point, three bytes) decomposes to many letters: the
  // folded text outgrows the original and still maps back.
  std::string wide = "x \xEF\xB7\xBA y";
  FoldedText g(wide);
  REQUIRE(g.folded().size() > wide.size());
  CHECK(g.folded().substr(0, 2) == "x ");
  CHECK(g.folded().substr(g.folded().size() - 2) == " y");
  CHECK(g.OriginalStart(2) == 2);
  CHECK(g.OriginalEnd(g.folded().size() - 2) == 5);
}

TEST_CASE("FoldedText: eight-byte runs fold and map as byte by byte", "[unicode]") {
  // Random text of capitals, small letters, digits, punctuation, spaces
  // (single and doubled), tabs, line ends, control bytes and an occasional
  // "\xC3\x89" (É), checked against the fold written out one byte at a time.
  const char* const kPieces[] = {"A", "Z", "m", "q", "7", ".", "'", "[", "@", "`", "{", "~", " ", " ",
                                 "  ", "\t", "\n", "\r\n", "\x01", "\x7F", "\xC3\x89"};
  uint64_t seed = 12345;
  auto next = [&] {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<size_t>(seed >> 33);
  };
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const size_t pieces = next() % 60;
    for (size_t p = 0; p < pieces; ++p) text += kPieces[next() % (sizeof kPieces / sizeof kPieces[0])];
    std::string want;
    std::vector<std::pair<size_t, size_t>> spans;
    bool last_space = true;
    for (size_t i = 0; i < text.size();) {
      unsigned char c = static_cast<unsigned char>(text[i]);
      if (c == 0xC3) {  // É folds to e
        want += 'e';
        spans.emplace_back(i, i + 2);
        last_space = false;
        i += 2;
        continue;
      }
      bool space = c == ' ' || (c >= '\t' && c <= '\r');
      if (space) {
        if (!last_space) {
          want += ' ';
          spans.emplace_back(i, i + 1);
        }
        last_space = true;
      } else {
        want += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        spans.emplace_back(i, i + 1);
        last_space = false;
      }
      ++i;
    }
    FoldedText f(text);
    REQUIRE(f.folded() == want);
    for (size_t k = 0; k < want.size(); ++k) {
      CHECK(f.OriginalStart(k) == spans[k].first);
      CHECK(f.OriginalEnd(k + 1) == spans[k].second);
    }
  }
}

TEST_CASE("FoldForMatch folds as FoldedText, trailing space dropped", "[unicode]") {
  // With combining marks (folding to nothing), no-break spaces, an
  // expansion (U+FB01), invalid bytes and ASCII white space.
  const char* const kPieces[] = {"A", "z", "9", "-", " ", "  ", "\t", "\n", "\xC3\x89", "\xCC\x81",
                                 "\xC2\xA0", "\xEF\xAC\x81", "\xE2\x80\x99", "\xFF", "\xC3"};
  uint64_t seed = 777;
  auto next = [&] {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<size_t>(seed >> 33);
  };
  for (int round = 0; round < 500; ++round) {
    std::string text;
    const size_t pieces = next() % 20;
    for (size_t p = 0; p < pieces; ++p) text += kPieces[next() % (sizeof kPieces / sizeof kPieces[0])];
    std::string want = FoldedText(text).folded();
    while (!want.empty() && want.back() == ' ') want.pop_back();
    CHECK(FoldForMatch(text) == want);
  }
  // ASCII alone (eight bytes at a time where no byte is white space or a
  // control byte), with the letters next to 'A' and 'Z'.
  const char* const kAscii[] = {"A", "Z", "@", "[", "`", "{", "q", "7", "~", "\x7F", " ", "  ", "\t", "\r\n", "\x01"};
  for (int round = 0; round < 500; ++round) {
    std::string text;
    const size_t pieces = next() % 40;
    for (size_t p = 0; p < pieces; ++p) text += kAscii[next() % (sizeof kAscii / sizeof kAscii[0])];
    std::string want = FoldedText(text).folded();
    while (!want.empty() && want.back() == ' ') want.pop_back();
    CHECK(FoldForMatch(text) == want);
  }
}

TEST_CASE("FindWholeWord respects word boundaries", "[unicode]") {
  REQUIRE(FindWholeWord("tom tomorrow atom tom.", "tom").size() == 2);
  REQUIRE(FindWholeWord("tomorrow", "tom").empty());
}

TEST_CASE("ToUtf8 detects and converts common encodings", "[unicode]") {
  std::string detected;
  auto latin1 = ToUtf8("caf\xE9 na\xEFve r\xE9sum\xE9 \x93quoted\x94 for the pupil's report", "", &detected);
  REQUIRE(latin1.ok());
  REQUIRE(latin1.value().find("caf\xC3\xA9") != std::string::npos);
  auto utf16 = ToUtf8(std::string("\xFF\xFEH\0i\0", 6), "", &detected);
  REQUIRE(utf16.ok());
  REQUIRE(utf16.value() == "Hi");
  REQUIRE(detected == "UTF-16LE");
  REQUIRE_FALSE(ToUtf8("abc", "no-such-charset", nullptr).ok());
}

TEST_CASE("SHA-256 matches the known vector", "[hash]") {
  REQUIRE(Sha256Hex("abc") ==
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("Document round-trips through JSON", "[model]") {
  Document d;
  d.kind = DocumentKind::kPdf;
  d.text = "Hello world";
  d.pages.push_back(Page{1, 595, 842, {Word{"Hello", Box{1, 2, 3, 4}, 0, 5, 1.0f}}});
  d.people.push_back({"from", "A Person", "a@example.org"});
  nlohmann::json j = d;
  Document back = j.get<Document>();
  REQUIRE(back.kind == DocumentKind::kPdf);
  REQUIRE(back.pages.at(0).words.at(0).box.x1 == 3);
  REQUIRE(back.people.at(0).email == "a@example.org");
}

TEST_CASE("Document round-trips through the binary encoding", "[model]") {
  Document d;
  d.kind = DocumentKind::kScan;
  d.title = "Referral \xE2\x80\x93 Zo\xC3\xAB";
  d.text = "Zo\xC3\xAB Ward\fpage two";
  d.warnings = {"page 2: low confidence"};
  d.hidden.push_back({2, "white_text", "secret", Box{5, 6, 7, 8}});
  d.pages.push_back(Page{1, 595.5, 842, {Word{"Zo\xC3\xAB", Box{1.25, 2, 3, 4}, 0, 4, 0.5f},
                                          Word{"Ward", Box{5, 6, 7, 8}, 5, 9, 1.0f}}});
  d.pages.push_back(Page{2, 842, 595.5, {}});
  d.pages.push_back(Page{3, 100, 100, {Word{"", Box{}, 10, 10, 0.0f}}});
  std::string bytes = EncodeDocument(d);
  REQUIRE(IsEncodedDocument(bytes));
  Document back = DecodeDocument(bytes);
  CHECK(back.kind == DocumentKind::kScan);
  CHECK(back.title == d.title);
  CHECK(back.text == d.text);
  CHECK(back.warnings == d.warnings);
  REQUIRE(back.hidden.size() == 1);
  CHECK(back.hidden[0].text == "secret");
  REQUIRE(back.pages.size() == 3);
  CHECK(back.pages[0].width == 595.5);
  REQUIRE(back.pages[0].words.size() == 2);
  CHECK(back.pages[0].words[0].text == "Zo\xC3\xAB");
  CHECK(back.pages[0].words[0].box.x0 == 1.25);
  CHECK(back.pages[0].words[0].confidence == 0.5f);
  CHECK(back.pages[0].words[1].start == 5);
  CHECK(back.pages[0].words[1].end == 9);
  CHECK(back.pages[1].words.empty());
  REQUIRE(back.pages[2].words.size() == 1);
  CHECK(back.pages[2].words[0].text.empty());

  // Damaged input throws instead of returning half a document.
  for (size_t cut : {size_t{3}, size_t{10}, bytes.size() / 2, bytes.size() - 1}) {
    CHECK_THROWS(DecodeDocument(std::string_view(bytes).substr(0, cut)));
  }
  CHECK_THROWS(DecodeDocument(bytes + "x"));
  CHECK_THROWS(DecodeDocument("{\"kind\":\"text\"}"));
  std::string huge_count = bytes;
  // The first page's word count sits right after the header: claim 2^32-1 words.
  uint32_t head = 0;
  std::memcpy(&head, huge_count.data() + 6, 4);
  std::memset(huge_count.data() + 10 + head, 0xFF, 4);
  CHECK_THROWS(DecodeDocument(huge_count));
}

TEST_CASE("FoldForMatch folds ASCII exactly as FoldedText does", "[model]") {
  for (const char* s : {"Mrs  Jane\tSMITH\r\n", "  leading and trailing  ", "O'Neill-Smith", "\x0b\x0c x \x1f y",
                        "", "   ", "Zoë Ward", "ABC def\nGHI"}) {
    INFO(s);
    std::string slow = FoldedText(s).folded();
    while (!slow.empty() && slow.back() == ' ') slow.pop_back();
    CHECK(FoldForMatch(s) == slow);
  }
}
