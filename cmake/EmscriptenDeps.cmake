# Included by the top-level CMakeLists.txt when building with the Emscripten toolchain.
# See /work/shared/TOOLCHAIN.md for the pitfalls each block below works around.

# em++ runs node at link time (-O2 and up) and node 20 does not search Debian's
# /usr/share/nodejs for acorn and friends; ENV{NODE_PATH} set here would only reach
# configure, so every link goes through `cmake -E env`.
set(CMAKE_CXX_LINKER_LAUNCHER ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs)

# The toolchain confines find_package to the Emscripten sysroot, and pointing it at /usr
# would put -isystem /usr/include (glibc headers) on the wasm include path. So the two
# header-only dependencies get a prefix of their own inside the build tree: links to just
# their header folders, and copies of their CMake package files (copies, because the
# package files compute the include directory from their own location).
set(_emdeps ${CMAKE_BINARY_DIR}/emdeps)
file(MAKE_DIRECTORY ${_emdeps}/include ${_emdeps}/share/cmake ${_emdeps}/lib/cmake)
foreach(_dir nlohmann catch2)
  if(EXISTS /usr/include/${_dir} AND NOT EXISTS ${_emdeps}/include/${_dir})
    file(CREATE_LINK /usr/include/${_dir} ${_emdeps}/include/${_dir} SYMBOLIC)
  endif()
endforeach()
if(EXISTS /usr/share/cmake/nlohmann_json)
  file(COPY /usr/share/cmake/nlohmann_json DESTINATION ${_emdeps}/share/cmake)
endif()
if(EXISTS /usr/lib/cmake/Catch2)
  # Catch2Targets-none.cmake imports the native libCatch2WithMain.a: leave it out.
  file(COPY /usr/lib/cmake/Catch2 DESTINATION ${_emdeps}/lib/cmake
       PATTERN Catch2Targets-none.cmake EXCLUDE)
endif()
list(APPEND CMAKE_FIND_ROOT_PATH ${_emdeps})
unset(_emdeps)

# Debian's em++ passes -fignore-exceptions. The core never throws (errors are Status
# values), so the shipped module stays without exception support, which keeps it small.
# Catch2 needs real exceptions, else the first failing REQUIRE aborts the whole run:
# tests/core/CMakeLists.txt adds CORROBORATE_EM_TEST_FLAGS to core_tests.
set(CORROBORATE_EM_TEST_FLAGS -fexceptions)
# Test binaries run under node: node 20's global fetch makes 3.1.6 try to fetch the .wasm
# by file path, hence synchronous compilation; NODERAWFS lets tests read sources/ from disk;
# EXIT_RUNTIME hands main's return value to node as the exit code ctest sees.
set(CORROBORATE_EM_TEST_LINK_FLAGS
    -fexceptions -sENVIRONMENT=node -sWASM_ASYNC_COMPILATION=0 -sNODERAWFS=1
    -sEXIT_RUNTIME=1 -sALLOW_MEMORY_GROWTH=1)
