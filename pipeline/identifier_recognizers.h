// Recognizers for identifiers with validation: checksums and format rules
// cut false positives; formats are tolerant of spaces. Categories:
// NHS_NUMBER, UPN, ULN, BANK, CARD, IP, VEHICLE, DATE_OF_BIRTH, ADDRESS.
#ifndef DSAR_PIPELINE_IDENTIFIER_RECOGNIZERS_H_
#define DSAR_PIPELINE_IDENTIFIER_RECOGNIZERS_H_

#include <memory>
#include <string_view>
#include <vector>

namespace dsar {

class Recognizer;

// The identifier recognizers, in a fixed order.
std::vector<std::unique_ptr<Recognizer>> IdentifierRecognizers();

// Validators, exposed for tests. Spaces and hyphens are ignored.
bool IsValidNhsNumber(std::string_view s);  // 10 digits, mod-11 check digit
bool IsValidUpn(std::string_view s);        // check letter + 12 characters (DfE)
bool IsValidUln(std::string_view s);        // 10 digits, check digit (ESFA)
bool IsLuhnValid(std::string_view s);       // payment cards, 13-19 digits

}  // namespace dsar

#endif  // DSAR_PIPELINE_IDENTIFIER_RECOGNIZERS_H_
