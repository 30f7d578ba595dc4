#include "pipeline/request.h"

#include "pipeline/recognizers.h"

#include "pipeline/model/hash.h"
#include "pipeline/toml_util.h"

namespace dsar {

bool IsValidReference(const std::string& reference) {
  if (reference.empty() || reference.size() > 64 || reference[0] == '.') return false;
  for (char c : reference) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

Result<Request> ParseRequest(const std::string& text, const std::filesystem::path& file) {
  Result<toml::table> parsed = tomlutil::Parse(text, file);
  if (!parsed.ok()) return parsed.status();
  const toml::table& root = *parsed;
  Request r;
  r.file = file;
  r.base_dir = file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
  r.raw = text;
  r.sha256 = Sha256Hex(text);

  tomlutil::Reader top(root, file, "");
  top.AllowOnly({"reference", "received", "policy", "type", "in_writing", "subject", "requester",
                 "sources", "date_from", "date_to"});
  r.reference = top.String("reference", true);
  if (top.status().ok() && !IsValidReference(r.reference)) {
    top.Fail(root.get("reference"),
             "'reference' may use only letters, digits, '-', '_' and '.' (it names the case "
             "folder), e.g. \"SAR-2026-014\"");
  }
  r.received = top.Date("received", true);
  r.policy = top.String("policy", false);
  r.type = top.String("type", false, "subject_access");
  if (top.status().ok() && r.type != "subject_access" && r.type != "educational_record") {
    top.Fail(root.get("type"), "'type' must be \"subject_access\" or \"educational_record\"");
  }
  r.in_writing = top.Bool("in_writing", true);
  r.date_from = top.Date("date_from", false);
  r.date_to = top.Date("date_to", false);
  if (top.status().ok() && !r.date_from.empty() && !r.date_to.empty() && r.date_to < r.date_from) {
    top.Fail(root.get("date_to"), "'date_to' is before 'date_from'");
  }
  const toml::table* subject = top.Table("subject", true);
  const toml::table* requester = top.Table("requester", true);
  const toml::table* sources = top.Table("sources", true);
  DSAR_RETURN_IF_ERROR(top.status());

  tomlutil::Reader s(*subject, file, "subject");
  s.AllowOnly({"name", "aliases", "emails", "identifiers", "date_of_birth", "addresses"});
  r.subject.name = s.String("name", true);
  r.subject.aliases = s.Strings("aliases", false);
  r.subject.emails = s.Strings("emails", false);
  r.subject.identifiers = s.Strings("identifiers", false);
  r.subject.date_of_birth = s.Date("date_of_birth", false);
  r.subject.addresses = s.Strings("addresses", false);
  DSAR_RETURN_IF_ERROR(s.status());
  for (const std::string& e : r.subject.emails) {
    if (e.find('@') == std::string::npos) {
      s.Fail(subject->get("emails"), "'" + e + "' in subject.emails is not an email address");
    }
  }
  DSAR_RETURN_IF_ERROR(s.status());

  tomlutil::Reader q(*requester, file, "requester");
  q.AllowOnly({"relationship", "name", "emails", "phones", "id_received", "id_verified",
               "evidence_of_authority", "child_consent", "child_cannot_understand"});
  r.requester.relationship = q.String("relationship", true);
  r.requester.name = q.String("name", false);
  r.requester.emails = q.Strings("emails", false);
  r.requester.phones = q.Strings("phones", false);
  for (const std::string& e : r.requester.emails) {
    if (q.status().ok() && e.find('@') == std::string::npos) {
      q.Fail(requester->get("emails"), "'" + e + "' in requester.emails is not an email address");
    }
  }
  for (const std::string& ph : r.requester.phones) {
    if (q.status().ok() && NormalizeUkPhone(ph).empty()) {
      q.Fail(requester->get("phones"), "'" + ph + "' in requester.phones is not a telephone number");
    }
  }
  r.requester.id_received = q.Date("id_received", false);
  r.requester.id_verified = q.Bool("id_verified", !r.requester.id_received.empty());
  r.requester.evidence_of_authority = q.Bool("evidence_of_authority", false);
  r.requester.child_consent = q.Bool("child_consent", false);
  r.requester.child_cannot_understand = q.Bool("child_cannot_understand", false);
  if (q.status().ok() && r.requester.relationship != "self" &&
      r.requester.relationship != "parent" &&
      r.requester.relationship != "authorised_third_party") {
    q.Fail(requester->get("relationship"),
           "requester.relationship must be \"self\", \"parent\" or \"authorised_third_party\"");
  }
  if (q.status().ok() && r.requester.relationship != "self" && r.requester.name.empty()) {
    q.Fail(requester->get("relationship"),
           "requester.name is required when the requester is not the subject");
  }
  DSAR_RETURN_IF_ERROR(q.status());

  tomlutil::Reader src(*sources, file, "sources");
  src.AllowOnly({"paths", "staff_list", "passwords"});
  r.source_paths = src.Strings("paths", true);
  r.staff_list = src.String("staff_list", false);
  if (const toml::table* pw = src.Table("passwords", false)) {
    for (const auto& [k, v] : *pw) {
      if (!v.is_string()) {
        src.Fail(&v, "each entry of sources.passwords must be \"path\" = \"password\"");
        break;
      }
      r.passwords[std::string(k.str())] = v.as_string()->get();
    }
  }
  DSAR_RETURN_IF_ERROR(src.status());
  return r;
}

bool OutsideDateRange(const Request& r, const std::string& iso_date) {
  if (iso_date.size() < 10) return false;  // undated: kept, never silently dropped
  std::string day = iso_date.substr(0, 10);
  return (!r.date_from.empty() && day < r.date_from) || (!r.date_to.empty() && day > r.date_to);
}

Result<Request> LoadRequest(const std::filesystem::path& file) {
  Result<std::string> text = ReadFile(file, 1 << 20);
  if (!text.ok()) return text.status();
  return ParseRequest(*text, file);
}

}  // namespace dsar
