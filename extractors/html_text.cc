// HTML to readable plain text with gumbo: paragraphs and headings become
// blank-line separated blocks, list items get a bullet or number, table rows
// one line each with cells separated by " | ". Scripts, styles and the head
// are dropped; entities are decoded by the parser.
#include "extractors/html_text.h"

#include <gumbo.h>

#include <memory>

namespace dsar::extractors {
namespace {

struct GumboDeleter {
  void operator()(GumboOutput* o) const {
    if (o) gumbo_destroy_output(&kGumboDefaultOptions, o);
  }
};

class TextWriter {
 public:
  void Text(const std::string& s, bool pre) {
    for (char c : s) {
      bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
      if (pre) {
        Put(c);
      } else if (space) {
        pending_space_ = true;
      } else {
        if (pending_space_ && !out_.empty() && out_.back() != '\n' && out_.back() != ' ') out_ += ' ';
        pending_space_ = false;
        Put(c);
      }
    }
  }
  // Ends the current line (no blank line).
  void Break() {
    pending_space_ = false;
    while (!out_.empty() && out_.back() == ' ') out_.pop_back();
    if (!out_.empty() && out_.back() != '\n') out_ += '\n';
  }
  // Ends the current block with a blank line.
  void Block() {
    Break();
    if (out_.size() >= 2 && out_.substr(out_.size() - 2) == "\n\n") return;
    if (!out_.empty()) out_ += '\n';
  }
  void Raw(const std::string& s) {
    pending_space_ = false;
    out_ += s;
  }
  std::string Finish() {
    Break();
    while (!out_.empty() && out_.front() == '\n') out_.erase(0, 1);
    while (out_.size() >= 2 && out_.substr(out_.size() - 2) == "\n\n") out_.pop_back();
    return out_;
  }

 private:
  void Put(char c) { out_ += c; }
  std::string out_;
  bool pending_space_ = false;
};

bool IsBlock(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_DL:
      return true;
    default:
      return false;
  }
}

void Walk(const GumboNode* node, TextWriter* w, bool pre, int depth) {
  if (depth > 200) return;  // hostile nesting: stop descending, keep what we have
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
      node->type == GUMBO_NODE_CDATA) {
    w->Text(node->v.text.text, pre);
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT &&
      node->type != GUMBO_NODE_TEMPLATE) {
    return;
  }
  const GumboVector* children =
      node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children : &node->v.element.children;
  GumboTag tag = node->type == GUMBO_NODE_DOCUMENT ? GUMBO_TAG_UNKNOWN : node->v.element.tag;
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
      return;
    case GUMBO_TAG_BR:
      w->Break();
      return;
    case GUMBO_TAG_IMG: {
      GumboAttribute* alt = gumbo_get_attribute(&node->v.element.attributes, "alt");
      if (alt && alt->value[0]) w->Text(std::string("[image: ") + alt->value + "]", false);
      return;
    }
    default:
      break;
  }
  bool block = IsBlock(tag);
  if (block) w->Block();
  if (tag == GUMBO_TAG_TR || tag == GUMBO_TAG_DT || tag == GUMBO_TAG_DD) w->Break();
  bool child_pre = pre || tag == GUMBO_TAG_PRE;
  int ordinal = 0;
  for (unsigned i = 0; i < children->length; ++i) {
    const GumboNode* child = static_cast<const GumboNode*>(children->data[i]);
    if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_LI) {
      w->Break();
      ++ordinal;
      w->Raw(tag == GUMBO_TAG_OL ? std::to_string(ordinal) + ". " : "- ");
    }
    if (child->type == GUMBO_NODE_ELEMENT &&
        (child->v.element.tag == GUMBO_TAG_TD || child->v.element.tag == GUMBO_TAG_TH) && i > 0) {
      // a cell after another cell of the row
      bool after_cell = false;
      for (unsigned k = 0; k < i; ++k) {
        const GumboNode* prev = static_cast<const GumboNode*>(children->data[k]);
        if (prev->type == GUMBO_NODE_ELEMENT &&
            (prev->v.element.tag == GUMBO_TAG_TD || prev->v.element.tag == GUMBO_TAG_TH)) {
          after_cell = true;
        }
      }
      if (after_cell) w->Raw(" | ");
    }
    Walk(child, w, child_pre, depth + 1);
  }
  if (block) w->Block();
  if (tag == GUMBO_TAG_TR || tag == GUMBO_TAG_LI) w->Break();
}

}  // namespace

std::string HtmlToText(std::string_view html) {
  std::unique_ptr<GumboOutput, GumboDeleter> out(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
  if (!out) return std::string();
  TextWriter w;
  Walk(out->document, &w, false, 0);
  return w.Finish();
}

}  // namespace dsar::extractors
