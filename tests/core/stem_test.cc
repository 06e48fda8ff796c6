#include <catch2/catch.hpp>

#include "terms/stem.h"

using corroborate::terms::Stem;

TEST_CASE("stem: Porter's examples", "[stem]") {
  // From Porter (1980).
  CHECK(Stem("caresses") == "caress");
  CHECK(Stem("ponies") == "poni");
  CHECK(Stem("cats") == "cat");
  CHECK(Stem("feed") == "feed");
  CHECK(Stem("agreed") == "agre");
  CHECK(Stem("plastered") == "plaster");
  CHECK(Stem("motoring") == "motor");
  CHECK(Stem("sing") == "sing");
  CHECK(Stem("conflated") == "conflat");
  CHECK(Stem("hopping") == "hop");
  CHECK(Stem("falling") == "fall");
  CHECK(Stem("filing") == "file");
  CHECK(Stem("happy") == "happi");
  CHECK(Stem("relational") == "relat");
  CHECK(Stem("generalization") == "gener");
  CHECK(Stem("effective") == "effect");
  CHECK(Stem("adjustment") == "adjust");
}

TEST_CASE("stem: news words meet their variants", "[stem]") {
  CHECK(Stem("tariffs") == Stem("tariff"));
  CHECK(Stem("accused") == Stem("accusing"));
  CHECK(Stem("negotiations") == Stem("negotiation"));
  CHECK(Stem("imports") == Stem("imported"));
}

TEST_CASE("stem: leaves short and non-ASCII words alone", "[stem]") {
  CHECK(Stem("us") == "us");
  CHECK(Stem("u.s") == "u.s");
  CHECK(Stem("19.7") == "19.7");
  CHECK(Stem("caf\xC3\xA9s") == "caf\xC3\xA9s");
}
