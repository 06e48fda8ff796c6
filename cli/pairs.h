// `corroborate pairs FILE.tsv`: scores sentence pairs in the MSRP layout, for measuring
// the scorer on public data (docs/accuracy.md).
#ifndef CORROBORATE_CLI_PAIRS_H_
#define CORROBORATE_CLI_PAIRS_H_

namespace corroborate {
class Lexicon;
namespace cli {

int RunPairs(int argc, char** argv);
// `corroborate candidates` (candidates.cc).
int RunCandidates(int argc, char** argv);

// The synonym table compiled into the binary (main.cc).
const Lexicon* BundledLexicon();

}  // namespace cli
}  // namespace corroborate

#endif  // CORROBORATE_CLI_PAIRS_H_
