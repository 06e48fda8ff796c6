#include "segment/segment.h"

#include <array>
#include <initializer_list>
#include <string>

#include "corroborate/limits.h"
#include "segment/abbreviations.h"
#include "segment/stamps.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace corroborate {
namespace segment {
namespace {

using text::Decode;
using text::Fold;

bool IsTerminal(char32_t f) { return f == '.' || f == '!' || f == '?' || f == 0x061F; }
// Full stops of scripts that write no space after them.
bool IsTightTerminal(char32_t cp) { return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F; }

// Scripts with upper and lower case (Latin, Greek, Cyrillic, Armenian): only there does a
// lower-case word after a full stop say the sentence goes on. Arabic, Hebrew, CJK, Thai,
// Devanagari... have no case, so a mark followed by a space ends the sentence.
bool HasCase(char32_t cp) {
  return cp < 0x0590 || (cp >= 0x1E00 && cp <= 0x1FFF) || (cp >= 0xFF21 && cp <= 0xFF5A);
}

// Byte tables that let the scans skip bytes without decoding. A lead byte is never part of
// another code point, so a walk byte by byte meets every code point that a walk by code
// points would; the others need only their lead bytes here. Bytes that are no lead byte
// (continuation bytes, invalid bytes) decode to nothing that matters.
using ByteTable = std::array<bool, 256>;

constexpr ByteTable BytesOf(std::initializer_list<unsigned char> bytes) {
  ByteTable t{};
  for (unsigned char b : bytes) t[b] = true;
  return t;
}

// \n, \r; U+0085 is C2 85, U+2028 and U+2029 start with E2.
constexpr ByteTable kMayStartLineBreak = BytesOf({'\n', '\r', 0xC2, 0xE2});

// . ! ?; U+061F is D8 9F; U+2026 (folds to '.') starts with E2; U+3002 with E3; U+FF01 and
// U+FF1F with EF.
constexpr ByteTable kMayStartTerminal = BytesOf({'.', '!', '?', 0xD8, 0xE2, 0xE3, 0xEF});

bool IsBlank(char32_t cp) { return text::IsSpace(Fold(cp)) || cp == 0xFEFF || cp == 0x200B; }

// Start of the code point that ends just before `i`.
std::size_t PrevBoundary(std::string_view s, std::size_t i) {
  std::size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80 && i - j < 4) --j;
  if (Decode(s, j).len != i - j) return i - 1;  // invalid bytes decode one at a time
  return j;
}

// The first byte of text[from, to) that is not blank, or `to`.
std::size_t SkipBlanks(std::string_view s, std::size_t from, std::size_t to) {
  while (from < to && IsBlank(Decode(s, from).cp)) from += Decode(s, from).len;
  return from;
}

// The end of text[from, to) without its trailing blanks.
std::size_t BackOverBlanks(std::string_view s, std::size_t from, std::size_t to) {
  while (to > from && IsBlank(Decode(s, PrevBoundary(s, to)).cp)) to = PrevBoundary(s, to);
  return to;
}

// The word (letters and inner dots, folded) that ends at byte `end`.
std::string WordBefore(std::string_view s, std::size_t begin, std::size_t end) {
  std::size_t i = end;
  while (i > begin) {
    const std::size_t j = PrevBoundary(s, i);
    const char32_t f = Fold(Decode(s, j).cp);
    if (!text::IsLetter(f) && f != '.' && f != '\'') break;
    i = j;
  }
  std::string w;
  for (std::size_t k = i; k < end;) {
    const auto d = Decode(s, k);
    text::AppendUtf8(Fold(d.cp), &w);
    k += d.len;
  }
  while (!w.empty() && w.front() == '.') w.erase(w.begin());
  return w;
}

struct Word {
  std::string folded;
  bool capitalized = false;
  std::size_t end = 0;
};

// The next word at or after `i` (skipping opening quotes), lower-cased.
Word WordAt(std::string_view s, std::size_t i, std::size_t end) {
  Word w;
  while (i < end) {
    const auto d = Decode(s, i);
    const char32_t f = Fold(d.cp);
    if (text::IsLetter(f) || text::IsDigit(f)) break;
    if (!IsBlank(d.cp) && !text::IsOpeningQuote(d.cp)) return w;
    i += d.len;
  }
  if (i < end) w.capitalized = text::IsUpper(Decode(s, i).cp);
  while (i < end) {
    const auto d = Decode(s, i);
    const char32_t f = Fold(d.cp);
    if (!text::IsLetter(f) && !text::IsDigit(f) && f != '\'') break;
    text::AppendUtf8(f, &w.folded);
    i += d.len;
  }
  w.end = i;
  return w;
}

// Does an attribution follow, as in `!!!" Trump wrote`? Up to three capitalised words (a
// name, a title) and then a verb of saying; where the verb ends goes to *verb_end.
bool AttributionFollows(std::string_view s, std::size_t i, std::size_t end, std::size_t* verb_end) {
  for (int k = 0; k < 4; ++k) {
    const Word w = WordAt(s, i, end);
    if (w.folded.empty()) return false;
    if (IsReportingVerb(w.folded)) {
      *verb_end = w.end;
      return k > 0;
    }
    if (!w.capitalized && w.folded != "the") return false;
    i = w.end;
  }
  return false;
}

// Whether the text from `at` holds only blanks before a full stop or its end: an
// attribution that ends there says nothing but who spoke.
bool EndsAfterBlanks(std::string_view s, std::size_t at, std::size_t end) {
  at = SkipBlanks(s, at, end);
  return at == end || s[at] == '.';
}

// Decides whether the marks at [mark, after_marks) with closers up to `after` end a
// sentence, `next` being where the following text starts.
bool EndsSentence(std::string_view s, std::size_t begin, std::size_t mark,
                  std::size_t after_marks, std::size_t after, std::size_t next,
                  std::size_t end) {
  const Word w = WordAt(s, next, end);
  const char32_t first = Decode(s, next).cp;
  if (text::IsLetter(Fold(first)) && HasCase(first) && !text::IsUpper(first))
    return false;  // "...he said." / "ellipsis... and then"
  // An attribution belongs to the sentence before: after a quote's closing mark, or bare
  // ("... without injury, Const. Fanning said.", `be? " Yanes said.`) after any mark (an
  // abbreviation's, a quote's own), for no sentence states only who spoke.
  const bool closed_quote = after > after_marks;
  std::size_t verb_end = 0;
  if (AttributionFollows(s, next, end, &verb_end) && (closed_quote || EndsAfterBlanks(s, verb_end, end)))
    return false;
  const bool single_dot = after_marks - mark == 1 && s[mark] == '.';
  if (!single_dot) return true;
  const std::string prev = WordBefore(s, begin, mark);
  if (prev.empty()) return true;
  const std::size_t prev_len = text::Decode(prev, 0).len;
  if (prev.size() == prev_len && text::IsUpper(Decode(s, mark - prev_len).cp))
    return false;  // an initial: "Donald J. Trump"
  if (IsTitleAbbreviation(prev)) return false;
  if (IsOtherAbbreviation(prev)) return IsSentenceStarter(w.folded) && w.capitalized;
  return true;
}

void SplitParagraph(std::string_view s, std::size_t p0, std::size_t p1, std::size_t para,
                    std::vector<Segment>* out) {
  std::size_t start = p0;
  std::vector<std::pair<std::size_t, std::size_t>> stamps;
  auto emit = [&](std::size_t from, std::size_t to, bool terminated) {
    // Trim, then cut at the length limit at word boundaries.
    from = SkipBlanks(s, from, to);
    to = BackOverBlanks(s, from, to);
    while (to - from > limits::kMaxSentenceBytes) {
      // The last code point boundary within the limit, as Decode sees boundaries: a run
      // of stray continuation bytes is a run of one-byte code points, so a cut always
      // moves forward.
      std::size_t cut = from;
      while (cut + Decode(s, cut).len - from <= limits::kMaxSentenceBytes) cut += Decode(s, cut).len;
      std::size_t space = cut;
      while (space > from + limits::kMaxSentenceBytes / 2 && !IsBlank(Decode(s, space).cp))
        space = PrevBoundary(s, space);
      if (IsBlank(Decode(s, space).cp)) cut = space;
      out->push_back({from, cut, para, false, true});
      from = SkipBlanks(s, cut, to);
    }
    if (to <= from) return;
    // A date stamp run into the text is a sentence of its own (stamps.h).
    FindStamps(s, from, to, terminated, &stamps);
    for (const auto& [a, b] : stamps) {
      const std::size_t end = BackOverBlanks(s, from, a);
      if (end > from) out->push_back({from, end, para, false, false});
      out->push_back({a, b, para, false, false});
      from = SkipBlanks(s, b, to);
    }
    if (to > from) out->push_back({from, to, para, terminated, false});
  };

  std::size_t i = p0;
  while (i < p1) {
    if (!kMayStartTerminal[static_cast<unsigned char>(s[i])]) {  // no decoding needed
      ++i;
      continue;
    }
    const auto d = Decode(s, i);
    if (IsTightTerminal(d.cp)) {
      std::size_t after = i + d.len;
      while (after < p1 && text::IsClosingQuote(Decode(s, after).cp)) after += Decode(s, after).len;
      emit(start, after, true);
      start = i = after;
      continue;
    }
    if (!IsTerminal(Fold(d.cp))) {
      i += d.len;
      continue;
    }
    const std::size_t mark = i;
    std::size_t after_marks = i;
    while (after_marks < p1 && IsTerminal(Fold(Decode(s, after_marks).cp)))
      after_marks += Decode(s, after_marks).len;
    std::size_t after = after_marks;
    while (after < p1 && text::IsClosingQuote(Decode(s, after).cp)) after += Decode(s, after).len;
    i = after;
    if (after >= p1) break;  // the paragraph's end ends the sentence anyway
    if (!IsBlank(Decode(s, after).cp)) continue;  // "19.7", "U.S.-Mexico", "!!!,"
    const std::size_t next = SkipBlanks(s, after, p1);
    if (next >= p1) break;
    if (EndsSentence(s, start, mark, after_marks, after, next, p1)) {
      emit(start, after, true);
      start = next;
      i = next;
    }
  }
  if (start < p1) {
    // Terminated when the last visible mark is terminal punctuation or a closing quote
    // after one.
    const std::size_t to = BackOverBlanks(s, start, p1);
    std::size_t k = to;
    while (k > start && text::IsClosingQuote(Decode(s, PrevBoundary(s, k)).cp)) k = PrevBoundary(s, k);
    const bool terminated = k > start && (IsTerminal(Fold(Decode(s, PrevBoundary(s, k)).cp)) ||
                                          IsTightTerminal(Decode(s, PrevBoundary(s, k)).cp));
    emit(start, p1, terminated);
  }
}

}  // namespace

std::vector<Segment> Split(std::string_view s) {
  std::vector<Segment> out;
  std::size_t para = 0, line_start = 0;
  auto flush = [&](std::size_t line_end) {
    const std::size_t before = out.size();
    SplitParagraph(s, line_start, line_end, para, &out);
    if (out.size() > before) ++para;
  };
  for (std::size_t i = 0; i < s.size();) {
    if (!kMayStartLineBreak[static_cast<unsigned char>(s[i])]) {  // no decoding needed
      ++i;
      continue;
    }
    const auto d = Decode(s, i);
    if (text::IsLineBreak(d.cp)) {
      flush(i);
      i += d.len;
      line_start = i;
      continue;
    }
    i += d.len;
  }
  flush(s.size());
  return out;
}

}  // namespace segment
}  // namespace corroborate
