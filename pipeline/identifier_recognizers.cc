// Placeholder until the identifier recognizers land.
#include "pipeline/identifier_recognizers.h"

#include "pipeline/recognizers.h"

namespace dsar {

std::vector<std::unique_ptr<Recognizer>> IdentifierRecognizers() { return {}; }
bool IsValidNhsNumber(std::string_view) { return false; }
bool IsValidUpn(std::string_view) { return false; }
bool IsValidUln(std::string_view) { return false; }
bool IsLuhnValid(std::string_view) { return false; }

}  // namespace dsar
