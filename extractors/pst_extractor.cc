// Outlook PST archives (MS-PST) through libpst, streamed: libpst opens the
// file by name and reads the blocks of one item at a time, so an archive of
// many gigabytes is never read whole. Every folder is walked; each message
// (and each contact, appointment, task, note or journal entry: they hold
// personal data too) is rebuilt as an RFC 5322 message with GMime — From,
// To, Cc, Date, Subject, Message-ID, In-Reply-To, body (plain, HTML, or
// compressed RTF reduced to text) and attachments as base64 MIME parts —
// and becomes a part, later a child item extracted by the email extractor.
// The archive's own document is a listing of its folders.
//
// libpst gives recipients' display names (PR_DISPLAY_TO/CC) but not their
// addresses; when the message kept its transport headers (mail received
// over SMTP), To and Cc are taken from them, with addresses.
#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "extractors/extractor.h"
#include "extractors/gmime_util.h"
#include "extractors/rtf_text.h"
#include "pipeline/model/unicode.h"

#include <libpst/libpst.h>
#include <libpst/timeconv.h>

namespace dsar::extractors {
namespace {

constexpr int kMaxFolderDepth = 64;

struct ItemDeleter {
  void operator()(pst_item* item) const {
    if (item) pst_freeItem(item);
  }
};
using ItemPtr = std::unique_ptr<pst_item, ItemDeleter>;

// A libpst string as UTF-8 (libpst converts from the item's code page).
std::string Str(pst_item* item, pst_string* s) {
  if (!s || !s->str) return std::string();
  pst_convert_utf8(item, s);
  return s->str ? SanitizeUtf8(s->str) : std::string();
}

std::string Line(pst_item* item, pst_string* s) { return OneLine(Str(item, s).c_str()); }

// An address worth writing into a header: SMTP-like. Exchange's X.500
// addresses ("/O=SCHOOL/OU=...") are not.
std::string SmtpOrEmpty(const std::string& a) {
  return a.find('@') != std::string::npos && a.find(' ') == std::string::npos && a[0] != '/' ? a : std::string();
}

// Which kind of item a non-folder is, for its label.
const char* KindWord(const pst_item* item) {
  switch (item->type) {
    case PST_TYPE_CONTACT: return "contact";
    case PST_TYPE_APPOINTMENT: return "appointment";
    case PST_TYPE_TASK: return "task";
    case PST_TYPE_STICKYNOTE: return "note";
    case PST_TYPE_JOURNAL: return "journal entry";
    default: return "message";
  }
}

std::string FileTimeIso(const FILETIME* ft) {
  if (!ft) return std::string();
  time_t t = pst_fileTimeToUnixTime(ft);
  struct tm tm {};
  if (!gmtime_r(&t, &tm)) return std::string();
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", &tm);
  return buf;
}

// Headers of the transport header block (received mail), parsed by GMime.
GPtr<GMimeMessage> ParseHeaders(const std::string& headers) {
  if (headers.empty()) return nullptr;
  std::string block = headers;
  // Only the header block: a stray body would be ignored anyway.
  size_t end = block.find("\r\n\r\n");
  if (end == std::string::npos) end = block.find("\n\n");
  if (end != std::string::npos) block.resize(end);
  block += "\r\n\r\n";
  GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(block.data(), block.size()));
  GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
  return GPtr<GMimeMessage>(g_mime_parser_construct_message(parser.get(), nullptr));
}

// Adds a recipient; one known only by name becomes an empty group
// ("Morag Pennant: ;"), which the email extractor reads as a name: a
// mailbox with an empty address does not survive a round trip.
void AddRecipient(GMimeMessage* msg, GMimeAddressType type, const std::string& name, const std::string& addr) {
  if (!addr.empty()) {
    g_mime_message_add_mailbox(msg, type, name.empty() ? nullptr : name.c_str(), addr.c_str());
  } else if (!name.empty()) {
    GPtr<InternetAddress> group(internet_address_group_new(name.c_str()));
    internet_address_list_add(g_mime_message_get_addresses(msg, type), group.get());
  }
}

// Recipients from PR_DISPLAY_TO / PR_DISPLAY_CC: names separated by ';'.
void AddNames(GMimeMessage* msg, GMimeAddressType type, const std::string& names) {
  size_t pos = 0;
  while (pos <= names.size()) {
    size_t semi = names.find(';', pos);
    std::string one = OneLine(names.substr(pos, semi == std::string::npos ? std::string::npos : semi - pos).c_str());
    if (!one.empty()) {
      std::string addr = SmtpOrEmpty(one);
      AddRecipient(msg, type, addr.empty() ? one : std::string(), addr);
    }
    if (semi == std::string::npos) break;
    pos = semi + 1;
  }
}

GMimeObject* TextPart(const char* subtype, const std::string& text) {
  GMimeTextPart* part = g_mime_text_part_new_with_subtype(subtype);
  g_mime_text_part_set_text(part, text.c_str());
  g_mime_part_set_content_encoding(GMIME_PART(part), GMIME_CONTENT_ENCODING_BASE64);
  return GMIME_OBJECT(part);
}

GMimeObject* FilePart(const std::string& name, const std::string& mime, const char* data, size_t size) {
  std::string type = mime.find('/') != std::string::npos ? mime : "application/octet-stream";
  size_t slash = type.find('/');
  GMimePart* part = g_mime_part_new_with_type(type.substr(0, slash).c_str(), type.substr(slash + 1).c_str());
  GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(data, size));
  GPtr<GMimeDataWrapper> wrapper(g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
  g_mime_part_set_content(part, wrapper.get());
  g_mime_part_set_content_encoding(part, GMIME_CONTENT_ENCODING_BASE64);
  g_mime_object_set_disposition(GMIME_OBJECT(part), "attachment");
  if (!name.empty()) g_mime_part_set_filename(part, name.c_str());
  return GMIME_OBJECT(part);
}

// The text of a contact, appointment or journal entry: its labelled fields.
std::string ItemCard(pst_item* item) {
  std::string out;
  auto field = [&](const char* label, pst_string* s) {
    std::string v = Str(item, s);
    if (!v.empty()) out += std::string(label) + ": " + v + "\n";
  };
  auto date = [&](const char* label, const FILETIME* ft) {
    std::string v = FileTimeIso(ft);
    if (!v.empty()) out += std::string(label) + ": " + v + "\n";
  };
  // libpst folds the recipient table's rows into a message's contact
  // fields: only a contact's are its own.
  if (pst_item_contact* c = item->type == PST_TYPE_CONTACT ? item->contact : nullptr) {
    field("Name", c->fullname.str ? &c->fullname : &item->file_as);
    field("Given name", &c->first_name);
    field("Surname", &c->surname);
    field("Preferred name", &c->pref_name);
    field("Nickname", &c->nickname);
    field("Email", &c->address1);
    field("Email 2", &c->address2);
    field("Email 3", &c->address3);
    field("Company", &c->company_name);
    field("Job title", &c->job_title);
    field("Department", &c->department);
    field("Business phone", &c->business_phone);
    field("Home phone", &c->home_phone);
    field("Mobile phone", &c->mobile_phone);
    field("Other phone", &c->other_phone);
    field("Primary phone", &c->primary_phone);
    field("Home address", &c->home_address);
    field("Business address", &c->business_address);
    field("Other address", &c->other_address);
    field("Postal address", &c->def_postal_address);
    field("Home street", &c->home_street);
    field("Home city", &c->home_city);
    field("Home postcode", &c->home_postal_code);
    field("Spouse", &c->spouse_name);
    field("Assistant", &c->assistant_name);
    field("Manager", &c->manager_name);
    date("Birthday", c->birthday);
    date("Anniversary", c->wedding_anniversary);
  }
  if (pst_item_appointment* a = item->type == PST_TYPE_APPOINTMENT ? item->appointment : nullptr) {
    date("Start", a->start);
    date("End", a->end);
    field("Location", &a->location);
  }
  if (pst_item_journal* j = item->type == PST_TYPE_JOURNAL ? item->journal : nullptr) {
    date("Start", j->start);
    date("End", j->end);
    field("Type", &j->type);
    field("Description", &j->description);
  }
  return out;
}

// MS-PST's CRC-32: polynomial 0xEDB88320, initial value 0, no final XOR.
uint32_t PstCrc(const unsigned char* p, size_t n) {
  static const std::array<uint32_t, 256> table = [] {
    std::array<uint32_t, 256> t{};
    for (uint32_t i = 0; i < 256; ++i) {
      uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[i] = c;
    }
    return t;
  }();
  uint32_t crc = 0;
  for (size_t i = 0; i < n; ++i) crc = table[(crc ^ p[i]) & 0xFF] ^ (crc >> 8);
  return crc;
}

uint64_t Le(const unsigned char* p, int bytes) {
  uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | p[i];
  return v;
}

// libpst does not check the blocks' CRCs: damaged bytes would be read as
// text, and a garbled name escapes the scan. This checks every block of a
// node — its data, the blocks an XBLOCK lists, its subnode tree (bodies,
// recipients, attachments) — against its trailer. Unicode PSTs without
// encryption only (the layout tests/data/make_pst.py writes and readpst and
// pffexport read); for others it says nothing.
class BlockCheck {
 public:
  BlockCheck(pst_file* pf, const std::filesystem::path& file) : pf_(pf) {
    if (pf->do_read64 == 1 && pf->encryption == PST_NO_ENCRYPT) fd_ = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  }
  ~BlockCheck() {
    if (fd_ >= 0) ::close(fd_);
  }
  BlockCheck(const BlockCheck&) = delete;
  BlockCheck& operator=(const BlockCheck&) = delete;

  // False when a block of the node is missing or fails its CRC.
  bool NodeIntact(const pst_desc_tree* d) {
    if (fd_ < 0) return true;
    return Intact(d->desc ? d->desc->i_id : 0, 0) && Intact(d->assoc_tree ? d->assoc_tree->i_id : 0, 0);
  }

 private:
  static constexpr size_t kBlockMax = 8192;

  bool Intact(uint64_t bid, int depth) {
    if (bid == 0) return true;
    if (depth > 8) return false;
    auto seen = verdict_.find(bid);
    if (seen != verdict_.end()) return seen->second;
    std::array<unsigned char, kBlockMax> buf;
    size_t size = 0;
    bool ok = Read(bid, buf.data(), &size);
    if (ok && (bid & 2)) {  // internal block: XBLOCK or XXBLOCK, SLBLOCK or SIBLOCK
      unsigned type = buf[0], level = buf[1];
      size_t count = static_cast<size_t>(Le(&buf[2], 2));
      size_t width = type == 1 ? 8 : level == 0 ? 24 : 16;
      ok = (type == 1 || type == 2) && size >= 8 && count * width <= size - 8;
      for (size_t i = 0; ok && i < count; ++i) {
        const unsigned char* e = &buf[8 + i * width];
        if (type == 1) {
          ok = Intact(Le(e, 8), depth + 1);
        } else if (level == 0) {
          ok = Intact(Le(e + 8, 8), depth + 1) && Intact(Le(e + 16, 8), depth + 1);
        } else {
          ok = Intact(Le(e + 8, 8), depth + 1);
        }
      }
    }
    verdict_[bid] = ok;
    return ok;
  }

  // Reads block `bid` (its data and trailer); false when it is not where
  // the index says or its trailer does not match it.
  bool Read(uint64_t bid, unsigned char* data, size_t* size) {
    pst_index_ll* p = pst_getID(pf_, bid);
    if (!p || p->size + 16 > kBlockMax) return false;
    size_t total = (static_cast<size_t>(p->size) + 16 + 63) / 64 * 64;
    std::array<unsigned char, kBlockMax> buf;
    ssize_t got = ::pread(fd_, buf.data(), total, static_cast<off_t>(p->offset));
    if (got != static_cast<ssize_t>(total)) return false;
    const unsigned char* trailer = &buf[total - 16];
    *size = static_cast<size_t>(p->size);
    std::memcpy(data, buf.data(), *size);
    return Le(trailer, 2) == p->size && (Le(trailer + 8, 8) | 1) == (bid | 1) &&
           Le(trailer + 4, 4) == PstCrc(buf.data(), *size);
  }

  pst_file* pf_;
  int fd_ = -1;
  std::map<uint64_t, bool> verdict_;
};

// A block through libpst (decrypted when the archive is encrypted).
std::string ReadBlock(pst_file* pf, uint64_t bid) {
  char* buf = nullptr;
  size_t n = bid ? pst_ff_getIDblock_dec(pf, bid, &buf) : 0;
  std::string out = buf ? std::string(buf, n) : std::string();
  std::free(buf);
  return out;
}

// Finds subnode `nid` in the subnode tree at `bid` (SLBLOCK, or SIBLOCK
// above SLBLOCKs): its data and subnode-tree block ids.
bool FindSubnode(pst_file* pf, uint64_t bid, uint64_t nid, uint64_t* data, uint64_t* sub, int depth = 0) {
  if (bid == 0 || depth > 4) return false;
  std::string b = ReadBlock(pf, bid);
  auto* u = reinterpret_cast<const unsigned char*>(b.data());
  if (b.size() < 8 || u[0] != 2) return false;
  size_t count = static_cast<size_t>(Le(u + 2, 2)), width = u[1] == 0 ? 24 : 16;
  if (count * width > b.size() - 8) return false;
  for (size_t i = 0; i < count; ++i) {
    const unsigned char* e = u + 8 + i * width;
    if (u[1] == 0 && (Le(e, 8) & 0xFFFFFFFF) == nid) {
      *data = Le(e + 8, 8);
      *sub = Le(e + 16, 8);
      return true;
    }
    // SIBLOCK: entries are keyed by the first NID below them.
    if (u[1] != 0 && (i + 1 == count || (Le(e + 16, 8) & 0xFFFFFFFF) > nid)) {
      return FindSubnode(pf, Le(e + 8, 8), nid, data, sub, depth + 1);
    }
  }
  return false;
}

struct Recipient {
  int type = 1;  // 1 To, 2 Cc, 3 Bcc
  std::string name, address;
};

// The message's recipient table (MS-PST 2.4.5.3, subnode 0x692), read
// directly: libpst folds its rows into the message and keeps only display
// names. A table context in a one-block heap, with its rows in the heap or
// in one subnode block; anything else gives false and the caller falls back.
bool ReadRecipients(pst_file* pf, const pst_desc_tree* d, std::vector<Recipient>* out) {
  uint64_t data = 0, sub = 0;
  if (pf->do_read64 != 1) return false;  // the Unicode layout only (not ANSI, not OST 2013)
  if (!d->assoc_tree || !FindSubnode(pf, d->assoc_tree->i_id, 0x692, &data, &sub)) return false;
  if (data & 2) return false;  // a multi-block heap
  std::string heap = ReadBlock(pf, data);
  auto* h = reinterpret_cast<const unsigned char*>(heap.data());
  if (heap.size() < 12 || h[2] != 0xEC || h[3] != 0x7C) return false;
  size_t map = static_cast<size_t>(Le(h, 2));
  if (map + 4 > heap.size()) return false;
  size_t allocs = static_cast<size_t>(Le(h + map, 2));
  if (map + 4 + 2 * (allocs + 1) > heap.size()) return false;
  auto alloc = [&](uint64_t hid) -> std::string_view {
    size_t i = static_cast<size_t>((hid >> 5) & 0x7FF);
    if ((hid & 0x1F) != 0 || (hid >> 16) != 0 || i == 0 || i > allocs) return {};
    size_t from = static_cast<size_t>(Le(h + map + 4 + 2 * (i - 1), 2));
    size_t to = static_cast<size_t>(Le(h + map + 4 + 2 * i, 2));
    if (from > to || to > map) return {};
    return std::string_view(heap).substr(from, to - from);
  };
  std::string_view info = alloc(Le(h + 4, 4));
  auto* t = reinterpret_cast<const unsigned char*>(info.data());
  if (info.size() < 22 || t[0] != 0x7C) return false;
  size_t cols = t[1], ceb = static_cast<size_t>(Le(t + 6, 2)), row_size = static_cast<size_t>(Le(t + 8, 2));
  if (info.size() < 22 + 8 * cols || row_size == 0 || ceb > row_size) return false;
  uint64_t rows_ref = Le(t + 14, 4);
  std::string rows;
  if (rows_ref == 0) return true;  // no recipients
  if ((rows_ref & 0x1F) == 0) {
    rows = std::string(alloc(rows_ref));
  } else {
    uint64_t rows_data = 0, rows_sub = 0;
    if (!FindSubnode(pf, sub, rows_ref, &rows_data, &rows_sub) || (rows_data & 2)) return false;
    rows = ReadBlock(pf, rows_data);
  }
  struct Col {
    size_t offset, size, bit;
    unsigned type;
  };
  std::map<unsigned, Col> wanted;  // by property id
  for (size_t c = 0; c < cols; ++c) {
    const unsigned char* e = t + 22 + 8 * c;
    auto tag = static_cast<uint32_t>(Le(e, 4));
    wanted[tag >> 16] = Col{static_cast<size_t>(Le(e + 4, 2)), e[6], e[7], tag & 0xFFFF};
  }
  auto cell = [&](std::string_view row, unsigned id) -> std::string {
    auto it = wanted.find(id);
    if (it == wanted.end()) return std::string();
    const Col& c = it->second;
    if (ceb + c.bit / 8 >= row.size() || c.offset + c.size > row.size()) return std::string();
    if (!(static_cast<unsigned char>(row[ceb + c.bit / 8]) & (0x80 >> (c.bit % 8)))) return std::string();
    auto* r = reinterpret_cast<const unsigned char*>(row.data());
    if (c.type == 0x0003) return std::to_string(Le(r + c.offset, 4));
    if (c.size != 4 || (c.type != 0x001F && c.type != 0x001E)) return std::string();
    std::string raw(alloc(Le(r + c.offset, 4)));
    Result<std::string> text = ToUtf8(raw, c.type == 0x001F ? "UTF-16LE" : "", nullptr);
    return text.ok() ? OneLine(text->c_str()) : std::string();
  };
  for (size_t at = 0; at + row_size <= rows.size(); at += row_size) {
    std::string_view row = std::string_view(rows).substr(at, row_size);
    Recipient r;
    std::string type = cell(row, 0x0C15);
    r.type = type == "2" ? 2 : type == "3" ? 3 : 1;
    r.name = cell(row, 0x3001);
    r.address = SmtpOrEmpty(cell(row, 0x39FE));
    if (r.address.empty()) r.address = SmtpOrEmpty(cell(row, 0x3003));
    if (!r.name.empty() || !r.address.empty()) out->push_back(std::move(r));
  }
  return true;
}

class Walker {
 public:
  Walker(pst_file* pf, BlockCheck* check, const ExtractOptions& options, Document* doc)
      : pf_(pf), check_(check), options_(options), doc_(doc) {}

  // Walks the folders under `d` (children of the folder at `path`).
  void Folder(pst_desc_tree* d, const std::string& path, int depth) {
    if (depth > kMaxFolderDepth) {
      Warn("folders nested deeper than " + std::to_string(kMaxFolderDepth) + " under " + path + " were not read");
      return;
    }
    size_t n = 0;
    std::map<std::string, int> sibling_names;
    for (; d && !stop_; d = d->next) {
      if (!d->desc) {
        ++unreadable_;
        continue;
      }
      if (!check_->NodeIntact(d)) {
        // Damaged: not read. A damaged folder's subfolders and items are
        // still walked, under a name that says so.
        ++unreadable_;
        if (d->child) {
          Folder(d->child, (path.empty() ? "" : path + "/") + "(damaged folder)", depth + 1);
        } else {
          Warn("an item in " + (path.empty() ? std::string("the top folder") : path) +
               " is damaged (its blocks fail their checksum) and was not read");
        }
        continue;
      }
      ItemPtr item(pst_parse_item(pf_, d, nullptr));
      if (!item) {
        ++unreadable_;
        continue;
      }
      if (item->folder) {
        std::string name = PartFileName(Line(item.get(), &item->file_as));
        // Outlook allows sibling folders of one name (an import beside the
        // original): the second is "Inbox (2)", so its items' places and
        // labels differ from the first's.
        if (int seen = ++sibling_names[name]; seen > 1) name += " (" + std::to_string(seen) + ")";
        std::string sub = path.empty() ? name : path + "/" + name;
        size_t at = folders_.size();
        folders_.emplace_back(sub, 0);
        if (d->child) {
          size_t before = total_;
          Folder(d->child, sub, depth + 1);
          folders_[at].second = total_ - before;
        }
        continue;
      }
      if (item->message_store) continue;
      ++n;
      Item(item.get(), d, path.empty() ? "(top)" : path, n);
    }
  }

  std::string Listing(const std::string& file_name) const {
    std::string text = "Outlook archive " + file_name + ": " + std::to_string(total_) + " item(s) in " +
                       std::to_string(folders_.size()) + " folder(s), each item listed as its own item.\n";
    for (const auto& [path, count] : folders_) {
      text += path + ": " + std::to_string(count) + " item(s) in it and its subfolders\n";
    }
    return text;
  }

  size_t total() const { return total_; }
  size_t unreadable() const { return unreadable_; }

 private:
  void Warn(std::string w) {
    if (doc_->warnings.size() < 100) doc_->warnings.push_back(std::move(w));
  }

  void Item(pst_item* item, const pst_desc_tree* d, const std::string& folder, size_t n) {
    if (total_ >= options_.limits.max_parts) {
      Warn("more than " + std::to_string(options_.limits.max_parts) + " items: the rest was not read");
      stop_ = true;
      return;
    }
    ++total_;
    std::string where = KindWord(item) + std::string(" ") + std::to_string(n) + " in " + folder;
    if (!options_.parts) return;
    GPtr<GMimeMessage> msg = Build(item, d, where, 0);
    GPtr<GMimeStream> out(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(GMIME_OBJECT(msg.get()), nullptr, out.get());
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
    std::string_view raw(reinterpret_cast<const char*>(bytes->data), bytes->len);
    Status s = options_.parts->Add(PartInfo{where, "#" + folder + "/" + std::to_string(n), true}, raw);
    if (!s.ok()) {
      Warn("items from " + where + " on not extracted: " + s.message());
      stop_ = true;
    }
  }

  // The RFC 5322 form of `item` (its node `d`, when known, for the
  // recipient table); `where` names it in warnings.
  GPtr<GMimeMessage> Build(pst_item* item, const pst_desc_tree* d, const std::string& where, int depth) {
    GPtr<GMimeMessage> msg(g_mime_message_new(TRUE));
    pst_item_email* e = item->email;
    GPtr<GMimeMessage> transport = e ? ParseHeaders(Str(item, &e->header)) : nullptr;
    if (e) {
      std::string name = Line(item, &e->outlook_sender_name);
      if (name.empty()) name = Line(item, &e->outlook_sender_name2);
      std::string addr = SmtpOrEmpty(Line(item, &e->sender_address));
      if (addr.empty()) addr = SmtpOrEmpty(Line(item, &e->sender2_address));
      if (!name.empty() || !addr.empty()) {
        g_mime_message_add_mailbox(msg.get(), GMIME_ADDRESS_TYPE_FROM, name.empty() ? nullptr : name.c_str(),
                                   addr.c_str());
      }
      // Recipients: the recipient table (names and addresses), else the
      // transport headers, else the display names.
      std::vector<Recipient> table;
      if (d && ReadRecipients(pf_, d, &table) && !table.empty()) {
        for (const Recipient& r : table) {
          AddRecipient(msg.get(), r.type == 3 ? GMIME_ADDRESS_TYPE_BCC : r.type == 2 ? GMIME_ADDRESS_TYPE_CC
                                                                                    : GMIME_ADDRESS_TYPE_TO,
                       r.name, r.address);
        }
      } else {
        for (auto [type, display] : {std::pair{GMIME_ADDRESS_TYPE_TO, &e->sentto_address},
                                     std::pair{GMIME_ADDRESS_TYPE_CC, &e->cc_address}}) {
          InternetAddressList* from_headers =
              transport ? g_mime_message_get_addresses(transport.get(), type) : nullptr;
          if (from_headers && internet_address_list_length(from_headers) > 0) {
            internet_address_list_append(g_mime_message_get_addresses(msg.get(), type), from_headers);
          } else {
            AddNames(msg.get(), type, Str(item, display));
          }
        }
      }
    }
    std::string subject = Line(item, &item->subject);
    if (subject.empty() && item->contact) subject = "Contact: " + Line(item, &item->contact->fullname);
    if (subject.empty()) subject = Line(item, &item->file_as);
    if (!subject.empty()) g_mime_message_set_subject(msg.get(), subject.c_str(), "utf-8");
    const FILETIME* when = e && e->sent_date ? e->sent_date : e && e->arrival_date ? e->arrival_date
                                                                                   : item->create_date;
    if (when) {
      GDateTime* date = g_date_time_new_from_unix_utc(pst_fileTimeToUnixTime(when));
      if (date) {
        g_mime_message_set_date(msg.get(), date);
        g_date_time_unref(date);
      }
    }
    if (e) {
      std::string id = Line(item, &e->messageid);
      if (id.size() > 2 && id.front() == '<' && id.back() == '>') id = id.substr(1, id.size() - 2);
      if (!id.empty()) g_mime_message_set_message_id(msg.get(), id.c_str());
      std::string reply = Line(item, &e->in_reply_to);
      if (!reply.empty()) g_mime_object_set_header(GMIME_OBJECT(msg.get()), "In-Reply-To", reply.c_str(), nullptr);
      if (transport) {
        if (const char* refs = g_mime_object_get_header(GMIME_OBJECT(transport.get()), "References")) {
          g_mime_object_set_header(GMIME_OBJECT(msg.get()), "References", OneLine(refs).c_str(), nullptr);
        }
      }
    }

    // Body: plain preferred; HTML beside it when both exist; compressed RTF
    // reduced to text when it is all there is.
    std::string plain = ItemCard(item) + Str(item, &item->body);
    std::string html = e ? Str(item, &e->htmlbody) : std::string();
    if (plain.empty() && html.empty() && e && e->rtf_compressed.data && e->rtf_compressed.size > 0) {
      plain = CompressedRtfToText(std::string_view(e->rtf_compressed.data, e->rtf_compressed.size));
    }
    GPtr<GMimeObject> body;
    if (!plain.empty() && !html.empty()) {
      GMimeMultipart* alt = g_mime_multipart_new_with_subtype("alternative");
      GPtr<GMimeObject> p(TextPart("plain", plain)), h(TextPart("html", html));
      g_mime_multipart_add(alt, p.get());
      g_mime_multipart_add(alt, h.get());
      body.reset(GMIME_OBJECT(alt));
    } else {
      body.reset(html.empty() ? TextPart("plain", plain) : TextPart("html", html));
    }

    std::vector<GPtr<GMimeObject>> attachments;
    size_t a = 0;
    // libpst lists attachments last first: back to the table's order.
    std::vector<pst_item_attach*> listed;
    for (pst_item_attach* at = item->attach; at; at = at->next) listed.insert(listed.begin(), at);
    for (pst_item_attach* at : listed) {
      std::string name = Line(item, &at->filename2);
      if (name.empty()) name = Line(item, &at->filename1);
      // libpst lists each row of the recipient table as an attachment
      // record with no method, name or data (readpst skips them too).
      if (at->method == PST_ATTACH_NONE && name.empty() && !at->data.data) continue;
      ++a;
      if (at->method == PST_ATTACH_EMBEDDED) {
        GPtr<GMimeMessage> inner = Embedded(at, where + ", attachment " + std::to_string(a), depth);
        if (inner) {
          GPtr<GMimeMessagePart> mp(g_mime_message_part_new_with_message("rfc822", inner.get()));
          g_mime_object_set_disposition(GMIME_OBJECT(mp.get()), "attachment");
          attachments.emplace_back(GMIME_OBJECT(mp.release()));
        }
        continue;
      }
      if (name.empty()) name = "attachment-" + std::to_string(a);
      std::string mime = Line(item, &at->mimetype);
      if (at->data.data) {
        attachments.emplace_back(FilePart(name, mime, at->data.data, at->data.size));
        continue;
      }
      pst_binary data = at->i_id ? pst_attach_to_mem(pf_, at) : pst_binary{0, nullptr};
      if (data.data) {
        attachments.emplace_back(FilePart(name, mime, data.data, data.size));
        std::free(data.data);
      } else {
        Warn(where + ": attachment " + std::to_string(a) + " (" + name + ") has no data in the archive" +
             (at->method == PST_ATTACH_BY_VALUE ? "" : " (attached by reference)"));
      }
    }
    if (attachments.empty()) {
      g_mime_message_set_mime_part(msg.get(), body.get());
    } else {
      GPtr<GMimeMultipart> mixed(g_mime_multipart_new_with_subtype("mixed"));
      g_mime_multipart_add(mixed.get(), body.get());
      for (auto& part : attachments) g_mime_multipart_add(mixed.get(), part.get());
      g_mime_message_set_mime_part(msg.get(), GMIME_OBJECT(mixed.get()));
    }
    return msg;
  }

  // A message attached to a message (PR_ATTACH_METHOD 5), as readpst reads it.
  GPtr<GMimeMessage> Embedded(pst_item_attach* at, const std::string& where, int depth) {
    if (depth + 1 >= options_.limits.max_depth) {
      Warn(where + ": a message nested too deep was not read");
      return nullptr;
    }
    pst_index_ll* ptr = at->i_id ? pst_getID(pf_, at->i_id) : nullptr;
    if (!ptr) {
      Warn(where + ": an attached message could not be found in the archive");
      return nullptr;
    }
    pst_desc_tree d{};
    d.desc = ptr;
    ItemPtr inner(pst_parse_item(pf_, &d, at->id2_head));
    if (!inner) {
      Warn(where + ": an attached message could not be read");
      return nullptr;
    }
    return Build(inner.get(), nullptr, where, depth + 1);
  }

  pst_file* pf_;
  BlockCheck* check_;
  const ExtractOptions& options_;
  Document* doc_;
  std::vector<std::pair<std::string, size_t>> folders_;  // path, items in it and below
  size_t total_ = 0, unreadable_ = 0;
  bool stop_ = false;
};

struct PstCloser {
  void operator()(pst_file* pf) const { pst_close(pf); }
};

class PstExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "pst"; }
  bool streams() const override { return true; }
  bool size_limited() const override { return false; }

  // An archive held in memory (one attached to an email, or in a ZIP):
  // libpst reads files only, so it goes through a temporary file.
  Result<Document> Extract(std::string_view bytes, const ExtractOptions& options) const override {
    std::string tmpl = (std::filesystem::temp_directory_path() / "dsar-pst-XXXXXX").string();
    int fd = ::mkstemp(tmpl.data());
    if (fd < 0) return Status::IoError(std::string("cannot create a temporary file: ") + std::strerror(errno));
    size_t done = 0;
    while (done < bytes.size()) {
      ssize_t w = ::write(fd, bytes.data() + done, bytes.size() - done);
      if (w <= 0) break;
      done += static_cast<size_t>(w);
    }
    ::close(fd);
    Result<Document> doc = done == bytes.size()
                               ? ExtractFile(tmpl, options)
                               : Result<Document>(Status::IoError("cannot write a temporary file"));
    ::unlink(tmpl.c_str());
    return doc;
  }

  Result<Document> ExtractFile(const std::filesystem::path& file, const ExtractOptions& options) const override {
    InitGMimeOnce();
    std::string name = options.file_name.empty() ? file.filename().string() : options.file_name;
    pst_file pf{};
    if (pst_open(&pf, file.c_str(), nullptr) != 0) {
      return Status::Corrupt("not a readable Outlook PST archive (bad header)");
    }
    std::unique_ptr<pst_file, PstCloser> close(&pf);
    if (pst_load_index(&pf) != 0) return Status::Corrupt("Outlook PST archive with a damaged index");
    pst_load_extended_attributes(&pf);
    pst_desc_tree* store = pf.d_head;
    ItemPtr root(store ? pst_parse_item(&pf, store, nullptr) : nullptr);
    pst_desc_tree* top = root ? pst_getTopOfFolders(&pf, root.get()) : nullptr;
    if (!top) return Status::Corrupt("Outlook PST archive without a readable folder tree");

    Document doc;
    doc.kind = DocumentKind::kText;
    doc.extractor = "pst";
    doc.title = name;
    BlockCheck check(&pf, file);
    Walker walker(&pf, &check, options, &doc);
    walker.Folder(top->child, "", 0);
    if (walker.unreadable() > 0) {
      doc.warnings.push_back(std::to_string(walker.unreadable()) +
                             " item(s) of the archive could not be read (damaged)");
    }
    if (walker.total() == 0 && walker.unreadable() > 0) {
      return Status::Corrupt("Outlook PST archive whose items cannot be read");
    }
    doc.text = walker.Listing(name);
    if (!options.parts && walker.total() > 0) {
      doc.warnings.push_back(std::to_string(walker.total()) + " item(s) not extracted");
    }
    return doc;
  }
};

}  // namespace

std::unique_ptr<Extractor> NewPstExtractor() { return std::make_unique<PstExtractor>(); }

}  // namespace dsar::extractors
