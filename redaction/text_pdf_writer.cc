// WriteTextPdf: lays out a text-origin document on A4 pages and writes it with
// redacted spans replaced by labelled black boxes.
//
// Safety rule: the bytes of a redacted span are skipped while the text is
// tokenised, so they never reach PoDoFo at all — not as glyphs, not as
// widths, not as font subset members. A box's width depends only on its label,
// so its size does not reveal the length of what it hides.
#include <algorithm>
#include <cmath>
#include <new>
#include <string>
#include <utility>
#include <vector>

#include <podofo/podofo.h>

#include "pipeline/model/unicode.h"
#include "redaction/pdf_util.h"
#include "redaction/redaction.h"

namespace dsar::redaction {
namespace {

using internal::CodePoint;
using PoDoFo::PdfFont;
using PoDoFo::PdfPainter;
using PoDoFo::PdfString;

// A4 as PoDoFo's standard page size rounds it, in points.
constexpr double kPageWidth = 595.0;
constexpr double kPageHeight = 842.0;
constexpr double kMargin = 56.0;  // ~20 mm
constexpr double kTextWidth = kPageWidth - 2 * kMargin;
constexpr double kBodySize = 11.0;
constexpr double kLeading = 14.5;
constexpr double kFirstBaseline = kPageHeight - kMargin - kBodySize;
constexpr double kLastBaseline = kMargin + 16.0;  // keeps clear of the footer
constexpr double kFooterSize = 8.0;
constexpr double kFooterBaseline = 30.0;
constexpr double kLabelSize = 8.5;
constexpr double kMinLabelSize = 4.0;
constexpr double kBoxPadding = 4.0;
// The box spans from just below the descender to just above the ascender,
// leaving a hairline between boxes on consecutive lines.
constexpr double kBoxBelowBaseline = 0.3 * kBodySize;
constexpr double kBoxHeight = 1.25 * kBodySize;
constexpr int kTabStopSpaces = 4;

struct Span {
  size_t start = 0;
  size_t end = 0;
  std::string label;
};

// Clamps spans to the text and to code point boundaries (always widening,
// never narrowing, so a split character is hidden whole), then sorts and
// merges overlapping or touching spans. A merged span keeps every distinct
// label.
std::vector<Span> NormalizeSpans(std::string_view text, const std::vector<CodePoint>& cps,
                                 const std::vector<TextRedaction>& redactions) {
  std::vector<char> is_boundary(text.size() + 1, 0);
  for (const CodePoint& cp : cps) is_boundary[cp.begin] = 1;
  is_boundary[text.size()] = 1;

  std::vector<Span> spans;
  for (const TextRedaction& r : redactions) {
    // A reversed span is treated as the range it names: hiding too much is
    // recoverable, hiding too little is not.
    size_t start = std::min({r.start, r.end, text.size()});
    size_t end = std::min(std::max(r.start, r.end), text.size());
    while (start > 0 && !is_boundary[start]) --start;
    while (end < text.size() && !is_boundary[end]) ++end;
    if (start >= end) continue;
    spans.push_back({start, end, internal::ToDrawable(r.label)});
    if (spans.back().label.find_first_not_of(' ') == std::string::npos) {
      spans.back().label = internal::kDefaultLabel;
    }
  }
  std::sort(spans.begin(), spans.end(),
            [](const Span& a, const Span& b) { return a.start < b.start; });

  std::vector<Span> merged;
  for (Span& s : spans) {
    if (!merged.empty() && s.start <= merged.back().end) {
      Span& last = merged.back();
      last.end = std::max(last.end, s.end);
      // Labels are joined with " / "; a label already present is not repeated.
      bool present = false;
      size_t from = 0;
      while (from <= last.label.size()) {
        size_t to = last.label.find(" / ", from);
        if (to == std::string::npos) to = last.label.size();
        if (last.label.compare(from, to - from, s.label) == 0) present = true;
        from = to + 3;
      }
      if (!present) last.label += " / " + s.label;
    } else {
      merged.push_back(std::move(s));
    }
  }
  return merged;
}

// A run of text or a redaction box, measured.
struct Piece {
  bool is_box = false;
  std::string text;  // drawable UTF-8 (text pieces) or label (boxes)
  double width = 0;
  double label_size = kLabelSize;  // boxes only
  // Text pieces: for each source code point, where its drawable bytes end in
  // `text` and where it starts in the source text (to report breaks).
  std::vector<std::pair<size_t, size_t>> chars;
};

struct Placed {
  double x = 0;
  Piece piece;
};

using Line = std::vector<Placed>;
using LaidOutPage = std::vector<Line>;

// Greedy line breaker. Feed it words, spaces, tabs and breaks in order; it
// fills lines up to kTextWidth and lines into pages.
class Layout {
 public:
  // `forced_breaks`, when given, receives the source offset of every code
  // point that starts a new line inside a word too long for a line.
  Layout(PdfFont* font, PdfFont* label_font, std::vector<size_t>* forced_breaks)
      : font_(font), label_font_(label_font), forced_breaks_(forced_breaks) {
    space_width_ = internal::TextWidth(font_, kBodySize, " ");
    pages_.emplace_back();
  }

  double CharWidth(std::string_view utf8) const {
    return internal::TextWidth(font_, kBodySize, utf8);
  }

  Piece MakeBox(const std::string& label) const {
    Piece box;
    box.is_box = true;
    box.text = label;
    double label_width = internal::TextWidth(label_font_, kLabelSize, label);
    // A label too long for one line is drawn smaller so that the box still fits.
    double max_label = kTextWidth - 2 * kBoxPadding;
    if (label_width > max_label) {
      box.label_size = std::max(kMinLabelSize, kLabelSize * max_label / label_width);
      label_width = internal::TextWidth(label_font_, box.label_size, label);
    }
    box.width = std::min(label_width, max_label) + 2 * kBoxPadding;
    return box;
  }

  void AddSpace() { pending_.push_back({false, " ", space_width_, kLabelSize, {}}); }

  void AddTab() {
    double tab = kTabStopSpaces * space_width_;
    double at = x_ + PendingWidth();
    double next = (std::floor(at / tab + 1e-9) + 1) * tab;
    // Drawn as one space (so extraction sees a separator) but advancing to
    // the tab stop.
    pending_.push_back({false, " ", next - at, kLabelSize, {}});
  }

  void AddWord(const std::vector<Piece>& word) {
    if (word.empty()) return;
    double width = 0;
    for (const Piece& p : word) width += p.width;
    const bool has_content = !lines().back().empty() || x_ > 0;
    if (x_ + PendingWidth() + width <= kTextWidth) {
      FlushPending();
      for (const Piece& p : word) Append(p);
      return;
    }
    pending_.clear();  // spaces at a soft break are dropped
    if (has_content) NewLine();
    if (width <= kTextWidth) {
      for (const Piece& p : word) Append(p);
      return;
    }
    // Longer than a line: break it wherever it reaches the margin.
    for (const Piece& p : word) {
      if (p.is_box) {
        if (x_ > 0 && x_ + p.width > kTextWidth) NewLine();
        Append(p);
        continue;
      }
      size_t from = 0;
      for (const auto& [to, source] : p.chars) {
        std::string ch = p.text.substr(from, to - from);
        from = to;
        if (ch.empty()) continue;
        double w = CharWidth(ch);
        if (x_ > 0 && x_ + w > kTextWidth) {
          // The line ends inside a word: a reader of the output sees two
          // words here, which the verifier must be told.
          NewLine();
          if (forced_breaks_) forced_breaks_->push_back(source);
        }
        Append({false, ch, w, kLabelSize, {{ch.size(), source}}});
      }
    }
  }

  void HardBreak() {
    pending_.clear();
    NewLine();
  }

  void PageBreak() {
    pending_.clear();
    pages_.emplace_back();
    pages_.back().emplace_back();
    x_ = 0;
  }

  // The pages, without a trailing empty line or page left by a final
  // newline or form feed.
  std::vector<LaidOutPage> Finish() {
    if (pages_.size() > 1 && pages_.back().size() == 1 && pages_.back()[0].empty()) {
      pages_.pop_back();
    } else if (!pages_.back().empty() && pages_.back().back().empty()) {
      pages_.back().pop_back();
    }
    return std::move(pages_);
  }

 private:
  static constexpr int kLinesPerPage =
      static_cast<int>((kFirstBaseline - kLastBaseline) / kLeading) + 1;

  std::vector<Line>& lines() {
    if (pages_.back().empty()) pages_.back().emplace_back();
    return pages_.back();
  }

  double PendingWidth() const {
    double w = 0;
    for (const Piece& p : pending_) w += p.width;
    return w;
  }

  void FlushPending() {
    for (const Piece& p : pending_) Append(p);
    pending_.clear();
  }

  void Append(const Piece& piece) {
    lines().back().push_back({x_, piece});
    x_ += piece.width;
  }

  void NewLine() {
    if (static_cast<int>(lines().size()) >= kLinesPerPage) {
      pages_.emplace_back();
    }
    pages_.back().emplace_back();
    x_ = 0;
  }

  PdfFont* font_;
  PdfFont* label_font_;
  std::vector<size_t>* forced_breaks_;
  double space_width_ = 0;
  double x_ = 0;
  std::vector<Piece> pending_;
  std::vector<LaidOutPage> pages_;
};

bool IsBreakingSpace(char32_t c) {
  return c == ' ' || c == 0x1680 || (c >= 0x2000 && c <= 0x200A && c != 0x2007) ||
         c == 0x205F || c == 0x3000;
}

bool IsDropped(char32_t c) {
  // Other control characters have no glyph and no layout meaning here.
  return (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xFEFF || c == 0x200B);
}

// Tokenises the text (as code points) into the layout, replacing each span
// by its box. The code points inside a span are skipped without being looked
// at.
std::vector<LaidOutPage> LayOut(const std::vector<CodePoint>& cps,
                                const std::vector<Span>& spans, PdfFont* font,
                                PdfFont* label_font, std::vector<size_t>* forced_breaks) {
  Layout layout(font, label_font, forced_breaks);
  std::vector<Piece> word;
  auto finish_word = [&] {
    layout.AddWord(word);
    word.clear();
  };
  auto add_text = [&](const std::string& drawable, size_t source) {
    double w = layout.CharWidth(drawable);
    if (word.empty() || word.back().is_box) word.push_back({false, "", 0, kLabelSize, {}});
    Piece& p = word.back();
    p.text += drawable;
    p.width += w;
    p.chars.emplace_back(p.text.size(), source);
  };

  size_t next_span = 0;
  for (size_t i = 0; i < cps.size();) {
    if (next_span < spans.size() && cps[i].begin >= spans[next_span].start) {
      // The whole span becomes one atomic box, even across line breaks.
      word.push_back(layout.MakeBox(spans[next_span].label));
      while (i < cps.size() && cps[i].begin < spans[next_span].end) ++i;
      ++next_span;
      continue;
    }
    const char32_t c = cps[i].value;
    const size_t source = cps[i].begin;
    ++i;
    if (c == '\r' || c == '\n' || c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x85) {
      if (c == '\r' && i < cps.size() && cps[i].value == '\n' &&
          !(next_span < spans.size() && cps[i].begin >= spans[next_span].start)) {
        ++i;  // CRLF is one line break
      }
      finish_word();
      layout.HardBreak();
    } else if (c == '\f') {
      finish_word();
      layout.PageBreak();
    } else if (c == '\t') {
      finish_word();
      layout.AddTab();
    } else if (IsBreakingSpace(c)) {
      finish_word();
      layout.AddSpace();
    } else if (!IsDropped(c)) {
      std::string utf8;
      AppendUtf8(c, &utf8);
      add_text(internal::ToDrawable(utf8), source);
    }
  }
  finish_word();
  return layout.Finish();
}

void DrawString(PdfPainter* painter, PdfFont* font, double size, double x, double y,
                const std::string& utf8) {
  font->SetFontSize(static_cast<float>(size));
  font->SetFontScale(100.0f);
  painter->SetFont(font);
  painter->DrawText(x, y, PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(utf8.c_str())));
}

void DrawBox(PdfPainter* painter, PdfFont* label_font, double x, double baseline,
             const Piece& box) {
  const double y = baseline - kBoxBelowBaseline;
  painter->SetColor(0, 0, 0);
  painter->Rectangle(x, y, box.width, kBoxHeight);
  painter->Fill();
  double label_width = internal::TextWidth(label_font, box.label_size, box.text);
  double label_x = x + std::max(0.0, (box.width - label_width) / 2);
  // Cap height of DejaVu is ~0.73 em: centre the capitals in the box.
  double label_y = y + (kBoxHeight - 0.73 * box.label_size) / 2;
  painter->SetColor(1, 1, 1);
  DrawString(painter, label_font, box.label_size, label_x, label_y, box.text);
}

void DrawLine(PdfPainter* painter, PdfFont* font, PdfFont* label_font, double baseline,
              const Line& line) {
  // Adjacent text pieces are drawn as one string so that extraction keeps
  // words and spaces together; a jump in x (a tab, a box) starts a new one.
  std::string run;
  double run_x = 0;
  double run_end = 0;
  auto flush = [&] {
    if (run.empty()) return;
    painter->SetColor(0, 0, 0);
    DrawString(painter, font, kBodySize, kMargin + run_x, baseline, run);
    run.clear();
  };
  for (const Placed& placed : line) {
    if (placed.piece.is_box) {
      flush();
      DrawBox(painter, label_font, kMargin + placed.x, baseline, placed.piece);
      continue;
    }
    if (run.empty() || std::abs(placed.x - run_end) > 0.01) {
      flush();
      run_x = placed.x;
      run_end = placed.x;
    }
    run += placed.piece.text;
    run_end += internal::TextWidth(font, kBodySize, placed.piece.text);
  }
  flush();
}

void DrawFooter(PdfPainter* painter, PdfFont* font, const std::string& footer, int page,
                int pages) {
  std::string numbering = "page " + std::to_string(page) + " of " + std::to_string(pages);
  double numbering_width = internal::TextWidth(font, kFooterSize, numbering);
  painter->SetColor(0.3, 0.3, 0.3);
  DrawString(painter, font, kFooterSize, kPageWidth - kMargin - numbering_width,
             kFooterBaseline, numbering);
  if (footer.empty()) return;
  // A footer too long for its space is drawn smaller rather than cut, since
  // it identifies the document.
  double room = kTextWidth - numbering_width - 12;
  double size = kFooterSize;
  double width = internal::TextWidth(font, size, footer);
  if (width > room) size = std::max(3.0, size * room / width);
  DrawString(painter, font, size, kMargin, kFooterBaseline, footer);
}

}  // namespace

Status WriteTextPdf(std::string_view text, const std::vector<TextRedaction>& redactions,
                    const RenderOptions& options, const std::filesystem::path& out,
                    std::vector<size_t>* forced_breaks) {
  if (forced_breaks) forced_breaks->clear();
  const std::string context = "rendering text PDF " + out.string();
  internal::QuietPodofo();
  try {
    PoDoFo::PdfMemDocument doc;
    doc.SetPdfVersion(PoDoFo::ePdfVersion_1_7);
    PdfFont* font = nullptr;
    DSAR_RETURN_IF_ERROR(internal::LoadUnicodeFont(&doc, options.font_path, &font));
    const std::vector<CodePoint> cps = internal::DecodeUtf8(text);
    const std::vector<Span> spans = NormalizeSpans(text, cps, redactions);
    // Labels are bold when a bold font is given; loaded only when needed, as
    // an unused subset font would still be embedded.
    PdfFont* label_font = font;
    if (!spans.empty() && !options.bold_font_path.empty()) {
      DSAR_RETURN_IF_ERROR(internal::LoadUnicodeFont(&doc, options.bold_font_path, &label_font));
    }
    const std::vector<LaidOutPage> pages = LayOut(cps, spans, font, label_font, forced_breaks);
    const std::string footer = internal::ToDrawable(options.footer);

    const PoDoFo::PdfRect size(0, 0, kPageWidth, kPageHeight);
    const int page_count = static_cast<int>(pages.size());
    for (int n = 0; n < page_count; ++n) {
      internal::PageCanvas canvas(doc.CreatePage(size));
      double baseline = kFirstBaseline;
      for (const Line& line : pages[n]) {
        DrawLine(canvas.painter(), font, label_font, baseline, line);
        baseline -= kLeading;
      }
      DrawFooter(canvas.painter(), font, footer, n + 1, page_count);
      canvas.Finish();
    }
    internal::ScrubDocumentLevel(&doc, /*with_creator=*/true);
    return internal::WriteAtomically(&doc, out);
  } catch (const PoDoFo::PdfError& e) {
    Status s = internal::StatusFromPdfError(e, context);
    // The input is text: a PoDoFo failure here is ours, not the document's.
    return s.code() == StatusCode::kCorrupt ? Status::Internal(s.message()) : s;
  } catch (const std::bad_alloc&) {
    return Status::ResourceLimit(context + ": out of memory");
  } catch (const std::exception& e) {
    return Status::Internal(context + ": " + e.what());
  }
}

}  // namespace dsar::redaction
