#include "corroborate/lexicon.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "terms/stem.h"

namespace corroborate {
namespace {

constexpr std::string_view kIndexTag = "@stems";

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

}  // namespace

Status Lexicon::Parse(std::string_view data, Lexicon* out) {
  // The first line that is not a comment tells the format.
  std::size_t line_no = 0;
  for (std::size_t at = 0; at < data.size();) {
    std::size_t nl = data.find('\n', at);
    if (nl == std::string_view::npos) nl = data.size();
    ++line_no;
    const std::string_view line = data.substr(at, nl - at);
    if (!line.empty() && line[0] != '#') {
      if (line.substr(0, kIndexTag.size()) == kIndexTag) return ParseIndex(data.substr(at), line_no, out);
      break;
    }
    at = nl + 1;
  }
  return ParseWords(data, out);
}

// The word table: every word is stemmed, then the stems are sorted. Used at build time to
// make the index, and for tables callers bring.
Status Lexicon::ParseWords(std::string_view data, Lexicon* out) {
  // Stems are never longer than their words: reserved once, the views into it stay valid.
  std::string text;
  text.reserve(data.size());
  // Stem (in text) -> id, in order of appearance. A map, not a hash map: it also yields the
  // stems in byte order, and the wasm module has a map's code anyway (less to download).
  std::map<std::string_view, std::uint32_t> ids;
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
      for (char c : word)
        if (!IsLetter(c)) return LineError(line_no, ": words are lower-case letters a-z");
      // Matching compares stems, so the table is keyed by them.
      const std::string stem = terms::Stem(word);
      auto it = ids.find(stem);
      if (it == ids.end()) {
        const std::size_t at = text.size();
        if (at + stem.size() > text.capacity())  // would move the views' buffer
          return LineError(line_no, ": a stem longer than its word");
        text += stem;
        it = ids.emplace(std::string_view(text.data() + at, stem.size()), static_cast<std::uint32_t>(ids.size())).first;
      }
      entries.emplace_back(it->second, groups);
      ++words;
    }
    if (words < 2) return LineError(line_no, " has fewer than two words");
    ++groups;
  }

  // Stems in byte order: rank[id] is the stem's place in it.
  std::vector<std::uint32_t> rank(ids.size());
  Lexicon lex;
  lex.groups_ = groups;
  lex.text_.reserve(text.size());
  lex.stems_.reserve(ids.size());
  std::uint32_t r = 0;
  for (const auto& [name, id] : ids) {
    rank[id] = r++;
    lex.stems_.push_back({static_cast<std::uint32_t>(lex.text_.size()), static_cast<std::uint32_t>(name.size())});
    lex.text_.append(name.data(), name.size());
  }

  // Groups by stem, by a counting sort that keeps file order: each list comes out sorted,
  // and a stem twice in one group is listed once.
  lex.start_.assign(ids.size() + 1, 0);
  for (const auto& e : entries) ++lex.start_[rank[e.first] + 1];
  for (std::size_t i = 1; i < lex.start_.size(); ++i) lex.start_[i] += lex.start_[i - 1];
  std::vector<std::uint32_t> next(lex.start_.begin(), lex.start_.end() - 1);
  std::vector<std::uint32_t> flat(entries.size());
  for (const auto& e : entries) flat[next[rank[e.first]]++] = e.second;
  // Drop repeats within each stem's list, packing the lists together.
  lex.flat_.reserve(flat.size());
  for (std::size_t i = 0; i + 1 < lex.start_.size(); ++i) {
    const std::uint32_t from = lex.start_[i], to = lex.start_[i + 1];
    lex.start_[i] = static_cast<std::uint32_t>(lex.flat_.size());
    for (std::uint32_t k = from; k < to; ++k)
      if (k == from || flat[k] != flat[k - 1]) lex.flat_.push_back(flat[k]);
  }
  lex.start_.back() = static_cast<std::uint32_t>(lex.flat_.size());
  lex.IndexPrefixes();
  *out = std::move(lex);
  return Status::Ok();
}

// The stem index, from its "@stems N" line on (line number line_no): one pass, checking
// as it goes that stems are a-z in strict byte order and groups ascend below N. It runs
// before a page's first analysis, in the browser's first-tier code, so it copies the text
// once and keeps it (stems are places in it, not copies), and scans that copy up to its
// terminating '\0' (a stop for every scan below) instead of testing for the end at each byte.
Status Lexicon::ParseIndex(std::string_view data, std::size_t line_no, Lexicon* out) {
  if (data.size() >= 0xffffffffu) return Status::Limit("the lexicon is larger than 4 GB");
  Lexicon lex;
  lex.text_.assign(data.data(), data.size());
  const char* const base = lex.text_.c_str();
  const char* const end = base + lex.text_.size();
  const char* p = base + kIndexTag.size();
  auto digit = [](char c) { return static_cast<unsigned char>(c - '0') < 10; };
  // A decimal number of at most nine digits (so it fits in 32 bits) at p, or false.
  auto number = [&](std::uint32_t* value) {
    const char* const from = p;
    std::uint32_t v = 0;
    for (; digit(*p); ++p) v = v * 10 + static_cast<std::uint32_t>(*p - '0');
    *value = v;
    return p != from && p - from <= 9;
  };
  std::uint32_t groups = 0;
  if (*p++ != ' ' || !number(&groups) || (*p != '\n' && p != end))
    return LineError(line_no, ": the index starts with \"@stems N\", N the number of groups");
  lex.groups_ = groups;
  lex.start_.push_back(0);
  std::string_view previous;  // the last stem
  while (p < end) {
    ++p;  // the line break
    ++line_no;
    if (*p == '\n') continue;
    if (*p == '#') {
      while (p < end && *p != '\n') ++p;
      continue;
    }
    if (p == end) break;
    const char* const stem = p;
    while (IsLetter(*p)) ++p;
    const std::string_view name(stem, static_cast<std::size_t>(p - stem));
    if (name.empty() || *p != ' ') return LineError(line_no, ": a stem (letters a-z), then the numbers of its groups");
    if (!Before(previous, name)) return LineError(line_no, ": stems must be in byte order, each once");
    previous = name;
    lex.stems_.push_back({static_cast<std::uint32_t>(stem - base), static_cast<std::uint32_t>(name.size())});
    std::uint32_t group = 0;
    for (bool first = true; *p == ' '; first = false) {
      ++p;
      std::uint32_t n = 0;
      if (!number(&n)) return LineError(line_no, ": groups are numbers of at most nine digits");
      if (!first && n == 0) return LineError(line_no, ": a stem's groups ascend (gaps are at least 1)");
      group += n;
      if (group >= groups) return LineError(line_no, ": a group number not below N of \"@stems N\"");
      lex.flat_.push_back(group);
    }
    if (*p != '\n' && p != end) return LineError(line_no, ": a stem (letters a-z), then the numbers of its groups");
    lex.start_.push_back(static_cast<std::uint32_t>(lex.flat_.size()));
  }
  lex.IndexPrefixes();
  *out = std::move(lex);
  return Status::Ok();
}

std::string Lexicon::Index(std::string_view header) const {
  std::string out(header);
  out += kIndexTag;
  out += ' ';
  out += std::to_string(groups_);
  out += '\n';
  for (std::size_t i = 0; i + 1 < start_.size(); ++i) {
    out += Stem(i);
    std::uint32_t previous = 0;
    for (std::uint32_t k = start_[i]; k < start_[i + 1]; ++k) {
      out += ' ';
      out += std::to_string(flat_[k] - previous);
      previous = flat_[k];
    }
    out += '\n';
  }
  return out;
}

std::string_view Lexicon::Stem(std::size_t i) const {
  return {text_.data() + stems_[i].at, stems_[i].size};
}

void Lexicon::IndexPrefixes() {
  by_prefix_.assign(kPrefixes + 1, 0);
  std::size_t i = 0;
  for (int p = 0; p <= kPrefixes; ++p) {
    while (i < stems_.size() && PrefixKey(Stem(i)) < p) ++i;
    by_prefix_[p] = static_cast<std::uint32_t>(i);
  }
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
  return {flat_.data() + start_[lo], start_[lo + 1] - start_[lo]};
}

}  // namespace corroborate
