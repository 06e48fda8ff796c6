#include "input.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "corroborate/bundle.h"
#include "corroborate/limits.h"

namespace corroborate {
namespace cli {
namespace {

namespace fs = std::filesystem;

std::string Q(const std::string& path) { return "'" + path + "'"; }

// What is read, and the limit that applies to it: a text is one document; a JSON bundle or
// manifest holds all documents of an analysis (JSON escapes may double the bytes).
struct ReadAs {
  std::size_t limit;
  const char* per;
  bool text;
};
constexpr ReadAs kDocument{limits::kMaxDocumentBytes, "per document", true};
constexpr ReadAs kBundle{2 * limits::kMaxTotalBytes, "per JSON bundle or manifest", false};

Status TooLarge(const std::string& path, const std::string& size, const ReadAs& kind) {
  return Status::Limit(Q(path) + " is " + size + "; the limit is " +
                       std::to_string(kind.limit) + " bytes (" + std::to_string(kind.limit >> 20) +
                       " MiB) " + kind.per);
}

Status ReadText(const std::string& path, std::istream& in, std::string* out, const ReadAs& kind) {
  // Read one byte past the limit so an oversized input is reported, never truncated.
  std::string data;
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    data.append(buf, static_cast<std::size_t>(in.gcount()));
    if (data.size() > kind.limit) return TooLarge(path, "larger than that", kind);
  }
  if (in.bad()) return Status::Invalid("cannot read " + Q(path));
  if (kind.text && data.find('\0') != std::string::npos)
    return Status::Invalid(Q(path) + " contains NUL bytes: it looks like a binary file, not text");
  *out = std::move(data);
  return Status::Ok();
}

Status ReadFile(const fs::path& p, std::string* out, const ReadAs& kind) {
  std::error_code ec;
  if (!fs::exists(p, ec)) return Status::Invalid("cannot read " + Q(p.string()) + ": no such file");
  if (fs::is_directory(p, ec)) return Status::Invalid(Q(p.string()) + " is a directory");
  const auto size = fs::file_size(p, ec);
  if (!ec && size > kind.limit) return TooLarge(p.string(), std::to_string(size) + " bytes", kind);
  std::ifstream f(p, std::ios::binary);
  if (!f) return Status::Invalid("cannot read " + Q(p.string()) + ": " + std::strerror(errno));
  return ReadText(p.string(), f, out, kind);
}

// A bundle or manifest (docs/bundle.md): sources with "text", or with a "file" relative
// to `base`.
Status ReadSourceList(const std::string& path, const std::string& data, const fs::path& base,
                      std::vector<Document>* docs) {
  std::vector<Source> sources;
  Status s = ReadBundle(data, &sources);
  if (!s.ok()) return Status(s.code(), Q(path) + ": " + s.message());
  for (Source& src : sources) {
    Document d;
    d.id = std::move(src.id);
    d.label = std::move(src.label);
    if (src.has_file) {
      s = ReadFile(base / src.file, &d.text, kDocument);
      if (!s.ok()) return s;
    } else {
      d.text = std::move(src.text);
    }
    docs->push_back(std::move(d));
  }
  return Status::Ok();
}

Status ReadDirectory(const fs::path& dir, std::vector<Document>* docs) {
  const fs::path manifest = dir / "sources.json";
  std::error_code ec;
  if (fs::exists(manifest, ec)) {
    std::string data;
    Status s = ReadFile(manifest, &data, kBundle);
    if (!s.ok()) return s;
    return ReadSourceList(manifest.string(), data, dir, docs);
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path());
  if (ec) return Status::Invalid("cannot list " + Q(dir.string()) + ": " + ec.message());
  if (files.empty()) return Status::Invalid(Q(dir.string()) + " has no .txt files");
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    Document d;
    Status s = ReadFile(f, &d.text, kDocument);
    if (!s.ok()) return s;
    d.id = d.label = f.stem().string();
    docs->push_back(std::move(d));
  }
  return Status::Ok();
}

}  // namespace

Status ReadSources(const std::vector<std::string>& paths, std::istream& stdin_stream,
                   std::vector<Document>* docs) {
  for (const std::string& path : paths) {
    Status s;
    std::error_code ec;
    if (path == "-") {
      Document d;
      d.id = "stdin";
      d.label = "standard input";
      s = ReadText("standard input", stdin_stream, &d.text, kDocument);
      if (s.ok()) docs->push_back(std::move(d));
    } else if (fs::is_directory(path, ec)) {
      s = ReadDirectory(path, docs);
    } else if (fs::path(path).extension() == ".json") {
      std::string data;
      s = ReadFile(path, &data, kBundle);
      if (s.ok()) s = ReadSourceList(path, data, fs::path(path).parent_path(), docs);
    } else {
      Document d;
      s = ReadFile(path, &d.text, kDocument);
      d.id = d.label = fs::path(path).stem().string();
      if (s.ok()) docs->push_back(std::move(d));
    }
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace cli
}  // namespace corroborate
