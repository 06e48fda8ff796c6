#include "terms/stopwords.h"

#include <array>
#include <string_view>

#include "text/word_table.h"

namespace corroborate {
namespace terms {
namespace {

constexpr std::array<std::string_view, 187> kStopWords = {
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "among", "an",
    "and", "any", "are", "aren't", "as", "at", "be", "because", "been", "before", "being",
    "below", "between", "both", "but", "by", "can", "cannot", "could", "couldn't", "did",
    "didn't", "do", "does", "doesn't", "doing", "don't", "down", "during", "each", "either",
    "even", "ever", "few", "for", "from", "further", "had", "hadn't", "has", "hasn't", "have",
    "haven't", "having", "he", "he's", "her", "here", "hers", "herself", "him", "himself",
    "his", "how", "however", "i", "i'm", "if", "in", "into", "is", "isn't", "it", "it's",
    "its", "itself", "just", "let", "many", "may", "me", "might", "more", "most", "much",
    "must", "my", "myself", "neither", "no", "nor", "not", "now", "of", "off", "on", "once",
    "one's", "only", "or", "other", "others", "ought", "our", "ours", "ourselves", "out",
    "over", "own", "same", "shall", "she", "she's", "should", "shouldn't", "so", "some",
    "such", "than", "that", "that's", "the", "their", "theirs", "them", "themselves", "then",
    "there", "there's", "these", "they", "they're", "this", "those", "though", "through",
    "thus", "to", "too", "under", "until", "up", "upon", "us", "very", "via", "was", "wasn't",
    "we", "we'll", "we're", "were", "weren't", "what", "when", "where", "whether", "which",
    "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "won't",
    "would", "wouldn't", "yet", "you", "your", "yours", "yourself",
    // Reporting verbs: who said a thing is attribution, not a fact two outlets share.
    "said", "says", "say", "saying", "told", "tells", "added", "adds", "adding", "according", "noted",
};

}  // namespace

bool IsStopWord(std::string_view folded) {
  // Asked once per token: a hashed table answers in a compare or two, not eight.
  static const text::WordSet kSet(kStopWords);
  return kSet.Has(folded);
}

}  // namespace terms
}  // namespace corroborate
