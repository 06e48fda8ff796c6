#include "terms/aliases.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/word_table.h"

namespace corroborate {
namespace terms {
namespace {

// Entity, then its names (folded, words separated by spaces; "u.s" is how the tokenizer
// folds "U.S."). Capitals are listed where news uses them for the government.
struct Entity {
  const char* id;
  const char* names[12];
};

constexpr Entity kEntities[] = {
    {"@us", {"united states of america", "united states", "u.s.a", "u.s", "usa", "america",
             "american", "americans", "washington"}},
    {"@china", {"people's republic of china", "china", "chinese", "beijing", "prc"}},
    {"@uk", {"united kingdom", "u.k", "uk", "britain", "great britain", "british", "london"}},
    {"@russia", {"russian federation", "russia", "russian", "russians", "moscow", "kremlin"}},
    {"@ukraine", {"ukraine", "ukrainian", "ukrainians", "kyiv", "kiev"}},
    {"@japan", {"japan", "japanese", "tokyo"}},
    {"@india", {"india", "indian", "indians", "new delhi"}},
    {"@germany", {"germany", "german", "germans", "berlin"}},
    {"@france", {"france", "french", "paris", "elysee"}},
    {"@canada", {"canada", "canadian", "canadians", "ottawa"}},
    {"@mexico", {"mexico", "mexican", "mexicans"}},
    {"@brazil", {"brazil", "brazilian", "brasilia"}},
    {"@iran", {"iran", "iranian", "iranians", "tehran"}},
    {"@israel", {"israel", "israeli", "israelis"}},
    {"@taiwan", {"taiwan", "taiwanese", "taipei"}},
    {"@korea_s", {"south korea", "south korean", "seoul", "republic of korea"}},
    {"@korea_n", {"north korea", "north korean", "pyongyang", "dprk"}},
    {"@italy", {"italy", "italian", "italians", "rome"}},
    {"@spain", {"spain", "spanish", "madrid"}},
    {"@turkey", {"turkey", "turkish", "ankara", "turkiye"}},
    {"@saudi", {"saudi arabia", "saudi", "saudis", "riyadh"}},
    {"@egypt", {"egypt", "egyptian", "cairo"}},
    {"@australia", {"australia", "australian", "australians", "canberra"}},
    {"@pakistan", {"pakistan", "pakistani", "islamabad"}},
    {"@vietnam", {"vietnam", "vietnamese", "hanoi"}},
    {"@eu", {"european union", "e.u", "eu", "brussels"}},
    {"@un", {"united nations", "u.n", "un"}},
    {"@nato", {"north atlantic treaty organization", "nato"}},
    {"@who", {"world health organization"}},
    {"@imf", {"international monetary fund", "imf"}},
    {"@wto", {"world trade organization", "wto"}},
    {"@fed", {"federal reserve", "the fed"}},
};

// Splits "united states" into words.
std::vector<std::string_view> Words(std::string_view phrase) {
  std::vector<std::string_view> out;
  while (!phrase.empty()) {
    const auto sp = phrase.find(' ');
    out.push_back(phrase.substr(0, sp));
    if (sp == std::string_view::npos) break;
    phrase.remove_prefix(sp + 1);
  }
  return out;
}

struct Name {
  std::vector<std::string_view> words;
  const char* id;
};

// Names by their first word, longest first; built once. Looked up for nearly every
// token, so kept in a WordTable (text/word_table.h), not a general-purpose hash map.
const text::WordTable<std::vector<Name>>& NamesByFirstWord() {
  static const auto* index = [] {
    std::unordered_map<std::string_view, std::vector<Name>> m;
    for (const Entity& e : kEntities)
      for (const char* name : e.names) {
        if (!name) break;
        Name n{Words(name), e.id};
        m[n.words[0]].push_back(std::move(n));
      }
    // Longest first, in table order otherwise: an insertion sort of a few names (a
    // stable_sort here cost the wasm module 3 KB of code).
    std::vector<text::WordTable<std::vector<Name>>::Entry> entries;
    for (auto& [first, names] : m) {
      for (std::size_t i = 1; i < names.size(); ++i)
        for (std::size_t j = i; j > 0 && names[j - 1].words.size() < names[j].words.size(); --j)
          std::swap(names[j - 1], names[j]);
      entries.push_back({first, std::move(names)});
    }
    return new text::WordTable<std::vector<Name>>(std::move(entries));
  }();
  return *index;
}

}  // namespace

void AnnotateAliases(std::vector<Token>* tokens) {
  auto& t = *tokens;
  const auto& index = NamesByFirstWord();
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i].has(kNumber) || t[i].term.empty() || IsQuantityTerm(t[i].term)) continue;
    const std::vector<Name>* names = index.Find(Bare(t[i].norm));
    if (!names) continue;
    const Name* found = nullptr;
    for (const Name& n : *names) {  // longest first
      if (i + n.words.size() > t.size()) continue;
      bool match = true;
      for (std::size_t k = 1; k < n.words.size() && match; ++k) match = Bare(t[i + k].norm) == n.words[k];
      if (!match) continue;
      // Lower-case "un" and "eu" are words, not names.
      if (n.words.size() == 1 && (n.words[0] == "un" || n.words[0] == "eu") && !t[i].has(kAllCaps)) continue;
      found = &n;
      break;
    }
    if (!found) continue;
    const std::size_t len = found->words.size();
    t[i].term = found->id;
    t[i].flags &= static_cast<std::uint8_t>(~kStop);
    t[i].end = t[i + len - 1].end;
    for (std::size_t k = 1; k < len; ++k) t[i + k].term.clear();
    i += len - 1;
  }
}

}  // namespace terms
}  // namespace corroborate
