// Sentence segmentation fit for news text. Every line is a paragraph (blank lines or
// not) and no sentence ever crosses a paragraph; inside one, a sentence ends at . ! ?
// unless the mark belongs to an abbreviation, an initial, a number, or a quotation that
// an attribution continues ("...DEAL WITH!!!" Trump wrote at 2:17 a.m.).
#ifndef CORROBORATE_SEGMENT_SEGMENT_H_
#define CORROBORATE_SEGMENT_SEGMENT_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace corroborate {
namespace segment {

struct Segment {
  std::size_t start;      // byte offsets into the text, trimmed of white space
  std::size_t end;
  std::size_t paragraph;  // index of the paragraph (line) it belongs to
  bool terminated;        // ends with . ! ? (possibly inside closing quotes)
  bool cut;               // cut at the sentence length limit, not at punctuation
};

std::vector<Segment> Split(std::string_view text);

}  // namespace segment
}  // namespace corroborate

#endif  // CORROBORATE_SEGMENT_SEGMENT_H_
