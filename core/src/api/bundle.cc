// ReadBundle (corroborate/bundle.h): the whole text is read first, so bad JSON anywhere is
// reported as such; then the sources are checked in order, each rule in docs/bundle.md's order.
#include "corroborate/bundle.h"

#include <string>
#include <string_view>

#include "base/json_reader.h"
#include "base/json_writer.h"
#include "base/string_ids.h"

namespace corroborate {
namespace {

// What a member held; of a duplicate key the last one counts.
enum class Got : unsigned char { kMissing, kString, kOther };

struct Entry {
  bool object = false;
  Got id = Got::kMissing, text = Got::kMissing, file = Got::kMissing;
  Got label = Got::kMissing, title = Got::kMissing, url = Got::kMissing;
  Source source;
};

bool ReadMember(JsonReader& r, Got* got, std::string* value) {
  if (r.Peek() != '"') {
    *got = Got::kOther;
    return r.Skip();
  }
  *got = Got::kString;
  return r.ReadString(value);
}

bool ReadEntry(JsonReader& r, Entry* e) {
  if (r.Peek() != '{') return r.Skip();
  e->object = true;
  Source& s = e->source;
  return r.ReadObject([&](const std::string& key) {
    if (key == "id") return ReadMember(r, &e->id, &s.id);
    if (key == "text") return ReadMember(r, &e->text, &s.text);
    if (key == "file") return ReadMember(r, &e->file, &s.file);
    if (key == "label") return ReadMember(r, &e->label, &s.label);
    if (key == "title") return ReadMember(r, &e->title, &s.title);
    if (key == "url") return ReadMember(r, &e->url, &s.url);
    return r.Skip();
  });
}

// The sources list: the whole text, or the "sources" member of an object. *list is false
// when there is no array where the list belongs.
bool ReadList(JsonReader& r, bool* list, std::vector<Entry>* entries) {
  const auto read_array = [&] {
    entries->clear();
    *list = r.Peek() == '[';
    if (!*list) return r.Skip();
    return r.ReadArray([&] { return ReadEntry(r, &entries->emplace_back()); });
  };
  if (r.Peek() != '{') return read_array();
  return r.ReadObject([&](const std::string& key) { return key == "sources" ? read_array() : r.Skip(); });
}

// An id as the messages quote it: a JSON string.
std::string Quoted(std::string_view id) {
  JsonWriter w(-1);
  w.String(id);
  return w.Take();
}

// Source n (from 1) by the rules of docs/bundle.md, in their order; `repeated`: its id is
// an earlier source's.
Status Check(const Entry& e, std::size_t n, bool repeated) {
  const std::string where = "source " + std::to_string(n);
  if (!e.object) return Status::Invalid(where + " is not an object");
  if (e.id != Got::kString || e.source.id.empty()) return Status::Invalid(where + " has no id");
  if (repeated) return Status::Invalid(where + " repeats the id " + Quoted(e.source.id));
  const std::pair<const char*, Got> members[] = {
      {"text", e.text}, {"file", e.file}, {"label", e.label}, {"title", e.title}, {"url", e.url}};
  for (const auto& [name, got] : members)
    if (got == Got::kOther) return Status::Invalid(where + ": \"" + name + "\" must be a string");
  if (e.text != Got::kMissing && e.file != Got::kMissing)
    return Status::Invalid(where + " has both \"text\" and \"file\"");
  if (e.text == Got::kMissing && e.file == Got::kMissing) return Status::Invalid(where + " has no text");
  return Status::Ok();
}

}  // namespace

Status ReadBundle(std::string_view json, std::vector<Source>* out) {
  JsonReader r(json);
  bool list = false;
  std::vector<Entry> entries;
  if (!ReadList(r, &list, &entries) || !r.AtEnd()) return Status::Invalid("the bundle is not valid JSON");
  if (!list) return Status::Invalid("the bundle must be a list of sources");
  if (entries.empty()) return Status::Invalid("the bundle lists no sources");
  const auto first = base::FirstEqual(entries.size(), [&](std::size_t i) { return std::string_view(entries[i].source.id); });
  out->clear();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    Status s = Check(entries[i], i + 1, first[i] != i);
    if (!s.ok()) return s;
    Source& src = entries[i].source;
    if (src.label.empty()) src.label = src.id;
    src.has_file = entries[i].file == Got::kString;
    out->push_back(std::move(src));
  }
  return Status::Ok();
}

}  // namespace corroborate
