// Date and time stamps that a page runs into a headline or a sentence when its text is
// copied out ("Published November 30,2009 The Texas Department ...", "France hit by another
// jewellery heist 9 September 2013 11:55"). The stamp is page furniture, the text around it
// a claim: the segmenter makes each a sentence of its own (the classifier then sets the
// stamp aside).
//
//   std::vector<std::pair<std::size_t, std::size_t>> stamps;
//   FindStamps(text, from, to, /*terminated=*/false, &stamps);  // byte ranges inside [from, to)
#ifndef CORROBORATE_SEGMENT_STAMPS_H_
#define CORROBORATE_SEGMENT_STAMPS_H_

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace corroborate {
namespace segment {

// The words a date line is made of besides numbers: month and weekday names and their
// abbreviations, a.m./p.m., time zones, and its labels ("published", "posted", "updated",
// "last", "at"). `lower`: a folded word. The classifier sets lines of these aside too.
enum class DateWord { kNone, kMonth, kWeekday, kOther };
DateWord DateWordOf(std::string_view lower);

// A letter of "a. m." / "p. m." written apart, as some pages do: "a", "p" or "m".
inline bool IsMeridiemLetter(std::string_view lower) { return lower == "a" || lower == "p" || lower == "m"; }

// The stamps in text[from, to), in order, into *out (cleared first). A stamp is a run of
// stamp words (month and weekday names, numbers and times, a.m./p.m., time zones, and
// "published", "posted", "updated", "last", "at") that names a month and a year, or a
// month, a day and a time; that is not all of the range; that stands before a capitalised
// word, or at the end of a range with no final full stop (a headline); and that never
// follows a word that makes it part of the sentence ("in", "on", "since", "the", ...).
void FindStamps(std::string_view text, std::size_t from, std::size_t to, bool terminated,
                std::vector<std::pair<std::size_t, std::size_t>>* out);

}  // namespace segment
}  // namespace corroborate

#endif  // CORROBORATE_SEGMENT_STAMPS_H_
