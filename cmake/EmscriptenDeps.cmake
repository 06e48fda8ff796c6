# Included by the top-level CMakeLists.txt when building with the Emscripten toolchain
# (cmake/EmscriptenToolchain.cmake). Each block works around one trait of Emscripten 3.1.6
# as Debian packages it, or of node 20 running what it builds.

# em++ runs node at link time (-O2 and up) for its JS optimiser, which requires acorn.
# emsdk ships acorn inside the Emscripten directory; a distribution's Emscripten takes it
# from the system's node modules (Debian: package node-acorn, in the nodejs directory next
# to the emscripten one), which a node not from the distribution does not search. Then
# NODE_PATH has to name that directory; ENV{NODE_PATH} set here would only reach
# configure, so every link goes through `cmake -E env`.
execute_process(
  COMMAND "${CMAKE_CROSSCOMPILING_EMULATOR}" -e "require.resolve('acorn', {paths: [process.argv[1]]})"
          "${EMSCRIPTEN_ROOT_PATH}/tools"
  RESULT_VARIABLE _acorn_missing OUTPUT_QUIET ERROR_QUIET)
if(_acorn_missing)
  get_filename_component(_emscripten_parent "${EMSCRIPTEN_ROOT_PATH}" DIRECTORY)
  find_path(CORROBORATE_EM_NODE_PATH acorn/package.json
    PATHS "${_emscripten_parent}/nodejs" ENV NODE_PATH
    NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH
    DOC "node modules directory holding acorn, for em++ at link time (NODE_PATH)")
  if(NOT CORROBORATE_EM_NODE_PATH)
    message(FATAL_ERROR "node cannot find acorn, which em++ needs at link time: install it "
                        "(Debian: node-acorn) and set CORROBORATE_EM_NODE_PATH to its node modules directory")
  endif()
  set(CMAKE_CXX_LINKER_LAUNCHER ${CMAKE_COMMAND} -E env NODE_PATH=${CORROBORATE_EM_NODE_PATH})
  unset(_emscripten_parent)
endif()
unset(_acorn_missing)

# The toolchain confines find_package to the Emscripten sysroot, and pointing it at the
# host's packages (-D<Package>_DIR) would put the host's include directory, with the C
# library's headers, on the wasm include path. So the header-only dependencies of the tests
# get a prefix of their own inside the build tree: links to just their header folders, and
# copies of their CMake package files (copies, because the package files compute the
# include directory from their own location; at the same place relative to the prefix as
# on the host, for the same reason). The host's files are found outside the sysroot, under
# CORROBORATE_HOST_PREFIXES (cmake/HostPrefixes.cmake); a package not found is reported by
# the find_package that needs it.
set(_emdeps ${CMAKE_BINARY_DIR}/emdeps)
file(MAKE_DIRECTORY ${_emdeps}/include)

# _corroborate_emdep(<Package> <header folder> <header file>)
function(_corroborate_emdep package folder header)
  string(TOUPPER "${package}" _var)
  string(TOLOWER "${package}" _lower)
  find_path(CORROBORATE_HOST_${_var}_INCLUDE_DIR ${folder}/${header}
    PATHS ${CORROBORATE_HOST_PREFIXES} PATH_SUFFIXES include
    NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH
    DOC "The host's include directory holding ${folder}/${header} (for ${package})")
  set(_include "${CORROBORATE_HOST_${_var}_INCLUDE_DIR}")
  if(NOT _include)
    return()
  endif()
  if(NOT EXISTS ${_emdeps}/include/${folder})
    file(CREATE_LINK ${_include}/${folder} ${_emdeps}/include/${folder} SYMBOLIC)
  endif()
  # The package files, under the prefix that holds the headers.
  get_filename_component(_prefix "${_include}" DIRECTORY)
  file(GLOB _multiarch LIST_DIRECTORIES true "${_prefix}/lib/*/cmake/${package}")
  find_path(CORROBORATE_HOST_${_var}_CMAKE_DIR NAMES ${package}Config.cmake ${_lower}-config.cmake
    PATHS ${_prefix}/share/cmake/${package} ${_prefix}/lib/cmake/${package}
          ${_prefix}/lib64/cmake/${package} ${_multiarch} ${_prefix}/share/${package}/cmake
    NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH
    DOC "The host's CMake package directory of ${package}")
  set(_config "${CORROBORATE_HOST_${_var}_CMAKE_DIR}")
  if(NOT _config)
    return()
  endif()
  file(RELATIVE_PATH _rel "${_prefix}" "${_config}")
  get_filename_component(_dest "${_emdeps}/${_rel}" DIRECTORY)
  # <Package>Targets-<config>.cmake files import native libraries (Catch2's
  # libCatch2WithMain.a): left out; the tests use the headers only.
  file(COPY "${_config}" DESTINATION "${_dest}" PATTERN "*Targets-*.cmake" EXCLUDE)
endfunction()

if(CORROBORATE_BUILD_TESTS)
  _corroborate_emdep(nlohmann_json nlohmann json.hpp)
  _corroborate_emdep(Catch2 catch2 catch.hpp)
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
