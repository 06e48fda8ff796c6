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
  Lexicon() = default;
  Lexicon(Lexicon&&) = default;
  Lexicon& operator=(Lexicon&&) = default;
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // One group per line, words separated by spaces; lines starting with '#' are comments.
  static Status Parse(std::string_view data, Lexicon* out);

  std::size_t groups() const { return groups_; }
  bool empty() const { return groups_ == 0; }

  // Groups of a matching term (a stem), sorted.
  struct Groups {
    const std::uint32_t* data = nullptr;
    std::size_t size = 0;
    const std::uint32_t* begin() const { return data; }
    const std::uint32_t* end() const { return data + size; }
    bool empty() const { return size == 0; }
  };
  Groups GroupsOf(std::string_view term) const;

 private:
  // Flat, so that loading the table (in browsers, before the first analysis) allocates a
  // few arrays instead of a string and a vector per word.
  // Every stem, back to back; index_'s keys view it. A vector keeps its buffer when
  // moved, so a moved Lexicon stays valid; a copy would not, hence none.
  std::vector<char> stems_;
  std::unordered_map<std::string_view, std::uint32_t> index_;  // stem (in stems_) -> id
  std::vector<std::uint32_t> start_;                      // groups of id i: flat_[start_[i], start_[i + 1])
  std::vector<std::uint32_t> flat_;
  std::size_t groups_ = 0;
};

}  // namespace corroborate

#endif  // CORROBORATE_LEXICON_H_
