// Turns command-line paths into documents: files, directories (their .txt files in name
// order, labelled by an optional sources.json manifest), JSON source bundles, and '-'.
#ifndef CORROBORATE_CLI_INPUT_H_
#define CORROBORATE_CLI_INPUT_H_

#include <istream>
#include <string>
#include <vector>

#include "corroborate/corroborate.h"

namespace corroborate {
namespace cli {

// Every error names the path it is about.
Status ReadSources(const std::vector<std::string>& paths, std::istream& stdin_stream,
                   std::vector<Document>* docs);

}  // namespace cli
}  // namespace corroborate

#endif  // CORROBORATE_CLI_INPUT_H_
