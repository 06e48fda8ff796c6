#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "segment/stamps.h"
#include "test_util.h"

using corroborate::testing::Sentences;
using V = std::vector<std::string>;

TEST_CASE("stamps: a date line run into a headline or a lead is a sentence of its own", "[segment][stamps]") {
  CHECK(Sentences("Published November 30,2009 The Texas Department of Criminal Justice is searching for an inmate.") ==
        V{"Published November 30,2009", "The Texas Department of Criminal Justice is searching for an inmate."});
  CHECK(Sentences("France hit by another jewellery heist 9 September 2013 11:55") ==
        V{"France hit by another jewellery heist", "9 September 2013 11:55"});
  CHECK(Sentences("Escape renews calls for prison agency shake-up November 30,2009 After facing questions, it acted.") ==
        V{"Escape renews calls for prison agency shake-up", "November 30,2009", "After facing questions, it acted."});
  CHECK(Sentences("Last Updated: Monday, 28 November 2005,02:24 GMT Ten dead in southern Iran quake") ==
        V{"Last Updated: Monday, 28 November 2005,02:24 GMT", "Ten dead in southern Iran quake"});
}

TEST_CASE("stamps: the article \"A\" after a date line starts the next sentence", "[segment][stamps]") {
  // "A" is also a letter of "a. m.", which belongs to the stamp only after its time.
  CHECK(Sentences("Published: November 28,2005 A powerful earthquake hit southern Iran on Sunday.") ==
        V{"Published: November 28,2005", "A powerful earthquake hit southern Iran on Sunday."});
  CHECK(Sentences("September 10,2012 4:15 PM A man was arrested on Monday.") ==
        V{"September 10,2012 4:15 PM", "A man was arrested on Monday."});
  CHECK(Sentences("Posted November 30,2009 7:15 a. m. The manhunt ended on Monday.") ==
        V{"Posted November 30,2009 7:15 a. m.", "The manhunt ended on Monday."});
}

TEST_CASE("stamps: a date that belongs to the sentence stays in it", "[segment][stamps]") {
  // After a word that binds it, before a lower-case word, at the end of a full sentence,
  // or without a year (or a day and a time), a date is part of what the sentence says.
  for (const std::string s : {"He was arrested in November 2009 Smith said.",
                              "November 2009 was the wettest month on record.",
                              "The wettest month on record was November 2009.",
                              "The court met on Monday, November 30, 2009 Officials said.",
                              "Talks resume in May Officials said", "Sales rose 2009 units in March"}) {
    INFO(s);
    CHECK(Sentences(s) == V{s});
  }
  std::vector<std::pair<std::size_t, std::size_t>> stamps;
  const std::string only = "November 30, 2009";
  corroborate::segment::FindStamps(only, 0, only.size(), false, &stamps);
  CHECK(stamps.empty());  // a line that is only a date is already a sentence of its own
}

TEST_CASE("stamps: the date line is furniture, the headline beside it a claim", "[classify][stamps]") {
  using namespace corroborate;
  const Report r = testing::AnalyzeOrDie(
      {{"a", "A", "Texas Child Molester Escaped and Armed November 30,2009 at 02:22 pm\n"
                  "Published November 30,2009 The Texas Department of Criminal Justice is searching for an inmate."},
       {"b", "B", "The Texas Department of Criminal Justice is searching for an escaped child molester."}});
  std::vector<std::pair<std::string, Kind>> kinds;
  for (const Sentence& s : r.sentences)
    if (s.doc == 0) kinds.push_back({s.text, s.kind});
  CHECK(kinds == std::vector<std::pair<std::string, Kind>>{
                     {"Texas Child Molester Escaped and Armed", Kind::kClaim},
                     {"November 30,2009 at 02:22 pm", Kind::kBoilerplate},
                     {"Published November 30,2009", Kind::kBoilerplate},
                     {"The Texas Department of Criminal Justice is searching for an inmate.", Kind::kClaim}});
}
