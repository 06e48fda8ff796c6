# CORROBORATE_HOST_PREFIXES: the installation prefixes of the build machine, where the
# native packages the build reads (WordNet's data; for Emscripten builds the header-only
# test dependencies) are installed: CMAKE_PREFIX_PATH, the parent of every bin directory
# on PATH (as find_package searches) and CMake's system prefixes. A cross toolchain
# (Emscripten) replaces the system prefixes and re-roots every search into its sysroot,
# so searches for these packages pass NO_CMAKE_FIND_ROOT_PATH and these prefixes.
set(CORROBORATE_HOST_PREFIXES ${CMAKE_PREFIX_PATH})
if(CMAKE_HOST_WIN32)
  set(_path "$ENV{PATH}")
else()
  string(REPLACE ":" ";" _path "$ENV{PATH}")
endif()
foreach(_dir IN LISTS _path)
  file(TO_CMAKE_PATH "${_dir}" _dir)
  if(_dir MATCHES "^(.+)/s?bin/?$")
    list(APPEND CORROBORATE_HOST_PREFIXES "${CMAKE_MATCH_1}")
  endif()
endforeach()
if(NOT CMAKE_CROSSCOMPILING)
  list(APPEND CORROBORATE_HOST_PREFIXES ${CMAKE_SYSTEM_PREFIX_PATH})
endif()
list(REMOVE_DUPLICATES CORROBORATE_HOST_PREFIXES)
unset(_path)
unset(_dir)
