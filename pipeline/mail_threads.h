// Duplicate messages and threads among the email items of a case.
#ifndef DSAR_PIPELINE_MAIL_THREADS_H_
#define DSAR_PIPELINE_MAIL_THREADS_H_

#include <string>

#include "pipeline/case.h"

namespace dsar {

// Recomputes, for every extracted email of the case:
//  - duplicate_of: the same message (same Message-ID and the same body,
//    compared without whitespace and quoting differences) as an earlier
//    item, even when the raw bytes differ (another mailbox's headers);
//  - thread and thread_note: messages linked by Message-ID, In-Reply-To
//    and References form a thread named by its first item's number; the
//    most inclusive message is marked, and each message whose body is
//    quoted in full in another is marked "quoted in full in NNNN".
// Nothing is dropped: duplicates and quoted messages stay items.
Status MarkDuplicatesAndThreads(Case& c);

// The Date (ISO 8601) that puts `item` inside or outside the request's date
// range: its own when it is an email, else that of the nearest email it
// is attached to (an attachment shares its email's date); empty when none.
// `doc` is the item's document when the caller has it loaded, else null.
std::string MailDateOf(CaseStore& store, const ItemRecord& item, const Document* doc);

// A message body folded for comparison: quote markers ('>') at line starts
// removed, whitespace collapsed, case and accents folded.
std::string NormalizeMailBody(const std::string& body);

}  // namespace dsar

#endif  // DSAR_PIPELINE_MAIL_THREADS_H_
