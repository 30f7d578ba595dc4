#include <catch2/catch.hpp>

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
