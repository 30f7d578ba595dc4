// The document model shared by every stage (see docs/architecture.md).
//
// An extractor turns an item's bytes into a Document: UTF-8 text plus, for
// paged sources (PDF, later OCR), pages of words with boxes. Every Word knows
// the byte range of Document::text it came from, so any text span maps back
// to boxes on a page — which is what lets a redaction decided on text be
// burnt into a page image.
#ifndef DSAR_MODEL_DOCUMENT_H_
#define DSAR_MODEL_DOCUMENT_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace dsar {

// A rectangle in PDF points (1/72 inch), origin at the page's top-left corner,
// y growing downwards (the convention of poppler's text boxes).
struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
};

struct Word {
  std::string text;
  Box box;
  size_t start = 0;  // byte offset of the word in Document::text
  size_t end = 0;    // one past the last byte
  float confidence = 1.0f;  // 1 for a text layer; OCR sets its own
};

struct Page {
  int number = 0;  // 1-based
  double width = 0, height = 0;  // points, as displayed (after rotation)
  std::vector<Word> words;
};

// Someone named in a document's metadata (email headers, author field).
struct MetadataPerson {
  std::string role;   // "from", "to", "cc", "bcc", "reply-to", "author"
  std::string name;   // display name, may be empty
  std::string email;  // address, may be empty
};

// Content of an input a reader does not see on the page but an extractor can
// find: a bad earlier redaction (text under a filled box), white or
// invisible text, text off the page, annotations and comments, attached
// files, form field values. Reported for review, never dropped.
struct HiddenContent {
  int page = 0;       // 1-based; 0 = the document as a whole (attachments)
  std::string kind;   // text_under_box, invisible_text, white_text, off_page_text,
                      // annotation, attachment, form_field; office files: comment,
                      // tracked_deletion, hidden_text, hidden_sheet, hidden_row,
                      // hidden_column, hidden_slide (their text is also in Document::text)
  std::string text;   // what it says (may be empty, e.g. an attachment's bytes)
  Box box;            // where on the page, when known
};

enum class DocumentKind { kText, kEmail, kPdf, kScan, kOffice };
const char* DocumentKindName(DocumentKind kind);
bool ParseDocumentKind(const std::string& name, DocumentKind* kind);

struct Document {
  DocumentKind kind = DocumentKind::kText;
  std::string title;       // subject line, file name, PDF title
  std::string date;        // ISO 8601 when known, else empty
  std::string text;        // UTF-8; for PDFs, pages joined by '\f'
  std::vector<Page> pages; // empty for text-origin documents
  std::vector<MetadataPerson> people;
  std::vector<std::string> warnings;  // recovered problems worth recording
  std::vector<HiddenContent> hidden;  // see HiddenContent
  std::string extractor;   // name of the extractor that made it
  // Emails only: threading facts and where the body lies in `text` (after
  // the header block, before the list of attachments), for duplicate and
  // thread detection. Empty / zero for other kinds.
  std::string message_id;               // without angle brackets
  std::vector<std::string> references;  // In-Reply-To first, then References
  size_t body_start = 0, body_end = 0;
};

// Compact binary form for passing documents between processes, caching them
// and storing them in the case store: MessagePack for the document's fields,
// words written flat without their text, boxes as floats (layout in
// document.cc; the older DSDOC1 form is still read). DecodeDocument throws
// std::exception (runtime_error or nlohmann::json::exception) on malformed
// input; IsEncodedDocument tells this form from JSON.
std::string EncodeDocument(const Document& d);
// EncodeDocument appended to `out` (no copy of the encoding is made).
void AppendEncodedDocument(const Document& d, std::string* out);
// With `words` false the pages' word lists are checked but left empty: for
// a caller that keeps the encoded bytes and needs only the other fields.
Document DecodeDocument(std::string_view bytes, bool words = true);
bool IsEncodedDocument(std::string_view bytes);

// One page's words on their own (a streamed page: see extractors::PageSink
// and the case store's document_pages): u32 page number, then the words in
// EncodeDocument's word layout. Their text is Document::text[start, end), so
// decoding needs the document's text; DecodePageWords replaces `words` and
// throws std::exception on malformed input or a word outside `text`.
// A page of a document whose text is streamed too carries its own text
// after the words: u64 offset of the page's text in Document::text, u64 n,
// n bytes (the second AppendEncodedPage). Pages stored before (case store
// schema v5) have no text part.
void AppendEncodedPage(const Page& page, std::string* out);
void AppendEncodedPage(const Page& page, size_t text_start, std::string_view text, std::string* out);
int EncodedPageNumber(std::string_view bytes);
void DecodePageWords(std::string_view bytes, std::string_view text, std::vector<Word>* words);
// The text part of an encoded page; `present` false when it has none.
// Throws std::exception on malformed input.
struct EncodedPageText {
  bool present = false;
  uint64_t start = 0;     // offset of the page's text in Document::text
  std::string_view text;  // a view into the encoded bytes
};
EncodedPageText EncodedPageTextOf(std::string_view bytes);

// Rebuilds a streamed document's text from its pages' texts, given in page
// order: they are joined by '\f' (as the PDF extractor joins pages).
// Throws std::runtime_error when a page's text does not start where the
// pages before it end.
// The text goes to a string, or to `write` as it comes (a long document's
// text need not be held).
class PageTextAssembler {
 public:
  explicit PageTextAssembler(std::string* text)
      : write_([text](std::string_view part) { text->append(part); }) {}
  explicit PageTextAssembler(std::function<void(std::string_view)> write) : write_(std::move(write)) {}
  void Add(const EncodedPageText& page);

 private:
  std::function<void(std::string_view)> write_;
  uint64_t size_ = 0;  // bytes written so far
  bool first_ = true;
};
// The page of `doc` numbered `number` (1-based), or null: where a streamed
// page's words go back (pages are in order, so usually doc->pages[number - 1]).
Page* PageNumbered(Document* doc, int64_t number);

void to_json(nlohmann::json& j, const Box& b);
void from_json(const nlohmann::json& j, Box& b);
void to_json(nlohmann::json& j, const Document& d);
void from_json(const nlohmann::json& j, Document& d);

}  // namespace dsar

#endif  // DSAR_MODEL_DOCUMENT_H_
