#include "report/json_writer.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>

#include "text/utf8.h"

namespace corroborate {

void JsonWriter::Newline() {
  if (indent_ < 0) return;
  out_ += '\n';
  out_.append(empty_.size() * static_cast<std::size_t>(indent_), ' ');
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (empty_.empty()) return;
  if (!empty_.back()) out_ += ',';
  empty_.back() = false;
  Newline();
}

void JsonWriter::Flush() {
  if (!sink_) return;
  sink_->write(out_.data(), static_cast<std::streamsize>(out_.size()));
  out_.clear();
}

void JsonWriter::Open(char c) {
  MaybeFlush();
  BeforeValue();
  out_ += c;
  empty_.push_back(true);
}

void JsonWriter::Close(char c) {
  const bool was_empty = empty_.back();
  empty_.pop_back();
  if (!was_empty) Newline();
  out_ += c;
}

void JsonWriter::Key(std::string_view key) {
  String(key);
  out_ += indent_ < 0 ? ":" : ": ";
  after_key_ = true;
}

void JsonWriter::String(std::string_view s) {
  BeforeValue();
  out_ += '"';
  for (std::size_t i = 0; i < s.size();) {
    // Reports are mostly keys and plain ASCII text: copy such runs whole.
    std::size_t run = i;
    while (run < s.size()) {
      const auto b = static_cast<unsigned char>(s[run]);
      if (b < 0x20 || b >= 0x80 || b == '"' || b == '\\') break;
      ++run;
    }
    if (run > i) {
      out_.append(s.data() + i, run - i);
      i = run;
      continue;
    }
    const text::Decoded d = text::Decode(s, i);
    if (!d.valid) {
      out_ += "\xEF\xBF\xBD";
    } else if (d.cp == '"' || d.cp == '\\') {
      out_ += '\\';
      out_ += static_cast<char>(d.cp);
    } else if (d.cp < 0x20) {
      switch (d.cp) {
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        case '\b': out_ += "\\b"; break;
        case '\f': out_ += "\\f"; break;
        default: {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(d.cp));
          out_ += buf;
        }
      }
    } else {
      out_.append(s.data() + i, d.len);
    }
    i += d.len;
  }
  out_ += '"';
}

void JsonWriter::Number(double v) {
  char buf[32];
  for (int precision = 15; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  Raw(buf);
}

void JsonWriter::Number(std::size_t v) {
  char buf[24];
  Raw(std::string_view(buf, static_cast<std::size_t>(std::to_chars(buf, buf + sizeof buf, v).ptr - buf)));
}

void JsonWriter::Number(long v) {
  char buf[24];
  Raw(std::string_view(buf, static_cast<std::size_t>(std::to_chars(buf, buf + sizeof buf, v).ptr - buf)));
}

}  // namespace corroborate
