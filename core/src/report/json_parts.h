// How the sentences of a report are cut up to be written on several threads
// (report/json.cc); here so that tests can put sentences on both sides of every cut.
#ifndef CORROBORATE_REPORT_JSON_PARTS_H_
#define CORROBORATE_REPORT_JSON_PARTS_H_

#include <cstddef>

namespace corroborate {
namespace json_parts {

// Sentences a thread writes at a time: enough that taking the next part costs nothing,
// few enough that the threads finish together.
constexpr std::size_t kSentences = 64;
// Parts written before they are passed on: a large report is never held whole.
constexpr std::size_t kWave = 64;

}  // namespace json_parts
}  // namespace corroborate

#endif  // CORROBORATE_REPORT_JSON_PARTS_H_
