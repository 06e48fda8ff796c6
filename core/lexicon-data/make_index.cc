// Build step: turns the word table (tools/make_lexicon.py) into the stem index that
// browsers fetch and native builds embed (format: corroborate/lexicon.h), with the core's
// own Porter stemmer, so loading the table stems nothing at run time.
//
//   corroborate_lexicon_index WORDS.txt INDEX.txt
//
// The word table's leading comment lines (the WordNet attribution) are kept.
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

#include "corroborate/lexicon.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: corroborate_lexicon_index WORDS.txt INDEX.txt\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  if (!in) {
    std::cerr << "corroborate_lexicon_index: cannot read " << argv[1] << "\n";
    return 1;
  }
  const std::string words = buffer.str();
  corroborate::Lexicon lexicon;
  const corroborate::Status s = corroborate::Lexicon::Parse(words, &lexicon);
  if (!s.ok()) {
    std::cerr << "corroborate_lexicon_index: " << argv[1] << ": " << s.message() << "\n";
    return 1;
  }
  std::string header;
  for (std::size_t at = 0; at < words.size() && words[at] == '#';) {
    const std::size_t nl = words.find('\n', at);
    const std::size_t next = nl == std::string::npos ? words.size() : nl + 1;
    header.append(words, at, next - at);
    if (nl == std::string::npos) header += '\n';
    at = next;
  }
  header +=
      "# Stem index made by corroborate_lexicon_index (core/lexicon-data): every word stemmed\n"
      "# at build time; each line is a stem, its first group and the gaps to its next ones.\n";
  std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
  out << lexicon.Index(header);
  out.close();
  if (!out) {
    std::cerr << "corroborate_lexicon_index: cannot write " << argv[2] << "\n";
    return 1;
  }
  return 0;
}
