# Included by the top-level CMakeLists.txt, before any target, when building with the
# Emscripten toolchain: the optimisation flags of everything compiled for WebAssembly.

# Optimisation, chosen by measuring: bench/README.md's size table ("Size", "Flags
# compared") has each combination's size and speed; the budget is 100 KB gzip for .wasm +
# glue (test js.size). LLVM at -O2 with less inlining and no loop unrolling, binaryen at
# -Oz: much faster than -Oz -flto and, unlike plain -O2 / -Oz, within the budget. The
# -mllvm thresholds are LLVM options of this compiler (Emscripten 3.1.6, clang 14): check
# the size again after a compiler upgrade. -DCORROBORATE_WASM_COMPILE_OPT="-Oz;-flto"
# -DCORROBORATE_WASM_LINK_OPT="-Oz;-flto" is the smallest build.
# The compile flags apply to every target of the build (the core, the wasm adapter, the
# test binaries and build tools run under node), so the core is compiled the same way
# whichever module links it; the link flags are the wasm module's (wasm/CMakeLists.txt).
set(CORROBORATE_WASM_COMPILE_OPT -O2 -fno-unroll-loops "SHELL:-mllvm -inline-threshold=50"
    "SHELL:-mllvm -inlinehint-threshold=100" CACHE STRING "Compile flags of everything compiled for WebAssembly")
set(CORROBORATE_WASM_LINK_OPT -Oz CACHE STRING "Link flags of the wasm module")
add_compile_options(${CORROBORATE_WASM_COMPILE_OPT})
