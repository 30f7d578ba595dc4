// The text of a message that is not MIME (Outlook .msg, TNEF): header
// block, body, and a numbered list of attachments, each also handed to the
// part sink. Shared by the MSG and TNEF extractors. Private to extractors/.
#ifndef DSAR_EXTRACTORS_MAIL_TEXT_H_
#define DSAR_EXTRACTORS_MAIL_TEXT_H_

#include <string>
#include <string_view>

#include "extractors/extractor.h"
#include "extractors/gmime_util.h"
#include "pipeline/model/unicode.h"

namespace dsar::extractors {

class AttachmentList {
 public:
  explicit AttachmentList(const ExtractOptions& options) : options_(options) {}

  int count() const { return count_; }

  // Lists one attachment (`what`: "attachment", "attached email") and hands
  // its bytes to the part sink; a sink failure is recorded once on `doc` and
  // later attachments are only listed.
  void Add(const std::string& name, const std::string& what, std::string_view data, Document* doc) {
    ++count_;
    const std::string num = std::to_string(count_);
    std::string shown = OneLine(name.c_str());
    if (shown.empty()) shown = "attachment";
    listing_ += num + ". " + shown + " (" + what + ", " + std::to_string(data.size()) + " bytes)\n";
    if (!options_.parts || !sink_.ok()) return;
    sink_ = options_.parts->Add(PartInfo{"attachment " + num, "#attachment-" + num + "/" + PartFileName(shown), false},
                                data);
    if (!sink_.ok()) doc->warnings.push_back("attachments from " + num + " on not extracted: " + sink_.message());
  }

  // Sets the document's text: `header`, a blank line, `body` (its range kept
  // for threading) and the attachment list.
  void Finish(const std::string& header, const std::string& body, Document* doc) const {
    if (!options_.parts && count_ > 0) {
      doc->warnings.push_back(std::to_string(count_) + " attachment(s) not extracted: handle them manually");
    }
    doc->text = header + "\n";
    doc->body_start = doc->text.size();
    doc->text += NormalizeLineEnds(body);
    while (!doc->text.empty() && doc->text.back() == '\n') doc->text.pop_back();
    doc->body_end = doc->text.size();
    if (!listing_.empty()) doc->text += "\n\nAttachments:\n" + listing_;
    doc->text += "\n";
  }

 private:
  const ExtractOptions& options_;
  std::string listing_;
  int count_ = 0;
  Status sink_ = Status::OK();
};

}  // namespace dsar::extractors

#endif  // DSAR_EXTRACTORS_MAIL_TEXT_H_
