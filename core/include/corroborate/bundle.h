// Source bundles: the articles an analysis compares, as JSON (docs/bundle.md).
//
//   std::vector<corroborate::Source> sources;
//   corroborate::Status s = corroborate::ReadBundle(json_text, &sources);
//   if (!s.ok()) return s;  // e.g. "source 2 has no id"
//   for (const corroborate::Source& src : sources) ...  // src.text, or src.file to read
//
// A bundle is a JSON array of sources, or an object whose "sources" member is one. Each
// source has a unique non-empty "id" and exactly one of "text" (the article) and "file" (a
// path relative to the bundle's folder, for readers that have files); "label", "title" and
// "url" are optional strings. The web widget checks the same rules (web/widget-bundle.js).
#ifndef CORROBORATE_BUNDLE_H_
#define CORROBORATE_BUNDLE_H_

#include <string>
#include <string_view>
#include <vector>

#include "corroborate/status.h"

namespace corroborate {

struct Source {
  std::string id;
  std::string label;  // the id when the bundle gives none
  std::string title;  // "" when absent
  std::string url;    // "" when absent
  std::string text;   // the article, when has_file is false
  std::string file;   // the path to read, when has_file is true
  bool has_file = false;
};

// On success replaces *out with the bundle's sources, in order. On error *out is
// unspecified and the message names the first fault (sources counted from 1).
Status ReadBundle(std::string_view json, std::vector<Source>* out);

}  // namespace corroborate

#endif  // CORROBORATE_BUNDLE_H_
