#include "corroborate/lexicon.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "lexicon/stem.h"

namespace corroborate {

Status Lexicon::Parse(std::string_view data, Lexicon* out) {
  Lexicon lex;
  // Stems are never longer than their words: reserved once, the views into it stay valid.
  lex.stems_.reserve(data.size());
  std::vector<std::pair<std::uint32_t, std::uint32_t>> entries;  // (stem id, group), in file order
  std::size_t line_no = 0;
  while (!data.empty()) {
    const std::size_t nl = data.find('\n');
    std::string_view line = data.substr(0, nl);
    data = nl == std::string_view::npos ? std::string_view() : data.substr(nl + 1);
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    const auto group = static_cast<std::uint32_t>(lex.groups_);
    std::size_t words = 0;
    while (!line.empty()) {
      const std::size_t sp = line.find(' ');
      const std::string_view word = line.substr(0, sp);
      line = sp == std::string_view::npos ? std::string_view() : line.substr(sp + 1);
      if (word.empty()) continue;
      for (char c : word)
        if (c < 'a' || c > 'z')
          return Status::Invalid("lexicon line " + std::to_string(line_no) +
                                 ": words are lower-case letters a-z");
      // Matching compares stems, so the table is keyed by them.
      const std::string stem = lexicon::Stem(word);
      auto it = lex.index_.find(stem);
      if (it == lex.index_.end()) {
        const std::size_t at = lex.stems_.size();
        if (at + stem.size() > lex.stems_.capacity())  // would move the views' buffer
          return Status::Invalid("lexicon line " + std::to_string(line_no) + ": a stem longer than its word");
        lex.stems_.insert(lex.stems_.end(), stem.begin(), stem.end());
        it = lex.index_.emplace(std::string_view(lex.stems_.data() + at, stem.size()),
                                static_cast<std::uint32_t>(lex.index_.size())).first;
      }
      entries.emplace_back(it->second, group);
      ++words;
    }
    if (words < 2) return Status::Invalid("lexicon line " + std::to_string(line_no) + " has fewer than two words");
    ++lex.groups_;
  }
  // Groups by stem, by a counting sort that keeps file order: each list comes out sorted,
  // and a stem twice in one group is listed once.
  lex.start_.assign(lex.index_.size() + 1, 0);
  for (const auto& e : entries) ++lex.start_[e.first + 1];
  for (std::size_t i = 1; i < lex.start_.size(); ++i) lex.start_[i] += lex.start_[i - 1];
  std::vector<std::uint32_t> next(lex.start_.begin(), lex.start_.end() - 1);
  std::vector<std::uint32_t> flat(entries.size());
  for (const auto& e : entries) flat[next[e.first]++] = e.second;
  // Drop repeats within each stem's list, packing the lists together.
  lex.flat_.reserve(flat.size());
  for (std::size_t id = 0; id + 1 < lex.start_.size(); ++id) {
    const std::uint32_t from = lex.start_[id], to = lex.start_[id + 1];
    lex.start_[id] = static_cast<std::uint32_t>(lex.flat_.size());
    for (std::uint32_t k = from; k < to; ++k)
      if (k == from || flat[k] != flat[k - 1]) lex.flat_.push_back(flat[k]);
  }
  lex.start_.back() = static_cast<std::uint32_t>(lex.flat_.size());
  *out = std::move(lex);
  return Status::Ok();
}

Lexicon::Groups Lexicon::GroupsOf(std::string_view term) const {
  const auto it = index_.find(term);
  if (it == index_.end()) return {};
  return {flat_.data() + start_[it->second], start_[it->second + 1] - start_[it->second]};
}

}  // namespace corroborate
