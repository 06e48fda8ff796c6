// Lexicon: synonym groups that let matching see "talk" in "conversation". Optional data,
// built from WordNet at build time (tools/make_lexicon.py), loaded once and shared.
//
//   corroborate::Lexicon lexicon;
//   corroborate::Status s = corroborate::Lexicon::Parse(text_of_the_table, &lexicon);
//   corroborate::Options options;
//   options.lexicon = &lexicon;  // not owned; must outlive the Analyze call
#ifndef CORROBORATE_LEXICON_H_
#define CORROBORATE_LEXICON_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "corroborate/status.h"

namespace corroborate {

class Lexicon {
 public:
  // One group per line, words separated by spaces; lines starting with '#' are comments.
  static Status Parse(std::string_view data, Lexicon* out);

  std::size_t groups() const { return groups_; }
  bool empty() const { return groups_ == 0; }

  // Groups of a matching term (a stem), sorted; nullptr when it has none.
  const std::vector<std::uint32_t>* GroupsOf(const std::string& term) const;

 private:
  std::unordered_map<std::string, std::vector<std::uint32_t>> groups_of_;
  std::size_t groups_ = 0;
};

}  // namespace corroborate

#endif  // CORROBORATE_LEXICON_H_
