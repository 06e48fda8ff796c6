#include "lexicon/people.h"

#include <algorithm>
#include <initializer_list>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace corroborate {
namespace lexicon {
namespace {

bool In(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// Nouns for an office one person holds; singular, so "the two leaders" is nobody.
bool IsRoleNoun(std::string_view w) {
  return In(w, {"president", "leader", "premier", "chancellor", "minister", "secretary",
                "senator", "sen", "governor", "gov", "mayor", "king", "queen", "prince",
                "emperor", "pope", "ceo", "chairman", "chairwoman", "ambassador",
                "representative", "rep", "spokesman", "spokeswoman", "spokesperson",
                "speaker", "commissioner", "general", "director", "dictator"});
}

// Offices that make a person their country's leader ("the Chinese leader" for a president).
bool IsHeadOfState(std::string_view role) {
  return In(role, {"president", "leader", "premier", "chancellor", "prime minister", "king",
                   "queen", "emperor", "dictator", "supreme leader"});
}

// Lower-case words that are part of an office's name ("prime minister", "foreign
// minister"); other lower-case words before a role noun are not ("new", "former").
bool IsOfficeWord(std::string_view w) {
  return In(w, {"prime", "vice", "foreign", "deputy", "finance", "defense", "defence",
                "interior", "trade", "supreme", "treasury", "commerce", "state", "health",
                "attorney", "executive", "chief"});
}

// Parties stand for their country: "the Republican president".
std::string_view PartyCountry(std::string_view w) {
  if (In(w, {"republican", "democrat", "democratic", "gop"})) return "@us";
  if (In(w, {"labour", "tory", "conservative"})) return "@uk";
  return {};
}

// Countries whose people write the family name first ("Xi Jinping" is Xi).
bool FamilyNameFirst(std::string_view country) {
  return In(country, {"@china", "@taiwan", "@korea_s", "@korea_n", "@vietnam"});
}

// Capitalised words that name institutions, not people ("Secretary General", "President's
// Office" aside, "Leader Lounge"): never a person's name after a role noun.
bool IsInstitutionWord(std::string_view w) {
  return In(w, {"department", "administration", "office", "house", "ministry", "party",
                "government", "council", "committee", "agency", "bank", "group", "company",
                "club", "day"});
}

std::string_view Bare(const std::string& norm) {
  std::string_view n = norm;
  if (n.size() > 2 && n.substr(n.size() - 2) == "'s") n.remove_suffix(2);
  return n;
}

bool IsPossessive(const Token& t) { return Bare(t.norm).size() != t.norm.size(); }

// A word that can be part of a person's name: capitalised, not a stop word, a number,
// a quantity or a country.
bool IsNameWord(const Token& t) {
  return t.has(kCapitalized) && !t.has(kStop) && !t.has(kNumber) && !t.term.empty() &&
         t.term[0] != '#' && t.term[0] != '@' && !IsInstitutionWord(Bare(t.norm)) &&
         !IsRoleNoun(t.norm);
}

// Whether only a space separates tokens a and b (no comma, dash, or full stop between),
// allowing for the dot that ends an initialism ("U.S. Trade", "George W. Bush").
bool Adjacent(const Token& a, const Token& b) {
  const std::size_t gap = b.start - a.end;
  return gap <= 1 || (gap == 2 && (a.norm.find('.') != std::string::npos || a.norm.size() == 1));
}

// An office and a country, from the words before a role noun.
struct Office {
  std::size_t first = 0;  // first token of the phrase
  std::string role;       // "president", "treasury secretary", "prime minister"
  std::string country;    // "@china", or empty
  bool former = false;
};

Office OfficeAt(const std::vector<Token>& t, std::size_t j) {
  Office o;
  o.first = j;
  std::string words;
  for (std::size_t k = j; k-- > 0;) {
    const Token& m = t[k];
    if (!Adjacent(m, t[k + 1])) break;
    const std::string_view w = Bare(m.norm);
    if (!m.term.empty() && m.term[0] == '@') {
      o.country = m.term;
    } else if (!PartyCountry(w).empty()) {
      o.country = std::string(PartyCountry(w));
    } else if (IsOfficeWord(w) || (m.has(kCapitalized) && !m.has(kStop) && !m.has(kNumber) &&
                                   !m.term.empty() && m.term[0] != '#' && !IsPossessive(m))) {
      words = std::string(w) + " " + words;
    } else {
      o.former = w == "former" || w == "ex";
      break;
    }
    o.first = k;
    if (IsPossessive(m)) break;  // "China's foreign minister": nothing before belongs
  }
  o.role = words + t[j].norm;
  return o;
}

// Words before a name that are not part of it ("Prime Minister Sir Allan Kemakeza").
bool IsHonorific(std::string_view w) {
  return In(w, {"sir", "dame", "dr", "mr", "mrs", "ms", "lord", "lady", "rev", "gen", "lt",
                "col", "cmdr", "capt", "sgt", "brig", "adm", "maj"});
}

// The name after a role noun: tokens [begin, end), empty when there is none.
struct NameSpan {
  std::size_t begin, end;
  bool empty() const { return begin == end; }
};

NameSpan NameAfter(const std::vector<Token>& t, std::size_t j) {
  std::size_t b = j + 1;
  while (b < t.size() && IsHonorific(t[b].norm) && Adjacent(t[b - 1], t[b])) ++b;
  std::size_t e = b;
  while (e < t.size() && e < b + 4 && IsNameWord(t[e]) && Adjacent(t[e - 1], t[e])) ++e;
  return {e > b ? b : j + 1, e > b ? e : j + 1};
}

// "General" is an office after another word ("Attorney General"), else a name ("General
// Motors").
bool IsRole(const std::vector<Token>& t, std::size_t j) {
  if (!IsRoleNoun(t[j].norm)) return false;
  return t[j].norm != "general" || OfficeAt(t, j).first < j;
}

struct Person {
  std::string role;
  std::string country;
  std::string given;     // the term of the given name, when a title phrase had one
  std::size_t seen = 0;  // order of the latest mention
};

class Resolver {
 public:
  explicit Resolver(std::vector<std::vector<Token>>* doc) : doc_(*doc) {}

  void Run() {
    CollectBare();
    // Who is introduced with an office anywhere in the document, so that a full name
    // before the title ("Donald Trump ... President Trump") is known too.
    for (const auto& t : doc_)
      for (std::size_t j = 0; j < t.size(); ++j) {
        if (!IsRole(t, j)) continue;
        const NameSpan name = NameAfter(t, j);
        if (name.empty()) continue;
        const Office o = OfficeAt(t, j);
        const std::string term = Surname(t, name.begin, name.end, o.country);
        if (term.empty()) continue;
        Person& p = people_[term];
        if (p.role.empty()) p.role = o.role;
        if (p.country.empty()) p.country = o.country;
        // The given name: first after the family name, or first of all.
        for (std::size_t k = name.begin; k < name.end && p.given.empty(); ++k)
          if (t[k].term != term) p.given = t[k].term;
      }
    for (auto& t : doc_) Sentence(&t);
  }

 private:
  // Words that stand alone in the document, not in a run of capitalised words: the short
  // form of a name ("Trump", "Xi").
  void CollectBare() {
    for (const auto& t : doc_)
      for (std::size_t k = 0; k < t.size(); ++k) {
        if (!IsNameWord(t[k])) continue;
        const bool before = k > 0 && IsNameWord(t[k - 1]) && Adjacent(t[k - 1], t[k]);
        const bool after = k + 1 < t.size() && IsNameWord(t[k + 1]) && Adjacent(t[k], t[k + 1]);
        if (!before && !after) bare_.insert(t[k].term);
      }
  }

  // The term of the name's surname: the word the document also uses alone, else the first
  // word for a family-name-first country, else the last.
  std::string Surname(const std::vector<Token>& t, std::size_t b, std::size_t e,
                      const std::string& country) const {
    for (std::size_t k = e; k-- > b;)
      if (bare_.count(t[k].term) || people_.count(t[k].term)) return t[k].term;
    return FamilyNameFirst(country) ? t[b].term : t[e - 1].term;
  }

  // Tokens [first, last] become one mention of `term`.
  static void Merge(std::vector<Token>* tokens, std::size_t first, std::size_t last,
                    const std::string& term) {
    auto& t = *tokens;
    t[first].term = term;
    t[first].flags &= static_cast<std::uint8_t>(~kStop);
    t[first].end = t[last].end;
    for (std::size_t k = first + 1; k <= last; ++k) t[k].term.clear();
  }

  // The most recent person whose office fits a description; one of the same country first.
  const std::string* Describe(const Office& o) const {
    const std::string* best = nullptr;
    int best_rank = -1;
    std::size_t best_seen = 0;
    for (const auto& [term, p] : people_) {
      if (!p.seen) continue;
      const bool fits = p.role == o.role || (o.role == "leader" && IsHeadOfState(p.role));
      if (!fits) continue;
      int rank = 1;
      if (!o.country.empty() && !p.country.empty()) {
        if (o.country != p.country) continue;
        rank = 2;
      }
      if (rank > best_rank || (rank == best_rank && p.seen > best_seen))
        best = &term, best_rank = rank, best_seen = p.seen;
    }
    return best;
  }

  void Sentence(std::vector<Token>* tokens) {
    auto& t = *tokens;
    for (std::size_t j = 0; j < t.size(); ++j) {
      if (IsRole(t, j)) {
        const NameSpan name = NameAfter(t, j);
        const Office o = OfficeAt(t, j);
        if (!name.empty()) {  // a title phrase
          const std::string term = Surname(t, name.begin, name.end, o.country);
          if (term.empty()) continue;
          people_[term].seen = ++clock_;
          Merge(tokens, o.first, name.end - 1, term);
          j = name.end - 1;
          continue;
        }
        // A description: "the Chinese leader", "China's leader".
        const bool the = o.first > 0 && t[o.first - 1].norm == "the";
        const bool owner = o.first < j && IsPossessive(t[o.first]) && !o.country.empty();
        if (o.former || !(the || owner)) continue;
        if (j + 1 < t.size() && t[j + 1].norm == "of") continue;  // "the president of X"
        if (const std::string* who = Describe(o)) {
          const std::string term = *who;
          people_[term].seen = ++clock_;
          Merge(tokens, o.first, j, term);
        }
        continue;
      }
      if (!IsNameWord(t[j])) continue;
      // A run of name words: a full name when it ends in a known surname, or begins with
      // one of a family-name-first country ("Donald Trump", "Xi Jinping").
      std::size_t e = j + 1;
      while (e < t.size() && e <= j + 2 && IsNameWord(t[e]) && Adjacent(t[e - 1], t[e])) ++e;
      // A given name other than the one the document introduced is someone else ("first
      // lady Melania Trump"), and in a title-case headline not a name at all ("Xi Hold").
      auto given_fits = [&](const Person& p, const Token& other) {
        return p.given.empty() || p.given == other.term;
      };
      std::string term;
      auto last = people_.find(t[e - 1].term);
      auto first = people_.find(t[j].term);
      if (e > j + 1 && last != people_.end() && !FamilyNameFirst(last->second.country) &&
          given_fits(last->second, t[j]))
        term = last->first;
      else if (e > j + 1 && first != people_.end() && FamilyNameFirst(first->second.country) &&
               given_fits(first->second, t[j + 1]))
        term = first->first;
      else if (e == j + 1 && first != people_.end())
        term = first->first;  // the surname alone: only its recency changes
      if (term.empty()) {
        // Someone with no office: the full name is the surname the text also uses alone
        // ("Robert Mueller ... Mueller said").
        // A given name and the surname, perhaps an initial between ("Michael J. Gansas");
        // longer runs are rather names of things ("Nasdaq Composite Index").
        const bool two = e == j + 2 || (e == j + 3 && t[j + 1].norm.size() == 1);
        if (two && last == people_.end() && bare_.count(t[e - 1].term) && !bare_.count(t[j].term))
          Merge(tokens, j, e - 1, t[e - 1].term);
        j = e - 1;
        continue;
      }
      people_[term].seen = ++clock_;
      if (e > j + 1) Merge(tokens, j, e - 1, term);
      j = e - 1;
    }
  }

  std::vector<std::vector<Token>>& doc_;
  std::unordered_set<std::string> bare_;
  std::unordered_map<std::string, Person> people_;
  std::size_t clock_ = 0;
};

}  // namespace

void ResolvePeople(std::vector<std::vector<Token>>* sentences) { Resolver(sentences).Run(); }

}  // namespace lexicon
}  // namespace corroborate
