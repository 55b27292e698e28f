// A C face for the one simdjson routine Tollgate uses, so Swift needs no C++ interop.
#ifndef TOLLGATE_SIMDJSON_H
#define TOLLGATE_SIMDJSON_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Whether the `length` bytes at `bytes` are well-formed UTF-8 (Unicode table 3-7: no overlong
/// forms, no surrogates, nothing above U+10FFFF). simdjson picks the widest SIMD kernel the
/// CPU has at run time (AVX-512, AVX2, SSE4.2 or a scalar fallback).
bool tollgate_is_valid_utf8(const unsigned char *bytes, size_t length);

#ifdef __cplusplus
}
#endif

#endif
