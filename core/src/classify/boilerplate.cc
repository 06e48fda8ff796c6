#include "classify/boilerplate.h"

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "segment/stamps.h"
#include "text/fold.h"
#include "text/word_table.h"

namespace corroborate {
namespace classify {
namespace {

using terms::Token;

using text::WordSet;

// A date line's words (segment::DateWordOf), and the few more a timestamp line uses
// ("Last modified on ... at ...", "... of ...", "7:15 a. m." with its letters apart).
bool IsCalendarWord(std::string_view w) {
  return segment::DateWordOf(w) != segment::DateWord::kNone || segment::IsMeridiemLetter(w) || w == "modified" ||
         w == "on" || w == "of";
}

// Imperatives a page uses on its reader.
bool IsChromeVerb(std::string_view w) {
  static const WordSet kWords = {
    "click", "tap", "subscribe", "log", "sign", "share", "follow", "read", "send", "contact",
    "download", "forgot", "forget", "keep", "enter", "register", "join", "see", "watch", "listen",
    "continue", "scroll", "please", "get", "visit", "support", "report", "flag", "update",
    "allow", "enable"};
  return kWords.Has(w);
}

// Labels that open page furniture: "Source:", "Guidelines:", "Photo:".
bool IsChromeLabel(std::string_view w) {
  static const WordSet kWords = {
    "source", "sources", "guidelines", "note", "disclaimer", "photo", "photos", "image", "credit",
    "credits", "related", "tags", "topics", "filed", "advertisement", "sponsored", "correction",
    "copyright", "rules"};
  return kWords.Has(w);
}

bool IsCreditRole(std::string_view w) {
  static const WordSet kWords = {
    "journalist", "reporter", "correspondent", "editor", "writer", "columnist", "contributor",
    "producer", "anchor", "photographer", "author", "freelancer", "intern", "fellow", "staff"};
  return kWords.Has(w);
}

// The credits of "(Reporting by ...; Editing by ...)".
bool IsCreditVerb(std::string_view w) {
  static const WordSet kWords = {"reporting", "editing", "writing", "additional"};
  return kWords.Has(w);
}

// Who a sentence addresses and what it talks about, asked of every token outside quotes:
// one table, so one lookup per token.
enum Address : std::uint8_t {
  kSecondPerson = 1,  // "you": the page speaks to its reader
  kFirstPlural = 2,   // "we", "our": the site speaks of itself
  kChromeWord = 4,    // words of site furniture: what a page says about the page itself
};

std::uint8_t AddressOf(std::string_view w) {
  static const text::WordTable<std::uint8_t> kTable = [] {
    std::vector<text::WordTable<std::uint8_t>::Entry> entries;
    auto add = [&](std::uint8_t flag, std::initializer_list<std::string_view> words) {
      for (std::string_view w : words) {
        auto it = std::find_if(entries.begin(), entries.end(),
                               [&](const auto& e) { return e.word == w; });
        if (it == entries.end()) {
          entries.push_back({w, flag});
        } else {
          it->value |= flag;
        }
      }
    };
    add(kSecondPerson, {"you", "your", "yours", "yourself", "you're", "you'll", "you've"});
    add(kFirstPlural, {"our", "us", "we", "we're", "we'll", "we've", "ours"});
    add(kChromeWord,
        {"click", "tap", "subscribe", "subscription", "newsletter", "login", "log", "sign",
         "signup", "password", "credentials", "account", "email", "e-mail", "inbox", "comment",
         "comments", "commenting", "terms", "privacy", "cookies", "cookie", "faq", "link", "links",
         "browser", "app", "download", "notifications", "advertisement", "advertising",
         "sponsored", "unsubscribe", "share", "follow", "reached"});
    return text::WordTable<std::uint8_t>(std::move(entries));
  }();
  const std::uint8_t* flags = kTable.Find(w);
  return flags ? *flags : 0;
}

struct Cues {
  std::size_t words = 0;
  bool terminated = false;
  bool chrome = false;  // decided on its own
  bool weak = false;    // furniture only if its paragraph is
  bool stamp = false;   // a date or time line: furniture itself, no cue about its paragraph
};

bool IsNavigation(std::string_view s) {
  for (std::string_view mark : {" > ", " >> ", " \xC2\xBB ", " \xE2\x80\xBA ", " | ", " / "})
    if (s.find(mark) != std::string_view::npos) return true;
  return false;
}

// Whether a sentence gives a web or mail address ("blog.example.com/politics",
// "www.example.org", "jane @ example.com"): pages give them to be reached or followed,
// news states facts about the world.
bool HasAddress(std::string_view s) {
  for (std::string_view mark : {"http://", "https://", "www.", ".com", ".org", ".net", ".gov", ".edu", ".co.uk"}) {
    const std::size_t at = s.find(mark);
    // A domain ends where a word does: ".com" in ".command" is not one.
    const std::size_t after = at + mark.size();
    if (at != std::string_view::npos &&
        (mark.back() == '/' || mark.back() == '.' || after == s.size() || !text::IsLetter(static_cast<unsigned char>(s[after]))))
      return true;
  }
  return false;
}

bool IsByline(const std::vector<Token>& t) {
  if (t.empty()) return false;
  // "By Jane Doe and John Roe"
  if (std::string_view(t[0].norm) == "by" && t[0].has(terms::kCapitalized) && t.size() <= 12 && t.size() >= 2 &&
      t[1].has(terms::kCapitalized))
    return true;
  // "(Reporting by ...; Editing by ...)"
  for (std::size_t i = 0; i + 1 < t.size(); ++i)
    if (std::string_view(t[i + 1].norm) == "by" && IsCreditVerb(t[i].norm)) return true;
  // "Jane Doe, John Roe and Ann Poe contributed (to this report)."
  const bool names_first = t[0].has(terms::kCapitalized) && t.size() >= 2 &&
                           t[1].has(terms::kCapitalized);
  if (names_first)
    for (std::size_t i = t.size() > 5 ? t.size() - 5 : 0; i < t.size(); ++i)
      if (std::string_view(t[i].norm) == "contributed") return true;
  // "Jane Doe is a senior correspondent with ..."
  for (std::size_t i = 1; i < t.size() && i <= 4; ++i) {
    const std::string_view w = t[i].norm;
    if (w != "is" && w != "was") {
      if (!t[i].has(terms::kCapitalized)) break;
      continue;
    }
    if (!names_first) break;
    for (std::size_t k = i + 1; k < t.size() && k <= i + 8; ++k)
      if (IsCreditRole(t[k].norm)) return true;
    break;
  }
  return false;
}

Cues Judge(std::string_view s, const segment::Segment& seg, const std::vector<Token>& t) {
  Cues c;
  c.words = t.size();
  c.terminated = seg.terminated;
  if (t.empty()) {
    c.chrome = true;  // marks and symbols only
    return c;
  }
  // A date or time line: numbers and calendar words only. One that ends like a sentence
  // ("7:15 a. m.", split from its date at "m.") has a number too.
  const bool number = std::any_of(t.begin(), t.end(), [](const Token& k) { return k.has(terms::kNumber); });
  const bool calendar = c.words <= 10 && (number || !c.terminated) &&
                        std::all_of(t.begin(), t.end(), [](const Token& k) {
                          return k.has(terms::kNumber) || IsCalendarWord(k.norm);
                        });
  if (calendar && (c.terminated || c.words >= 3)) {
    c.chrome = c.stamp = true;
    return c;
  }
  if (!c.terminated) {
    if (c.words < 3 || IsNavigation(s)) {
      c.chrome = true;
      return c;
    }
    const bool shouting = c.words <= 6 && std::all_of(t.begin(), t.end(), [](const Token& k) {
      return k.has(terms::kAllCaps) || k.has(terms::kNumber) || k.norm.size() == 1;
    });
    if (shouting) {
      c.chrome = true;
      return c;
    }
  }
  if (IsByline(t)) {
    c.chrome = true;
    return c;
  }
  // Who the sentence speaks to, outside quotations: a page speaks to "you" about "us".
  int score = 0;
  bool second = false, first_plural = false;
  int nouns = 0;
  for (const Token& k : t) {
    if (k.has(terms::kQuoted)) continue;
    const std::uint8_t address = AddressOf(k.norm);
    if (address & kSecondPerson) second = true;
    if (address & kFirstPlural) first_plural = true;
    if (address & kChromeWord) ++nouns;
  }
  score += second ? 2 : 0;
  score += first_plural ? 1 : 0;
  score += std::min(nouns, 2);
  if (HasAddress(s)) score += 2;
  // An imperative opening, possibly after a label ("Guidelines: Keep it civil").
  // A label is one or two words and a colon ("Source:", "Community rules:").
  std::size_t first = 0;
  bool labelled = false;
  for (std::size_t k = 0; k < 2 && k + 1 < t.size(); ++k) {
    if (s.substr(t[k].end - seg.start, 1) != ":") continue;
    labelled = IsChromeLabel(t[k].norm) || (k == 1 && IsChromeLabel(t[0].norm));
    if (labelled) first = k + 1;
    break;
  }
  if (labelled) score += 2;
  if (!t[first].has(terms::kQuoted) && IsChromeVerb(t[first].norm)) score += 1;
  if (score >= 3) {
    c.chrome = true;
  } else if (score >= 1 && (first_plural || second || labelled)) {
    c.weak = true;
  }
  return c;
}

}  // namespace

std::vector<Kind> Classify(std::string_view text, const std::vector<segment::Segment>& segments,
                           const std::vector<std::vector<terms::Token>>& tokens) {
  std::vector<Cues> cues;
  cues.reserve(segments.size());
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const auto& seg = segments[i];
    cues.push_back(Judge(text.substr(seg.start, seg.end - seg.start), seg, tokens[i]));
  }
  std::vector<Kind> kinds(segments.size(), Kind::kClaim);
  // A paragraph that is mostly furniture is furniture throughout: comment rules and
  // contact boxes mix plain sentences ("People who harass others will be blocked.")
  // with the ones that give them away. A date line says nothing about the rest of its
  // paragraph (a headline or a lead that a page ran it into, segment/stamps.h).
  for (std::size_t a = 0; a < segments.size();) {
    std::size_t b = a;
    std::size_t strong = 0, weak = 0;
    while (b < segments.size() && segments[b].paragraph == segments[a].paragraph) {
      strong += cues[b].chrome && !cues[b].stamp;
      weak += cues[b].weak;
      ++b;
    }
    const std::size_t n = b - a;
    const bool whole = strong > 0 && (strong + weak) * 2 >= n;
    for (std::size_t i = a; i < b; ++i)
      kinds[i] = (cues[i].chrome || whole) ? Kind::kBoilerplate : Kind::kClaim;
    a = b;
  }
  return kinds;
}

}  // namespace classify
}  // namespace corroborate
