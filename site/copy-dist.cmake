# Copies what a browser needs from dist/ into site/: the JS modules, the wasm binary, style
# sheets, the source bundle and the synonym table. package.json, README.md and *.d.ts stay out of the served
# folder. Run at build time (cmake -DDIST=... -DSITE=... -P copy-dist.cmake) so files the
# wasm link adds later are picked up without re-configuring.
if(NOT DIST OR NOT SITE)
  message(FATAL_ERROR "usage: cmake -DDIST=<dist dir> -DSITE=<site dir> -P copy-dist.cmake")
endif()
file(GLOB served LIST_DIRECTORIES false
  ${DIST}/*.js ${DIST}/*.mjs ${DIST}/*.wasm ${DIST}/*.css ${DIST}/sources.json
  ${DIST}/corroborate-lexicon.bin)
if(NOT served)
  message(FATAL_ERROR "nothing to copy from ${DIST}: build corroborate_web first")
endif()
# file(COPY) keeps timestamps and skips files whose timestamp already matches.
file(COPY ${served} DESTINATION ${SITE})
