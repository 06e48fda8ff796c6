// Small fixed tables of folded words (stop words, number words, abbreviations, cue words)
// that the front end consults for nearly every token. A linear scan of such a table with
// std::string compares would be most of the tokenizer's time; here a word is hashed to a bucket
// of one or two entries, and a length check settles most of those.
#ifndef CORROBORATE_TEXT_WORD_TABLE_H_
#define CORROBORATE_TEXT_WORD_TABLE_H_

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

  // A word listed twice keeps its first value, as a scan from the front would: entries are
  // placed bucket by bucket in their listed order (a counting sort: no sort template per
  // value type in the wasm module).
  explicit WordTable(std::vector<Entry> entries) {
    while ((std::size_t{1} << bits_) < 2 * entries.size()) ++bits_;
    begin_.assign((std::size_t{1} << bits_) + 1, 0);
    for (const Entry& e : entries) ++begin_[Bucket(e.word) + 1];
    for (std::size_t b = 1; b < begin_.size(); ++b) begin_[b] += begin_[b - 1];
    std::vector<std::uint32_t> next(begin_.begin(), begin_.end() - 1);
    entries_.resize(entries.size());
    for (Entry& e : entries) entries_[next[Bucket(e.word)]++] = std::move(e);
  }

  // The value listed for `w`, or null.
  const V* Find(std::string_view w) const {
    const std::size_t b = Bucket(w);
    for (std::uint32_t i = begin_[b], end = begin_[b + 1]; i < end; ++i) {
      const std::string_view e = entries_[i].word;
      // Words sharing a bucket mostly differ in length or first byte: no memcmp call.
      if (e.size() == w.size() && (e.empty() || e[0] == w[0]) && e == w) return &entries_[i].value;
    }
    return nullptr;
  }

 private:
  // A hash of the length and the first and last bytes: cheap, and enough to leave most
  // buckets with one word or none, so that a miss rarely compares any bytes.
  std::size_t Bucket(std::string_view w) const {
    if (w.empty()) return 0;
    const std::uint32_t key = static_cast<unsigned char>(w.front()) |
                              static_cast<std::uint32_t>(static_cast<unsigned char>(w.back())) << 8 |
                              static_cast<std::uint32_t>(w.size() & 0xFFFF) << 16;
    return (key * 0x9E3779B1u) >> (32 - bits_);
  }

  std::vector<Entry> entries_;
  std::vector<std::uint32_t> begin_;  // entries of bucket b: [begin_[b], begin_[b + 1])
  int bits_ = 4;
};

// A set of words: a table whose values say nothing.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) : table_(Entries(words)) {}
  template <std::size_t N>
  explicit WordSet(const std::array<std::string_view, N>& words) : table_(Entries(words)) {}
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
