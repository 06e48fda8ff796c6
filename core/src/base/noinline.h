// CORROBORATE_NOINLINE keeps a function a function of its own, out of its callers, for the
// stages of work that runs once per analysis.
//
// In browsers the first analysis runs on code V8 compiled with its baseline compiler, while
// it optimises, on other threads, every wasm function whose loops have run long enough.
// A stage inlined into a driver (a single caller invites that) makes the driver one large
// function that is optimised whole, as the page waits and on the same cores; kept apart,
// only the stages that are hot are optimised, each small (bench/README.md, "Widget start-up").
#ifndef CORROBORATE_BASE_NOINLINE_H_
#define CORROBORATE_BASE_NOINLINE_H_

#if defined(__GNUC__) || defined(__clang__)
#define CORROBORATE_NOINLINE __attribute__((noinline))
#elif defined(_MSC_VER)
#define CORROBORATE_NOINLINE __declspec(noinline)
#else
#define CORROBORATE_NOINLINE
#endif

#endif  // CORROBORATE_BASE_NOINLINE_H_
