// Build step: turns the word table (tools/make_lexicon.py) into the binary synonym table that
// browsers fetch and native builds embed (format: corroborate/lexicon.h), with the core's own
// Porter stemmer, so that loading the table stems, sorts and parses nothing at run time.
//
//   corroborate_lexicon_table WORDS.txt TABLE.bin
//
// The word table's leading comment lines (the WordNet attribution) become the table's notice.
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

#include "corroborate/lexicon.h"

namespace {

// The leading '#' lines of `words`, without their '#'.
std::string NoticeOf(const std::string& words) {
  std::string notice;
  for (std::size_t at = 0; at < words.size() && words[at] == '#';) {
    std::size_t nl = words.find('\n', at);
    if (nl == std::string::npos) nl = words.size();
    std::string_view line(words.data() + at + 1, nl - at - 1);
    if (!line.empty() && line[0] == ' ') line.remove_prefix(1);
    notice.append(line.data(), line.size());
    notice += '\n';
    at = nl + 1;
  }
  return notice;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: corroborate_lexicon_table WORDS.txt TABLE.bin\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  if (!in) {
    std::cerr << "corroborate_lexicon_table: cannot read " << argv[1] << "\n";
    return 1;
  }
  const std::string words = buffer.str();
  corroborate::Lexicon lexicon;
  const corroborate::Status s = corroborate::Lexicon::Parse(words, &lexicon);
  if (!s.ok()) {
    std::cerr << "corroborate_lexicon_table: " << argv[1] << ": " << s.message() << "\n";
    return 1;
  }
  const std::string notice = NoticeOf(words) +
      "Binary table made by corroborate_lexicon_table (core/lexicon-data): every word stemmed at build time.\n";
  std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
  out << lexicon.Binary(notice);
  out.close();
  if (!out) {
    std::cerr << "corroborate_lexicon_table: cannot write " << argv[2] << "\n";
    return 1;
  }
  return 0;
}
