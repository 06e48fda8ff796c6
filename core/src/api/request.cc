// A reader for exactly the request of AnalyzeRequestJson (api/request.h): the shape and
// its messages. The JSON itself is read by base/json_reader.h.
#include "api/request.h"

#include <string>

#include "corroborate/limits.h"
#include "base/json_reader.h"

namespace corroborate {
namespace {

constexpr char kNotJson[] = "request is not valid JSON (text must be well-formed UTF-16/UTF-8)";

// What a field held; of a duplicate key the last occurrence counts.
enum class Got : unsigned char { kMissing, kRight, kWrong };

// What one element of "documents" held.
struct DocShape {
  bool object = false;
  Got text = Got::kMissing, id = Got::kMissing, label = Got::kMissing;
};

// A string field of a document: the last occurrence of the key counts.
bool ReadField(JsonReader& r, Got* got, std::string* value) {
  if (r.Peek() != '"') {
    *got = Got::kWrong;
    return r.Skip();
  }
  *got = Got::kRight;
  return r.ReadString(value);
}

}  // namespace

Status ParseRequest(std::string_view json, std::vector<Document>* docs, Options* options) {
  // First the whole text is read, recording what the request held; bad JSON anywhere wins
  // over any error about the request's shape, which is then checked in a fixed order.
  JsonReader r(json);
  bool root_object = false;
  Got documents = Got::kMissing;  // kWrong: not an array
  std::size_t count = 0;          // elements of "documents"; only the first kMaxDocuments kept
  std::vector<DocShape> shapes;
  Got opts = Got::kMissing, min_score = Got::kMissing, exhaustive = Got::kMissing, focus = Got::kMissing;
  std::string focus_value;
  double min_score_value = 0;
  bool exhaustive_value = false;

  const auto read_documents = [&] {
    docs->clear();
    shapes.clear();
    count = 0;
    if (r.Peek() != '[') {
      documents = Got::kWrong;
      return r.Skip();
    }
    documents = Got::kRight;
    return r.ReadArray([&] {
      if (count++ >= limits::kMaxDocuments) return r.Skip();  // refused below by count
      docs->emplace_back();
      shapes.emplace_back();
      Document& doc = docs->back();
      DocShape& shape = shapes.back();
      if (r.Peek() != '{') return r.Skip();
      shape.object = true;
      return r.ReadObject([&](const std::string& key) {
        if (key == "text") return ReadField(r, &shape.text, &doc.text);
        if (key == "id") return ReadField(r, &shape.id, &doc.id);
        if (key == "label") return ReadField(r, &shape.label, &doc.label);
        return r.Skip();
      });
    });
  };

  const auto read_options = [&] {
    min_score = exhaustive = focus = Got::kMissing;
    if (r.Peek() != '{') {
      opts = Got::kWrong;
      return r.Skip();
    }
    opts = Got::kRight;
    return r.ReadObject([&](const std::string& key) {
      if (key == "min_score") {
        min_score = r.AtNumber() ? Got::kRight : Got::kWrong;
        return min_score == Got::kRight ? r.ReadNumber(&min_score_value) : r.Skip();
      }
      if (key == "exhaustive") {
        const char c = r.Peek();
        exhaustive = c == 't' || c == 'f' ? Got::kRight : Got::kWrong;
        return exhaustive == Got::kRight ? r.ReadBool(&exhaustive_value) : r.Skip();
      }
      if (key == "focus") return ReadField(r, &focus, &focus_value);
      return r.Skip();
    });
  };

  bool read;
  if (r.Peek() == '{') {
    root_object = true;
    read = r.ReadObject([&](const std::string& key) {
      if (key == "documents") return read_documents();
      if (key == "options") return read_options();
      return r.Skip();
    });
  } else {
    read = r.Skip();
  }
  if (!read || !r.AtEnd()) return Status::Invalid(kNotJson);

  if (!root_object || documents != Got::kRight) return Status::Invalid("request needs a \"documents\" array");
  if (count > limits::kMaxDocuments)
    return Status::Limit("too many documents: " + std::to_string(count) + " (limit " +
                         std::to_string(limits::kMaxDocuments) + ")");
  for (std::size_t i = 0; i < docs->size(); ++i) {
    const DocShape& shape = shapes[i];
    const std::string where = "documents[" + std::to_string(i) + "]";
    if (!shape.object) return Status::Invalid(where + " must be an object");
    if (shape.text != Got::kRight) return Status::Invalid(where + ".text must be a string");
    if (shape.id == Got::kWrong) return Status::Invalid(where + ".id must be a string");
    if (shape.id == Got::kMissing) (*docs)[i].id = "doc" + std::to_string(i);
    if (shape.label == Got::kWrong) return Status::Invalid(where + ".label must be a string");
  }
  if (opts == Got::kWrong) return Status::Invalid("options must be an object");
  if (min_score == Got::kWrong) return Status::Invalid("options.min_score must be a number");
  if (min_score == Got::kRight) {
    // In C++ a negative value means "the default"; over JSON, leave the field out.
    if (!(min_score_value >= 0 && min_score_value <= 1))
      return Status::Invalid("options.min_score must be between 0 and 1");
    options->min_score = min_score_value;
  }
  if (exhaustive == Got::kWrong) return Status::Invalid("options.exhaustive must be true or false");
  if (exhaustive == Got::kRight) options->exhaustive = exhaustive_value;
  if (focus == Got::kWrong) return Status::Invalid("options.focus must be a string");
  if (focus == Got::kRight) options->focus = focus_value;
  return Status::Ok();
}

}  // namespace corroborate
