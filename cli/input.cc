#include "input.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "corroborate/limits.h"
#include "report/json_reader.h"

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

// What one entry of a source list held. Of a duplicate key the last one counts, and an
// "id" or "label" that is not a string counts as empty (tests/cli/bad_input.test.mjs).
struct Entry {
  bool object = false;
  bool text = false;         // has "text"
  bool text_string = false;  // ... and it is a string, in doc.text
  bool file = false;         // has "file" and it is a string, in `file_name`
  std::string file_name;
  Document doc;
};

bool ReadStringOrEmpty(JsonReader& r, std::string* value) {
  if (r.Peek() == '"') return r.ReadString(value);
  value->clear();
  return r.Skip();
}

// A bundle or manifest: a list of sources, or {"sources": [...]}. Entries carry either
// "text" (a bundle, as the widget reads) or "file" (a manifest, relative to `base`).
// The whole text is read before any entry is checked, so bad JSON anywhere is reported as
// such, before any entry's shape; entry errors then come in entry order.
Status ReadSourceList(const std::string& path, const std::string& data, const fs::path& base,
                      std::vector<Document>* docs) {
  JsonReader r(data);
  bool list = false;  // the list of sources is an array
  std::vector<Entry> entries;
  const auto read_list = [&] {
    entries.clear();
    list = r.Peek() == '[';
    if (!list) return r.Skip();
    return r.ReadArray([&] {
      Entry& e = entries.emplace_back();
      if (r.Peek() != '{') return r.Skip();
      e.object = true;
      return r.ReadObject([&](const std::string& key) {
        if (key == "text") {
          e.text = true;
          e.text_string = r.Peek() == '"';
          return e.text_string ? r.ReadString(&e.doc.text) : r.Skip();
        }
        if (key == "file") {
          e.file = r.Peek() == '"';
          return e.file ? r.ReadString(&e.file_name) : r.Skip();
        }
        if (key == "id") return ReadStringOrEmpty(r, &e.doc.id);
        if (key == "label") return ReadStringOrEmpty(r, &e.doc.label);
        return r.Skip();
      });
    });
  };
  bool read;
  if (r.Peek() == '{') {
    read = r.ReadObject([&](const std::string& key) { return key == "sources" ? read_list() : r.Skip(); });
  } else {
    read = read_list();
  }
  if (!read || !r.AtEnd()) return Status::Invalid(Q(path) + " is not valid JSON");
  if (!list) return Status::Invalid(Q(path) + ": expected a list of sources");
  if (entries.empty()) return Status::Invalid(Q(path) + " lists no sources");
  for (std::size_t i = 0; i < entries.size(); ++i) {
    Entry& e = entries[i];
    Document& d = e.doc;
    const std::string where = Q(path) + " entry " + std::to_string(i);
    if (!e.object) return Status::Invalid(where + " is not an object");
    if (e.text) {
      if (!e.text_string) return Status::Invalid(where + ": \"text\" must be a string");
    } else if (e.file) {
      const fs::path file = base / e.file_name;
      Status s = ReadFile(file, &d.text, kDocument);
      if (!s.ok()) return s;
      if (d.id.empty()) d.id = file.stem().string();
    } else {
      return Status::Invalid(where + " has neither \"text\" nor \"file\"");
    }
    if (d.id.empty()) return Status::Invalid(where + " has no \"id\"");
    if (d.label.empty()) d.label = d.id;
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
