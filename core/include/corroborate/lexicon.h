// Lexicon: synonym groups that let matching see "talk" in "conversation". Optional data,
// built from WordNet at build time (tools/make_lexicon.py), loaded once and shared.
//
//   corroborate::Lexicon lexicon;
//   corroborate::Status s = corroborate::Lexicon::Parse(text_of_the_table, &lexicon);
//   corroborate::Options options;
//   options.lexicon = &lexicon;  // not owned; must outlive the Analyze call
//
// Two formats, told apart by the first line that is not a comment ('#'):
// - a word table: one group per line, words (a-z) separated by spaces; every word is
//   stemmed while loading, since matching compares stems;
// - a stem index (what the build ships, made from the word table by Lexicon::Index()):
//   "@stems N" (N groups), then one line per stem in byte order: the stem, the number of
//   its first group, and the gaps to its next ones, e.g. "talk 0 2" for groups 0 and 2.
//   Loading it stems nothing, hashes nothing and sorts nothing: one pass over the text.
// Both load to the same table.
#ifndef CORROBORATE_LEXICON_H_
#define CORROBORATE_LEXICON_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/status.h"

namespace corroborate {

class Lexicon {
 public:
  Lexicon() = default;
  Lexicon(Lexicon&&) = default;
  Lexicon& operator=(Lexicon&&) = default;
  // Shared, not copied: a table is loaded once per process or wasm instance.
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // A word table or a stem index (see above); lines starting with '#' are comments.
  static Status Parse(std::string_view data, Lexicon* out);

  // This table as a stem index: what Parse reads back to the same table, with no stemming.
  // `header` (comment lines, each starting with '#' and ending with '\n') goes first.
  std::string Index(std::string_view header = {}) const;

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
  static Status ParseWords(std::string_view data, Lexicon* out);
  static Status ParseIndex(std::string_view data, std::size_t line_no, Lexicon* out);
  std::string_view Stem(std::size_t i) const;
  void IndexPrefixes();

  // Flat and sorted, so that loading the table (in browsers, before the first analysis)
  // fills a few arrays instead of a hash map, and a term is found by binary search among
  // the stems that share its first two letters (an analysis looks up each distinct term once).
  struct Place {
    std::uint32_t at, size;
  };
  std::string text_;                  // the stems' bytes: the index as loaded, or the stems
  std::vector<Place> stems_;          // stem i: text_[at, at + size), in byte order
  std::vector<std::uint32_t> start_;  // groups of stem i: flat_[start_[i], start_[i + 1])
  std::vector<std::uint32_t> flat_;   // each stem's groups, ascending
  // Stems by their first two letters: those of prefix p are [by_prefix_[p], by_prefix_[p + 1]),
  // so that a look-up searches a few dozen stems, not all of them.
  std::vector<std::uint32_t> by_prefix_;
  std::size_t groups_ = 0;
};

}  // namespace corroborate

#endif  // CORROBORATE_LEXICON_H_
