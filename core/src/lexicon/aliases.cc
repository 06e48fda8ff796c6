#include "lexicon/aliases.h"

#include <string>
#include <string_view>

namespace corroborate {
namespace lexicon {
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

// The norm without a possessive: "china's" -> "china".
std::string_view Bare(const std::string& norm) {
  std::string_view n = norm;
  if (n.size() > 2 && n.substr(n.size() - 2) == "'s") n.remove_suffix(2);
  return n;
}

}  // namespace

void AnnotateAliases(std::vector<Token>* tokens) {
  auto& t = *tokens;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i].has(kNumber) || t[i].term.empty() || t[i].term[0] == '#') continue;
    // Lower-case "us" and "un" are words, not names; other names need no capital in
    // folded text, but these two do.
    std::size_t best_len = 0;
    const char* best_id = nullptr;
    for (const Entity& e : kEntities) {
      for (const char* name : e.names) {
        if (!name) break;
        const auto words = Words(name);
        if (words.size() <= best_len || i + words.size() > t.size()) continue;
        bool match = true;
        for (std::size_t k = 0; k < words.size() && match; ++k)
          match = Bare(t[i + k].norm) == words[k];
        if (!match) continue;
        if ((words.size() == 1 && (words[0] == "un" || words[0] == "eu")) &&
            !t[i].has(kAllCaps))
          continue;
        best_len = words.size();
        best_id = e.id;
      }
    }
    if (!best_id) continue;
    t[i].term = best_id;
    t[i].flags &= static_cast<std::uint8_t>(~kStop);
    t[i].end = t[i + best_len - 1].end;
    for (std::size_t k = 1; k < best_len; ++k) t[i + k].term.clear();
    i += best_len - 1;
  }
}

}  // namespace lexicon
}  // namespace corroborate
