// `dsar detect`: detection on files outside any case, for evaluation and
// for checking what dsar would find in a document.
#ifndef DSAR_PIPELINE_DETECT_FILES_H_
#define DSAR_PIPELINE_DETECT_FILES_H_

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/status.h"

namespace dsar {

// Detects personal data in one file and returns one JSON object per finding:
// {"file","begin","end","category","text"}. For a UTF-8 plain-text file,
// begin/end are byte offsets into the file itself (it is scanned as it is,
// line ends included); for other types they are offsets into the extracted
// text. Other types are extracted in an isolated worker.
Result<std::vector<std::string>> DetectFileJsonl(const std::filesystem::path& file);

// Extracts one file (typed by content, in an isolated worker) and returns
// the Document: what `dsar extract` prints, and what benchmarks time. With
// `words` false the pages' word lists come back empty (the worker still
// makes and sends them): for a caller that needs only the text. With
// `text_out`, the text is written there as it arrives and the Document's
// is left empty, so a long document's text is never held whole (its words
// are then not kept); on failure what was written is to be dropped.
Result<Document> ExtractFile(const std::filesystem::path& file, bool words = true, std::FILE* text_out = nullptr);

}  // namespace dsar

#endif  // DSAR_PIPELINE_DETECT_FILES_H_
