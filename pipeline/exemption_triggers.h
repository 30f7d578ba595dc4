// Finds passages and documents that an exemption in the policy may cover.
//
// Triggers are data in the policy (phrases, RE2 patterns, document classes
// matched against the source path and title), never code. Every hit becomes
// a suggestion that needs a person's decision: dsar never withholds on its
// own.
#ifndef DSAR_PIPELINE_EXEMPTION_TRIGGERS_H_
#define DSAR_PIPELINE_EXEMPTION_TRIGGERS_H_

#include <string>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/policy.h"

namespace dsar {

struct ExemptionHit {
  std::string code;        // exemption code
  bool whole_document = false;
  size_t start = 0, end = 0;  // the passage (a paragraph) in Document::text
  std::string trigger;     // what fired: "phrase 'child protection'", "document class ..."
  std::string reason;      // plain English for the reviewer
};

// Runs every exemption's triggers over `doc` (found at `source_path`).
// Passage hits cover the paragraph around the match; overlapping passages of
// one exemption are merged. A document-scoped exemption gives at most one
// whole-document hit.
std::vector<ExemptionHit> FindExemptionTriggers(const Policy& policy, const Document& doc,
                                                const std::string& source_path);

}  // namespace dsar

#endif  // DSAR_PIPELINE_EXEMPTION_TRIGGERS_H_
