// Small fixed tables of folded words (stop words, number words, abbreviations, cue words)
// that the front end consults for nearly every token. A linear scan of such a table with
// std::string compares was most of the tokenizer's time; here a word only meets the
// entries that share its first byte, and a length check settles most of those.
#ifndef CORROBORATE_TEXT_WORD_TABLE_H_
#define CORROBORATE_TEXT_WORD_TABLE_H_

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

namespace corroborate {
namespace text {

template <typename V>
class WordTable {
 public:
  struct Entry {
    std::string_view word;
    V value;
  };

  WordTable(std::initializer_list<Entry> entries) : WordTable(std::vector<Entry>(entries)) {}

  // A word listed twice keeps its first value, as a scan from the front would.
  explicit WordTable(std::vector<Entry> entries) : entries_(std::move(entries)) {
    std::stable_sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
      return First(a.word) < First(b.word);
    });
    std::size_t e = 0;
    for (std::size_t c = 0; c < begin_.size(); ++c) {
      while (e < entries_.size() && static_cast<std::size_t>(First(entries_[e].word)) < c) ++e;
      begin_[c] = static_cast<std::uint32_t>(e);
    }
  }

  // The value listed for `w`, or null.
  const V* Find(std::string_view w) const {
    const int c = First(w);
    for (std::uint32_t i = begin_[c], end = begin_[c + 1]; i < end; ++i)
      if (entries_[i].word == w) return &entries_[i].value;
    return nullptr;
  }

 private:
  // Buckets by first byte; the empty word has bucket 256, after every byte.
  static int First(std::string_view w) { return w.empty() ? 256 : static_cast<unsigned char>(w[0]); }

  std::vector<Entry> entries_;
  std::array<std::uint32_t, 258> begin_{};
};

// A set of words: a table whose values say nothing.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) : table_(Entries(words)) {}
  template <typename Words>
  explicit WordSet(const Words& words) : table_(Entries(words)) {}
  bool Has(std::string_view w) const { return table_.Find(w) != nullptr; }

 private:
  template <typename Words>
  static std::vector<WordTable<bool>::Entry> Entries(const Words& words) {
    std::vector<WordTable<bool>::Entry> entries;
    for (std::string_view w : words) entries.push_back({w, true});
    return entries;
  }
  WordTable<bool> table_;
};

}  // namespace text
}  // namespace corroborate

#endif  // CORROBORATE_TEXT_WORD_TABLE_H_
