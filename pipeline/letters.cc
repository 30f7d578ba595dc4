#include "pipeline/letters.h"

#include <cstdio>

#include "redaction/redaction.h"

#ifndef DSAR_FONT_PATH
#define DSAR_FONT_PATH "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
#endif
#ifndef DSAR_FONT_BOLD_PATH
#define DSAR_FONT_BOLD_PATH "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
#endif

namespace dsar {
namespace {

std::string Letterhead(const Case& c, const std::string& date) {
  const Policy& p = c.policy;
  std::string s = p.organisation + "\n";
  if (!p.address.empty()) s += p.address + "\n";
  std::string contact = p.dpo_name;
  if (!p.dpo_email.empty()) contact += (contact.empty() ? "" : ", ") + p.dpo_email;
  if (!p.dpo_phone.empty()) contact += (contact.empty() ? "" : ", ") + p.dpo_phone;
  if (!contact.empty()) s += "Data Protection Officer: " + contact + "\n";
  s += "\n" + LongDate(date) + "\n\n";
  std::string to = c.request.requester.name.empty() ? c.request.subject.name : c.request.requester.name;
  s += "To: " + to + "\n\n";
  s += "Our reference: " + c.request.reference + "\n";
  s += "Subject access request about: " + c.request.subject.name + "\n";
  s += "Received: " + LongDate(c.request.received) + "\n\n";
  s += "Dear " + to + ",\n\n";
  return s;
}

std::string SignOff(const Case& c) {
  return "\nYours sincerely,\n\n" + (c.policy.dpo_name.empty() ? "Data Protection Officer" : c.policy.dpo_name) +
         "\n" + c.policy.organisation + "\n";
}

}  // namespace

std::string LongDate(const std::string& iso) {
  static const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                  "July",    "August",   "September", "October", "November", "December"};
  int y = 0, m = 0, d = 0;
  if (std::sscanf(iso.c_str(), "%d-%d-%d", &y, &m, &d) != 3 || m < 1 || m > 12) return iso;
  return std::to_string(d) + " " + kMonths[m - 1] + " " + std::to_string(y);
}

std::string CoverLetterText(const Case& c, const CoverFacts& f) {
  const Article15& a = c.policy.article15;
  std::string s = Letterhead(c, f.date);
  s += "Thank you for your subject access request. This letter and the documents with it are our "
       "response. We confirm that we process personal data about " + c.request.subject.name + ".\n\n";
  s += "What is enclosed\n";
  s += "- Documents disclosed in full: " + std::to_string(f.disclosed) + "\n";
  s += "- Documents disclosed with some information removed: " + std::to_string(f.partly_disclosed) + "\n";
  if (f.withheld) s += "- Documents withheld in full: " + std::to_string(f.withheld) + "\n";
  if (f.not_processed) {
    s += "- Items we are still reviewing by hand: " + std::to_string(f.not_processed) +
         " (we will send anything further they contain)\n";
  }
  s += "The disclosure log lists every item we found and what we did with it.\n\n";
  if (!f.exemption_codes.empty()) {
    s += "Information we have not disclosed\n";
    s += "Where information has been removed, each box is labelled with the reason. We relied on:\n";
    for (const std::string& code : f.exemption_codes) {
      const Exemption* e = c.policy.FindExemption(code);
      if (!e) continue;
      s += "- " + e->label + ": " + e->title + " (" + e->provision + ").\n";
    }
    s += "\n";
  }
  auto section = [&](const char* title, const std::string& text) {
    if (!text.empty()) s += std::string(title) + "\n" + text + "\n\n";
  };
  section("Why we process this information", a.purposes);
  section("The kinds of information we hold", a.categories);
  section("Who we share it with", a.recipients);
  section("How long we keep it", a.retention);
  section("Where it comes from", a.source);
  section("Automated decision-making", a.automated_decisions);
  section("Transfers outside the UK", a.international_transfers);
  section("Your other rights", a.rights);
  section("If you are unhappy with our response", a.complaint);
  s += "If you have any questions about this response, please contact our Data Protection Officer, "
       "quoting reference " + c.request.reference + ".\n";
  s += SignOff(c);
  return s;
}

std::string ExtensionLetterText(const Case& c, const std::string& reason, const std::string& standard_due,
                                const std::string& new_due, const std::string& date) {
  std::string s = Letterhead(c, date);
  s += "We are writing about your subject access request. We normally respond within one month, "
       "which in your case would be by " + LongDate(standard_due) + ".\n\n";
  s += "The law allows us to extend this period by up to two further months where a request is "
       "complex or there are a number of requests. We need to do so because:\n\n" + reason + "\n\n";
  s += "We will now respond by " + LongDate(new_due) + ", and sooner if we can.\n\n";
  s += c.policy.article15.complaint.empty()
           ? "You have the right to complain to the Information Commissioner's Office.\n"
           : c.policy.article15.complaint + "\n";
  s += SignOff(c);
  return s;
}

std::string RefusalLetterText(const Case& c, const std::string& grounds, const std::string& reason,
                              const std::string& date) {
  std::string s = Letterhead(c, date);
  std::string what = grounds == "unfounded" ? "manifestly unfounded" : "manifestly excessive";
  s += "We have considered your subject access request carefully and have decided not to comply "
       "with it, because we consider it " + what + ".\n\n";
  s += "Our reasons:\n\n" + reason + "\n\n";
  s += "You have the right to complain to the Information Commissioner's Office about this decision, "
       "and you can seek to enforce your right of access through the courts.\n\n";
  if (!c.policy.article15.complaint.empty()) s += c.policy.article15.complaint + "\n";
  s += SignOff(c);
  return s;
}

redaction::RenderOptions DefaultRenderOptions() {
  redaction::RenderOptions o;
  o.font_path = DSAR_FONT_PATH;
  o.bold_font_path = DSAR_FONT_BOLD_PATH;
  return o;
}

Status WriteLetterPdf(const std::string& text, const std::string& footer,
                      const std::filesystem::path& out) {
  redaction::RenderOptions o = DefaultRenderOptions();
  o.footer = footer;
  std::error_code ec;
  std::filesystem::create_directories(out.parent_path(), ec);
  return redaction::WriteTextPdf(text, {}, o, out);
}

}  // namespace dsar
