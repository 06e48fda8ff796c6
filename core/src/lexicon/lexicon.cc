#include "corroborate/lexicon.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "terms/stem.h"

namespace corroborate {
namespace {

constexpr char kMagic[4] = {'C', 'L', 'E', 'X'};
constexpr std::uint32_t kVersion = 1;
constexpr std::size_t kHeaderSize = 28;
constexpr std::size_t kMaxPerStem = 255;  // a stem's letters, a stem's groups: one byte each

// a < b in byte order, as std::string_view compares them. Stems are short and most differ
// from the term sought in the first byte or two, which this tests inline, where
// std::string_view's operator< calls memcmp.
bool Before(std::string_view a, std::string_view b) {
  const std::size_t n = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[i]);
  return a.size() < b.size();
}

// Stems and the words they are made of are lower-case letters a-z.
bool IsLetter(char c) { return static_cast<unsigned char>(c - 'a') < 26; }

// The key of a stem's first two letters, in the stems' byte order ("a" < "aa"
// < "ab" < ... < "b"), or -1 for a term no stem can equal.
constexpr int kPrefixes = 26 * 27;
int PrefixKey(std::string_view s) {
  if (s.empty() || !IsLetter(s[0])) return -1;
  if (s.size() == 1) return (s[0] - 'a') * 27;
  if (!IsLetter(s[1])) return -1;
  return (s[0] - 'a') * 27 + (s[1] - 'a') + 1;
}

Status LineError(std::size_t line_no, const char* what) {
  return Status::Invalid("lexicon line " + std::to_string(line_no) + what);
}

Status TableError(const std::string& what) { return Status::Invalid("lexicon: " + what); }

// What is wrong with stem i (one function for every such message keeps Load, which a page
// compiles before its first analysis, small).
Status StemError(std::size_t i, const char* what) { return TableError("stem " + std::to_string(i) + what); }

bool LittleEndian() {
  const std::uint16_t one = 1;
  unsigned char first = 0;
  std::memcpy(&first, &one, 1);
  return first == 1;
}

std::uint32_t U32At(std::string_view data, std::size_t at) {
  const auto* b = reinterpret_cast<const unsigned char*>(data.data() + at);
  return static_cast<std::uint32_t>(b[0]) | static_cast<std::uint32_t>(b[1]) << 8 |
         static_cast<std::uint32_t>(b[2]) << 16 | static_cast<std::uint32_t>(b[3]) << 24;
}

void PutU32(std::uint32_t v, std::string* out) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>(v >> (8 * i) & 0xff));
}

// Where each part of a binary table lies (offsets from its start), from its header.
struct Layout {
  std::uint32_t groups = 0, stems = 0, entries = 0, text = 0, notice = 0;
  std::size_t lengths = 0, counts = 0, flat = 0, text_at = 0;
};

// `data` starts like a binary table (Lexicon::IsBinary).
Status ReadLayout(std::string_view data, Layout* out) {
  if (data.size() < kHeaderSize) return TableError("truncated in its header");
  const std::uint32_t version = U32At(data, 4);
  if (version != kVersion)
    return TableError("version " + std::to_string(version) + "; this engine reads version " + std::to_string(kVersion));
  Layout l;
  l.groups = U32At(data, 8);
  l.stems = U32At(data, 12);
  l.entries = U32At(data, 16);
  l.text = U32At(data, 20);
  l.notice = U32At(data, 24);
  if (l.groups > Lexicon::kMaxGroups) return TableError("more than " + std::to_string(Lexicon::kMaxGroups) + " groups");
  // In 64 bits: a corrupt header's sizes must not wrap around.
  const std::uint64_t lengths = kHeaderSize + std::uint64_t{l.notice};
  const std::uint64_t counts = lengths + l.stems;
  const std::uint64_t flat = (counts + l.stems + 1) / 2 * 2;
  const std::uint64_t text_at = flat + 2 * std::uint64_t{l.entries};
  const std::uint64_t size = text_at + l.text;
  if (size != data.size())
    return TableError("its header gives " + std::to_string(size) + " bytes, it has " + std::to_string(data.size()) +
                      " (truncated, or not one table)");
  l.lengths = static_cast<std::size_t>(lengths);
  l.counts = static_cast<std::size_t>(counts);
  l.flat = static_cast<std::size_t>(flat);
  l.text_at = static_cast<std::size_t>(text_at);
  if (l.flat != l.counts + l.stems && data[l.flat - 1] != 0) return TableError("the byte before the groups is not zero");
  *out = l;
  return Status::Ok();
}

// A table as the binary format holds it, before it is written.
struct Table {
  std::uint32_t groups = 0;
  std::vector<std::string_view> stems;  // in strict byte order
  std::vector<std::uint32_t> start;     // groups of stem i: flat[start[i], start[i + 1])
  std::vector<std::uint32_t> flat;      // each stem's groups, ascending
};

Status Write(const Table& t, std::string_view notice, std::string* out) {
  if (t.groups > Lexicon::kMaxGroups)
    return Status::Limit("a synonym table holds at most " + std::to_string(Lexicon::kMaxGroups) + " groups");
  std::string b(kMagic, sizeof kMagic);
  PutU32(kVersion, &b);
  PutU32(t.groups, &b);
  PutU32(static_cast<std::uint32_t>(t.stems.size()), &b);
  PutU32(static_cast<std::uint32_t>(t.flat.size()), &b);
  std::size_t text = 0;
  for (std::string_view s : t.stems) text += s.size();
  PutU32(static_cast<std::uint32_t>(text), &b);
  PutU32(static_cast<std::uint32_t>(notice.size()), &b);
  b.append(notice.data(), notice.size());
  for (std::string_view s : t.stems) {
    if (s.size() > kMaxPerStem) return Status::Limit("a synonym table's stems are at most 255 letters: " + std::string(s));
    b.push_back(static_cast<char>(s.size()));
  }
  for (std::size_t i = 0; i < t.stems.size(); ++i) {
    const std::uint32_t n = t.start[i + 1] - t.start[i];
    if (n > kMaxPerStem) return Status::Limit("a stem is in at most 255 groups: " + std::string(t.stems[i]));
    b.push_back(static_cast<char>(n));
  }
  if (b.size() % 2) b.push_back('\0');
  for (std::uint32_t g : t.flat) {
    b.push_back(static_cast<char>(g & 0xff));
    b.push_back(static_cast<char>(g >> 8));
  }
  for (std::string_view s : t.stems) b.append(s.data(), s.size());
  *out = std::move(b);
  return Status::Ok();
}

}  // namespace

bool Lexicon::IsBinary(std::string_view data) {
  return data.size() >= sizeof kMagic && std::memcmp(data.data(), kMagic, sizeof kMagic) == 0;
}

Status Lexicon::Parse(std::string_view data, Lexicon* out) {
  if (!IsBinary(data)) return ParseWords(data, out);
  Lexicon lex;
  lex.owned_.resize((data.size() + 1) / 2);
  std::memcpy(lex.owned_.data(), data.data(), data.size());
  const std::string_view copy(reinterpret_cast<const char*>(lex.owned_.data()), data.size());
  if (!LittleEndian()) {  // the groups are little-endian u16: swapped in the copy
    Layout l;
    if (const Status s = ReadLayout(copy, &l); !s.ok()) return s;
    for (std::size_t k = l.flat / 2; k < l.flat / 2 + l.entries; ++k)
      lex.owned_[k] = static_cast<std::uint16_t>(lex.owned_[k] << 8 | lex.owned_[k] >> 8);
  }
  if (const Status s = lex.Load(copy); !s.ok()) return s;
  *out = std::move(lex);
  return Status::Ok();
}

Status Lexicon::View(std::string_view data, Lexicon* out) {
  if (!IsBinary(data)) return TableError("not a binary table (those start with \"CLEX\")");
  if (reinterpret_cast<std::uintptr_t>(data.data()) % alignof(std::uint16_t) != 0)
    return TableError("viewed in place, a table starts at an even address");
  if (!LittleEndian()) return TableError("viewed in place on little-endian hosts only; Parse copies it");
  Lexicon lex;
  if (const Status s = lex.Load(data); !s.ok()) return s;
  *out = std::move(lex);
  return Status::Ok();
}

// Checks every part of the binary table `data` (the groups already in host order) and
// indexes it: where each stem and its groups start, and the stems of each two-letter prefix.
// In stages, each its own function: a page runs this once, before its first analysis, and
// V8 optimises a wasm function whose loops have run long enough; one function of all the
// loops would be compiled again, in the page's process, just as it is done.
Status Lexicon::Load(std::string_view data) {
  Layout l;
  if (const Status s = ReadLayout(data, &l); !s.ok()) return s;
  notice_ = data.substr(kHeaderSize, l.notice);
  text_ = data.data() + l.text_at;
  flat_ = reinterpret_cast<const std::uint16_t*>(data.data() + l.flat);
  groups_ = l.groups;
  const auto* lengths = reinterpret_cast<const unsigned char*>(data.data() + l.lengths);
  const auto* counts = reinterpret_cast<const unsigned char*>(data.data() + l.counts);
  if (const Status s = PlaceStems(lengths, counts, l.stems, l.text, l.entries); !s.ok()) return s;
  if (const Status s = CheckStems(); !s.ok()) return s;
  return CheckGroups();
}

// Where each stem and its groups start, from their lengths and counts.
Status Lexicon::PlaceStems(const unsigned char* lengths, const unsigned char* counts, std::size_t stems,
                           std::size_t text_size, std::size_t entries_size) {
  stem_at_.assign(stems + 1, 0);
  start_.assign(stems + 1, 0);
  std::uint64_t text = 0, entries = 0;
  for (std::size_t i = 0; i < stems; ++i) {
    if (lengths[i] == 0 || counts[i] == 0) return StemError(i, " is empty or in no group");
    text += lengths[i];
    entries += counts[i];
    if (text > text_size || entries > entries_size) break;
    stem_at_[i + 1] = static_cast<std::uint32_t>(text);
    start_[i + 1] = static_cast<std::uint32_t>(entries);
  }
  if (text != text_size || entries != entries_size)
    return TableError("the stems' lengths or group counts do not add up to the header's totals");
  return Status::Ok();
}

// Stems are letters a-z in strict byte order; counts them by prefix.
Status Lexicon::CheckStems() {
  const std::size_t stems = stem_at_.size() - 1;
  // Every byte of the stems a letter: one pass without branches; the stem at fault is
  // looked for only when one is not.
  unsigned not_letters = 0;
  for (std::size_t k = 0; k < stem_at_.back(); ++k) not_letters |= !IsLetter(text_[k]);
  std::string_view previous;
  by_prefix_.assign(kPrefixes + 1, 0);
  for (std::size_t i = 0; i < stems; ++i) {
    const std::string_view stem = Stem(i);
    if (not_letters && !std::all_of(stem.begin(), stem.end(), IsLetter)) return StemError(i, " is not letters a-z");
    if (!Before(previous, stem)) return StemError(i, " is out of byte order, or repeated");
    previous = stem;
    ++by_prefix_[PrefixKey(stem) + 1];
  }
  for (int p = 0; p < kPrefixes; ++p) by_prefix_[p + 1] += by_prefix_[p];
  return Status::Ok();
}

// Each stem's groups ascend, below the number of groups.
Status Lexicon::CheckGroups() const {
  for (std::size_t i = 0; i + 1 < start_.size(); ++i)
    for (std::uint32_t k = start_[i]; k < start_[i + 1]; ++k)
      if (flat_[k] >= groups_ || (k > start_[i] && flat_[k] <= flat_[k - 1]))
        return StemError(i, "'s groups do not ascend below the number of groups");
  return Status::Ok();
}

// The word table: every word is stemmed, then the stems are sorted and written as a binary
// table, which the lexicon keeps. Used at build time to make the binary table, and for tables
// callers bring.
Status Lexicon::ParseWords(std::string_view data, Lexicon* out) {
  // Stem -> id, in order of appearance. A map, not a hash map: it also yields the stems in
  // byte order, and the wasm module has a map's code anyway (less to download).
  std::map<std::string, std::uint32_t> ids;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> entries;  // (stem id, group), in file order
  std::uint32_t groups = 0;
  std::size_t line_no = 0;
  while (!data.empty()) {
    const std::size_t nl = data.find('\n');
    std::string_view line = data.substr(0, nl);
    data = nl == std::string_view::npos ? std::string_view() : data.substr(nl + 1);
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::size_t words = 0;
    while (!line.empty()) {
      const std::size_t sp = line.find(' ');
      const std::string_view word = line.substr(0, sp);
      line = sp == std::string_view::npos ? std::string_view() : line.substr(sp + 1);
      if (word.empty()) continue;
      if (!std::all_of(word.begin(), word.end(), IsLetter)) return LineError(line_no, ": words are lower-case letters a-z");
      // Matching compares stems, so the table is keyed by them.
      const auto it = ids.emplace(terms::Stem(word), static_cast<std::uint32_t>(ids.size())).first;
      entries.emplace_back(it->second, groups);
      ++words;
    }
    if (words < 2) return LineError(line_no, " has fewer than two words");
    ++groups;
  }

  // Stems in byte order: rank[id] is the stem's place in it.
  Table t;
  t.groups = groups;
  std::vector<std::uint32_t> rank(ids.size());
  for (const auto& [name, id] : ids) {
    rank[id] = static_cast<std::uint32_t>(t.stems.size());
    t.stems.push_back(name);
  }
  // Groups by stem, by a counting sort that keeps file order: each list comes out sorted,
  // and a stem twice in one group is listed once.
  std::vector<std::uint32_t> start(ids.size() + 1, 0);
  for (const auto& e : entries) ++start[rank[e.first] + 1];
  for (std::size_t i = 1; i < start.size(); ++i) start[i] += start[i - 1];
  std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
  std::vector<std::uint32_t> flat(entries.size());
  for (const auto& e : entries) flat[next[rank[e.first]]++] = e.second;
  t.start.push_back(0);
  for (std::size_t i = 0; i + 1 < start.size(); ++i) {
    for (std::uint32_t k = start[i]; k < start[i + 1]; ++k)
      if (k == start[i] || flat[k] != flat[k - 1]) t.flat.push_back(flat[k]);
    t.start.push_back(static_cast<std::uint32_t>(t.flat.size()));
  }
  std::string binary;
  if (const Status s = Write(t, {}, &binary); !s.ok()) return s;
  return Parse(binary, out);
}

std::string Lexicon::Binary(std::string_view notice) const {
  Table t;
  t.groups = static_cast<std::uint32_t>(groups_);
  const std::size_t stems = stem_at_.empty() ? 0 : stem_at_.size() - 1;
  for (std::size_t i = 0; i < stems; ++i) t.stems.push_back(Stem(i));
  t.start.assign(start_.begin(), start_.end());
  if (t.start.empty()) t.start.push_back(0);
  t.flat.assign(flat_, flat_ + t.start.back());
  std::string out;
  Write(t, notice, &out);  // cannot fail: a loaded table is within the format's limits
  return out;
}

std::string_view Lexicon::Stem(std::size_t i) const {
  return {text_ + stem_at_[i], stem_at_[i + 1] - stem_at_[i]};
}

Lexicon::Groups Lexicon::GroupsOf(std::string_view term) const {
  const int p = PrefixKey(term);
  if (p < 0 || by_prefix_.empty()) return {};
  std::size_t lo = by_prefix_[p], hi = by_prefix_[p + 1];
  const std::size_t end = hi;
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (Before(Stem(mid), term)) lo = mid + 1; else hi = mid;
  }
  if (lo == end || Stem(lo) != term) return {};
  return {flat_ + start_[lo], start_[lo + 1] - start_[lo]};
}

}  // namespace corroborate
