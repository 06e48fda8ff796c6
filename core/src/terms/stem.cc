#include "terms/stem.h"

#include <string>
#include <string_view>
#include <utility>

namespace corroborate {
namespace terms {
namespace {

// Porter's algorithm, after the 1980 paper and its reference implementation: b_[0..k_]
// is the word, j_ the end of the stem once a suffix matched (-1 for an empty stem).
class Porter {
 public:
  explicit Porter(std::string_view w) : b_(w), k_(static_cast<int>(w.size()) - 1) {}

  std::string Run() {
    if (k_ <= 1) return std::move(b_);
    Step1ab();
    if (k_ > 0) {
      Step1c();
      Step2();
      Step3();
      Step4();
      Step5();
    }
    b_.resize(static_cast<std::size_t>(k_ + 1));
    return std::move(b_);
  }

 private:
  bool Cons(int i) const {
    switch (b_[i]) {
      case 'a': case 'e': case 'i': case 'o': case 'u':
        return false;
      case 'y':
        return i == 0 ? true : !Cons(i - 1);
      default:
        return true;
    }
  }

  // The measure m of b_[0..j_]: the number of vowel-consonant sequences.
  int M() const {
    int n = 0, i = 0;
    for (;; ++i) {
      if (i > j_) return n;
      if (!Cons(i)) break;
    }
    ++i;
    for (;;) {
      for (;; ++i) {
        if (i > j_) return n;
        if (Cons(i)) break;
      }
      ++i;
      ++n;
      for (;; ++i) {
        if (i > j_) return n;
        if (!Cons(i)) break;
      }
      ++i;
    }
  }

  bool VowelInStem() const {
    for (int i = 0; i <= j_; ++i)
      if (!Cons(i)) return true;
    return false;
  }

  bool DoubleC(int j) const { return j >= 1 && b_[j] == b_[j - 1] && Cons(j); }

  bool Cvc(int i) const {
    if (i < 2 || !Cons(i) || Cons(i - 1) || !Cons(i - 2)) return false;
    const char ch = b_[i];
    return ch != 'w' && ch != 'x' && ch != 'y';
  }

  // Suffixes are string literals: as string_views their lengths are known at compile time.
  bool Ends(std::string_view s) {
    const int len = static_cast<int>(s.size());
    if (len > k_ + 1) return false;
    // From the end: a suffix that does not match usually fails at its last letters.
    const char* w = b_.data() + (k_ + 1 - len);
    for (int i = len - 1; i >= 0; --i)
      if (w[i] != s[static_cast<std::size_t>(i)]) return false;
    j_ = k_ - len;
    return true;
  }

  void SetTo(std::string_view s) {
    b_.resize(static_cast<std::size_t>(j_ + 1));
    b_.append(s.data(), s.size());
    k_ = j_ + static_cast<int>(s.size());
  }

  void R(std::string_view s) {
    if (M() > 0) SetTo(s);
  }

  void Step1ab() {
    if (b_[k_] == 's') {
      if (Ends("sses")) {
        k_ -= 2;
      } else if (Ends("ies")) {
        SetTo("i");
      } else if (b_[k_ - 1] != 's') {
        --k_;
      }
    }
    if (Ends("eed")) {
      if (M() > 0) --k_;
    } else if ((Ends("ed") || Ends("ing")) && VowelInStem()) {
      k_ = j_;
      if (Ends("at")) {
        SetTo("ate");
      } else if (Ends("bl")) {
        SetTo("ble");
      } else if (Ends("iz")) {
        SetTo("ize");
      } else if (DoubleC(k_)) {
        --k_;
        const char ch = b_[k_];
        if (ch == 'l' || ch == 's' || ch == 'z') ++k_;
      } else if (M() == 1 && Cvc(k_)) {
        j_ = k_;
        SetTo("e");
      }
    }
    b_.resize(static_cast<std::size_t>(k_ + 1));
  }

  void Step1c() {
    if (Ends("y") && VowelInStem()) b_[k_] = 'i';
  }

  void Step2() {
    switch (b_[k_ - 1]) {
      case 'a':
        if (Ends("ational")) { R("ate"); break; }
        if (Ends("tional")) { R("tion"); break; }
        break;
      case 'c':
        if (Ends("enci")) { R("ence"); break; }
        if (Ends("anci")) { R("ance"); break; }
        break;
      case 'e':
        if (Ends("izer")) { R("ize"); break; }
        break;
      case 'l':
        if (Ends("bli")) { R("ble"); break; }
        if (Ends("alli")) { R("al"); break; }
        if (Ends("entli")) { R("ent"); break; }
        if (Ends("eli")) { R("e"); break; }
        if (Ends("ousli")) { R("ous"); break; }
        break;
      case 'o':
        if (Ends("ization")) { R("ize"); break; }
        if (Ends("ation")) { R("ate"); break; }
        if (Ends("ator")) { R("ate"); break; }
        break;
      case 's':
        if (Ends("alism")) { R("al"); break; }
        if (Ends("iveness")) { R("ive"); break; }
        if (Ends("fulness")) { R("ful"); break; }
        if (Ends("ousness")) { R("ous"); break; }
        break;
      case 't':
        if (Ends("aliti")) { R("al"); break; }
        if (Ends("iviti")) { R("ive"); break; }
        if (Ends("biliti")) { R("ble"); break; }
        break;
      case 'g':
        if (Ends("logi")) { R("log"); break; }
        break;
      default:
        break;
    }
  }

  void Step3() {
    switch (b_[k_]) {
      case 'e':
        if (Ends("icate")) { R("ic"); break; }
        if (Ends("ative")) { R(""); break; }
        if (Ends("alize")) { R("al"); break; }
        break;
      case 'i':
        if (Ends("iciti")) { R("ic"); break; }
        break;
      case 'l':
        if (Ends("ical")) { R("ic"); break; }
        if (Ends("ful")) { R(""); break; }
        break;
      case 's':
        if (Ends("ness")) { R(""); break; }
        break;
      default:
        break;
    }
  }

  void Step4() {
    bool hit = false;
    switch (b_[k_ - 1]) {
      case 'a': hit = Ends("al"); break;
      case 'c': hit = Ends("ance") || Ends("ence"); break;
      case 'e': hit = Ends("er"); break;
      case 'i': hit = Ends("ic"); break;
      case 'l': hit = Ends("able") || Ends("ible"); break;
      case 'n': hit = Ends("ant") || Ends("ement") || Ends("ment") || Ends("ent"); break;
      case 'o':
        hit = (Ends("ion") && j_ >= 0 && (b_[j_] == 's' || b_[j_] == 't')) || Ends("ou");
        break;
      case 's': hit = Ends("ism"); break;
      case 't': hit = Ends("ate") || Ends("iti"); break;
      case 'u': hit = Ends("ous"); break;
      case 'v': hit = Ends("ive"); break;
      case 'z': hit = Ends("ize"); break;
      default: break;
    }
    if (hit && M() > 1) k_ = j_;
  }

  void Step5() {
    j_ = k_;
    if (b_[k_] == 'e') {
      const int a = M();
      if (a > 1 || (a == 1 && !Cvc(k_ - 1))) --k_;
    }
    if (b_[k_] == 'l' && DoubleC(k_) && M() > 1) --k_;
  }

  std::string b_;
  int k_;
  int j_ = 0;
};

bool IsLowerAscii(std::string_view w) {
  for (char c : w)
    if (c < 'a' || c > 'z') return false;
  return !w.empty();
}

}  // namespace

std::string Stem(std::string_view word) {
  if (word.size() <= 2 || !IsLowerAscii(word)) return std::string(word);
  return Porter(word).Run();
}

}  // namespace terms
}  // namespace corroborate
