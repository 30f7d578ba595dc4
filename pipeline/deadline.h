// Statutory deadlines for subject access requests (docs/deadlines.md).
//
// The ICO's rule since August 2019: the period starts on the day of receipt
// (day one, working day or not) and ends on the corresponding calendar date
// of the next month; when that month has no such date, on its last day; when
// the end falls on a weekend or bank holiday, on the next working day. When
// ID or clarification is needed, the month runs from the day it arrives. An
// extension for complex or numerous requests adds two further months, and
// the requester must be told within the first month. A parent's request to
// see the educational record runs for 15 school days.
#ifndef DSAR_PIPELINE_DEADLINE_H_
#define DSAR_PIPELINE_DEADLINE_H_

#include <string>
#include <vector>

#include "pipeline/model/status.h"
#include "pipeline/policy.h"

namespace dsar {

struct DeadlineInput {
  std::string received;     // YYYY-MM-DD
  std::string id_received;  // YYYY-MM-DD; empty when ID is not (or no longer) awaited
  bool extended = false;
  int school_days = 0;      // > 0: count school days instead of months
};

struct Deadline {
  std::string start;           // the day the clock started (receipt, or ID)
  std::string due;             // the response is due by this date
  std::string standard_due;    // due date without extension (= extension notice deadline)
  bool extended = false;
  std::string rule;            // the rule applied, in words
};

// `months` calendar months after `start` (the day of receipt is day one: 3
// September -> 3 October), the last day of the month when there is no such
// date, then moved past weekends and `bank_holidays`.
std::string AddMonthsRule(const std::string& start, int months,
                          const std::vector<std::string>& bank_holidays);

// The `n`th school day after `start` (the day of receipt is not counted):
// days inside a term, Monday to Friday, not a bank holiday or closure.
// Fails if the calendar has no terms covering that far.
Result<std::string> AddSchoolDays(const std::string& start, int n, const std::vector<TermDates>& terms,
                                  const std::vector<std::string>& closures,
                                  const std::vector<std::string>& bank_holidays);

Result<Deadline> ComputeDeadline(const DeadlineInput& in, const Policy& policy);

// Whole days from `from` to `to` (negative when `to` is earlier); both
// YYYY-MM-DD. Returns 0 for unparsable input.
int DaysBetween(const std::string& from, const std::string& to);

// Today's date (UTC, or SOURCE_DATE_EPOCH) as YYYY-MM-DD.
std::string Today();

// True if `s` is a real date written YYYY-MM-DD.
bool IsIsoDate(const std::string& s);

}  // namespace dsar

#endif  // DSAR_PIPELINE_DEADLINE_H_
