#include "corroborate/lexicon.h"

#include <algorithm>

#include "lexicon/stem.h"

namespace corroborate {

Status Lexicon::Parse(std::string_view data, Lexicon* out) {
  Lexicon lex;
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
      auto& groups = lex.groups_of_[lexicon::Stem(std::string(word))];
      if (groups.empty() || groups.back() != group) groups.push_back(group);
      ++words;
    }
    if (words < 2) return Status::Invalid("lexicon line " + std::to_string(line_no) + " has fewer than two words");
    ++lex.groups_;
  }
  *out = std::move(lex);
  return Status::Ok();
}

const std::vector<std::uint32_t>* Lexicon::GroupsOf(const std::string& term) const {
  auto it = groups_of_.find(term);
  return it == groups_of_.end() ? nullptr : &it->second;
}

}  // namespace corroborate
