// The request of AnalyzeRequestJson, read from JSON without a general JSON library:
//
//   {"documents": [{"id"?: string, "label"?: string, "text": string}, ...],
//    "options"?: {"min_score"?: number, "exhaustive"?: bool, "focus"?: string}}
//
// Strict RFC 8259 (a UTF-8 byte order mark at the start is skipped): anything else is
// "request is not valid JSON (...)", which takes precedence over every error about the
// request's shape, since the whole text is read first. Shape errors come in a fixed order
// (docs/bad-input.md, "malformed request"). Unknown keys are ignored, whatever their value;
// of a duplicate key the last one counts. Unknown values are skipped without recursion,
// so any depth of brackets is fine. Numbers that overflow a double (1e400) are not valid
// JSON. Never throws.
#ifndef CORROBORATE_API_REQUEST_H_
#define CORROBORATE_API_REQUEST_H_

#include <string_view>
#include <vector>

#include "corroborate/corroborate.h"

namespace corroborate {

// On success fills `docs` (an id-less document i gets the id "doc<i>") and sets
// options->min_score / options->exhaustive / options->focus when the request has them; other fields of
// `options` are left alone. On error `docs` and `options` are unspecified.
Status ParseRequest(std::string_view json, std::vector<Document>* docs, Options* options);

}  // namespace corroborate

#endif  // CORROBORATE_API_REQUEST_H_
