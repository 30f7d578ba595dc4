// Recognizers find personal data in a document's text. Each is const and
// stateless; the scan stage runs them all and reconciles overlaps.
//
// This is the walking-skeleton set (emails, UK phones, postcodes, National
// Insurance numbers, names after titles and salutations, people named in
// email headers). docs/architecture.md says how to add one.
#ifndef DSAR_PIPELINE_RECOGNIZERS_H_
#define DSAR_PIPELINE_RECOGNIZERS_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/identifier_recognizers.h"

namespace dsar {

struct Hit {
  size_t start = 0, end = 0;  // byte offsets into Document::text
  std::string category;       // EMAIL, PHONE, POSTCODE, NI_NUMBER, PERSON
  std::string value;          // text[start, end)
  std::string normalized;     // canonical form (folded, E.164, no spaces)
  std::string recognizer;
  double confidence = 0;
  std::string reason;         // why it was flagged, for the reviewer
};

class Recognizer {
 public:
  virtual ~Recognizer() = default;
  virtual std::string_view name() const = 0;
  // Appends hits in `doc` to `out`.
  virtual void Find(const Document& doc, std::vector<Hit>* out) const = 0;
};

// Every recognizer dsar ships, in a fixed order.
std::vector<std::unique_ptr<Recognizer>> DefaultRecognizers();

// Cells of plain-text tables under a names or date-of-birth header
// (pipeline/table_recognizer.cc).
std::unique_ptr<Recognizer> NewTableColumnRecognizer();

// Names without a title: gazetteers, capitalisation and context, sign-offs
// (pipeline/name_recognizer.cc).
std::unique_ptr<Recognizer> NewGazetteerNameRecognizer();

// Is `folded` a word that, after name-like words, makes them a place or an
// organisation ("Road", "Academy", "Health", "Teachers")?
bool IsPlaceOrOrganisationFolded(const std::string& folded);

// Identifiers damaged by OCR, read again after look-alike letters next to
// digits are taken as digits (pipeline/ocr_identifiers.cc).
std::unique_ptr<Recognizer> NewOcrIdentifierRecognizer();

// The first ASCII digit of `text` at or after `from`, or text.size(): the
// scan of the passes that look only at numbers (most bytes are no digit).
size_t NextAsciiDigit(std::string_view text, size_t from);
// The first byte of `text` at or after `from` in [first, last] (both ASCII),
// or text.size(); eight bytes at a time.
size_t NextAsciiInRange(std::string_view text, size_t from, char first, char last);

// The digit OCR may have misread as `c` ('O' -> '0', 'l' -> '1', 'S' -> '5',
// 'B' -> '8'...), or 0.
char OcrDigitFor(char c);

// `text` with look-alike letters that sit next to a digit inside a token
// taken as digits, and runs of spaces between two numbers made one space.
struct OcrRepair {
  bool changed = false;               // false: nothing to repair, the rest is empty
  std::string text;                   // the repaired text
  std::vector<size_t> origin;         // offset in the original of each byte, then its size
  std::vector<char> substituted;      // per byte of `text`: a letter taken as a digit
  std::vector<char> dropped_before;   // per byte of `text`: spaces were dropped before it
};
OcrRepair RepairOcrDigits(std::string_view text);

// Every category a recognizer can produce (docs/file-formats.md).
const std::vector<std::string>& KnownCategories();

// Detection on one document with no case around it (what `dsar detect` and
// the evaluation run): every recognizer, names propagated within the
// document, overlapping hits merged into their union. Sorted by start.
std::vector<Hit> DetectPersonalData(const Document& doc);

// Merges overlapping hits into one span each (the union), keeping the
// details of the most confident, so a redaction never leaves a fragment.
std::vector<Hit> MergeOverlaps(std::vector<Hit> hits);

// Joins a given name at the end of a line and a surname starting the next
// ("Pupil: Hope⏎Adeyemi", "  Kayleigh⏎       Hill"), as text extracted
// from a page or a narrow table cell breaks them, into one name. `hits`
// come from MergeOverlaps (sorted, not overlapping) and stay so.
void JoinWrappedNames(const std::string& text, std::vector<Hit>* hits);

// Finds further whole-word mentions in `doc` of names already found (each
// full name, and each of its words of three or more letters when written
// with a capital), e.g. "Anita" after "Mrs Anita Patel". Hits overlapping
// `existing` are not repeated.
// Words no one is called (articles, pronouns, prepositions, the days of the
// week...), folded: a one-word "name" that is one of them is a mistake.
bool IsNeverAName(std::string_view folded);

// The length of the possessive ending `text` ("'s", or "’s" with the curly
// apostrophe) when something comes before it, else 0: "Tom's" is Tom.
inline size_t PossessiveLength(std::string_view text) {
  if (text.size() <= 2 || text.back() != 's') return 0;
  if (text[text.size() - 2] == '\'') return 2;
  return text.size() > 4 && text.compare(text.size() - 4, 3, "\xE2\x80\x99") == 0 ? 4 : 0;
}

void PropagateNames(const Document& doc, const std::vector<std::string>& names,
                    const std::vector<Hit>& existing, std::vector<Hit>* out);

// Normalises a phone number to E.164 ("+447700900123"), or "" if it is not
// a valid number when read as a UK number.
std::string NormalizeUkPhone(std::string_view text);

// The same, always through libphonenumber (NormalizeUkPhone answers the
// commonest UK formats by hand; the tests hold the two equal).
std::string NormalizeUkPhoneLibphonenumber(std::string_view text);

// True if `ni` (spaces allowed) is a well-formed National Insurance number.
bool IsValidNiNumber(std::string_view ni);

}  // namespace dsar

#endif  // DSAR_PIPELINE_RECOGNIZERS_H_
