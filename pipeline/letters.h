// The letters a response needs: the cover letter (with the Article 15
// information and the exemptions relied on), and the extension and refusal
// letters. Composed as text from the case and policy, typeset as PDF by the
// same writer as every other document.
#ifndef DSAR_PIPELINE_LETTERS_H_
#define DSAR_PIPELINE_LETTERS_H_

#include <filesystem>
#include <string>
#include <vector>

#include "pipeline/case.h"
#include "redaction/redaction.h"

namespace dsar {

struct CoverFacts {
  std::string date;                 // of the letter, YYYY-MM-DD
  size_t disclosed = 0;             // documents disclosed in full
  size_t partly_disclosed = 0;
  size_t withheld = 0;
  size_t not_processed = 0;
  std::vector<std::string> exemption_codes;  // relied on, in policy order
};

std::string CoverLetterText(const Case& c, const CoverFacts& facts);
std::string ExtensionLetterText(const Case& c, const std::string& reason,
                                const std::string& standard_due, const std::string& new_due,
                                const std::string& date);
std::string RefusalLetterText(const Case& c, const std::string& grounds, const std::string& reason,
                              const std::string& date);

// Typesets `text` as a PDF at `out` (atomically).
Status WriteLetterPdf(const std::string& text, const std::string& footer,
                      const std::filesystem::path& out);

// Render options with the fonts dsar was built with (fonts-dejavu-core).
redaction::RenderOptions DefaultRenderOptions();

// "2 December 2026" for "2026-12-02".
std::string LongDate(const std::string& iso);

}  // namespace dsar

#endif  // DSAR_PIPELINE_LETTERS_H_
