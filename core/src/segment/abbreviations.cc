#include "segment/abbreviations.h"

#include "text/word_table.h"

namespace corroborate {
namespace segment {
using text::WordSet;

bool IsTitleAbbreviation(std::string_view w) {
  static const WordSet kWords = {
    "mr", "mrs", "ms", "messrs", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "gen", "lt",
    "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt", "const", "det", "insp", "st", "rev", "hon", "pres", "supt",
    "atty", "fr", "mt", "ft", "no", "nos", "vs", "v", "fig", "figs", "vol", "pp", "approx",
    "dept", "univ", "gov't"};
  return kWords.Has(w);
}

bool IsOtherAbbreviation(std::string_view w) {
  if (w.find('.') != std::string_view::npos) return true;  // u.s, a.m, e.g, d.c
  static const WordSet kWords = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "inc", "corp", "co", "ltd",
    "llc", "plc", "jr", "sr", "bros", "etc", "est", "ave", "blvd", "rd", "assn", "intl", "natl",
    "govt", "min", "hr", "hrs", "mins", "km", "oz", "lb", "lbs"};
  return kWords.Has(w);
}

bool IsSentenceStarter(std::string_view w) {
  static const WordSet kWords = {
    "the", "a", "an", "but", "and", "it", "its", "it's", "he", "she", "they", "we", "i", "you",
    "this", "that", "these", "those", "there", "in", "on", "at", "for", "his", "her", "their",
    "our", "after", "before", "when", "while", "as", "if", "so", "yet", "still", "meanwhile",
    "however", "also", "no", "some", "many", "most", "both", "what", "who", "why", "how", "then",
    "since", "despite", "although", "though", "with", "by", "from", "during", "under",
    "according", "officials", "earlier", "later", "last", "next", "even", "such", "other",
    "another", "each", "every", "not", "one", "two", "here", "now", "today", "yesterday",
    "tomorrow"};
  return kWords.Has(w);
}

bool IsReportingVerb(std::string_view w) {
  static const WordSet kWords = {
    "said", "says", "wrote", "writes", "posted", "posts", "told", "tells", "added", "adds",
    "asked", "asks", "tweeted", "tweets", "stated", "states", "declared", "declares", "insisted",
    "insists", "noted", "notes", "explained", "explains", "argued", "argues", "replied",
    "replies", "continued", "continues", "warned", "warns", "announced", "announces", "claimed",
    "claims", "responded", "responds", "according", "recalled", "remarked", "exclaimed",
    "shouted", "quipped"};
  return kWords.Has(w);
}

}  // namespace segment
}  // namespace corroborate
