// `corroborate pairs FILE.tsv`: scores sentence pairs in the MSRP layout, for measuring
// the scorer on public data (docs/accuracy.md).
#ifndef CORROBORATE_CLI_PAIRS_H_
#define CORROBORATE_CLI_PAIRS_H_

namespace corroborate {
namespace cli {

int RunPairs(int argc, char** argv);

}  // namespace cli
}  // namespace corroborate

#endif  // CORROBORATE_CLI_PAIRS_H_
