// HTML bodies of emails as readable text (libgumbo).
#ifndef DSAR_EXTRACTORS_HTML_TEXT_H_
#define DSAR_EXTRACTORS_HTML_TEXT_H_

#include <string>
#include <string_view>

namespace dsar::extractors {

// Converts UTF-8 HTML to plain text keeping paragraphs (blank lines), line
// breaks, lists ("- " or "1. ") and table rows (cells joined by " | ").
// Never fails: whatever gumbo recovers from broken HTML is converted.
std::string HtmlToText(std::string_view html);

}  // namespace dsar::extractors

#endif  // DSAR_EXTRACTORS_HTML_TEXT_H_
