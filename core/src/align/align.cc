#include "align/align.h"

#include <algorithm>
#include <iterator>
#include <memory>

#include "align/evidence.h"
#include "align/model.h"
#include "align/parts.h"
#include "align/related.h"
#include "base/noinline.h"
#include "base/share_out.h"
#include "align/term_index.h"

namespace corroborate {
namespace align {
namespace {

// Weighted F (model::Score) of at least f needs, even at precision 1, a weighted recall
// of at least this.
double MinRecall(double f) {
  const double b2 = model::kRecallBeta * model::kRecallBeta;
  return f * b2 / (1 + b2 - f);
}

// Adds to *out the rarest terms of a set that hold all but less than `recall` of its
// weight. A sentence sharing none of them matches less than that share, so it can never
// pass a gate that needs it: looking up only these terms loses nothing the model would
// have seen, and common terms, whose postings are long, are rarely among them.
void AddRarest(const TermIndex& w, const std::vector<TermId>& terms, double weight, double recall,
               std::vector<TermId>* scratch, std::vector<TermId>* out) {
  scratch->assign(terms.begin(), terms.end());
  std::sort(scratch->begin(), scratch->end(), [&](TermId a, TermId b) {
    return w.weight(a) != w.weight(b) ? w.weight(a) > w.weight(b) : a < b;
  });
  // A little under the bound, so that rounding never drops a term that was needed.
  const double left_out = recall * weight * (1 - 1e-9);
  double suffix = 0;
  std::size_t keep = scratch->size();
  while (keep > 0 && suffix + w.weight((*scratch)[keep - 1]) < left_out) suffix += w.weight((*scratch)[--keep]);
  out->insert(out->end(), scratch->begin(), scratch->begin() + keep);
}

// Whether `next`, joined to `single`, could tell more of the claim: it has a claim term
// (or a synonym of one) that `single` lacks. Otherwise the pair only dilutes the match.
bool AddsToClaim(const TermIndex& w, const Side& claim, const Side& single, const Side& next) {
  AscendingLookup in_single(single.terms), in_next(next.terms);
  for (TermId t : claim.terms) {
    if (in_single.Has(t)) continue;
    if (in_next.Has(t)) return true;
    if (!w.groups().empty() && HasSynonym(t, next, w.groups()) && !HasSynonym(t, single, w.groups()))
      return true;
  }
  return false;
}

// Inverted index: the sentences each term is in, in sentence order. One array for all
// terms (each term's run found by offset), built by counting first: a vector per term
// would cost an allocation, and several as it grows, for every term of the analysis.
class Postings {
 public:
  explicit Postings(const TermIndex& w, std::size_t units) : start_(w.terms() + 1, 0) {
    for (std::size_t u = 0; u < units; ++u)
      for (TermId t : w.side(u).terms) ++start_[t + 1];
    for (std::size_t t = 1; t < start_.size(); ++t) start_[t] += start_[t - 1];
    units_.resize(start_.back());
    std::vector<std::uint32_t> next(start_.begin(), start_.end() - 1);
    for (std::size_t u = 0; u < units; ++u)
      for (TermId t : w.side(u).terms) units_[next[t]++] = static_cast<std::uint32_t>(u);
  }

  struct Range {
    const std::uint32_t *first, *last;
    const std::uint32_t* begin() const { return first; }
    const std::uint32_t* end() const { return last; }
  };
  Range operator[](TermId t) const { return {units_.data() + start_[t], units_.data() + start_[t + 1]}; }

 private:
  std::vector<std::uint32_t> start_;  // term t: units_[start_[t], start_[t + 1])
  std::vector<std::uint32_t> units_;
};

struct Candidate {
  std::uint32_t unit;
  double cheap;
};

// A 64-bit signature of a set of terms: bit TermBit(t) for each. A term whose bit is not
// in a sentence's signature is not among its terms, so the weight of the claim's terms
// that were not looked up can be bounded per candidate, not only per claim.
inline unsigned TermBit(TermId t) { return static_cast<unsigned>((t * 0x9E3779B97F4A7C15ull) >> 58); }

// What candidate gathering reads of every sentence, side by side in one array: millions
// of (claim, sentence) hits are ruled out on these alone, and a Side is far larger.
struct Summary {
  std::uint64_t bits = 0;  // TermBit of each of its terms
  double weight = 0;       // Side::weight
};

// The sum of weights[b] over the set bits b of `bits`, lowest first.
inline double WeightOfBits(std::uint64_t bits, const double* weights) {
  double sum = 0;
  for (; bits != 0; bits &= bits - 1) sum += weights[__builtin_ctzll(bits)];
  return sum;
}

// The weight of a claim's terms that were not looked up, by signature bit: what a
// candidate with a given signature can share of them at most.
class Unlooked {
 public:
  void Clear() { bits_ = 0; }
  void Add(TermId t, double weight) {
    const unsigned b = TermBit(t);
    if (!(bits_ >> b & 1)) bits_ |= std::uint64_t{1} << b, weight_[b] = 0;
    weight_[b] += weight;
  }
  double Bound(std::uint64_t candidate_bits) const { return WeightOfBits(candidate_bits & bits_, weight_); }

 private:
  std::uint64_t bits_ = 0;
  double weight_[64];
};

// A part of a sentence as a term set, for choosing the part of a candidate that states
// a clause of the claim.
struct Window {
  std::pair<std::size_t, std::size_t> range;
  TermSet set;
  std::unique_ptr<Side> side;  // made when the model first reads it (ClaimAligner::window_side)
};


// Aligns claims one at a time. Everything it writes is its own, so that claims can be
// shared out among threads; the term index and the postings are only read.
class ClaimAligner {
 public:
  ClaimAligner(const std::vector<Unit>& units, const std::vector<std::pair<std::size_t, std::size_t>>& doc_units,
               const TermIndex& w, const Relatedness& related, const Postings& postings,
               const std::vector<Summary>& summaries, double min_score, bool exhaustive)
      : units(units), doc_units(doc_units), w(w), related(related), postings(postings), summaries(summaries),
        min_score(min_score), exhaustive(exhaustive), with_next(units.size()), windows_of(units.size()),
        seen(units.size(), Seen{UINT32_MAX, 0}), term_bit(w.terms(), 0), claim_weight(w.terms(), 0.0),
        pieces_of_term(w.terms(), 0),
        term_mark(w.terms(), UINT32_MAX), per_doc(doc_units.size()) {}

  // The supports of claim unit c, in document order, into *out: the stages below, in order.
  CORROBORATE_NOINLINE void Claim(std::size_t c, std::vector<Match>* out);

 private:
  // A supporting sentence chosen for one document, with its probability and, for a
  // single sentence, the claim's longest run of words in common with it (for evidence).
  struct Choice {
    Match match;
    double p = -1;
    int run = -1;
  };
  // A sentence that shares a looked-up term with the claim, and which ones (bits by the
  // order they were looked up in).
  struct Hit {
    std::uint32_t unit;
    std::uint64_t looked;
  };

  // The claim's parts (clauses), the ones that can stand as claims with their terms (the
  // others with none), and the pieces each term of the claim is in.
  CORROBORATE_NOINLINE void ClaimParts(std::size_t c, std::vector<TermSet>* part_sets);
  // Candidates, 1: the terms to look up (the rarest that can reach the gates) and the
  // sentences of other documents that have them (hits).
  CORROBORATE_NOINLINE void LookUp(std::size_t c, const std::vector<TermSet>& part_sets);
  // Candidates, 2: what a hit must share of the looked-up terms to pass the claim's gate
  // or a part's, given the weight of the terms not looked up.
  CORROBORATE_NOINLINE void PrepareGates(std::size_t c, const std::vector<TermSet>& part_sets);
  // Candidates, 3: the hits that pass the claim's gate (weighted F >= kMinCheapScore) or a
  // part's, by document (per_doc, docs_hit), each with its weighted F.
  CORROBORATE_NOINLINE void KeepCandidates(std::size_t c);
  bool PassesPartGate(const Hit& hit);
  // Candidates, 4: of the documents whose best candidate is weak (weighted F under
  // model::kStrongCheapScore), keeps the model::kWeakDocuments with the best ones (ties by
  // document); the others' candidates are dropped (per_doc cleared).
  CORROBORATE_NOINLINE void KeepWeakDocuments(std::vector<std::size_t>* docs);
  // Scoring and ranking: the model on document d's best few candidates; the most probable.
  CORROBORATE_NOINLINE Choice BestSentence(std::size_t c, std::size_t d);
  // Choosing: the best sentence with a neighbour, when the outlet split the claim.
  CORROBORATE_NOINLINE void JoinNeighbour(std::size_t c, std::size_t d, Choice* best);
  // Choosing: a clause of the claim stated in one of document d's candidates, when the
  // whole claim is not supported.
  CORROBORATE_NOINLINE void BestClause(std::size_t c, std::size_t d, const std::vector<TermSet>& part_sets,
                  std::vector<Side>* part_sides, Choice* best);
  bool is_claim(std::size_t u) const { return u < units.size() && units[u].claim; }
  // Made the first time they are needed, then kept: a sentence is a candidate of many claims.
  const Side& joined(std::size_t first) {
    if (!with_next[first]) with_next[first] = std::make_unique<Side>(w.Union(w.side(first), w.side(first + 1)));
    return *with_next[first];
  }
  const Side& window_side(std::size_t s, Window& win) {
    if (!win.side) win.side = std::make_unique<Side>(w.Sub(s, win.range.first, win.range.second));
    return *win.side;
  }
  std::vector<Window>& windows(std::size_t s) {
    if (!windows_of[s]) {
      windows_of[s] = std::make_unique<std::vector<Window>>();
      std::vector<std::size_t> pieces;
      std::vector<std::pair<std::size_t, std::size_t>> ranges;
      PieceStarts(*units[s].tokens, units[s].text, &pieces);
      Parts(pieces, units[s].tokens->size(), &ranges);
      for (const auto& range : ranges) {
        Window& win = windows_of[s]->emplace_back();
        win.range = range;
        w.Terms(s, range.first, range.second, &win.set);
      }
    }
    return *windows_of[s];
  }
  // Whether a clause of the claim could be stated by `other` (the model then looks for
  // the part of `other` that states it, which can only match less of it).
  bool clause_in(const TermSet& part, const Side& other) const {
    return !part.terms.empty() && w.Overlap(part.terms, other.terms) >= clause_recall * part.weight;
  }

  const std::vector<Unit>& units;
  const std::vector<std::pair<std::size_t, std::size_t>>& doc_units;  // per document: [first, last) unit
  const TermIndex& w;
  const Relatedness& related;
  const Postings& postings;
  const std::vector<Summary>& summaries;
  const double min_score;
  const bool exhaustive;
  const double claim_recall = MinRecall(model::kMinCheapScore);
  const double strong_recall = MinRecall(model::kStrongCheapScore);
  const double clause_recall = MinRecall(model::kMinClauseScore);
  std::vector<std::unique_ptr<Side>> with_next;
  std::vector<std::unique_ptr<std::vector<Window>>> windows_of;
  // Per sentence: the last claim it was a hit of, and where in `hits` it is.
  struct Seen {
    std::uint32_t claim, hit;
  };
  std::vector<Seen> seen;
  std::vector<Hit> hits;
  std::vector<std::uint8_t> term_bit;  // per term, while it is looked up: its bit in Hit::looked
  std::vector<double> part_bit_weight;  // per part of the claim: 64 weights by bit
  Unlooked unlooked_bits;
  std::vector<Unlooked> part_unlooked_bits;
  std::vector<double> claim_weight;
  std::vector<std::uint16_t> pieces_of_term;  // bit k: the term is in piece k
  std::vector<std::pair<std::uint16_t, double>> shared_pieces;
  std::vector<TermId> lookup, scratch;
  std::vector<std::uint32_t> term_mark;
  std::vector<std::vector<Candidate>> per_doc;
  std::vector<std::size_t> docs_hit;
  std::vector<std::pair<double, std::size_t>> weak;  // KeepWeakDocuments: (best weighted F, document)
  std::vector<Match> found;  // this claim's supports, moved out in a vector of their size
  // The claim's pieces and parts (PieceStarts, Parts) and per part: its pieces, the
  // weight of its terms not looked up and the bits of those that were. Members, so that
  // their storage serves claim after claim.
  std::vector<std::size_t> starts;
  std::vector<std::pair<std::size_t, std::size_t>> parts;
  std::vector<std::pair<std::size_t, std::size_t>> part_pieces;
  std::vector<double> part_unlooked;
  std::vector<std::uint64_t> part_looked;
  // The parts that can stand as claims, each with what a candidate must share of its
  // looked-up terms for its bound to pass; `need` has room for summing in another order
  // than the exact test.
  struct Gate {
    std::uint16_t mask;       // bit k: the part holds piece k
    double need, exact;       // the bound's and the exact overlap's thresholds
    std::uint64_t looked;     // its looked-up terms, as bits of a hit's mask
    const double* weights;    // by bit
    const Unlooked* unlooked; // the part's terms that were not looked up
    double unlooked_weight;   // all of them
  };
  std::vector<Gate> gates;
  bool has_parts = false;  // some part of the claim can stand as a claim
  // Looked-up term i is bit min(i, 63) of a hit's mask; bit 63 stands for all from the
  // 64th on, with their weights summed (a bound, never less than what a hit shares).
  double bit_weight[64] = {};
  double looked = 0, unlooked = 0;  // weight of the claim's terms looked up, and of the others
  static constexpr double kRounding = 1 - 1e-9;  // bounds never reject what the exact test keeps
};

void ClaimAligner::Claim(std::size_t c, std::vector<Match>* out) {
  const Side& claim = w.side(c);
  if (!units[c].claim || claim.terms.empty()) return;
  // Its own each claim: kept in the aligner, the sets' scattered buffers would grow
  // emmalloc's heap (for 200 articles from 52 to 68 MiB, with the same peak of live data).
  std::vector<TermSet> part_sets;
  ClaimParts(c, &part_sets);
  // 1. Candidates: per_doc and docs_hit.
  LookUp(c, part_sets);
  PrepareGates(c, part_sets);
  KeepCandidates(c);
  KeepWeakDocuments(&docs_hit);
  std::sort(docs_hit.begin(), docs_hit.end());  // supports come out in document order
  std::vector<Side> part_sides;  // parts as sides, each made when a clause is first scored
  for (std::size_t d : docs_hit) {
    // 2. Scoring and ranking; 3. choosing the evidence: a sentence, a pair, or a clause.
    Choice best = BestSentence(c, d);
    if (best.p >= 0) JoinNeighbour(c, d, &best);
    if (best.p < min_score && !parts.empty()) BestClause(c, d, part_sets, &part_sides, &best);
    if (best.p < min_score) continue;
    // 4. Evidence.
    best.match.doc = d;
    best.match.score = best.p;
    AddEvidence(w, c, &best.match, best.run);
    found.push_back(std::move(best.match));
  }
  for (std::size_t d : docs_hit) per_doc[d].clear();
  docs_hit.clear();
  out->reserve(found.size());
  std::move(found.begin(), found.end(), std::back_inserter(*out));
  found.clear();
  for (TermId t : claim.terms) pieces_of_term[t] = 0, claim_weight[t] = 0;
}

void ClaimAligner::ClaimParts(std::size_t c, std::vector<TermSet>* part_sets) {
  const Side& claim = w.side(c);
  PieceStarts(*units[c].tokens, units[c].text, &starts);
  Parts(starts, units[c].tokens->size(), &parts);
  part_sets->resize(parts.size());
  for (std::size_t pi = 0; pi < parts.size(); ++pi) {
    TermSet& part = (*part_sets)[pi];
    w.Terms(c, parts[pi].first, parts[pi].second, &part);
    if (!(static_cast<int>(part.terms.size()) >= model::kClauseMinTerms &&
          part.terms.size() >= model::kClauseMinShare * claim.terms.size() &&
          StandsAlone(*units[c].tokens, parts[pi].first, parts[pi].second))) {
      part.terms.clear();
      part.weight = 0.0;
    }
  }
  has_parts = std::any_of(part_sets->begin(), part_sets->end(), [](const TermSet& p) { return !p.terms.empty(); });
  part_pieces.assign(parts.size(), {0, 0});
  if (!has_parts) return;
  auto piece_of = [&](std::size_t k) {
    return static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), k) - starts.begin() - 1);
  };
  for (std::size_t k = 0; k < claim.token_terms.size(); ++k)
    if (claim.token_terms[k] != kNoTerm) pieces_of_term[claim.token_terms[k]] |= 1u << piece_of(k);
  for (std::size_t pi = 0; pi < parts.size(); ++pi)
    part_pieces[pi] = {piece_of(parts[pi].first), piece_of(parts[pi].second)};
}

void ClaimAligner::LookUp(std::size_t c, const std::vector<TermSet>& part_sets) {
  const Side& claim = w.side(c);
  lookup.clear();
  if (exhaustive) {
    lookup = claim.terms;
  } else {
    AddRarest(w, claim.terms, claim.weight, claim_recall, &scratch, &lookup);
    for (const TermSet& part : part_sets)
      if (!part.terms.empty()) AddRarest(w, part.terms, part.weight, clause_recall, &scratch, &lookup);
  }
  // Each sentence of another document that has a looked-up term notes which ones as
  // their postings are read.
  hits.clear();
  looked = 0;
  std::fill(bit_weight, bit_weight + 64, 0.0);
  int looked_up = 0;
  const auto [own_first, own_last] = doc_units[units[c].doc];
  for (TermId t : lookup) {
    if (term_mark[t] == c) continue;
    term_mark[t] = static_cast<std::uint32_t>(c);
    const double wt = w.weight(t);
    looked += wt;
    const int bit = std::min(looked_up++, 63);
    term_bit[t] = static_cast<std::uint8_t>(bit);
    bit_weight[bit] += wt;
    const std::uint64_t mask = std::uint64_t{1} << bit;
    for (std::uint32_t s : postings[t]) {
      if (s >= own_first && s < own_last) continue;
      Seen& seen_s = seen[s];
      if (seen_s.claim != c) {
        seen_s = {static_cast<std::uint32_t>(c), static_cast<std::uint32_t>(hits.size())};
        hits.push_back({s, 0});
      }
      hits[seen_s.hit].looked |= mask;
    }
  }
}

void ClaimAligner::PrepareGates(std::size_t c, const std::vector<TermSet>& part_sets) {
  const Side& claim = w.side(c);
  unlooked = std::max(0.0, claim.weight - looked);
  unlooked_bits.Clear();
  for (TermId t : claim.terms)
    if (term_mark[t] != c) unlooked_bits.Add(t, w.weight(t));
  // The claim's terms' weights by term id: the overlap with a candidate is then one
  // pass over the candidate's terms, in the same order (and so to the same sum) as
  // TermIndex::Overlap's merge.
  for (TermId t : claim.terms) claim_weight[t] = w.weight(t);
  part_unlooked.assign(parts.size(), 0.0);
  if (part_unlooked_bits.size() < parts.size()) part_unlooked_bits.resize(parts.size());
  if (part_bit_weight.size() < 64 * parts.size()) part_bit_weight.resize(64 * parts.size());
  part_looked.assign(parts.size(), 0);
  for (std::size_t pi = 0; pi < parts.size(); ++pi) {
    part_unlooked[pi] = part_sets[pi].weight;
    part_unlooked_bits[pi].Clear();
    double* weights = &part_bit_weight[64 * pi];
    weights[63] = 0;
    for (TermId t : part_sets[pi].terms) {
      if (term_mark[t] == c) {
        part_unlooked[pi] -= w.weight(t);
        const unsigned bit = term_bit[t];
        // Below 63 a bit is one term; bit 63 only this part's share of the terms past 63.
        weights[bit] = bit < 63 ? w.weight(t) : weights[63] + w.weight(t);
        part_looked[pi] |= std::uint64_t{1} << bit;
      } else {
        part_unlooked_bits[pi].Add(t, w.weight(t));
      }
    }
    part_unlooked[pi] = std::max(0.0, part_unlooked[pi]);
  }
  gates.clear();
  for (std::size_t pi = 0; pi < parts.size() && has_parts; ++pi) {
    if (part_sets[pi].terms.empty()) continue;
    Gate g{0, 0, clause_recall * part_sets[pi].weight, part_looked[pi], &part_bit_weight[64 * pi],
           &part_unlooked_bits[pi], part_unlooked[pi]};
    for (std::size_t k = part_pieces[pi].first; k <= part_pieces[pi].second; ++k) g.mask |= 1u << k;
    const double bound = clause_recall * part_sets[pi].weight * kRounding;
    g.need = bound - part_unlooked[pi] - 1e-9 * bound;
    gates.push_back(g);
  }
}

void ClaimAligner::KeepCandidates(std::size_t c) {
  const Side& claim = w.side(c);
  // The gate of a document: kMinCheapScore in documents related to the claim's own,
  // kStrongCheapScore in the others; and the claim's weight a candidate must match for it.
  struct DocGate {
    double score, need;
    bool weak;
  };
  const std::size_t own = units[c].doc;
  const DocGate weak_gate{model::kMinCheapScore, claim_recall * claim.weight * kRounding, true};
  const DocGate strong_gate{model::kStrongCheapScore, strong_recall * claim.weight * kRounding, false};
  // Whether weighted F (model::Score) of a candidate of weight `other` that matches
  // `matched` of the claim reaches the gate: F is (1 + b^2) m / (b^2 C + O), so this
  // needs no division, and kRounding covers its other rounding.
  const double b2 = model::kRecallBeta * model::kRecallBeta;
  auto reaches_gate = [&](double gate, double matched, double other) {
    return (1 + b2) * std::min(matched, other) >= gate * kRounding * (b2 * claim.weight + other);
  };
  // The overlap with a candidate: one pass over its terms (PrepareGates set claim_weight).
  auto overlap_of = [&](const Side& other) {
    double m = 0;
    for (TermId t : other.terms) m += claim_weight[t];
    return m;
  };
  for (std::size_t h = 0; h < hits.size(); ++h) {
    const std::uint32_t s = hits[h].unit;
    const Summary& summary = summaries[s];
    const DocGate& gate = related(own, units[s].doc) >= model::kRelatedDocument ? weak_gate : strong_gate;
    double cheap = -1;
    bool pass = false;
    // What it shares of the terms looked up, plus all the others (most hits fail here),
    // then plus only those its signature allows.
    const double shared = WeightOfBits(hits[h].looked, bit_weight);
    double bound = shared + unlooked;
    if (bound >= gate.need && reaches_gate(gate.score, bound, summary.weight) &&
        (bound = shared + std::min(unlooked, unlooked_bits.Bound(summary.bits))) >= gate.need &&
        reaches_gate(gate.score, bound, summary.weight)) {
      cheap = model::Score(overlap_of(w.side(s)), claim.weight, summary.weight);
      pass = cheap >= gate.score;
    }
    // A clause stated on its own is weak overlap of the whole sentence.
    if (!pass && gate.weak && !gates.empty()) pass = PassesPartGate(hits[h]);
    if (!pass) continue;
    if (cheap < 0) cheap = model::Score(overlap_of(w.side(s)), claim.weight, summary.weight);
    if (per_doc[units[s].doc].empty()) docs_hit.push_back(units[s].doc);
    per_doc[units[s].doc].push_back({s, cheap});
  }
}

bool ClaimAligner::PassesPartGate(const Hit& hit) {
  const Summary& summary = summaries[hit.unit];
  // The candidate's terms that are in the claim, with the claim's pieces each is in:
  // a part's exact overlap is then a pass over these few, in term order (so to the
  // same sum as TermIndex::Overlap's merge).
  shared_pieces.clear();
  bool shared_known = false;
  for (const Gate& g : gates) {
    const std::uint64_t in_part = hit.looked & g.looked;
    if (in_part == 0) continue;
    const double looked_up = WeightOfBits(in_part, g.weights);
    if (looked_up < g.need) continue;
    // The same bound, with only the unlooked terms the candidate's signature allows.
    if (looked_up < g.need + g.unlooked_weight - std::min(g.unlooked_weight, g.unlooked->Bound(summary.bits)))
      continue;
    if (!shared_known) {
      for (TermId t : w.side(hit.unit).terms)
        if (pieces_of_term[t]) shared_pieces.push_back({pieces_of_term[t], w.weight(t)});
      shared_known = true;
    }
    double overlap = 0;
    for (const auto& [mask, weight] : shared_pieces)
      if (mask & g.mask) overlap += weight;
    if (overlap >= g.exact) return true;
  }
  return false;
}

ClaimAligner::Choice ClaimAligner::BestSentence(std::size_t c, std::size_t d) {
  auto& cands = per_doc[d];
  // The full model only for the few best by weighted F (ties by position, so the
  // result does not depend on the order candidates were found in).
  const std::size_t k = std::min<std::size_t>(cands.size(), model::kCandidatesPerDocument);
  std::partial_sort(cands.begin(), cands.begin() + k, cands.end(), [](const Candidate& a, const Candidate& b) {
    return a.cheap != b.cheap ? a.cheap > b.cheap : a.unit < b.unit;
  });
  Choice best;
  for (std::size_t i = 0; i < k && cands[i].cheap >= model::kMinCheapScore; ++i) {
    const std::size_t s = cands[i].unit;
    Runs runs;
    const double p = w.Probability(w.side(c), w.side(s), nullptr, &runs);
    if (p > best.p || (p == best.p && s < best.match.first))
      best.p = p, best.match.first = best.match.last = s, best.run = runs.any;
  }
  return best;
}

void ClaimAligner::JoinNeighbour(std::size_t c, std::size_t d, Choice* best) {
  // The outlet may have split the claim at the best sentence: try it with each neighbour.
  const Side& claim = w.side(c);
  const std::size_t single = best->match.first;
  const double single_p = best->p;
  const double single_overlap = w.Overlap(claim.terms, w.side(single).terms);
  for (std::size_t n : {single + 1, single - 1}) {
    if (!is_claim(n) || units[n].doc != d || !AddsToClaim(w, claim, w.side(single), w.side(n))) continue;
    const std::size_t first = std::min(single, n), last = std::max(single, n);
    const Side& pair = joined(first);
    const double p = w.Probability(claim, pair);
    // The pair is the better evidence when it is more likely, or when it tells clearly
    // more of the claim and still supports it (a model that reads only part of a claim
    // as support may score the part alone as high).
    const bool more_likely = p > single_p + model::kPairGain && p > best->p;
    const bool tells_more = w.Overlap(claim.terms, pair.terms) >= single_overlap + model::kPairRecallGain * claim.weight &&
                            p >= std::min(single_p, min_score) && best->match.last == best->match.first;
    if (more_likely || tells_more)
      best->p = std::max(p, best->p), best->match.first = first, best->match.last = last, best->run = -1;
  }
}

void ClaimAligner::BestClause(std::size_t c, std::size_t d, const std::vector<TermSet>& part_sets,
                              std::vector<Side>* part_sides, Choice* best) {
  // Perhaps the outlet states a part of the claim (a clause or a quoted statement),
  // possibly inside a longer sentence. The (part, candidate) combinations with the best
  // weighted F get the model, each against the candidate's best-matching part.
  const auto& cands = per_doc[d];
  const std::size_t k = std::min<std::size_t>(cands.size(), model::kCandidatesPerDocument);
  struct Try {
    double cheap;
    std::size_t part, cand;
  };
  std::vector<Try> tries;
  for (std::size_t pi = 0; pi < part_sets.size(); ++pi) {
    if (part_sets[pi].terms.empty()) continue;
    for (std::size_t i = 0; i < k; ++i) {
      const Side& o = w.side(cands[i].unit);
      if (clause_in(part_sets[pi], o))
        tries.push_back({w.CheapScore(part_sets[pi].terms, part_sets[pi].weight, o.terms, o.weight), pi, i});
    }
  }
  const std::size_t n_try = std::min<std::size_t>(tries.size(), model::kPartsTried);
  std::partial_sort(tries.begin(), tries.begin() + n_try, tries.end(), [](const Try& a, const Try& b) {
    return a.cheap != b.cheap ? a.cheap > b.cheap : (a.part != b.part ? a.part < b.part : a.cand < b.cand);
  });
  auto part_side = [&](std::size_t pi) -> const Side& {
    if (part_sides->empty()) part_sides->resize(parts.size());
    if ((*part_sides)[pi].tokens.empty()) (*part_sides)[pi] = w.Sub(c, parts[pi].first, parts[pi].second);
    return (*part_sides)[pi];
  };
  double clause_p = -1;
  Match clause;
  for (std::size_t t = 0; t < n_try; ++t) {
    const TermSet& part = part_sets[tries[t].part];
    const std::size_t s = cands[tries[t].cand].unit;
    Window* window = nullptr;
    double best_cheap = tries[t].cheap;
    for (Window& win : windows(s)) {
      const double cheap = w.CheapScore(part.terms, part.weight, win.set.terms, win.set.weight);
      if (cheap > best_cheap) best_cheap = cheap, window = &win;
    }
    if (best_cheap < model::kMinClauseScore) continue;
    if (!FiguresAgree(w, c, parts[tries[t].part].first, parts[tries[t].part].second,
                      window ? window->set.terms : w.side(s).terms))
      continue;
    const double p = w.Probability(part_side(tries[t].part), window ? window_side(s, *window) : w.side(s));
    if (p > clause_p) {
      clause_p = p;
      clause.first = clause.last = s;
      clause.clause_first = parts[tries[t].part].first;
      clause.clause_last = parts[tries[t].part].second;
    }
  }
  // A clause is a short claim of its own (it has passed the stricter clause gate).
  if (clause_p >= min_score) {
    clause.partial = true;
    best->match = std::move(clause);
    best->p = clause_p;
    best->run = -1;
  }
}

void ClaimAligner::KeepWeakDocuments(std::vector<std::size_t>* docs) {
  weak.clear();
  for (std::size_t d : *docs) {
    double best = 0;
    for (const Candidate& cand : per_doc[d]) best = std::max(best, cand.cheap);
    if (best < model::kStrongCheapScore) weak.push_back({best, d});
  }
  if (weak.size() <= static_cast<std::size_t>(model::kWeakDocuments)) return;
  std::sort(weak.begin(), weak.end(), [](const std::pair<double, std::size_t>& a, const std::pair<double, std::size_t>& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  for (std::size_t i = model::kWeakDocuments; i < weak.size(); ++i) per_doc[weak[i].second].clear();
  docs->erase(std::remove_if(docs->begin(), docs->end(), [&](std::size_t d) { return per_doc[d].empty(); }),
              docs->end());
}

}  // namespace

std::vector<const std::vector<terms::Token>*> WeightedSentences(const std::vector<Unit>& units) {
  static const std::vector<terms::Token> kNone;
  std::vector<const std::vector<terms::Token>*> sentences;
  sentences.reserve(units.size());
  for (const Unit& u : units) sentences.push_back(u.claim ? u.tokens : &kNone);
  return sentences;
}

std::vector<std::pair<std::size_t, std::size_t>> DocumentRanges(const std::vector<Unit>& units,
                                                                std::size_t documents) {
  std::vector<std::pair<std::size_t, std::size_t>> ranges(documents, {0, 0});
  for (std::size_t u = units.size(); u-- > 0;) ranges[units[u].doc].first = u;
  for (std::size_t u = 0; u < units.size(); ++u) ranges[units[u].doc].second = u + 1;
  return ranges;
}

std::vector<std::vector<Match>> Align(const std::vector<Unit>& units, std::size_t documents,
                                      double min_score, bool exhaustive, const Lexicon* lexicon,
                                      const std::function<bool(double)>& progress, bool* cancelled,
                                      unsigned threads, std::size_t focus,
                                      const std::vector<double>* weights) {
  std::vector<std::vector<Match>> result(units.size());
  TermIndex w(WeightedSentences(units), lexicon, threads);
  w.UseWeights(weights);

  // Inverted index: candidates share at least one of a claim's rarest terms (AddRarest),
  // so the work grows with the matches, not with the square of the sentences.
  const Postings postings(w, units.size());
  std::vector<Summary> summaries(units.size());
  for (std::size_t u = 0; u < units.size(); ++u) {
    for (TermId t : w.side(u).terms) summaries[u].bits |= std::uint64_t{1} << TermBit(t);
    summaries[u].weight = w.side(u).weight;
  }
  // Units come document by document: a claim's own document is one range of them.
  const auto doc_units = DocumentRanges(units, documents);
  const Relatedness related(w, units, documents);

  bool stop = false;
  // The claims aligned: every unit, or the focus document's range of them.
  const std::size_t first = focus == kAllDocuments ? 0 : doc_units[focus].first;
  const std::size_t last = focus == kAllDocuments ? units.size() : doc_units[focus].second;
  base::ShareOut(
      last - first, threads, progress, &stop,
      [&] {
        return std::make_unique<ClaimAligner>(units, doc_units, w, related, postings, summaries, min_score,
                                              exhaustive);
      },
      [&](ClaimAligner& aligner, std::size_t i) { aligner.Claim(first + i, &result[first + i]); });
  if (stop) {
    if (cancelled) *cancelled = true;
    return {};
  }
  return result;
}

std::vector<PairScore> ScorePairs(
    const std::vector<std::pair<const std::vector<terms::Token>*,
                                const std::vector<terms::Token>*>>& pairs,
    const Lexicon* lexicon) {
  std::vector<const std::vector<terms::Token>*> sentences;
  for (const auto& p : pairs) {
    sentences.push_back(p.first);
    sentences.push_back(p.second);
  }
  const TermIndex w(sentences, lexicon);
  std::vector<PairScore> out;
  out.reserve(pairs.size());
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    PairScore ps;
    ps.score = w.Probability(w.side(2 * i), w.side(2 * i + 1), &ps.features);
    out.push_back(ps);
  }
  return out;
}

}  // namespace align
}  // namespace corroborate
