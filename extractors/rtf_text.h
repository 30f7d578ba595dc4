// Outlook's compressed RTF bodies as plain text (shared by the TNEF and MSG
// extractors). Private to extractors/.
#ifndef DSAR_EXTRACTORS_RTF_TEXT_H_
#define DSAR_EXTRACTORS_RTF_TEXT_H_

#include <string>
#include <string_view>

namespace dsar::extractors {

// Plain text from RTF: control words dropped, \par and \line as line
// breaks, \'hh as windows-1252, \uN as the character; destination groups
// (fonts, colours, styles, pictures, \*) skipped.
std::string RtfToText(const std::string& rtf);

// Decompresses PR_RTF_COMPRESSED (libytnef) and reduces it to text; empty
// when the data is not compressed RTF.
std::string CompressedRtfToText(std::string_view compressed);

}  // namespace dsar::extractors

#endif  // DSAR_EXTRACTORS_RTF_TEXT_H_
