#include "pipeline/deadline.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace dsar {
namespace {

using namespace std::chrono;

bool Parse(const std::string& s, sys_days* out) {
  int y = 0;
  unsigned m = 0, d = 0;
  char tail = 0;
  if (s.size() != 10 || std::sscanf(s.c_str(), "%4d-%2u-%2u%c", &y, &m, &d, &tail) != 3) return false;
  year_month_day ymd{year{y}, month{m}, day{d}};
  if (!ymd.ok()) return false;
  *out = sys_days{ymd};
  return true;
}

std::string Format(sys_days sd) {
  year_month_day v{sd};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(v.year()),
                static_cast<unsigned>(v.month()), static_cast<unsigned>(v.day()));
  return buf;
}

bool Contains(const std::vector<std::string>& sorted, const std::string& v) {
  return std::binary_search(sorted.begin(), sorted.end(), v);
}

bool IsWeekend(sys_days d) {
  weekday wd{d};
  return wd == Saturday || wd == Sunday;
}

}  // namespace

bool IsIsoDate(const std::string& s) {
  sys_days d;
  return Parse(s, &d);
}

std::string AddMonthsRule(const std::string& start, int months,
                          const std::vector<std::string>& bank_holidays) {
  sys_days s;
  if (!Parse(start, &s)) return "";
  year_month_day ymd{s};
  year_month target = year_month{ymd.year(), ymd.month()} + std::chrono::months{months};
  year_month_day due{target.year(), target.month(), ymd.day()};
  if (!due.ok()) due = year_month_day{year_month_day_last{target.year(), month_day_last{target.month()}}};
  sys_days d{due};
  while (IsWeekend(d) || Contains(bank_holidays, Format(d))) d += days{1};
  return Format(d);
}

Result<std::string> AddSchoolDays(const std::string& start, int n, const std::vector<TermDates>& terms,
                                  const std::vector<std::string>& closures,
                                  const std::vector<std::string>& bank_holidays) {
  sys_days d;
  if (!Parse(start, &d)) return Status::InvalidInput("'" + start + "' is not a date (YYYY-MM-DD)");
  if (terms.empty()) {
    return Status::InvalidInput("no school calendar: add [school_calendar] terms to the policy, "
                                "or pass --calendar FILE");
  }
  std::string last_term_end;
  for (const TermDates& t : terms) last_term_end = std::max(last_term_end, t.end);
  int counted = 0;
  while (counted < n) {
    d += days{1};
    std::string iso = Format(d);
    if (iso > last_term_end) {
      return Status::InvalidInput("the school calendar ends on " + last_term_end + " before " +
                                  std::to_string(n) + " school days have passed: add later terms");
    }
    bool in_term = std::any_of(terms.begin(), terms.end(),
                               [&](const TermDates& t) { return t.start <= iso && iso <= t.end; });
    if (in_term && !IsWeekend(d) && !Contains(bank_holidays, iso) && !Contains(closures, iso)) {
      ++counted;
    }
  }
  return Format(d);
}

Result<Deadline> ComputeDeadline(const DeadlineInput& in, const Policy& policy) {
  if (!IsIsoDate(in.received)) {
    return Status::InvalidInput("received date '" + in.received + "' is not a date (YYYY-MM-DD)");
  }
  if (!in.id_received.empty() && !IsIsoDate(in.id_received)) {
    return Status::InvalidInput("ID received date '" + in.id_received + "' is not a date (YYYY-MM-DD)");
  }
  if (!in.id_received.empty() && in.id_received < in.received) {
    return Status::InvalidInput("ID received (" + in.id_received + ") is before the request (" +
                                in.received + ")");
  }
  Deadline d;
  d.start = in.id_received.empty() ? in.received : in.id_received;
  d.extended = in.extended;
  if (in.school_days > 0) {
    Result<std::string> due =
        AddSchoolDays(d.start, in.school_days, policy.terms, policy.closures, policy.bank_holidays);
    if (!due.ok()) return due.status();
    d.due = d.standard_due = *due;
    d.extended = false;
    d.rule = std::to_string(in.school_days) +
             " school days after receipt (educational record; Education (Pupil Information) "
             "(England) Regulations 2005, regulation 5)";
    return d;
  }
  d.standard_due = AddMonthsRule(d.start, policy.deadline_months, policy.bank_holidays);
  d.due = in.extended ? AddMonthsRule(d.start, policy.deadline_months + policy.extension_months,
                                      policy.bank_holidays)
                      : d.standard_due;
  d.rule = std::to_string(policy.deadline_months) + " calendar month(s) from " +
           (in.id_received.empty() ? "receipt" : "receipt of ID or clarification") +
           (in.extended ? ", extended by " + std::to_string(policy.extension_months) +
                              " months (complex or numerous; the requester must be told by " +
                              d.standard_due + ")"
                        : "") +
           "; next working day if it falls on a weekend or bank holiday (ICO)";
  return d;
}

int DaysBetween(const std::string& from, const std::string& to) {
  sys_days a, b;
  if (!Parse(from, &a) || !Parse(to, &b)) return 0;
  return static_cast<int>((b - a).count());
}

std::string Today() {
  std::time_t t;
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    t = static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
  } else {
    t = system_clock::to_time_t(system_clock::now());
  }
  return Format(floor<days>(system_clock::from_time_t(t)));
}

}  // namespace dsar
