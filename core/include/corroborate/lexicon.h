// Lexicon: synonym groups that let matching see "talk" in "conversation". Optional data,
// built from WordNet at build time (tools/make_lexicon.py), loaded once and shared.
//
//   corroborate::Lexicon lexicon;
//   corroborate::Status s = corroborate::Lexicon::Parse(bytes_of_the_table, &lexicon);
//   corroborate::Options options;
//   options.lexicon = &lexicon;  // not owned; must outlive the Analyze call
//
// Two formats, told apart by their first bytes:
// - a word table (text): one group per line, words (a-z) separated by spaces, '#' starts a
//   comment line; every word is stemmed while loading, since matching compares stems;
// - the binary table the build ships (Binary(), made from the word table at build time), whose
//   stems and groups are used where they lie: loading stems, sorts and parses nothing, it
//   checks every byte once and notes where each stem starts. Little-endian throughout:
//     "CLEX", u32 version (1), u32 N groups, u32 S stems, u32 F (stem, group) entries,
//     u32 T bytes of stems, u32 K bytes of notice;
//     the notice (K bytes of text: where the data comes from, its licence);
//     S u8: each stem's length (1-255), in stem order;
//     S u8: each stem's number of groups (1-255);
//     a zero byte if needed, so that the groups start at an even offset;
//     F u16: each stem's groups, ascending, each below N;
//     T bytes: the stems (a-z), in strict byte order, one after another.
// A table holds at most kMaxGroups groups. Both formats load to the same table.
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
  static constexpr std::size_t kMaxGroups = 65536;

  Lexicon() = default;
  Lexicon(Lexicon&&) = default;
  Lexicon& operator=(Lexicon&&) = default;
  // Shared, not copied: a table is loaded once per process or wasm instance.
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // A word table or a binary table (see above). Keeps its own copy: `data` may go after.
  static Status Parse(std::string_view data, Lexicon* out);
  // A binary table used in place, not copied: `data` must outlive `out` and start at an even
  // address (malloc's blocks and EmbeddedLexicon() do). Little-endian hosts only (wasm, x86,
  // ARM); Parse() reads it anywhere.
  static Status View(std::string_view data, Lexicon* out);
  // Whether `data` starts like a binary table.
  static bool IsBinary(std::string_view data);

  // This table in the binary format, `notice` (text) in it: what Parse and View read back
  // to the same table.
  std::string Binary(std::string_view notice = {}) const;

  std::size_t groups() const { return groups_; }
  bool empty() const { return groups_ == 0; }
  // The notice a binary table carries (empty for a word table).
  std::string_view notice() const { return notice_; }

  // Groups of a matching term (a stem), ascending.
  struct Groups {
    const std::uint16_t* data = nullptr;
    std::size_t size = 0;
    const std::uint16_t* begin() const { return data; }
    const std::uint16_t* end() const { return data + size; }
    bool empty() const { return size == 0; }
  };
  Groups GroupsOf(std::string_view term) const;

 private:
  static Status ParseWords(std::string_view data, Lexicon* out);
  Status Load(std::string_view data);
  Status PlaceStems(const unsigned char* lengths, const unsigned char* counts, std::size_t stems,
                    std::size_t text_size, std::size_t entries_size);
  Status CheckStems();
  Status CheckGroups() const;
  std::string_view Stem(std::size_t i) const;

  // A copy of the binary table, when this lexicon keeps one (Parse); its buffer does not move
  // when the lexicon does, so the views below stay valid.
  std::vector<std::uint16_t> owned_;
  std::string_view notice_;
  const char* text_ = nullptr;             // the stems' bytes, in the table
  const std::uint16_t* flat_ = nullptr;    // the stems' groups, in the table
  std::vector<std::uint32_t> stem_at_;     // stem i: text_[stem_at_[i], stem_at_[i + 1])
  std::vector<std::uint32_t> start_;       // groups of stem i: flat_[start_[i], start_[i + 1])
  // Stems by their first two letters: those of prefix p are [by_prefix_[p], by_prefix_[p + 1]),
  // so that a look-up searches a few dozen stems by binary search, not all of them.
  std::vector<std::uint32_t> by_prefix_;
  std::size_t groups_ = 0;
};

}  // namespace corroborate

#endif  // CORROBORATE_LEXICON_H_
