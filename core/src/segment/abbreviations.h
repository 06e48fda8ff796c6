// Word lists the segmenter needs. Folded (lower case) forms.
#ifndef CORROBORATE_SEGMENT_ABBREVIATIONS_H_
#define CORROBORATE_SEGMENT_ABBREVIATIONS_H_

#include <string_view>

namespace corroborate {
namespace segment {

// Titles that always precede a name: "Mr.", "Gov.", "Sen." never end a sentence.
bool IsTitleAbbreviation(std::string_view w);
// Abbreviations that may end a sentence: "Jan.", "Inc.", "U.S.", "a.m.".
bool IsOtherAbbreviation(std::string_view w);
// Words that commonly open a sentence; after an ambiguous abbreviation they decide.
bool IsSentenceStarter(std::string_view w);
// Verbs of saying: "...!" Trump wrote / "..." the spokesperson said.
bool IsReportingVerb(std::string_view w);

}  // namespace segment
}  // namespace corroborate

#endif  // CORROBORATE_SEGMENT_ABBREVIATIONS_H_
