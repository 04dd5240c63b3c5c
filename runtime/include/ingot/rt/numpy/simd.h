// The instruction sets of the numpy kernels' hot loops.
//
// The runtime library is built for the x86-64 baseline (SSE2), so bundles
// run on any x86-64 machine. The innermost loops (elementwise blocks, the
// pairwise sums, row accumulations) are also compiled for AVX2 and the
// machine's best version is picked when the bundle is loaded (GCC/clang
// function multiversioning: an ifunc per function). Both versions do the
// same IEEE operations in the same order (no FMA contraction: the runtime
// builds with -ffp-contract=off), so their results are bit for bit the
// same; AVX2 only does twice as many lanes per instruction. Nothing beyond
// x86-64-v3 is used here; the vector math blocks (vmath.h: exp, log, tanh)
// pick their own version (baseline, AVX2+FMA or AVX-512) at their first
// call, under the same rule: identical bits from every version (FMA used
// explicitly, lane by lane, in all of them: glibc's exact fma() in the
// baseline one).
//
// Only for loops that cannot raise: GCC 12 treats a multiversioned
// function as nothrow, so a C++ exception leaving one terminates.
#pragma once

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__)) && !defined(__SANITIZE_ADDRESS__)
#define INGOT_NP_VECTOR_LOOP __attribute__((target_clones("avx2", "default")))
#else
#define INGOT_NP_VECTOR_LOOP
#endif
