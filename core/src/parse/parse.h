// Parse: each document split into sentences, tokenised and classified, and all sentences
// as the aligner's units. Documents are independent of each other, so they are parsed on
// several threads where the build has them (Options::threads).
#ifndef CORROBORATE_PARSE_PARSE_H_
#define CORROBORATE_PARSE_PARSE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "align/align.h"
#include "corroborate/corroborate.h"
#include "segment/segment.h"
#include "terms/token.h"

namespace corroborate {
namespace parse {

struct Parsed {
  std::vector<segment::Segment> segments;
  std::vector<std::vector<terms::Token>> tokens;  // per segment
  std::vector<Kind> kinds;                         // per segment
  std::vector<Warning> warnings;  // about this document alone, in the order they are reported
};

// Document `d` of an analysis.
void Parse(const Document& doc, long d, Parsed* out);

// Every document parsed, and its sentences as the aligner's units, document by document.
std::vector<align::Unit> ParseAll(const std::vector<Document>& docs, unsigned threads,
                                  std::vector<Parsed>* parsed);

// Per document, the index of its first unit (ParseAll's order); one past the last at the end.
std::vector<std::size_t> FirstUnits(const std::vector<Parsed>& parsed);

// A document id as messages quote it: 'id', with control characters replaced.
std::string Quoted(const std::string& id);

}  // namespace parse
}  // namespace corroborate

#endif  // CORROBORATE_PARSE_PARSE_H_
