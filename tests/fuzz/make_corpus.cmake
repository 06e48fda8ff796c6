# Writes the fuzz seeds: each bundled source as one document ('0'), pairs of sources split
# on the record separator ('1'), requests for AnalyzeRequestJson ('2'), and one document
# inside a request ('3'), a synonym table ('4'); plus a few hostile texts. The first byte selects the mode
# (see analyze_fuzz.cc). Run as: cmake -DSOURCES_DIR=... -DOUT=... -P make_corpus.cmake
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
file(GLOB texts ${SOURCES_DIR}/*.txt)
list(SORT texts)
string(ASCII 30 RS)

function(json_escape in out)
  string(REPLACE "\\" "\\\\" s "${in}")
  string(REPLACE "\"" "\\\"" s "${s}")
  string(REPLACE "\n" "\\n" s "${s}")
  string(REPLACE "\r" "\\r" s "${s}")
  string(REPLACE "\t" "\\t" s "${s}")
  set(${out} "${s}" PARENT_SCOPE)
endfunction()

set(prev "")
set(i 0)
foreach(t IN LISTS texts)
  file(READ ${t} text)
  file(WRITE ${OUT}/one-${i} "0${text}")
  file(WRITE ${OUT}/inrequest-${i} "3${text}")
  json_escape("${text}" esc)
  file(WRITE ${OUT}/request-${i} "2{\"documents\":[{\"id\":\"s${i}\",\"label\":\"S\",\"text\":\"${esc}\"}]}")
  if(NOT prev STREQUAL "")
    file(WRITE ${OUT}/pair-${i} "1${prev}${RS}${text}")
    json_escape("${prev}" prev_esc)
    file(WRITE ${OUT}/request-pair-${i}
      "2{\"documents\":[{\"id\":\"a\",\"text\":\"${prev_esc}\"},{\"id\":\"b\",\"text\":\"${esc}\"}],\"options\":{\"min_score\":0.3}}")
  endif()
  set(prev "${text}")
  math(EXPR i "${i} + 1")
endforeach()

# Hostile shapes the sources lack: right-to-left, CJK, emoji, markup, no punctuation.
file(WRITE ${OUT}/rtl "1قال الرئيس إن المحادثات ستستأنف. وأضاف أن الاتفاق قريب؟${RS}قال الرئيس إن المحادثات ستستأنف.")
file(WRITE ${OUT}/cjk "1特朗普与习近平通话。双方同意恢复贸易谈判！${RS}双方同意恢复贸易谈判。")
file(WRITE ${OUT}/emoji "0The deal 🤝 was signed 👍🏽 today! Flags 🇺🇸🇨🇳 flew. 👨‍👩‍👧 families cheered.")
file(WRITE ${OUT}/html "0<p>The <b>mayor</b> said.</p><script>alert(1)</script><img src=x onerror=alert(1)>")
file(WRITE ${OUT}/nopunct "0word word word word word word word word word word word word word word word word")
file(WRITE ${OUT}/bad-request "2{\"documents\":[{\"id\":1,\"text\":null}],\"options\":{\"min_score\":\"x\"}}")
file(WRITE ${OUT}/lexicon "4# comment\ntalk negotiation discussion\nresume restart\npause break interval\n")
file(WRITE ${OUT}/.stamp "")
