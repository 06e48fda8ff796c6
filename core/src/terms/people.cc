#include "terms/people.h"

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text/word_table.h"

namespace corroborate {
namespace terms {
namespace {

bool In(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// What a word can be in a name or a role phrase; most words are none of these.
enum WordClass : std::uint8_t {
  kRole = 1,         // a noun for an office one person holds; singular, so "the two
                     // leaders" is nobody
  kOfficeWord = 2,   // lower-case words that belong to an office's name ("prime
                     // minister", "foreign minister"), unlike "new" or "former"
  kPartyUs = 4,      // parties stand for their country: "the Republican president"
  kPartyUk = 8,
  kHonorific = 16,   // before a name, not part of it ("Prime Minister Sir Allan Kemakeza")
  kInstitution = 32  // capitalised after a role noun, yet no one's name ("Leader Lounge")
};

// Looked up for nearly every token of every document: a WordTable (text/word_table.h),
// not a hash map, so a miss is a length and a byte compared, not a general-purpose hash.
const text::WordTable<std::uint8_t>& Classes() {
  static const auto* table = [] {
    std::vector<text::WordTable<std::uint8_t>::Entry> entries;
    // A word in two lists has both classes.
    auto add = [&entries](std::uint8_t c, std::initializer_list<std::string_view> words) {
      for (std::string_view w : words) {
        const auto it = std::find_if(entries.begin(), entries.end(), [w](const auto& e) { return e.word == w; });
        if (it == entries.end()) {
          entries.push_back({w, c});
        } else {
          it->value |= c;
        }
      }
    };
    add(kRole, {"president", "leader", "premier", "chancellor", "minister", "secretary",
                "senator", "sen", "governor", "gov", "mayor", "king", "queen", "prince",
                "emperor", "pope", "ceo", "chairman", "chairwoman", "ambassador",
                "representative", "rep", "spokesman", "spokeswoman", "spokesperson",
                "speaker", "commissioner", "general", "director", "dictator"});
    add(kOfficeWord, {"prime", "vice", "foreign", "deputy", "finance", "defense", "defence",
                      "interior", "trade", "supreme", "treasury", "commerce", "state", "health",
                      "attorney", "executive", "chief"});
    add(kPartyUs, {"republican", "democrat", "democratic", "gop"});
    add(kPartyUk, {"labour", "tory", "conservative"});
    add(kHonorific, {"sir", "dame", "dr", "mr", "mrs", "ms", "lord", "lady", "rev", "gen",
                     "lt", "col", "cmdr", "capt", "sgt", "brig", "adm", "maj"});
    add(kInstitution, {"department", "administration", "office", "house", "ministry", "party",
                       "government", "council", "committee", "agency", "bank", "group",
                       "company", "club", "day"});
    return new text::WordTable<std::uint8_t>(std::move(entries));
  }();
  return *table;
}

bool IsPossessive(const Token& t) { return Bare(t.norm).size() != t.norm.size(); }

std::uint8_t ClassOf(const Token& t) {
  if (t.has(kStop) || t.has(kNumber)) return 0;  // none of the table's words
  const std::uint8_t* c = Classes().Find(Bare(t.norm));
  return c ? *c : 0;
}

// Offices that make a person their country's leader ("the Chinese leader" for a president).
bool IsHeadOfState(std::string_view role) {
  return In(role, {"president", "leader", "premier", "chancellor", "prime minister", "king",
                   "queen", "emperor", "dictator", "supreme leader"});
}

std::string_view PartyCountry(std::uint8_t c) {
  return c & kPartyUs ? "@us" : c & kPartyUk ? "@uk" : std::string_view();
}

// Countries whose people write the family name first ("Xi Jinping" is Xi).
bool FamilyNameFirst(std::string_view country) {
  return In(country, {"@china", "@taiwan", "@korea_s", "@korea_n", "@vietnam"});
}

// A sentence's tokens with their word classes, looked up once.
struct Words {
  const std::vector<Token>& t;
  std::vector<std::uint8_t> cls;
  explicit Words(const std::vector<Token>& tokens) : t(tokens), cls(tokens.size()) {
    for (std::size_t k = 0; k < t.size(); ++k) cls[k] = ClassOf(t[k]);
  }
  std::size_t size() const { return t.size(); }
  // A word that can be part of a person's name: capitalised, not a stop word, a number,
  // a quantity, a country, an office or an institution.
  bool Name(std::size_t k) const {
    const Token& x = t[k];
    return x.has(kCapitalized) && !x.has(kStop) && !x.has(kNumber) && !x.term.empty() &&
           !IsQuantityTerm(x.term) && !IsEntityTerm(x.term) && !(cls[k] & (kRole | kInstitution));
  }
};

// Whether only a space separates tokens a and b (no comma, dash, or full stop between),
// allowing for the dot that ends an initialism ("U.S. Trade", "George W. Bush"). A token
// inside a longer phrase (a quantity's, a merged name's) starts before `a` ends: the
// difference wraps round and reads as far apart.
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

Office OfficeAt(const Words& w, std::size_t j) {
  const auto& t = w.t;
  Office o;
  o.first = j;
  std::string words;
  for (std::size_t k = j; k-- > 0;) {
    const Token& m = t[k];
    if (!Adjacent(m, t[k + 1])) break;
    const std::string_view bare = Bare(m.norm);
    if (IsEntityTerm(m.term)) {
      o.country = m.term;
    } else if (!PartyCountry(w.cls[k]).empty()) {
      o.country = std::string(PartyCountry(w.cls[k]));
    } else if ((w.cls[k] & kOfficeWord) || (m.has(kCapitalized) && !m.has(kStop) && !m.has(kNumber) &&
                                            !m.term.empty() && !IsQuantityTerm(m.term) && !IsPossessive(m))) {
      words = std::string(bare) + " " + words;
    } else {
      o.former = bare == "former" || bare == "ex";
      break;
    }
    o.first = k;
    if (IsPossessive(m)) break;  // "China's foreign minister": nothing before belongs
  }
  o.role = words + t[j].norm;
  return o;
}

// The name after a role noun: tokens [begin, end), empty when there is none.
struct NameSpan {
  std::size_t begin, end;
  bool empty() const { return begin == end; }
};

NameSpan NameAfter(const Words& w, std::size_t j) {
  const auto& t = w.t;
  std::size_t b = j + 1;
  while (b < t.size() && (w.cls[b] & kHonorific) && Adjacent(t[b - 1], t[b])) ++b;
  std::size_t e = b;
  while (e < t.size() && e < b + 4 && w.Name(e) && Adjacent(t[e - 1], t[e])) ++e;
  return {e > b ? b : j + 1, e > b ? e : j + 1};
}

// "General" is an office after another word ("Attorney General"), else a name ("General
// Motors").
bool IsRole(const Words& w, std::size_t j) {
  if (!(w.cls[j] & kRole)) return false;
  return w.t[j].norm != "general" || OfficeAt(w, j).first < j;
}

struct Person {
  std::string role;
  std::string country;
  std::string given;     // the term of the given name, when a title phrase had one
  std::size_t seen = 0;  // order of the latest mention
};

class Resolver {
 public:
  explicit Resolver(std::vector<std::vector<Token>>* doc) : doc_(*doc) {
    words_.reserve(doc_.size());
    for (const auto& t : doc_) words_.emplace_back(t);
  }

  void Run() {
    CollectBare();
    // Who is introduced with an office anywhere in the document, so that a full name
    // before the title ("Donald Trump ... President Trump") is known too.
    for (const Words& w : words_)
      for (std::size_t j = 0; j < w.size(); ++j) {
        if (!IsRole(w, j)) continue;
        const NameSpan name = NameAfter(w, j);
        if (name.empty()) continue;
        const Office o = OfficeAt(w, j);
        const std::string term = Surname(w.t, name.begin, name.end, o.country);
        if (term.empty()) continue;
        Person& p = people_[term];
        if (p.role.empty()) p.role = o.role;
        if (p.country.empty()) p.country = o.country;
        // The given name: first after the family name, or first of all.
        for (std::size_t k = name.begin; k < name.end && p.given.empty(); ++k)
          if (w.t[k].term != term) p.given = w.t[k].term;
      }
    for (std::size_t i = 0; i < doc_.size(); ++i) Sentence(words_[i], &doc_[i]);
  }

 private:
  // Words that stand alone in the document, not in a run of capitalised words: the short
  // form of a name ("Trump", "Xi").
  void CollectBare() {
    for (const Words& w : words_)
      for (std::size_t k = 0; k < w.size(); ++k) {
        if (!w.Name(k)) continue;
        const bool before = k > 0 && w.Name(k - 1) && Adjacent(w.t[k - 1], w.t[k]);
        const bool after = k + 1 < w.size() && w.Name(k + 1) && Adjacent(w.t[k], w.t[k + 1]);
        if (!before && !after) bare_.insert(w.t[k].term);
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

  // `w` reads the tokens that Merge rewrites, so a merged phrase is not read twice.
  void Sentence(const Words& w, std::vector<Token>* tokens) {
    const auto& t = *tokens;
    for (std::size_t j = 0; j < t.size(); ++j) {
      if (IsRole(w, j)) {
        const NameSpan name = NameAfter(w, j);
        const Office o = OfficeAt(w, j);
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
      if (!w.Name(j)) continue;
      // A run of name words: a full name when it ends in a known surname, or begins with
      // one of a family-name-first country ("Donald Trump", "Xi Jinping").
      std::size_t e = j + 1;
      while (e < t.size() && e <= j + 2 && w.Name(e) && Adjacent(t[e - 1], t[e])) ++e;
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
        // Someone with no office: a given name and the surname the text also uses alone,
        // perhaps an initial between ("Robert Mueller ... Mueller said", "Michael J.
        // Gansas"); longer runs are rather names of things ("Nasdaq Composite Index").
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
  std::vector<Words> words_;
  std::unordered_set<std::string> bare_;
  std::unordered_map<std::string, Person> people_;
  std::size_t clock_ = 0;
};

}  // namespace

void ResolvePeople(std::vector<std::vector<Token>>* sentences) { Resolver(sentences).Run(); }

}  // namespace terms
}  // namespace corroborate
