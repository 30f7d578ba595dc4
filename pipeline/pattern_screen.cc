// One pass over a document telling which of the recognizers' patterns occur
// in it at all (re2_util.h, MayMatch), so the passes of the others are
// skipped. The patterns are not listed here: each is added the first time a
// recognizer asks about it, so a pattern changed in its recognizer is the
// pattern screened.
#include <re2/re2.h>
#include <re2/set.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pipeline/re2_util.h"

namespace dsar {
namespace {

// More patterns than the recognizers have: past this, new ones are not
// screened (a test compiling patterns of its own must not grow the set).
constexpr size_t kMaxPatterns = 64;

// Options that change what a pattern matches must be the set's.
bool SameSemantics(const RE2::Options& a, const RE2::Options& b) {
  return a.encoding() == b.encoding() && a.posix_syntax() == b.posix_syntax() &&
         a.longest_match() == b.longest_match() && a.literal() == b.literal() &&
         a.never_nl() == b.never_nl() && a.dot_nl() == b.dot_nl() &&
         a.never_capture() == b.never_capture() && a.case_sensitive() == b.case_sensitive() &&
         a.perl_classes() == b.perl_classes() && a.word_boundary() == b.word_boundary() &&
         a.one_line() == b.one_line();
}

RE2::Options SetOptions() {
  RE2::Options o = Latin1Off();
  o.set_max_mem(256 << 20);  // the DFA of all patterns at once
  return o;
}

class Screen {
 public:
  bool MayMatch(const RE2& re, std::string_view text) { return Answer(re, text) != 0; }

  // 1 if `re` matches somewhere in `text`, 0 if nowhere, -1 if the pattern
  // could not be screened (no answer).
  int Answer(const RE2& re, std::string_view text) {
    int index = IndexOf(re);
    if (index < 0) return -1;
    if (!fresh_ || !IsScreened(text)) Compute(text);
    if (!ok_) return -1;
    // A pattern added since the set was compiled is searched for itself in
    // this text (one pass, as unscreened); it joins the set when the next
    // text is screened.
    if (static_cast<size_t>(index) >= matched_.size()) {
      return re.Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), RE2::UNANCHORED, nullptr, 0) ? 1
                                                                                                              : 0;
    }
    return matched_[static_cast<size_t>(index)] ? 1 : 0;
  }

  // ScreenedText: a text at this address and of this size is the scope's.
  bool BeginScope(std::string_view text) {
    if (scoped_) return false;
    scoped_ = true;
    scope_data_ = text.data();
    scope_size_ = text.size();
    fresh_ = false;  // what was screened before may be another text at this address
    return true;
  }
  void EndScope() {
    scoped_ = false;
    fresh_ = false;  // the scope's text was not copied, and may go now
  }

 private:
  struct Entry {
    const RE2* re;
    std::string pattern;
  };

  // The pattern's index in the set, adding it if new (the set is compiled
  // again only when the next text is screened: compiling it for each new
  // pattern, as the recognizers ask about them one by one on the first
  // document, cost more than the detection of a whole eval set); -1 if it
  // cannot be screened.
  int IndexOf(const RE2& re) {
    auto it = index_.find(&re);
    if (it != index_.end()) {
      // The same address may hold another pattern now (a destroyed RE2).
      if (entries_[static_cast<size_t>(it->second)].pattern == re.pattern()) return it->second;
      index_.erase(it);
    }
    if (!re.ok() || entries_.size() >= kMaxPatterns || !SameSemantics(re.options(), SetOptions())) {
      return -1;
    }
    entries_.push_back({&re, re.pattern()});
    int index = static_cast<int>(entries_.size() - 1);
    index_[&re] = index;
    return index;
  }

  void Rebuild() {
    set_ = std::make_unique<RE2::Set>(SetOptions(), RE2::UNANCHORED);
    ok_ = true;
    for (const Entry& e : entries_) {
      if (set_->Add(e.pattern, nullptr) < 0) ok_ = false;
    }
    ok_ = ok_ && set_->Compile();
    built_ok_ = ok_;
    compiled_count_ = entries_.size();
  }

  // Is `text` the text last screened? Within a scope, the scope's text is
  // known by its address and size; any other is compared with the copy.
  bool IsScreened(std::string_view text) const {
    if (text.data() != text_data_ || text.size() != text_size_) return false;
    return screened_scope_text_ || std::string_view(text_) == text;
  }

  void Compute(std::string_view text) {
    screened_scope_text_ = scoped_ && text.data() == scope_data_ && text.size() == scope_size_;
    if (screened_scope_text_) {
      text_.clear();
    } else {
      text_.assign(text);
    }
    text_data_ = text.data();
    text_size_ = text.size();
    fresh_ = true;
    if (compiled_count_ != entries_.size()) Rebuild();
    ok_ = built_ok_;
    if (!ok_) return;
    std::vector<int> hits;
    // Anything but a clean "no match" (a DFA out of memory, an error kind
    // this code does not know) screens nothing.
    RE2::Set::ErrorInfo error{RE2::Set::kInconsistent};
    if (!set_->Match(text, &hits, &error) && error.kind != RE2::Set::kNoError) {
      ok_ = false;
      return;
    }
    matched_.assign(entries_.size(), false);
    for (int h : hits) matched_[static_cast<size_t>(h)] = true;
  }

  std::vector<Entry> entries_;
  std::unordered_map<const RE2*, int> index_;
  std::unique_ptr<RE2::Set> set_;
  // How many of entries_ set_ holds (the first ones).
  size_t compiled_count_ = 0;
  bool built_ok_ = false;
  // The document last screened (a copy, so another document at the same
  // address is never mistaken for it) and which patterns occur in it.
  std::string text_;
  const char* text_data_ = nullptr;
  size_t text_size_ = 0;
  bool fresh_ = false;
  // A ScreenedText is alive for the text at scope_data_ (scope_size_ bytes),
  // and that text is the one screened (text_ then holds no copy).
  bool scoped_ = false;
  const char* scope_data_ = nullptr;
  size_t scope_size_ = 0;
  bool screened_scope_text_ = false;
  bool ok_ = false;
  std::vector<bool> matched_;
};

Screen& ThreadScreen() {
  thread_local Screen screen;
  return screen;
}

}  // namespace

bool MayMatch(const RE2& re, std::string_view text) { return ThreadScreen().MayMatch(re, text); }

bool Occurs(const RE2& re, std::string_view text) {
  const int answer = ThreadScreen().Answer(re, text);
  if (answer >= 0) return answer == 1;
  return re.Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), RE2::UNANCHORED, nullptr, 0);
}

namespace {
thread_local bool runs_self_check = false;
thread_local size_t runs_mismatches = 0;
}  // namespace

void SetRunsSelfCheck(bool on) { runs_self_check = on; }
bool RunsSelfCheck() { return runs_self_check; }
void CountRunsMismatch(const RE2&) { ++runs_mismatches; }
size_t RunsMismatches() { return runs_mismatches; }

ScreenedText::ScreenedText(std::string_view text) : outermost_(ThreadScreen().BeginScope(text)) {}

ScreenedText::~ScreenedText() {
  if (outermost_) ThreadScreen().EndScope();
}

}  // namespace dsar
