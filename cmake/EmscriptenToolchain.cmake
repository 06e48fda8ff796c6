# Toolchain file of the wasm preset: Emscripten's own toolchain file, found from the emcc
# on PATH, with node (also from PATH) as the emulator that runs test binaries and build
# tools. Set EMSCRIPTEN_ROOT_PATH (or the EMSCRIPTEN environment variable) to use another
# Emscripten, and CMAKE_CROSSCOMPILING_EMULATOR to use another node.
#
# Not emcmake: it sets CMAKE_CROSSCOMPILING_EMULATOR to node with a flag that node 20
# rejects, and ctest then finds no tests.

if(NOT EMSCRIPTEN_ROOT_PATH AND DEFINED ENV{EMSCRIPTEN})
  set(EMSCRIPTEN_ROOT_PATH "$ENV{EMSCRIPTEN}")
endif()
if(NOT EMSCRIPTEN_ROOT_PATH)
  find_program(CORROBORATE_EMCC emcc DOC "Emscripten's compiler driver; its directory holds the toolchain file")
  if(NOT CORROBORATE_EMCC)
    message(FATAL_ERROR "emcc not found on PATH: install Emscripten (scripts/setup.sh does) "
                        "or set EMSCRIPTEN_ROOT_PATH to its directory")
  endif()
  # emsdk puts the Emscripten directory on PATH; a distribution links emcc from its bin
  # directory to a script in the Emscripten directory. Other installs (a wrapper script
  # elsewhere) answer em-config.
  file(REAL_PATH "${CORROBORATE_EMCC}" _corroborate_emcc)
  get_filename_component(EMSCRIPTEN_ROOT_PATH "${_corroborate_emcc}" DIRECTORY)
  if(NOT EXISTS "${EMSCRIPTEN_ROOT_PATH}/cmake/Modules/Platform/Emscripten.cmake")
    execute_process(COMMAND em-config EMSCRIPTEN_ROOT
                    OUTPUT_VARIABLE EMSCRIPTEN_ROOT_PATH OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  endif()
  unset(_corroborate_emcc)
endif()
if(NOT EXISTS "${EMSCRIPTEN_ROOT_PATH}/cmake/Modules/Platform/Emscripten.cmake")
  message(FATAL_ERROR "No cmake/Modules/Platform/Emscripten.cmake in '${EMSCRIPTEN_ROOT_PATH}': "
                      "set EMSCRIPTEN_ROOT_PATH to the Emscripten directory")
endif()

if(NOT DEFINED CMAKE_CROSSCOMPILING_EMULATOR)
  find_program(CORROBORATE_NODE node DOC "node, which runs the Emscripten-built tests and tools")
  if(CORROBORATE_NODE)
    set(CMAKE_CROSSCOMPILING_EMULATOR "${CORROBORATE_NODE}" CACHE FILEPATH
        "Runs the programs built for Emscripten (node)")
  endif()
endif()

include("${EMSCRIPTEN_ROOT_PATH}/cmake/Modules/Platform/Emscripten.cmake")
