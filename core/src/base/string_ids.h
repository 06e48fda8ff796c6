// Dense ids for strings, in the order they are first seen (an analysis numbers its words
// and terms this way). Keys are views, so the strings must outlive the table. Open addressing over ids and their hashes: a lookup allocates nothing and
// compares a string only when the hashes agree, where std::unordered_map<std::string>
// allocates a node per key and hashes with a general-purpose function.
#ifndef CORROBORATE_BASE_STRING_IDS_H_
#define CORROBORATE_BASE_STRING_IDS_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace corroborate {
namespace base {

class StringIds {
 public:
  // Room for about `expected` keys before the table grows.
  explicit StringIds(std::size_t expected = 0) { Rehash(Capacity(expected)); }

  std::size_t size() const { return keys_.size(); }

  // The id of `s`: size() before the call, and *added set, if it is new.
  std::uint32_t Intern(std::string_view s, bool* added) {
    const std::uint32_t h = Hash(s);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      Slot& slot = slots_[i];
      if (slot.id == kEmpty) {
        const auto id = static_cast<std::uint32_t>(keys_.size());
        slot = {h, id};
        keys_.push_back(s);
        *added = true;
        if (2 * keys_.size() > slots_.size()) Rehash(2 * slots_.size());
        return id;
      }
      if (slot.hash == h && keys_[slot.id] == s) {
        *added = false;
        return slot.id;
      }
    }
  }

 private:
  static constexpr std::uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t id = kEmpty;
  };

  // FNV-1a: words are short, so a byte at a time is as fast as anything wider.
  static std::uint32_t Hash(std::string_view s) {
    std::uint32_t h = 2166136261u;
    for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
  }
  // A power of two at least twice `keys` (the table stays at most half full).
  static std::size_t Capacity(std::size_t keys) {
    std::size_t n = 16;
    while (n < 2 * keys) n *= 2;
    return n;
  }
  void Rehash(std::size_t n) {
    std::vector<Slot> old(n);
    old.swap(slots_);
    mask_ = n - 1;
    for (const Slot& slot : old) {
      if (slot.id == kEmpty) continue;
      std::size_t i = slot.hash & mask_;
      while (slots_[i].id != kEmpty) i = (i + 1) & mask_;
      slots_[i] = slot;
    }
  }

  std::vector<std::string_view> keys_;
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
};

// For each of n strings key(i), the index of the first one equal to it (its own, if none
// before it is). Views, not copies: a large story's texts are megabytes, and they are
// hashed only when two have the same size (most calls find none and hash nothing).
template <typename Key>
std::vector<std::size_t> FirstEqual(std::size_t n, Key key) {
  std::vector<std::size_t> first(n), sizes(n);
  for (std::size_t i = 0; i < n; ++i) first[i] = i, sizes[i] = key(i).size();
  std::sort(sizes.begin(), sizes.end());
  if (std::adjacent_find(sizes.begin(), sizes.end()) == sizes.end()) return first;
  StringIds ids(n);
  std::vector<std::size_t> first_of_id;
  for (std::size_t i = 0; i < n; ++i) {
    bool added = false;
    const std::uint32_t id = ids.Intern(key(i), &added);
    if (added) first_of_id.push_back(i);
    first[i] = first_of_id[id];
  }
  return first;
}

}  // namespace base
}  // namespace corroborate

#endif  // CORROBORATE_BASE_STRING_IDS_H_
